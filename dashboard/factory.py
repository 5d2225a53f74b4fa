"""Build the Dash app for one database. One app per process: the page registry is global."""

from __future__ import annotations

import logging
from pathlib import Path

import dash
from dash import Dash, dcc, html

from dashboard.catalog import Catalog
from dashboard.exports.routes import register_export_routes
from dashboard.pages import compare, data_methods, force, national, not_found
from dashboard.routes import register_routes
from dashboard.state import set_catalog
from queries.db import open_database

ASSETS = Path(__file__).resolve().parent / "assets"
NAV = (("National overview", "/"), ("Compare forces", "/compare"), ("Data and methods", "/data"))


def create_app(db_path: Path) -> Dash:
    """Open the database read-only, register the pages and routes, and return the app."""
    engine = open_database(db_path)
    set_catalog(Catalog(engine))
    dash.page_registry.clear()
    app = Dash(
        __name__,
        use_pages=True,
        pages_folder="",
        assets_folder=str(ASSETS),
        serve_locally=True,
        suppress_callback_exceptions=True,
        title="Police inspection grades: England and Wales",
        update_title=None,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
    )
    # Dash wraps its scripts in a <footer>; make it a plain div so the page has one contentinfo landmark.
    app.index_string = (
        app.index_string.replace("<html>", '<html lang="en">')
        .replace("<footer>", "<div>")
        .replace("</footer>", "</div>")
    )
    dash.register_page(
        "national", path="/", name="National overview", title="National overview", layout=national.layout
    )
    dash.register_page(
        "force", path_template="/force/<slug>", name="Force profile", title="Force profile", layout=force.layout
    )
    dash.register_page("compare", path="/compare", name="Compare forces", title="Compare forces", layout=compare.layout)
    dash.register_page(
        "data", path="/data", name="Data and methods", title="Data and methods", layout=data_methods.layout
    )
    dash.register_page("not_found_404", path="/404", name="Not found", title="Page not found", layout=not_found.layout)
    app.layout = _shell()
    register_routes(app.server, db_path)
    register_export_routes(app.server)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    return app


def _shell() -> html.Div:
    return html.Div(
        [
            html.A("Skip to main content", href="#main", className="skip-link"),
            html.Header(
                [
                    html.P("Police inspection grades, England and Wales", className="site-title"),
                    html.Nav(
                        html.Ul([html.Li(dcc.Link(label, href=href)) for label, href in NAV]),
                        **{"aria-label": "Main"},
                    ),
                ],
                className="site-header",
            ),
            html.Main(dash.page_container, id="main", tabIndex="-1"),
            html.Footer(
                html.P(
                    "Grades: HMIC inspection reports (2007) and PEEL assessments (2014–2017). Reference data: ONS and "
                    "Home Office, Open Government Licence v3.0. See Data and methods for every source."
                ),
                className="site-footer",
            ),
        ]
    )
