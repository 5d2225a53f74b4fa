"""Build the Dash app for one database. One app per process: the page registry is global."""

from __future__ import annotations

import logging
from pathlib import Path

import dash
from dash import Dash, dcc, html

from dashboard.exports.routes import register_export_routes
from dashboard.guards import register_guards
from dashboard.pages import (
    compare,
    data_methods,
    findings,
    findings_extra,
    force,
    map_page,
    national,
    not_found,
    patterns,
    peers,
    regions,
    trends,
)
from dashboard.pages.cache import cached_layout, clear_page_caches
from dashboard.routes import register_routes
from dashboard.state import DataSource, catalog, set_source

ASSETS = Path(__file__).resolve().parent / "assets"
NAV = (
    ("National overview", "/"),
    ("Compare forces", "/compare"),
    ("Patterns", "/patterns"),
    ("Map", "/map"),
    ("Regions", "/regions"),
    ("Change over time", "/trends"),
    ("Findings", "/findings"),
    ("Data and methods", "/data"),
)


PAGES = (
    ("national", "/", "National overview", national.layout),
    ("force", "/force/<slug>", "Force profile", force.layout),
    ("compare", "/compare", "Compare forces", compare.layout),
    ("peers", "/peers/<slug>", "Most similar forces", peers.layout),
    ("patterns", "/patterns", "Patterns", patterns.layout),
    ("map", "/map", "Map", map_page.layout),
    ("regions", "/regions", "Regions", regions.layout),
    ("trends", "/trends", "Change over time", trends.layout),
    ("findings", "/findings", "Findings", findings.layout),
    ("themes", "/findings/themes", "Themes across the findings", findings_extra.themes_layout),
    ("case_studies", "/findings/case-studies", "Developing practice", findings_extra.case_studies_layout),
    ("data", "/data", "Data and methods", data_methods.layout),
    ("not_found_404", "/404", "Page not found", not_found.layout),
)


def create_app(target: Path | str) -> Dash:
    """Open the database (a SQLite path or a PostgreSQL URL) read-only, register pages and routes."""
    data = DataSource(target)
    data.on_change(clear_page_caches)
    data.refresh()  # fail fast, with a clear message, if the database cannot be read
    set_source(data)
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
    for module, path, name, layout in PAGES:
        key = "path_template" if "<" in path else "path"
        title = _force_title(name) if "<slug>" in path else f"{name}: police inspection grades"
        dash.register_page(module, **{key: path}, name=name, title=title, layout=cached_layout(layout))
    app.layout = _shell()
    map_page.register_callbacks()
    register_routes(app.server, data)
    register_export_routes(app.server)
    register_guards(app, data)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    return app


def _force_title(page_name: str):
    """Browser-tab title naming the force, so tabs and bookmarks say which force they show."""

    def title(slug: str | None = None, **_: str) -> str:
        force = catalog().force_by_slug(slug or "")
        return f"{force['force_name']}: {page_name.lower()}" if force is not None else "Force not found"

    return title


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
