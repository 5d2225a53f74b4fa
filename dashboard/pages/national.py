"""`/` National overview: distributions, the grid of grades and coverage, per programme-year."""

from __future__ import annotations

from urllib.parse import urlencode

from dash import html

from dashboard import ids
from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.choices import choose_programme_year
from dashboard.components import chart, link_choices, notice, pack_links, section, table_block
from dashboard.exhibits.national import national_distribution, national_grid
from dashboard.formatting import programme_label
from dashboard.grid import grades_table, sort_options
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
            pack_links(
                "/export/national/briefing",
                f"national-{chosen.programme}-{chosen.year}-briefing",
                f"?programme={chosen.programme}&year={chosen.year}",
            ),
            *national_content(data, chosen, sort),
        ]
    )


def national_content(data: Catalog, chosen: ProgrammeYear, sort: str) -> list:
    """Everything below the controls, for one programme-year."""
    label = programme_label(chosen.programme, chosen.year)
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    distribution = national_distribution(data, chosen)
    grid = national_grid(data, chosen, sort)
    links = {row.force_name: f"/force/{row.slug}" for row in data.forces().itertuples()}
    graded = data.grade_grid(chosen.programme, chosen.year).dropna(subset=["grade"])["force_code"].nunique()
    missing = [name for name in frameworks if name not in set(distribution.table["Framework"])]
    distribution_children: list = []
    if missing:
        distribution_children.append(
            notice(
                f"No national distribution for {', '.join(missing)}: none was published, and not every force's "
                "grade was found, so it is not computed.",
                "warning",
            )
        )
    if distribution.figure is not None:
        distribution_children.append(chart(distribution, ids.NATIONAL_DISTRIBUTION_GRAPH))
    return [
        html.P(f"Grades loaded for {graded} of 43 forces; source: {grid.source}", className="coverage"),
        section(f"Grade distribution, {label}", distribution_children, "distribution"),
        section(
            f"Grades of every force, {label}",
            [
                html.P(
                    "Each cell shows the grade as written by HMIC. 'Not loaded' means the force's 2007 report is "
                    "not in the database; 'Not found' means no published PEEL grade was found for that cell. "
                    "The ridit columns place each grade in its framework's national distribution: the share of "
                    "forces graded lower plus half the share graded the same (0.5 is the middle)."
                ),
                table_block(grid, grades_table(grid.table, chosen.programme, grid.title, frameworks, links)),
            ],
            "grid",
        ),
    ]
