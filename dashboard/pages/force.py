"""`/force/<slug>` Force profile: grades, context, divisions, findings and case studies."""

from __future__ import annotations

from dash import html

from dashboard import ids
from dashboard.components import BOUNDARY_ATTRIBUTION, data_table, pack_links, source_line
from dashboard.figures.maps import locator_svg, svg_data_uri
from dashboard.pages import force_sections, not_found
from dashboard.state import catalog


def layout(slug: str | None = None, **_: str) -> html.Div:
    data = catalog()
    force = data.force_by_slug(slug or "")
    if force is None:
        return not_found.unknown_force(slug or "")
    name = force["force_name"]
    identity = force[["force_code", "force_name", "region", "country"]].to_frame().T
    return html.Div(
        [
            html.H1(f"{name}"),
            html.P(
                f"{force['region']} region (Home Office), {force['country']}. ONS code {force['force_code']}.",
                className="lead",
            ),
            html.Details(
                [
                    html.Summary("How the sources name this force"),
                    data_table(
                        data.force_aliases(force["force_code"]),
                        f"Names used for {name} in each source file",
                        {"name": "Name", "source_file": "Source file"},
                    ),
                ],
                className="table-twin",
            ),
            pack_links(f"/export/force/{force['slug']}/briefing", f"{force['slug']}-briefing"),
            html.Nav(
                html.Ul(
                    [
                        html.Li(html.A(label, href=f"#{anchor}"))
                        for label, anchor in (
                            ("Grades", "grades"),
                            ("Over time", "over-time"),
                            ("Similar forces", "peers"),
                            ("Context", "context"),
                            ("Divisions", "divisions"),
                            ("Findings", "findings"),
                            ("Developing practice", "case-studies"),
                        )
                    ]
                ),
                className="page-nav",
                **{"aria-label": "Sections of this page"},
            ),
            html.Div(
                [
                    force_sections.at_a_glance(data, force),
                    html.Figure(
                        [
                            html.Img(
                                src=svg_data_uri(locator_svg(data.boundaries(), force["force_code"], name)),
                                alt=f"Map of England and Wales with {name}'s police force area filled in.",
                                className="locator-map",
                                id=ids.FORCE_LOCATOR_MAP,
                            ),
                            html.Figcaption(f"Where {name} is", className="locator-caption"),
                            source_line(f"ONS Police Force Areas (December 2023) boundaries. {BOUNDARY_ATTRIBUTION}"),
                            html.Details(
                                [
                                    html.Summary("Show the force's identity as a table"),
                                    data_table(
                                        identity,
                                        "Force identity",
                                        {
                                            "force_code": "ONS code",
                                            "force_name": "Force",
                                            "region": "Region",
                                            "country": "Country",
                                        },
                                    ),
                                ],
                                className="table-twin",
                            ),
                        ],
                        className="chart",
                    ),
                ],
                className="profile-top",
            ),
            force_sections.grades_section(data, force),
            force_sections.over_time_section(data, force),
            force_sections.peers_section(data, force),
            force_sections.context_section(data, force),
            force_sections.divisions_section(data, force),
            force_sections.findings_section(data, force),
            force_sections.case_studies_section(data, force),
        ]
    )
