"""The forces x frameworks grid of grades, as an accessible HTML table."""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from dashboard.components import scroll_region
from dashboard.palettes import grade_colour, text_colour

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


def grade_cell(programme: str, grade: object, report_loaded: bool) -> html.Td:
    """A grade written out on its palette colour, or a hatched cell saying why it is empty."""
    if isinstance(grade, str):
        colour = grade_colour(programme, grade)
        return html.Td(grade, className="grade-cell", style={"background": colour, "color": text_colour(colour)})
    return html.Td(missing_label(programme, report_loaded), className="grade-missing")


def grid_table(grid: pd.DataFrame, programme: str, frameworks: list[str], sort: str, caption: str) -> html.Div:
    order = sorted_forces(grid, sort)
    cells = {(row.force_code, row.framework): row for row in grid.itertuples()}
    first = grid.drop_duplicates("force_code").set_index("force_code")
    header = html.Thead(
        html.Tr(
            [html.Th("Force", scope="col"), html.Th("Region", scope="col")]
            + [html.Th(name, scope="col") for name in frameworks]
        )
    )
    rows = []
    for code in order:
        force = first.loc[code]
        row_cells = [
            html.Th(dcc.Link(force["force_name"], href=f"/force/{force['slug']}"), scope="row"),
            html.Td(force["region"]),
        ]
        row_cells += [
            grade_cell(programme, cells[(code, name)].grade, bool(cells[(code, name)].report_loaded))
            for name in frameworks
        ]
        rows.append(html.Tr(row_cells))
    table = html.Table([html.Caption(caption), header, html.Tbody(rows)], className="data-table grade-grid")
    return scroll_region(table, caption)
