"""`/compare?forces=a,b` Two to six forces side by side: grades and context."""

from __future__ import annotations

from urllib.parse import urlencode

from dash import dcc, html

from dashboard.catalog import Catalog
from dashboard.components import notice, section, table_block
from dashboard.exhibits.compare import compare_context, compare_grades
from dashboard.formatting import programme_label
from dashboard.grid import grades_table
from dashboard.state import catalog

MIN_FORCES, MAX_FORCES = 2, 6


def choose_forces(data: Catalog, requested: list[str]) -> tuple[list[str], list[str]]:
    """Known slugs in the order given, at most six; notices for anything dropped."""
    known = set(data.forces()["slug"])
    unknown = [slug for slug in requested if slug not in known]
    chosen = list(dict.fromkeys(slug for slug in requested if slug in known))
    notices = []
    if unknown:
        notices.append(f"Ignored unknown forces: {', '.join(unknown)}. Use the force names in the list below.")
    if len(chosen) > MAX_FORCES:
        notices.append(f"Showing the first {MAX_FORCES} of {len(chosen)} forces; compare at most {MAX_FORCES}.")
        chosen = chosen[:MAX_FORCES]
    return chosen, notices


def compare_url(slugs: list[str]) -> str:
    """The address that reopens a comparison of these forces."""
    return "/compare?" + urlencode({"forces": ",".join(slugs)}, safe=",")


def layout(forces: str | None = None, **_: str) -> html.Div:
    data = catalog()
    requested = [slug.strip() for slug in (forces or "").split(",") if slug.strip()]
    chosen, notices = choose_forces(data, requested)
    return html.Div(
        [
            html.H1("Compare forces"),
            html.P(f"Choose {MIN_FORCES} to {MAX_FORCES} forces to see their grades and context side by side."),
            *[notice(text, "warning") for text in notices],
            force_picker(data, chosen),
            *compare_content(data, chosen),
        ]
    )


def force_picker(data: Catalog, chosen: list[str]) -> html.Div:
    """Chosen forces with 'remove' links, and every other force as an 'add' link."""
    forces = data.forces()
    names = dict(zip(forces["slug"], forces["force_name"], strict=True))
    removable = [
        html.Li(dcc.Link(f"Remove {names[slug]}", href=compare_url([s for s in chosen if s != slug])))
        for slug in chosen
    ]
    full = len(chosen) >= MAX_FORCES
    addable = [
        html.Li(names[slug] if full else dcc.Link(names[slug], href=compare_url([*chosen, slug])))
        for slug in forces["slug"]
        if slug not in chosen
    ]
    return html.Div(
        [
            html.Nav(
                [html.P("Compared now", className="choice-legend"), html.Ul(removable, className="choice-list")],
                className="control-wide",
                **{"aria-label": "Forces compared now"},
            ),
            html.Details(
                [
                    html.Summary("Add a force" + (f" (at most {MAX_FORCES}; remove one first)" if full else "")),
                    html.Nav(
                        html.Ul(addable, className="force-list"), **{"aria-label": "Add a force to the comparison"}
                    ),
                ],
                open=len(chosen) < MIN_FORCES,
                className="control-wide",
            ),
        ]
    )


def compare_content(data: Catalog, slugs: list[str]) -> list:
    if len(slugs) < MIN_FORCES:
        return [notice(f"Choose at least {MIN_FORCES} forces to compare.")]
    forces = data.forces().set_index("slug").loc[slugs].reset_index()
    blocks = []
    for chosen in data.programme_year_list():
        exhibit = compare_grades(data, forces, chosen)
        frameworks = list(exhibit.table.columns[1:])
        blocks += [
            html.H3(programme_label(chosen.programme, chosen.year)),
            table_block(exhibit, grades_table(exhibit.table, chosen.programme, exhibit.title, frameworks)),
        ]
    grades = section(
        "Grades",
        [html.P("Each programme has its own scale; grades are never pooled across them."), *blocks],
        "compare-grades",
    )
    return [grades, section("Context", [table_block(compare_context(data, forces))], "compare-context")]
