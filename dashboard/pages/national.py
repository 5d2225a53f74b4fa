"""`/` National overview: distributions, the grid of grades and coverage, per programme-year."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode

import pandas as pd
from dash import html

from dashboard import ids
from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.choices import choose_programme_year
from dashboard.components import chart, data_table, link_choices, notice, section, source_line
from dashboard.figures.distribution import distribution_figure
from dashboard.formatting import programme_label
from dashboard.grid import grid_table, sort_options
from dashboard.state import catalog

TITLE = "National overview"


def national_url(chosen: ProgrammeYear, sort: str = "name") -> str:
    """The address that reopens this exact view."""
    query: dict[str, object] = {"programme": chosen.programme, "year": chosen.year}
    if sort != "name":
        query["sort"] = sort
    return "/?" + urlencode(query)


def layout(programme: str | None = None, year: str | None = None, sort: str | None = None, **_: str) -> html.Div:
    data = catalog()
    chosen, notices = choose_programme_year(data, programme, year)
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    sorts = sort_options(frameworks)
    valid_sorts = {option["value"] for option in sorts}
    if sort is not None and sort not in valid_sorts:
        notices.append(f"Ignored sort={sort!r}. Valid: {', '.join(sorted(valid_sorts))}.")
    sort = sort if sort in valid_sorts else "name"
    programme_links = [
        (programme_label(option.programme, option.year), None if option == chosen else national_url(option))
        for option in data.programme_year_list()
    ]
    sort_links = [
        (option["label"], None if option["value"] == sort else national_url(chosen, option["value"]))
        for option in sorts
    ]
    return html.Div(
        [
            html.H1(TITLE),
            html.P("How HMIC graded all 43 police forces of England and Wales, framework by framework."),
            *[notice(text, "warning") for text in notices],
            html.Div(
                [link_choices("Programme and year", programme_links), link_choices("Sort the grid by", sort_links)],
                className="controls",
            ),
            *national_content(data, chosen, sort),
        ]
    )


@lru_cache(maxsize=64)
def national_content(data: Catalog, chosen: ProgrammeYear, sort: str) -> list:
    """Everything below the controls, for one programme-year (cached: the data is read-only)."""
    label = programme_label(chosen.programme, chosen.year)
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    grid = data.grade_grid(chosen.programme, chosen.year)
    distribution = data.national_distribution(chosen.programme, chosen.year)
    scale = data.scale(chosen.programme)
    return [
        coverage_line(grid, chosen),
        section(
            f"Grade distribution, {label}", distribution_block(distribution, chosen, scale, frameworks), "distribution"
        ),
        section(
            f"Grades of every force, {label}",
            [
                html.P(
                    "Each cell shows the grade as written by HMIC. 'Not loaded' means the force's 2007 report is "
                    "not in the database; 'Not found' means no published PEEL grade was found for that cell."
                ),
                grid_table(grid, chosen.programme, frameworks, sort, f"Grades by force and framework, {label}"),
                source_line(_grade_sources(grid, chosen)),
            ],
            "grid",
        ),
    ]


def coverage_line(grid: pd.DataFrame, chosen: ProgrammeYear) -> html.P:
    graded = grid[grid["grade"].notna()]["force_code"].nunique()
    total = grid["force_code"].nunique()
    return html.P(
        f"Grades loaded for {graded} of {total} forces; source: {_grade_sources(grid, chosen)}",
        className="coverage",
    )


def _grade_sources(grid: pd.DataFrame, chosen: ProgrammeYear) -> str:
    if chosen.programme == "hmic":
        loaded = int(grid.drop_duplicates("force_code")["report_loaded"].sum())
        return (
            f"HMIC inspection reports, October {chosen.year} ({loaded} of 43 loaded). The national distribution "
            "is published in every report."
        )
    return (
        "HMIC PEEL force pages and national releases, compiled in peel_pillar_grades.csv and peel_national_totals.csv."
    )


def distribution_block(
    distribution: pd.DataFrame, chosen: ProgrammeYear, scale: list[str], frameworks: list[str]
) -> list:
    label = programme_label(chosen.programme, chosen.year)
    children: list = []
    missing = [name for name in frameworks if name not in set(distribution["framework"])]
    if missing:
        children.append(
            notice(
                f"No national distribution for {', '.join(missing)}: none was published, and not every force's "
                "grade was found, so it is not computed.",
                "warning",
            )
        )
    if distribution.empty:
        return children
    bases = sorted(set(distribution["basis"]))
    table = distribution[["framework", "grade", "forces", "share", "basis", "source_file", "source_location"]].copy()
    table["share"] = (table["share"] * 100).round(1)
    if bases == ["published"]:
        basis = "published national counts"
    else:
        basis = "published national counts where HMIC gave them; otherwise computed from all 43 forces' grades"
    children.append(
        chart(
            distribution_figure(distribution, chosen.programme, scale, f"How forces were graded, {label}"),
            ids.NATIONAL_DISTRIBUTION_GRAPH,
            f"Stacked bar chart of the share of forces given each grade, for each framework, {label}. "
            "Counts are written on each segment and listed in the table below.",
            data_table(
                table,
                f"Forces per grade, {label}",
                {
                    "framework": "Framework",
                    "grade": "Grade",
                    "forces": "Forces",
                    "share": "Share (%)",
                    "basis": "Basis",
                    "source_file": "Source file",
                    "source_location": "Where in the file",
                },
            ),
            f"{basis}. Files: {', '.join(sorted(set(distribution['source_file'])))}",
        )
    )
    return children
