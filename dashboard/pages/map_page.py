"""`/map` A map of one framework's grades or of a context variable; selecting a force opens it."""

from __future__ import annotations

from urllib.parse import urlencode

from dash import ClientsideFunction, Input, Output, clientside_callback, dcc, html

from dashboard import ids
from dashboard.analysis_choices import choose_framework
from dashboard.catalog import ProgrammeYear
from dashboard.choices import choose_programme_year
from dashboard.components import chart, link_choices, notice
from dashboard.context_variables import VARIABLES
from dashboard.exhibits.analysis import map_exhibit
from dashboard.formatting import programme_label
from dashboard.state import catalog


def map_url(chosen: ProgrammeYear, framework: str | None = None, variable: str | None = None) -> str:
    if variable:
        return "/map?" + urlencode({"variable": variable})
    query: dict[str, object] = {"programme": chosen.programme, "year": chosen.year}
    if framework:
        query["framework"] = framework
    return "/map?" + urlencode(query)


def layout(
    programme: str | None = None,
    year: str | None = None,
    framework: str | None = None,
    variable: str | None = None,
    **_: str,
) -> html.Div:
    data = catalog()
    chosen, notices = choose_programme_year(data, programme, year)
    if variable is not None and variable not in VARIABLES:
        notices.append(f"Ignored variable={variable!r}. Valid: {', '.join(VARIABLES)}.")
        variable = None
    framework = None if variable else choose_framework(data, chosen, framework, notices)
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    exhibit = map_exhibit(data, chosen, framework, variable)
    return html.Div(
        [
            html.H1("Map"),
            html.P(
                "The 43 police force areas of England and Wales. Select a force on the map to open its profile; the "
                "table below the map lists every force. Grey hatched areas have no grade loaded or found."
            ),
            *[notice(text, "warning") for text in notices],
            html.Div(
                [
                    link_choices(
                        "Programme and year",
                        [
                            (
                                programme_label(py.programme, py.year),
                                None if py == chosen and not variable else map_url(py),
                            )
                            for py in data.programme_year_list()
                        ],
                    ),
                    link_choices(
                        "Grades on",
                        [(f, None if f == framework else map_url(chosen, framework=f)) for f in frameworks],
                    ),
                    link_choices(
                        "Or a context variable (in fifths of the 43 forces)",
                        [
                            (v.label, None if key == variable else map_url(chosen, variable=key))
                            for key, v in VARIABLES.items()
                        ],
                    ),
                ],
                className="controls",
            ),
            dcc.Location(id=ids.MAP_LOCATION, refresh=True),
            chart(exhibit, ids.MAP_GRAPH),
        ]
    )


def register_callbacks() -> None:
    """A click on a force navigates to its profile, in the browser (no server round trip)."""
    clientside_callback(
        ClientsideFunction(namespace="hmic", function_name="forceFromMapClick"),
        Output(ids.MAP_LOCATION, "href"),
        Input(ids.MAP_GRAPH, "clickData"),
        prevent_initial_call=True,
    )
