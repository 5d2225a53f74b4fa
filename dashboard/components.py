"""Reusable page pieces: charts with table twins, tables, source lines, notices."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from dash import dcc, html

from dashboard.exhibits.model import Exhibit

GRAPH_CONFIG = {"displaylogo": False, "responsive": True, "toImageButtonOptions": {"format": "png", "scale": 2}}
OGL = "Contains public sector information licensed under the Open Government Licence v3.0."
BOUNDARY_ATTRIBUTION = (
    "Source: Office for National Statistics licensed under the Open Government Licence v.3.0. "
    "Contains OS data © Crown copyright and database right 2023."
)


def source_line(text: str) -> html.P:
    return html.P(f"Source: {text}", className="source")


def notice(text: str | Sequence, kind: str = "info") -> html.Div:
    """A visible message; role=status so screen readers announce it."""
    return html.Div(text, className=f"notice notice-{kind}", role="status")


def scroll_region(child: html.Table, label: str) -> html.Div:
    """A keyboard-focusable, labelled container that scrolls a wide table sideways."""
    return html.Div(child, className="table-scroll", tabIndex="0", role="region", **{"aria-label": label})


def data_table(frame: pd.DataFrame, caption: str, columns: dict[str, str] | None = None) -> html.Div:
    """A plain accessible HTML table, scrolling sideways on narrow screens; `columns` maps names to labels."""
    columns = columns or {column: column for column in frame.columns}
    header = html.Thead(html.Tr([html.Th(label, scope="col") for label in columns.values()]))
    body = html.Tbody([html.Tr([html.Td(_cell(row[column])) for column in columns]) for _, row in frame.iterrows()])
    return scroll_region(html.Table([html.Caption(caption), header, body], className="data-table"), caption)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def export_links(exhibit: Exhibit) -> html.Nav:
    """Download links for an exhibit: the image formats for a chart, CSV and XLSX for its table."""
    formats = [("PNG", "chart", "png"), ("SVG", "chart", "svg"), ("PDF", "chart", "pdf")] if exhibit.figure else []
    formats += [("CSV", "table", "csv"), ("XLSX", "table", "xlsx")]
    return html.Nav(
        [
            html.Span("Download: ", className="export-label"),
            html.Ul(
                [
                    html.Li(
                        html.A(
                            label,
                            href=exhibit.export_path(kind, extension),
                            download=f"{exhibit.stem}.{extension}",
                            title=f"{exhibit.title} as {label}",
                        )
                    )
                    for label, kind, extension in formats
                ],
                className="export-list",
            ),
        ],
        className="exports",
        **{"aria-label": f"Download {exhibit.title}"},
    )


def chart(exhibit: Exhibit, graph_id: str) -> html.Figure:
    """A chart with an accessible name, its source line, downloads and a one-click table twin."""
    return html.Figure(
        [
            html.Figcaption(exhibit.description, className="visually-hidden"),
            dcc.Graph(id=graph_id, figure=exhibit.figure, config=GRAPH_CONFIG, className="graph"),
            source_line(exhibit.source),
            export_links(exhibit),
            html.Details(
                [html.Summary("Show the data behind this chart as a table"), data_table(exhibit.table, exhibit.title)],
                className="table-twin",
            ),
        ],
        className="chart",
        **{"aria-label": exhibit.description},
    )


def table_block(exhibit: Exhibit, table: html.Div | None = None) -> html.Div:
    """A table exhibit with its source line and CSV/XLSX downloads; `table` replaces the plain rendering
    where the page styles the same rows and columns (e.g. coloured grade cells)."""
    return html.Div(
        [table or data_table(exhibit.table, exhibit.title), source_line(exhibit.source), export_links(exhibit)],
        className="table-block",
    )


def link_choices(legend: str, items: list[tuple[str, str | None]]) -> html.Nav:
    """Choices as plain links that rewrite the URL; the current choice is marked, not linked.

    Links keep all state in the address, work by keyboard and need no callback.
    """
    entries = [
        html.Li(
            dcc.Link(label, href=href) if href else html.Span(label, className="current", **{"aria-current": "true"})
        )
        for label, href in items
    ]
    return html.Nav(
        [html.P(legend, className="choice-legend"), html.Ul(entries, className="choice-list")],
        className="control",
        **{"aria-label": legend},
    )


def pack_links(base_path: str, stem: str, query: str = "", status_id: str = "pack-status") -> html.Div:
    """Download links for a briefing pack (PDF and PowerPoint), with a live progress message."""
    links = [
        html.A(
            f"Briefing pack ({label})",
            href=f"{base_path}.{extension}{query}",
            download=f"{stem}.{extension}",
            className="pack-link",
            **{"data-status": status_id, "data-label": f"{label} briefing pack"},
        )
        for label, extension in (("PDF", "pdf"), ("PowerPoint", "pptx"))
    ]
    return html.Div(
        [*links, html.Span(id=status_id, className="pack-status", role="status", **{"aria-live": "polite"})],
        className="pack-links",
    )


def section(title: str, children: list, section_id: str) -> html.Section:
    """A titled page region; its id is the anchor links jump to, and its heading names it."""
    heading_id = f"{section_id}-heading"
    return html.Section(
        [html.H2(title, id=heading_id), *children], id=section_id, className="panel", **{"aria-labelledby": heading_id}
    )
