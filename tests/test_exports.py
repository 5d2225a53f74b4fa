"""Exports: chart images with their title and source drawn in, table files, and briefing packs."""

from __future__ import annotations

import io
import re
import threading
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation
from pypdf import PdfReader

from dashboard.exports.decorate import FOOTER_BAND, FOOTER_FILL, WIDTH
from dashboard.exports.images import ENGINE, PNG_SCALE
from dashboard.factory import create_app
from dashboard.state import catalog
from queries import grades, reports


@pytest.fixture(scope="module")
def client(built_db: Path):
    return create_app(built_db).server.test_client()


def _pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _squash(text: str) -> str:
    """Text without whitespace, so line breaks in extracted PDF text do not matter."""
    return re.sub(r"\s+", "", text)


def test_png_is_briefing_sized_not_blank_and_has_a_footer_band(client) -> None:
    response = client.get("/export/chart/force-grades.png?force=staffordshire&programme=hmic")
    assert response.status_code == 200
    assert 'filename="staffordshire-2007-grades-vs-national.png"' in response.headers["Content-Disposition"]
    image = Image.open(io.BytesIO(response.data)).convert("RGB")
    assert image.width == WIDTH * PNG_SCALE
    assert len(image.getcolors(maxcolors=1_000_000)) > 50, "a blank image has a handful of colours"
    fill = tuple(int(FOOTER_FILL[i : i + 2], 16) for i in (1, 3, 5))
    band_top = image.height - FOOTER_BAND * PNG_SCALE
    band = [image.getpixel((x, y)) for y in range(band_top + 4, image.height - 4, 6) for x in range(0, image.width, 40)]
    assert sum(pixel == fill for pixel in band) / len(band) > 0.6, "the footer band is drawn across the image"
    assert any(sum(pixel) < 200 for pixel in band), "the source text is drawn in the band"
    above = [image.getpixel((x, band_top - 10)) for x in range(0, image.width, 40)]
    assert sum(pixel == fill for pixel in above) < len(above) / 2, "the band stops at its top edge"


def test_pdf_chart_carries_title_force_and_source(client) -> None:
    response = client.get("/export/chart/force-ethnicity.pdf?force=kent")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    text = _pdf_text(response.data)
    assert "Ethnic composition: Kent and England and Wales (2011)" in text
    assert "census2011_ethnic_group_by_pfa.csv" in text
    assert "Open Government Licence" in text
    assert "Exported" in text


def test_svg_parses_as_xml(client) -> None:
    response = client.get("/export/chart/national-distribution.svg?programme=peel&year=2016")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.data)
    assert root.tag.endswith("svg")
    assert "How forces were graded, PEEL 2016" in response.data.decode()


def test_csv_equals_the_query_behind_the_chart(client, engine) -> None:
    response = client.get("/export/table/national-distribution.csv?programme=hmic&year=2007")
    exported = pd.read_csv(io.BytesIO(response.data))
    query = grades.national_distribution(engine, "hmic", 2007)
    assert list(exported["Framework"]) == list(query["framework"])
    assert list(exported["Grade"]) == list(query["grade"])
    assert list(exported["Forces"]) == list(query["forces"])


def test_xlsx_equals_the_page_table_and_has_notes(client, engine) -> None:
    response = client.get("/export/table/force-findings.xlsx?force=staffordshire")
    assert response.status_code == 200
    workbook = pd.read_excel(io.BytesIO(response.data), sheet_name=None, engine="openpyxl")
    assert set(workbook) == {"Data", "Notes"}
    findings = reports.findings(engine, "E23000015")
    assert list(workbook["Data"]["Finding"]) == list(findings["text"])
    notes = dict(zip(workbook["Notes"]["Item"], workbook["Notes"]["Value"], strict=True))
    assert "staffordshire-police-2007-10.txt" in notes["Source"]


