"""`/trends?from=2015&to=2016` PEEL change over time: distributions by year and forces that moved."""

from __future__ import annotations

from urllib.parse import urlencode

from dash import html

from dashboard import ids
from dashboard.components import chart, link_choices, notice, section, table_block
from dashboard.exhibits.analysis import changes, trend
from dashboard.methods import CARRIED_OVER
from dashboard.state import catalog

PROGRAMME = "peel"


def trends_url(first: int, second: int) -> str:
    return "/trends?" + urlencode({"from": first, "to": second})


def layout(**query: str) -> html.Div:
    data = catalog()
    years = [py.year for py in data.programme_year_list() if py.programme == PROGRAMME]
    notices: list[str] = []
    first, second = (
        _year(query.get("from"), years, years[-2], notices),
        _year(query.get("to"), years, years[-1], notices),
    )
    if first >= second:
        notices.append(f"'from' must be before 'to': showing {years[-2]} to {years[-1]}.")
        first, second = years[-2], years[-1]
    return html.Div(
        [
            html.H1("Change over time: PEEL 2014–2017"),
            html.P(CARRIED_OVER, className="note"),
            *[notice(text, "warning") for text in notices],
            section("National distribution by year", [chart(trend(data, PROGRAMME), ids.TRENDS_GRAPH)], "trend"),
            section(
                "Forces whose grade changed",
                [
                    html.Div(
                        [
                            link_choices(
                                "From", [(str(y), None if y == first else trends_url(y, second)) for y in years[:-1]]
                            ),
                            link_choices(
                                "To", [(str(y), None if y == second else trends_url(first, y)) for y in years[1:]]
                            ),
                        ],
                        className="controls",
                    ),
                    table_block(changes(data, PROGRAMME, first, second)),
                ],
                "changes",
            ),
        ]
    )


def _year(value: str | None, years: list[int], default: int, notices: list[str]) -> int:
    if value is None:
        return default
    if value.isdigit() and int(value) in years:
        return int(value)
    notices.append(f"Ignored year {value!r}. Valid: {', '.join(map(str, years))}.")
    return default
