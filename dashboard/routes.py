"""Plain Flask routes beside the Dash pages: downloads, HTTP status for unknown pages, errors."""

from __future__ import annotations

import io
import logging
from html import escape
from pathlib import Path

from flask import Flask, Response, abort, request, send_file
from werkzeug.exceptions import HTTPException

from dashboard.state import DataSource, catalog
from queries.db import read

DOWNLOADABLE_VIEWS = ("force_grades", "national_distribution", "force_context", "report_areas", "report_findings")
PAGE_PATHS = {
    "/",
    "/compare",
    "/data",
    "/patterns",
    "/map",
    "/regions",
    "/trends",
    "/findings",
    "/findings/themes",
    "/findings/case-studies",
}
FORCE_PREFIXES = ("force", "peers")
_INTERNAL_PREFIXES = ("/_dash", "/assets", "/_favicon", "/_reload", "/download", "/export", "/healthz")
log = logging.getLogger(__name__)


def known_page(path: str, slugs: set[str]) -> bool:
    """Whether a browser path is one of the app's pages (unknown ones get status 404)."""
    if path in PAGE_PATHS:
        return True
    parts = path.strip("/").split("/")
    return len(parts) == 2 and parts[0] in FORCE_PREFIXES and parts[1] in slugs


def register_routes(server: Flask, data: DataSource) -> None:
    @server.after_request
    def status_for_unknown_pages(response: Response) -> Response:
        path = request.path
        if request.method == "GET" and not path.startswith(_INTERNAL_PREFIXES) and response.status_code == 200:
            slugs = set(catalog().forces()["slug"])
            if not known_page(path.rstrip("/") or "/", slugs):
                response.status_code = 404
        return response

    @server.get("/download/hmic.db")
    def download_database() -> Response:
        if not isinstance(data.target, Path):
            abort(404, description="This deployment uses PostgreSQL: download the views as CSV instead.")
        return send_file(data.target, as_attachment=True, download_name="hmic.db", mimetype="application/vnd.sqlite3")

    @server.get("/download/<view>.csv")
    def download_view(view: str) -> Response:
        if view not in DOWNLOADABLE_VIEWS:
            abort(404, description=f"No view named {view!r}. Views: {', '.join(DOWNLOADABLE_VIEWS)}")
        frame = read(catalog().engine, f"SELECT * FROM {view}")  # sql-safe: view name checked against the list above
        buffer = io.BytesIO(frame.to_csv(index=False).encode("utf-8"))
        return send_file(buffer, as_attachment=True, download_name=f"{view}.csv", mimetype="text/csv")

    @server.errorhandler(404)
    def not_found(error) -> tuple[str, int]:
        return _plain_page("Not found", getattr(error, "description", "")), 404

    @server.errorhandler(Exception)
    def internal_error(error: Exception) -> tuple[str, int] | HTTPException:
        if isinstance(error, HTTPException):
            return error
        log.exception("unhandled error on %s", request.path)
        return _plain_page("Something went wrong", "The error has been logged. Please try again or go back."), 500


def _plain_page(title: str, message: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{escape(title)}</title></head><body>"
        f"<main><h1>{escape(title)}</h1><p>{escape(message)}</p><p><a href='/'>National overview</a></p></main>"
        "</body></html>"
    )