def test_context_xlsx_carries_the_ogl_attribution(client) -> None:
    response = client.get("/export/table/force-context.xlsx?force=kent")
    notes = pd.read_excel(io.BytesIO(response.data), sheet_name="Notes", engine="openpyxl")
    assert "Open Government Licence" in " ".join(notes["Value"])


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/export/chart/force-grades.png?force=atlantis&programme=hmic", 404, "Unknown force 'atlantis'"),
        ("/export/chart/force-grades.png?force=kent&programme=hmic&colour=red", 400, "Unexpected parameter(s) colour"),
        ("/export/chart/force-grades.gif?force=kent&programme=hmic", 404, "Use png, svg or pdf"),
        ("/export/chart/national-grid.png?programme=peel&year=2016", 404, "is a table, not a chart"),
        ("/export/table/national-grid.csv?programme=peel&year=2016&sort=sideways", 400, "Unknown sort 'sideways'"),
        ("/export/table/force-areas.csv?force=kent", 404, "Not loaded"),
        ("/export/table/compare-context.csv?forces=kent", 400, "Give 2 to 6 different forces"),
        ("/export/table/nothing.csv", 404, "Unknown chart or table 'nothing'"),
        ("/export/force/atlantis/briefing.pdf", 404, "Unknown force 'atlantis'"),
        ("/export/force/kent/briefing.doc", 404, "Use pdf or pptx"),
        ("/export/force/kent/briefing.pdf?year=2016", 400, "Give programme with year"),
        ("/export/national/briefing.pdf?programme=peel&year=1999", 404, "No data for programme='peel'"),
    ],
)
def test_bad_requests_get_a_readable_message(client, url: str, status: int, message: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert message in response.data.decode()
    assert "Traceback" not in response.data.decode()


def test_force_pack_pdf(client, engine) -> None:
    response = client.get("/export/force/staffordshire/briefing.pdf")
    assert response.status_code == 200
    assert 'filename="staffordshire-briefing.pdf"' in response.headers["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.data))
    assert len(reader.pages) >= 8  # cover, grades, positions, context, divisions, findings, sources
    text = _squash(" ".join(page.extract_text() for page in reader.pages))
    for heading in [
        "Briefing pack: Staffordshire",
        "Grades against the national distribution",
        "Position in plain language",
        "Demographic context against England and Wales",
        "Divisions",
        "Findings summary",
        "Sources and methods",
    ]:
        assert _squash(heading) in text, heading
    improvements = reports.findings(engine, "E23000015").query("kind == 'area_for_improvement'")
    assert not improvements.empty
    for finding in improvements["text"]:
        assert _squash(finding) in text, finding[:60]
    assert _squash("Neighbourhood Policing: Excellent: one of 6 of 43 forces; 14%") in text


def test_force_pack_pdf_for_one_programme_year(client) -> None:
    response = client.get("/export/force/kent/briefing.pdf?programme=peel&year=2016")
    text = _pdf_text(response.data)
    assert "Covers: PEEL 2016." in text
    assert "not loaded" in text and "Divisions" not in text


def test_force_pack_pptx(client) -> None:
    response = client.get("/export/force/staffordshire/briefing.pptx")
    assert response.status_code == 200
    slides = list(Presentation(io.BytesIO(response.data)).slides)
    held = catalog().programme_year_list()
    charts = len(held) + 2  # a grades chart per programme-year (each has a distribution), ethnicity, divisions
    assert len(slides) == 1 + charts
    titles = [slide.shapes.title.text for slide in slides]
    assert titles[0] == "Briefing pack: Staffordshire"
    assert "Staffordshire against all forces, HMIC inspections 2007" in titles
    assert "Staffordshire: divisions' share of population and area" in titles
    hmic = slides[titles.index("Staffordshire against all forces, HMIC inspections 2007")]
    notes = hmic.notes_slide.notes_text_frame.text
    assert "Neighbourhood Policing: Excellent: one of 6 of 43 forces; 14%" in notes
    footers = [
        shape.text_frame.text
        for shape in hmic.shapes
        if shape.has_text_frame and shape.text_frame.text.startswith("Source:")
    ]
    assert footers and "staffordshire-police-2007-10.txt" in footers[0]


def test_national_pack(client) -> None:
    pdf = client.get("/export/national/briefing.pdf?programme=peel&year=2016")
    text = _squash(_pdf_text(pdf.data))
    for expected in ("National picture, PEEL 2016", "Avon and Somerset", "West Yorkshire", "Ridit: Effectiveness"):
        assert _squash(expected) in text
    pptx = client.get("/export/national/briefing.pptx?programme=peel&year=2016")
    slides = list(Presentation(io.BytesIO(pptx.data)).slides)
    assert [slide.shapes.title.text for slide in slides] == [
        "Briefing pack: national picture",
        "How forces were graded, PEEL 2016",
    ]


def test_concurrent_packs_do_not_corrupt_each_other(client, built_db: Path) -> None:
    app = create_app(built_db)
    results: dict[str, bytes] = {}

    def fetch(slug: str) -> None:
        with app.server.test_client() as own:
            results[slug] = own.get(f"/export/force/{slug}/briefing.pdf?programme=peel&year=2016").data

    threads = [threading.Thread(target=fetch, args=(slug,)) for slug in ("kent", "durham", "staffordshire", "gwent")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for slug, content in results.items():
        assert f"Briefing pack: {slug.title()}" in _pdf_text(content)
    assert len(results) == 4


def test_without_a_browser_images_say_what_to_install(client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(ENGINE), "browser", staticmethod(lambda: None))
    image = client.get("/export/chart/force-ethnicity.png?force=kent")
    assert image.status_code == 503 and "apt-get install chromium" in image.data.decode()
    pack = client.get("/export/force/kent/briefing.pdf")
    assert pack.status_code == 503
    assert client.get("/export/table/force-ethnicity.csv?force=kent").status_code == 200
    assert client.get("/export/table/force-ethnicity.xlsx?force=kent").status_code == 200


def test_a_failed_render_restarts_the_browser_and_retries(client, monkeypatch: pytest.MonkeyPatch) -> None:
    import plotly.io as pio

    real = pio.to_image
    calls = {"count": 0}

    def flaky(*args, **kwargs):
        calls["count"] += 1
        if calls["count"] == 1:
            raise RuntimeError("browser went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(pio, "to_image", flaky)
    response = client.get("/export/chart/force-ethnicity.svg?force=kent")
    assert response.status_code == 200 and calls["count"] == 2
