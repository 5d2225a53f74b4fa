"""Grades laid out as accessible HTML tables: the national grid and comparison tables."""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from dashboard.components import scroll_region
from dashboard.palettes import PALETTES, grade_colour, text_colour

SORTS = {"name": "Force name", "region": "Region"}


def sort_options(frameworks: list[str]) -> list[dict[str, str]]:
    options = [{"label": label, "value": value} for value, label in SORTS.items()]
    options += [
        {"label": f"Grade: {name}", "value": f"grade-{position}"} for position, name in enumerate(frameworks, 1)
    ]
    return options


def sorted_forces(grid: pd.DataFrame, sort: str) -> list[str]:
    """Force codes in display order; grade sorts put the best first and the ungraded last."""
    forces = grid.drop_duplicates("force_code")[["force_code", "force_name", "region"]]
    if sort == "region":
        return list(forces.sort_values(["region", "force_name"])["force_code"])
    if sort.startswith("grade-") and sort.removeprefix("grade-").isdigit():
        column = grid[grid["position"] == int(sort.removeprefix("grade-"))][["force_code", "grade_rank"]]
        ranked = forces.merge(column, on="force_code", how="left")
        return list(ranked.sort_values(["grade_rank", "force_name"], na_position="last")["force_code"])
    return list(forces.sort_values("force_name")["force_code"])


def missing_label(programme: str, report_loaded: bool) -> str:
    """How an empty cell reads: a 2007 force without a report, or a PEEL grade not found."""
    if programme == "hmic":
        return "Report loaded, no grade" if report_loaded else "Not loaded"
    return "Not found"


def grade_cell(programme: str, text: str) -> html.Td:
    """A grade written out on its palette colour, or a hatched cell saying why it is empty."""
    if text in PALETTES.get(programme, {}):
        colour = grade_colour(programme, text)
        return html.Td(text, className="grade-cell", style={"background": colour, "color": text_colour(colour)})
    return html.Td(text, className="grade-missing")


def grades_table(
    table: pd.DataFrame,
    programme: str,
    caption: str,
    grade_columns: list[str],
    row_links: dict[str, str] | None = None,
) -> html.Div:
    """A table whose first column names rows (linked where given) and whose grade columns are coloured."""
    first, *rest = list(table.columns)
    header = html.Thead(html.Tr([html.Th(column, scope="col") for column in table.columns]))
    rows = []
    for _, row in table.iterrows():
        name = row[first]
        link = (row_links or {}).get(name)
        cells = [html.Th(dcc.Link(name, href=link) if link else name, scope="row")]
        cells += [
            grade_cell(programme, row[column]) if column in grade_columns else html.Td(row[column]) for column in rest
        ]
        rows.append(html.Tr(cells))
    return scroll_region(
        html.Table([html.Caption(caption), header, html.Tbody(rows)], className="data-table grade-grid"), caption
    )
