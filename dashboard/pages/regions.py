"""`/regions` Share of forces graded Good or better per region, with Wilson 95% intervals."""

from __future__ import annotations

from urllib.parse import urlencode

from dash import html

from dashboard import ids
from dashboard.analysis_choices import choose_framework
from dashboard.catalog import ProgrammeYear
from dashboard.choices import choose_programme_year
from dashboard.components import chart, link_choices, notice
from dashboard.exhibits.analysis import regions
from dashboard.formatting import programme_label
from dashboard.state import catalog


def regions_url(chosen: ProgrammeYear, framework: str | None = None) -> str:
    query: dict[str, object] = {"programme": chosen.programme, "year": chosen.year}
    if framework:
        query["framework"] = framework
    return "/regions?" + urlencode(query)


def layout(programme: str | None = None, year: str | None = None, framework: str | None = None, **_: str) -> html.Div:
    data = catalog()
    chosen, notices = choose_programme_year(data, programme, year)
    framework = choose_framework(data, chosen, framework, notices)
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    exhibit = regions(data, chosen, framework)
    body = chart(exhibit, ids.REGIONS_GRAPH) if exhibit.figure is not None else notice("No graded forces.")
    return html.Div(
        [
            html.H1("Regions"),
            html.P(
                "For each Home Office region, the share of its graded forces given one of the two best grades, with a "
                "Wilson 95% interval. Regions hold 2 to 7 forces, so the intervals are wide: a difference between "
                "regions whose intervals overlap is not good evidence of a real difference."
            ),
            *[notice(text, "warning") for text in notices],
            html.Div(
                [
                    link_choices(
                        "Programme and year",
                        [
                            (programme_label(py.programme, py.year), None if py == chosen else regions_url(py))
                            for py in data.programme_year_list()
                        ],
                    ),
                    link_choices(
                        "Framework", [(f, None if f == framework else regions_url(chosen, f)) for f in frameworks]
                    ),
                ],
                className="controls",
            ),
            body,
        ]
    )
