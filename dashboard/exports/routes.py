"""Export addresses: chart images, table files and briefing packs, each a stable URL."""

from __future__ import annotations

import logging
import threading
from datetime import date

from flask import Flask, Response, request

from dashboard.exhibits.registry import ExhibitRequestError, build_exhibit
from dashboard.exports.images import ENGINE, FORMATS, ExportUnavailable
from dashboard.exports.pack_pdf import pack_pdf, results_pdf
from dashboard.exports.pack_pptx import pack_pptx
from dashboard.exports.packs_content import choose_years, force_pack, national_pack
from dashboard.exports.tables import table_csv, table_xlsx
from dashboard.state import catalog

TABLE_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
PACK_TYPES = {
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
PACK_PARAMS = {"programme", "year"}
MAX_CONCURRENT_PACKS = 2
PACK_WAIT_SECONDS = 60
_packs = threading.BoundedSemaphore(MAX_CONCURRENT_PACKS)
log = logging.getLogger(__name__)


def _file(content: bytes, mimetype: str, filename: str) -> Response:
    response = Response(content, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _message(status: int, text: str) -> Response:
    return Response(text + "\n", status=status, mimetype="text/plain")


def register_export_routes(server: Flask) -> None:
    @server.get("/export/chart/<exhibit_id>.<fmt>")
    def export_chart(exhibit_id: str, fmt: str) -> Response:
        if fmt not in FORMATS:
            return _message(404, f"Unknown image format {fmt!r}. Use png, svg or pdf.")
        try:
            exhibit = build_exhibit(catalog(), exhibit_id, request.args.to_dict())
            if exhibit.figure is None:
                return _message(
                    404, f"{exhibit_id} is a table, not a chart: use /export/table/{exhibit_id}.csv or .xlsx."
                )
            image = ENGINE.chart(exhibit, fmt, date.today())
        except ExhibitRequestError as error:
            return _message(error.status, error.message)
        except ExportUnavailable as error:
            return _message(503, str(error))
        return _file(image, FORMATS[fmt], f"{exhibit.stem}.{fmt}")

    @server.get("/export/table/<exhibit_id>.<fmt>")
    def export_table(exhibit_id: str, fmt: str) -> Response:
        if fmt not in TABLE_TYPES:
            return _message(404, f"Unknown table format {fmt!r}. Use csv or xlsx.")
        try:
            exhibit = build_exhibit(catalog(), exhibit_id, request.args.to_dict())
        except ExhibitRequestError as error:
            return _message(error.status, error.message)
        content = table_csv(exhibit) if fmt == "csv" else table_xlsx(exhibit, date.today())
        return _file(content, TABLE_TYPES[fmt], f"{exhibit.stem}.{fmt}")

    @server.get("/export/findings/<exhibit_id>.pdf")
    def export_findings_pdf(exhibit_id: str) -> Response:
        if exhibit_id != "findings-search":
            return _message(404, "Only findings-search results export as PDF here.")
        try:
            exhibit = build_exhibit(catalog(), exhibit_id, request.args.to_dict())
        except ExhibitRequestError as error:
            return _message(error.status, error.message)
        return _file(results_pdf(exhibit, date.today()), PACK_TYPES["pdf"], f"{exhibit.stem}.pdf")

    @server.get("/export/force/<slug>/briefing.<fmt>")
    def force_briefing(slug: str, fmt: str) -> Response:
        data = catalog()
        force = data.force_by_slug(slug)
        if force is None:
            return _message(404, f"Unknown force {slug!r}. Use a slug such as 'staffordshire'.")
        return _pack(fmt, lambda years: force_pack(data, force, years))

    @server.get("/export/national/briefing.<fmt>")
    def national_briefing(fmt: str) -> Response:
        return _pack(fmt, lambda years: national_pack(catalog(), years))


def _pack(fmt: str, build) -> Response:
    if fmt not in PACK_TYPES:
        return _message(404, f"Unknown pack format {fmt!r}. Use pdf or pptx.")
    unexpected = sorted(set(request.args) - PACK_PARAMS)
    if unexpected:
        return _message(400, f"Unexpected parameter(s) {', '.join(unexpected)}; allowed: programme, year.")
    try:
        years = choose_years(catalog(), request.args.get("programme"), request.args.get("year"))
    except ExhibitRequestError as error:
        return _message(error.status, error.message)
    if not _packs.acquire(timeout=PACK_WAIT_SECONDS):
        return _message(503, "The server is busy making other briefing packs. Please try again in a minute.")
    try:
        pack = build(years)
        today = date.today()
        render = pack_pdf if fmt == "pdf" else pack_pptx
        content = render(pack, lambda exhibit: ENGINE.chart(exhibit, "png", today), today)
    except ExportUnavailable as error:
        return _message(503, str(error))
    finally:
        _packs.release()
    return _file(content, PACK_TYPES[fmt], f"{pack.stem}.{fmt}")
