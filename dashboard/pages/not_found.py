"""Helpful pages for unknown addresses and unknown forces: what is valid, with links."""

from __future__ import annotations

from dash import dcc, html

from dashboard.state import catalog


def force_list() -> html.Ul:
    forces = catalog().forces()
    return html.Ul(
        [html.Li(dcc.Link(row.force_name, href=f"/force/{row.slug}")) for row in forces.itertuples()],
        className="force-list",
    )


def unknown_force(slug: str) -> html.Div:
    return html.Div(
        [
            html.H1("Force not found"),
            html.P(f"There is no force with the address '{slug}'. The 43 forces of England and Wales are:"),
            force_list(),
        ]
    )


def layout(**_: str) -> html.Div:
    return html.Div(
        [
            html.H1("Page not found"),
            html.P("This address is not a page of the dashboard. Try one of these:"),
            html.Ul(
                [
                    html.Li(dcc.Link("National overview", href="/")),
                    html.Li(dcc.Link("Compare forces", href="/compare")),
                    html.Li(dcc.Link("Data and methods", href="/data")),
                ]
            ),
            html.H2("Force profiles"),
            force_list(),
        ]
    )
