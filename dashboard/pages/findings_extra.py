"""`/findings/themes` and `/findings/case-studies`: recurring terms, and the developing-practice library."""

from __future__ import annotations

from urllib.parse import urlencode

from dash import dcc, html

from dashboard.abbreviations import abbreviate
from dashboard.components import link_choices, notice, section
from dashboard.exhibits.findings import KIND_NAMES, themes
from dashboard.state import catalog
from etl.search_documents import anchor_slug


def themes_layout(**_: str) -> html.Div:
    data = catalog()
    frame = themes(data)
    if frame.empty:
        return html.Div([html.H1("Themes"), notice("No reports are loaded, so there are no findings to count.")])
    sections = []
    for framework, group in frame.groupby("framework", sort=False):
        rows = []
        for kind, items in group.groupby("kind", sort=False):
            ordered = items.sort_values(["count", "term"], ascending=[False, True])
            links = [
                html.Li(
                    dcc.Link(
                        f"{row.term} ({row.count})",
                        href="/findings?"
                        + urlencode({"q": _query(row.term, row.type), "framework": framework, "kind": kind}),
                    )
                )
                for row in ordered.itertuples()
            ]
            rows.append(html.Div([html.H3(KIND_NAMES.get(kind, kind)), html.Ul(links, className="choice-list")]))
        sections.append(section(framework, rows, f"theme-{anchor_slug(framework)}"))
    return html.Div(
        [
            html.H1("Themes across the findings"),
            html.P(
                "The abbreviations of the reports' glossaries, and the two-word phrases that recur, counted in each "
                "framework's strengths, work in progress, areas for improvement, case studies and contextual factors. "
                "Each opens the matching search."
            ),
            *sections,
        ]
    )


def _query(term: str, kind: str) -> str:
    return f'"{term}"' if kind == "Phrase" else term


def case_studies_layout(framework: str | None = None, **_: str) -> html.Div:
    data = catalog()
    studies = data.search_documents()
    studies = studies[studies["kind"] == "case_study"]
    forces = data.forces().set_index("force_code")
    frameworks = list(dict.fromkeys(studies["framework"]))
    notices = []
    if framework is not None and framework not in frameworks:
        notices.append(f"Ignored framework={framework!r}. Valid: {', '.join(frameworks)}.")
        framework = None
    shown = studies if framework is None else studies[studies["framework"] == framework]
    glossary = data.glossary_terms()
    choices = [("All", None if framework is None else "/findings/case-studies")] + [
        (name, None if name == framework else "/findings/case-studies?" + urlencode({"framework": name}))
        for name in frameworks
    ]
    cards = [
        html.Article(
            [
                html.H2(row.title, className="card-title"),
                html.P(
                    [
                        dcc.Link(
                            forces.loc[row.force_code, "force_name"],
                            href=f"/force/{forces.loc[row.force_code, 'slug']}",
                        ),
                        f" · {row.framework}",
                    ],
                    className="result-meta",
                ),
                *[html.P(abbreviate(paragraph, glossary)) for paragraph in row.text.split("\n\n")],
            ],
            className="case-card",
        )
        for row in shown.itertuples()
    ]
    return html.Div(
        [
            html.H1("Developing practice"),
            html.P(
                "Good practice forces submitted to HMIC in 2007. HMIC did not evaluate these examples independently."
            ),
            *[notice(text, "warning") for text in notices],
            html.Div([link_choices("Framework", choices)], className="controls"),
            *(cards or [notice("No case studies are loaded.")]),
        ]
    )
