"""`/peers/<slug>?n=5&vars=density,minority` Most similar forces, their context and their grades."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
from dash import dcc, html

from dashboard.analysis_choices import PEER_COUNTS, choose_count, choose_peer_variables
from dashboard.catalog import Catalog
from dashboard.components import link_choices, notice, section, table_block
from dashboard.context_variables import DEFAULT_PEER_VARIABLES, VARIABLES
from dashboard.exhibits.analysis import peer_averages, peers
from dashboard.exhibits.compare import compare_grades
from dashboard.formatting import programme_label
from dashboard.grid import grades_table
from dashboard.pages import not_found
from dashboard.state import catalog

METHOD = (
    "Each variable is standardised across all 43 forces (z-score: value minus the mean, divided by the standard "
    "deviation), and forces are ranked by Euclidean distance from the chosen force over the chosen variables. "
    "A force with a missing value is left out, never guessed."
)


def peers_url(slug: str, count: int, keys: tuple[str, ...]) -> str:
    query: dict[str, object] = {}
    if count != 5:
        query["n"] = count
    if keys != DEFAULT_PEER_VARIABLES:
        query["vars"] = ",".join(keys)
    return f"/peers/{slug}" + (f"?{urlencode(query, safe=',')}" if query else "")


def layout(slug: str | None = None, n: str | None = None, vars: str | None = None, **_: str) -> html.Div:
    data = catalog()
    force = data.force_by_slug(slug or "")
    if force is None:
        return not_found.unknown_force(slug or "")
    notices: list[str] = []
    count = choose_count(n, notices)
    keys = choose_peer_variables(vars, notices)
    count_links = [(str(c), None if c == count else peers_url(force["slug"], c, keys)) for c in PEER_COUNTS]
    variable_links = []
    for key, variable in VARIABLES.items():
        toggled = tuple(k for k in keys if k != key) if key in keys else (*keys, key)
        label = f"{'✓ ' if key in keys else '+ '}{variable.label}"
        variable_links.append((label, peers_url(force["slug"], count, toggled) if toggled else None))
    return html.Div(
        [
            html.H1(f"Forces most similar to {force['force_name']}"),
            html.P(METHOD),
            *[notice(text, "warning") for text in notices],
            html.Div(
                [
                    link_choices("Number of similar forces", count_links),
                    link_choices("Variables (select to add or remove)", variable_links),
                ],
                className="controls",
            ),
            *peer_content(data, force, count, keys),
        ]
    )


def peer_content(data: Catalog, force: pd.Series, count: int, keys: tuple[str, ...]) -> list:
    exhibit, peer_slugs = peers(data, force, count, keys)
    averages = peer_averages(data, force, peer_slugs, keys)
    group = data.forces().set_index("slug").loc[[force["slug"], *peer_slugs]].reset_index()
    grade_blocks = []
    for chosen in data.programme_year_list():
        grades = compare_grades(data, group, chosen)
        grade_blocks += [
            html.H3(programme_label(chosen.programme, chosen.year)),
            table_block(
                grades, grades_table(grades.table, chosen.programme, grades.title, list(grades.table.columns[1:]))
            ),
        ]
    compare_slugs = ",".join([force["slug"], *peer_slugs][:6])
    return [
        section("The most similar forces", [table_block(exhibit)], "peers"),
        section(
            "Context against the peer group",
            [html.P("Peer-group averages are weighted by each force's population (mid-2011)."), table_block(averages)],
            "peer-averages",
        ),
        section(
            "Grades of the force and its peers",
            [
                html.P(
                    [
                        "Each programme keeps its own scale. ",
                        dcc.Link("Open these forces side by side", href=f"/compare?forces={compare_slugs}"),
                        " (up to six).",
                    ]
                ),
                *grade_blocks,
            ],
            "peer-grades",
        ),
    ]
