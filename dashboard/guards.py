"""Cross-cutting request handling: data freshness, health, request logs, security headers, bad callbacks."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import sys
import time
import uuid
from html import escape

from dash import Dash
from flask import Response, g, request
from pandas.errors import DatabaseError as PandasDatabaseError
from sqlalchemy.exc import SQLAlchemyError

from dashboard.exports.images import ENGINE
from dashboard.state import DataSource
from queries.db import DatabaseUnavailable
from queries.provenance import source_files

MAX_BODY_BYTES = 64 * 1024  # a callback request is a few KB; anything larger is refused with 413
CALLBACK_PATH = "/_dash-update-component"
STATIC_PREFIXES = ("/assets/", "/_dash-component-suites/", "/_favicon")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")

request_log = logging.getLogger("hmic.requests")


def _configure_request_log() -> None:
    """One JSON object per request on stdout."""
    if not request_log.handlers:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(message)s"))
        request_log.addHandler(handler)
        request_log.setLevel(logging.INFO)
        request_log.propagate = False


_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.DOTALL)


def inline_script_hashes(page: str) -> list[str]:
    """CSP hashes of every executable inline script in the served page (Dash adds its renderer inline)."""
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in _INLINE_SCRIPT.findall(page)
    ]


def content_security_policy(app: Dash) -> str:
    """No inline scripts except Dash's own, allowed by hash; styles may be inline (Dash and Plotly set them)."""
    with app.server.test_request_context("/"):
        page = app.index()
    hashes = " ".join(sorted(set(app.csp_hashes()) | set(inline_script_hashes(page))))
    return (
        f"default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )


def _unavailable_page(message: str) -> Response:
    body = (
        "<!DOCTYPE html><html lang='en'><head><title>Data unavailable</title></head><body><main>"
        "<h1>The data is unavailable right now</h1>"
        f"<p>{escape(message)}</p><p>Please try again shortly. The service will recover by itself when the "
        "database is back.</p></main></body></html>"
    )
    return Response(body, status=503, mimetype="text/html", headers={"Retry-After": "5"})


def _bad_callback(app: Dash) -> Response | None:
    """Reject malformed Dash callback requests with 4xx before Dash sees them."""
    if request.content_length and request.content_length > MAX_BODY_BYTES:
        return Response("Request too large.\n", status=413, mimetype="text/plain")
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict) or not isinstance(payload.get("output"), str):
        return Response("Malformed callback request.\n", status=400, mimetype="text/plain")
    if payload["output"] not in app.callback_map:
        return Response("Unknown callback.\n", status=400, mimetype="text/plain")
    return None


def register_guards(app: Dash, data: DataSource) -> None:
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    policies: list[str] = []  # computed on first use: Dash registers its inline scripts while serving
    _configure_request_log()

    @server.before_request
    def begin() -> Response | None:
        g.started = time.perf_counter()
        supplied = request.headers.get("X-Request-ID", "")
        g.request_id = supplied if _REQUEST_ID.match(supplied) else uuid.uuid4().hex
        if request.path == CALLBACK_PATH and request.method == "POST":
            rejected = _bad_callback(app)
            if rejected is not None:
                request_log.warning(
                    json.dumps(
                        {"event": "rejected_callback", "request_id": g.request_id, "status": rejected.status_code}
                    )
                )
                return rejected
        if request.path == "/healthz" or request.path.startswith(STATIC_PREFIXES):
            return None
        try:
            data.refresh()
        except DatabaseUnavailable as error:
            return _unavailable_page(str(error))
        return None

    @server.get("/healthz")
    def healthz() -> Response:
        report: dict = {"database": {"backend": data.backend}, "exports": {"browser": ENGINE.browser()}}
        report["exports"]["available"] = report["exports"]["browser"] is not None
        try:
            catalog = data.refresh(force_check=True)
            try:
                files = source_files(catalog.engine)
            except (SQLAlchemyError, PandasDatabaseError) as error:
                raise DatabaseUnavailable(f"the database cannot be read: {type(error).__name__}") from error
            report["database"]["reachable"] = True
            report["data_version"] = {
                "loaded_at": str(files["loaded_at"].max()),
                "sources": [{"name": n, "sha256": s} for n, s in zip(files["name"], files["sha256"], strict=True)],
            }
            status = 200
        except DatabaseUnavailable as error:
            report["database"].update({"reachable": False, "error": str(error)})
            status = 503
        report["status"] = "ok" if status == 200 else "unavailable"
        return Response(json.dumps(report), status=status, mimetype="application/json")

    @server.after_request
    def finish(response: Response) -> Response:
        if not policies:
            policies.append(content_security_policy(app))
        response.headers["Content-Security-Policy"] = policies[0]
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Request-ID"] = getattr(g, "request_id", "")
        response.headers.pop("Server", None)
        started = getattr(g, "started", None)
        request_log.info(
            json.dumps(
                {
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1) if started else None,
                    "request_id": getattr(g, "request_id", None),
                }
            )
        )
        return response
