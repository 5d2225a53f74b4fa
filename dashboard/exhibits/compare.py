"""Comparison exhibits: chosen forces' grades per programme-year, and their context side by side."""

from __future__ import annotations

import pandas as pd

from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.components import OGL
from dashboard.context_measures import context_comparison
from dashboard.exhibits.force import REFERENCE_SOURCES
from dashboard.exhibits.model import Exhibit
from dashboard.formatting import programme_label
from dashboard.grid import missing_label


def compare_grades(data: Catalog, forces: pd.DataFrame, chosen: ProgrammeYear) -> Exhibit:
    """Rows are frameworks, columns are the chosen forces."""
    label = programme_label(chosen.programme, chosen.year)
    grid = data.grade_grid(chosen.programme, chosen.year)
    cells = {(row.force_code, row.framework): row for row in grid.itertuples()}
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    table = pd.DataFrame({"Framework": frameworks})
    for code, name in zip(forces["force_code"], forces["force_name"], strict=True):
        table[name] = [
            cell.grade if isinstance(cell.grade, str) else missing_label(chosen.programme, bool(cell.report_loaded))
            for cell in (cells[(code, framework)] for framework in frameworks)
        ]
    slugs = ",".join(forces["slug"])
    return Exhibit(
        exhibit_id="compare-grades",
        params=(("forces", slugs), ("programme", chosen.programme), ("year", str(chosen.year))),
        stem=f"compare-{chosen.programme}-{chosen.year}-{'-'.join(forces['slug'])}",
        title=f"Grades, {label}",
        subtitle=f"{label}: {', '.join(forces['force_name'])}",
        source="HMIC inspection reports (2007) and PEEL grade files, as on the national overview",
        table=table,
        description=f"Table of the chosen forces' grades, {label}.",
    )


def compare_context(data: Catalog, forces: pd.DataFrame) -> Exhibit:
    national = data.national_context()
    base = None
    columns: dict[str, pd.Series] = {}
    for code, name in zip(forces["force_code"], forces["force_name"], strict=True):
        comparison = context_comparison(data.force_context(code), national)
        base = comparison if base is None else base
        columns[name] = comparison["force_value"].astype(float).round(2)
    table = pd.DataFrame(
        {
            "Measure": base["measure"] + " (" + base["year"] + ")",
            **columns,
            "England and Wales": base["england_wales_value"].astype(float).round(2),
            "Unit": base["unit"],
        }
    )
    return Exhibit(
        exhibit_id="compare-context",
        params=(("forces", ",".join(forces["slug"])),),
        stem=f"compare-context-{'-'.join(forces['slug'])}",
        title="Context figures side by side",
        subtitle=f"{', '.join(forces['force_name'])} and England and Wales",
        source=f"{REFERENCE_SOURCES}. {OGL}",
        table=table,
        description="Table of context figures for the chosen forces and England and Wales.",
    )
