"""`/patterns` Grades against context, or two frameworks together, with tau-b and the caveats."""

from __future__ import annotations

from urllib.parse import urlencode

from dash import html

from dashboard import ids
from dashboard.analysis_choices import choose_framework, choose_variable
from dashboard.catalog import ProgrammeYear
from dashboard.choices import choose_programme_year
from dashboard.components import chart, link_choices, notice, section, table_block
from dashboard.context_variables import VARIABLES
from dashboard.exhibits.analysis import CAVEAT, crosstab, pattern
from dashboard.formatting import programme_label
from dashboard.state import catalog


def patterns_url(chosen: ProgrammeYear, framework: str | None, variable: str, framework2: str | None = None) -> str:
    query: dict[str, object] = {"programme": chosen.programme, "year": chosen.year}
    if framework:
        query["framework"] = framework
    query["variable"] = variable
    if framework2:
        query["framework2"] = framework2
    return "/patterns?" + urlencode(query)


def layout(
    programme: str | None = None,
    year: str | None = None,
    framework: str | None = None,
    variable: str | None = None,
    framework2: str | None = None,
    **_: str,
) -> html.Div:
    data = catalog()
    chosen, notices = choose_programme_year(data, programme, year)
    framework = choose_framework(data, chosen, framework, notices)
    variable = choose_variable(variable, notices)
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    second = framework2 if framework2 in frameworks and framework2 != framework else None
    if framework2 is not None and second is None:
        notices.append(f"Ignored framework2={framework2!r}: choose another framework of {', '.join(frameworks)}.")
    programme_links = [
        (programme_label(py.programme, py.year), None if py == chosen else patterns_url(py, None, variable))
        for py in data.programme_year_list()
    ]
    framework_links = [(f, None if f == framework else patterns_url(chosen, f, variable, second)) for f in frameworks]
    variable_links = [
        (v.label, None if key == variable else patterns_url(chosen, framework, key, second))
        for key, v in VARIABLES.items()
    ]
    second_links = [("None", None if second is None else patterns_url(chosen, framework, variable))] + [
        (f, None if f == second else patterns_url(chosen, framework, variable, f)) for f in frameworks if f != framework
    ]
    exhibit, statistic = pattern(data, chosen, framework, variable)
    blocks = [
        section(
            "Grade against a context variable",
            [
                html.P(statistic, className="statistic"),
                notice(f"Read with care: {CAVEAT}"),
                chart(exhibit, ids.PATTERNS_GRAPH),
            ],
            "pattern",
        )
    ]
    if second is not None:
        table, tau = crosstab(data, chosen, framework, second)
        blocks.append(
            section("Two frameworks together", [html.P(tau, className="statistic"), table_block(table)], "crosstab")
        )
    return html.Div(
        [
            html.H1("Patterns"),
            html.P(
                "Do grades go with context? Each point is a force at its value of the chosen variable, in the row of "
                "its grade. Kendall's tau-b measures how far better grades go with higher values, counting tied "
                "grades correctly; the p-value comes from re-running it on 2,000 random shuffles of the values."
            ),
            *[notice(text, "warning") for text in notices],
            html.Div(
                [
                    link_choices("Programme and year", programme_links),
                    link_choices("Framework", framework_links),
                    link_choices("Context variable", variable_links),
                    link_choices("Compare with a second framework", second_links),
                ],
                className="controls",
            ),
            *blocks,
        ]
    )
