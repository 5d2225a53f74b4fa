"""National exhibits: the grade distribution of a programme-year, and the grid of grades."""

from __future__ import annotations

import pandas as pd

from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.exhibits.model import Exhibit
from dashboard.figures.distribution import distribution_figure
from dashboard.formatting import programme_label
from dashboard.grid import missing_label, sorted_forces
from dashboard.stats.ridit import ridit


def grade_sources(chosen: ProgrammeYear, reports_loaded: int) -> str:
    if chosen.programme == "hmic":
        return (
            f"HMIC inspection reports, October {chosen.year} ({reports_loaded} of 43 loaded). The national "
            "distribution is published in every report."
        )
    return (
        "HMIC PEEL force pages and national releases, compiled in peel_pillar_grades.csv and peel_national_totals.csv."
    )


def national_distribution(data: Catalog, chosen: ProgrammeYear) -> Exhibit:
    label = programme_label(chosen.programme, chosen.year)
    distribution = data.national_distribution(chosen.programme, chosen.year)
    bases = sorted(set(distribution["basis"]))
    if bases == ["published"]:
        basis = "published national counts"
    else:
        basis = "published national counts where HMIC gave them; otherwise computed from all 43 forces' grades"
    table = pd.DataFrame(
        {
            "Framework": distribution["framework"],
            "Grade": distribution["grade"],
            "Forces": distribution["forces"],
            "Share (%)": (distribution["share"] * 100).round(1),
            "Basis": distribution["basis"],
            "Source file": distribution["source_file"],
            "Where in the file": distribution["source_location"],
        }
    )
    return Exhibit(
        exhibit_id="national-distribution",
        params=(("programme", chosen.programme), ("year", str(chosen.year))),
        stem=f"national-{chosen.programme}-{chosen.year}-grade-distribution",
        title=f"How forces were graded, {label}",
        subtitle=f"{label}: share of graded forces given each grade, every framework, England and Wales",
        source=f"{basis}. Files: {', '.join(sorted(set(distribution['source_file'])))}",
        table=table,
        description=(
            f"Stacked bar chart of the share of forces given each grade, for each framework, {label}. "
            "Counts are written on each segment and listed in the table below."
        ),
        figure=distribution_figure(
            distribution, chosen.programme, data.scale(chosen.programme), f"How forces were graded, {label}"
        )
        if not distribution.empty
        else None,
    )


def national_grid(data: Catalog, chosen: ProgrammeYear, sort: str) -> Exhibit:
    """Every force against every framework, in the page's sort order, with empty cells explained."""
    label = programme_label(chosen.programme, chosen.year)
    grid = data.grade_grid(chosen.programme, chosen.year)
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    first = grid.drop_duplicates("force_code").set_index("force_code")
    cells = {(row.force_code, row.framework): row for row in grid.itertuples()}
    scale = data.scale(chosen.programme)
    distribution = data.national_distribution(chosen.programme, chosen.year)
    counts = {
        name: dict(zip(group["grade"], group["forces"].astype(int), strict=True))
        for name, group in distribution.groupby("framework")
    }
    rows = []
    for code in sorted_forces(grid, sort):
        row = {"Force": first.loc[code, "force_name"], "Region": first.loc[code, "region"]}
        for name in frameworks:
            cell = cells[(code, name)]
            graded = isinstance(cell.grade, str)
            row[name] = cell.grade if graded else missing_label(chosen.programme, bool(cell.report_loaded))
        for name in frameworks:
            if name in counts:
                on_scale = row[name] in scale
                row[f"Ridit: {name}"] = round(ridit(counts[name], scale, row[name]), 3) if on_scale else None
        rows.append(row)
    reports_loaded = int(first["report_loaded"].sum())
    return Exhibit(
        exhibit_id="national-grid",
        params=(("programme", chosen.programme), ("year", str(chosen.year)), ("sort", sort)),
        stem=f"national-{chosen.programme}-{chosen.year}-grades-by-force",
        title=f"Grades by force and framework, {label}",
        subtitle=f"{label}: all 43 forces, with each grade's ridit against its national distribution",
        source=grade_sources(chosen, reports_loaded),
        table=pd.DataFrame(rows),
        description=f"Table of every force's grade on each framework, {label}.",
    )
