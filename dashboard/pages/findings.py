"""`/findings?q=ViSOR&framework=&kind=&force=` Search what the inspectors said, across every report."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
from dash import dcc, html

from dashboard.abbreviations import marked
from dashboard.catalog import Catalog
from dashboard.components import export_links, notice
from dashboard.exhibits.findings import KIND_NAMES, results, search_exhibit
from dashboard.state import catalog
from queries.search import engine_name, facets, search_available
from queries.search_syntax import parse_query

SEARCH_HELP = (
    'Type words (every word must appear), "quoted phrases", or word beginnings such as supervis*. '
    "Results cover findings, developing-practice case studies and contextual factors, best match first."
)


def findings_url(**query: str | None) -> str:
    present = {key: value for key, value in query.items() if value}
    return "/findings" + (f"?{urlencode(present)}" if present else "")


def layout(
    q: str | None = None, framework: str | None = None, kind: str | None = None, force: str | None = None, **_: str
) -> html.Div:
    data = catalog()
    notices: list[str] = []
    chosen_force = data.force_by_slug(force) if force else None
    if force and chosen_force is None:
        notices.append(f"Ignored force={force!r}: not a force slug.")
        force = None
    if kind is not None and kind not in KIND_NAMES:
        notices.append(f"Ignored kind={kind!r}. Valid: {', '.join(KIND_NAMES)}.")
        kind = None
    return html.Div(
        [
            html.H1("Findings"),
            html.P(SEARCH_HELP),
            html.P(
                [
                    dcc.Link("Themes across the findings", href="/findings/themes"),
                    " · ",
                    dcc.Link("Developing-practice case studies", href="/findings/case-studies"),
                ]
            ),
            _search_form(q or "", framework, kind, force),
            *[notice(text, "warning") for text in notices],
            *_results(data, q or "", framework, kind, force, chosen_force),
        ]
    )


def _search_form(query: str, framework: str | None, kind: str | None, force: str | None) -> html.Form:
    hidden = [
        dcc.Input(type="hidden", name=name, value=value)
        for name, value in (("framework", framework), ("kind", kind), ("force", force))
        if value
    ]
    return html.Form(
        [
            html.Label("Search the findings", htmlFor="findings-query"),
            html.Div(
                [
                    dcc.Input(
                        id="findings-query",
                        name="q",
                        type="search",
                        value=query,
                        debounce=True,
                        className="search-input",
                    ),
                    html.Button("Search", type="submit", className="search-button"),
                ],
                className="search-row",
            ),
            *hidden,
        ],
        action="/findings",
        method="GET",
        role="search",
        className="search-form",
    )


def _results(
    data: Catalog, query: str, framework: str | None, kind: str | None, force: str | None, chosen_force
) -> list:
    if not search_available(data.engine):
        return [notice("Search is not available: the database has no full-text index. Rebuild it with python -m etl.")]
    if not query.strip():
        return [html.P(f"Search engine: {engine_name(data.engine)}.", className="note")]
    parsed = parse_query(query)
    blocks: list = [notice(parsed.message, "warning")] if parsed.message else []
    if parsed.match is None:
        return blocks
    force_code = None if chosen_force is None else chosen_force["force_code"]
    counts = facets(data.engine, parsed, force_code)
    found = results(data, parsed, framework, kind, force_code)
    total = int(counts["items"].sum())
    blocks.append(
        html.P(
            f"{total} items match {' '.join(parsed.terms)}; search engine: {engine_name(data.engine)}.",
            className="coverage",
        )
    )
    blocks.append(_facets(counts, query, framework, kind, force))
    if found.empty:
        blocks.append(
            notice(
                "Nothing matches. Try fewer words, a word beginning with * (e.g. supervis*), or remove quotes "
                "and filters.",
                "warning",
            )
        )
        return blocks
    exhibit = search_exhibit(data, query, parsed, framework, kind, chosen_force)
    glossary = data.glossary_terms()
    blocks += [
        export_links(exhibit),
        html.A(
            "Download these results as a short PDF", href=exhibit.export_path("findings", "pdf"), className="pdf-link"
        ),
        html.Ol([_result(row, glossary) for row in found.itertuples()], className="search-results"),
    ]
    return blocks


def _facets(counts: pd.DataFrame, query: str, framework: str | None, kind: str | None, force: str | None) -> html.Div:
    def links(column: str, names: dict[str, str], chosen: str | None, key: str) -> html.Nav:
        totals = counts.groupby(column)["items"].sum()
        items = [
            html.Li(
                dcc.Link(
                    f"All ({int(totals.sum())})",
                    href=findings_url(q=query, force=force, **_other(key, framework, kind)),
                )
            )
        ]
        for value, number in totals.items():
            label = f"{names.get(value, value)} ({int(number)})"
            link = findings_url(q=query, force=force, **_other(key, framework, kind), **{key: value})
            items.append(
                html.Li(
                    html.Span(label, className="current", **{"aria-current": "true"})
                    if value == chosen
                    else dcc.Link(label, href=link)
                )
            )
        return html.Nav(
            [html.P(f"By {key}", className="choice-legend"), html.Ul(items, className="choice-list")],
            **{"aria-label": f"Filter by {key}"},
        )

    return html.Div(
        [links("framework", {}, framework, "framework"), links("kind", KIND_NAMES, kind, "kind")], className="controls"
    )


def _other(key: str, framework: str | None, kind: str | None) -> dict[str, str | None]:
    """Keep the other facet's filter when one facet changes."""
    return {"kind": kind} if key == "framework" else {"framework": framework}


def _result(row, glossary) -> html.Li:
    title = [html.Strong(marked(row.highlighted_title, glossary)), html.Br()] if row.title else []
    return html.Li(
        [
            html.P(
                [
                    dcc.Link(row.force_name, href=f"/force/{row.slug}#{row.anchor}"),
                    f" · {row.framework} · {KIND_NAMES[row.kind]}",
                ],
                className="result-meta",
            ),
            html.P([*title, *marked(row.highlighted, glossary)], className="result-text"),
            html.P(f"{row.source_file}, {row.source_location}", className="source"),
        ]
    )
