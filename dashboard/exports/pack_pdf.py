"""Render a briefing pack as PDF (reportlab), with chart images from the shared Kaleido browser."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, KeepTogether, ListFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from dashboard.exhibits.model import Exhibit
from dashboard.exports.packs_content import Pack, PackSection

ChartImage = Callable[[Exhibit], bytes]  # PNG bytes of a briefing-ready chart
FONT, BOLD = "Vera", "VeraBd"  # TrueType fonts shipped inside reportlab, with typographic quotes and dashes
pdfmetrics.registerFont(TTFont(FONT, "Vera.ttf"))
pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))
_BASE = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle("title", parent=_BASE["Title"], fontName=BOLD, fontSize=22, leading=28),
    "h1": ParagraphStyle("h1", parent=_BASE["Heading1"], fontName=BOLD, fontSize=16, leading=20),
    "h2": ParagraphStyle("h2", parent=_BASE["Heading2"], fontName=BOLD, fontSize=12, leading=15),
    "body": ParagraphStyle("body", parent=_BASE["BodyText"], fontName=FONT, fontSize=9.5, leading=13),
    "small": ParagraphStyle("small", parent=_BASE["BodyText"], fontName=FONT, fontSize=7.5, leading=9.5),
    "cell": ParagraphStyle("cell", parent=_BASE["BodyText"], fontName=FONT, fontSize=7, leading=8.5),
}
CONTENT_WIDTH = A4[0] - 30 * mm


def pack_pdf(pack: Pack, chart_png: ChartImage, exported_on: date, cover_page: bool = True) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=pack.title,
        author="Police inspection grades dashboard",
    )
    story: list = [
        Spacer(1, 40 * mm if cover_page else 0),
        Paragraph(escape(pack.title), STYLES["title"]),
        Paragraph(f"Exported {exported_on.strftime('%d %B %Y').lstrip('0')}", STYLES["body"]),
        *[Paragraph(escape(line), STYLES["body"]) for line in pack.cover],
    ]
    for section in pack.sections:
        story += [PageBreak()] if cover_page else [Spacer(1, 6 * mm)]
        story += [Paragraph(escape(section.heading), STYLES["h1"])]
        story += [Paragraph(escape(text), STYLES["body"]) for text in section.paragraphs]
        for exhibit in section.charts:
            story.append(_chart(exhibit, chart_png))
        for exhibit in section.tables:
            story += _table(exhibit)
        if section.bullets:
            items = [Paragraph(escape(text), STYLES["body"]) for text in section.bullets]
            story.append(ListFlowable(items, bulletType="bullet", bulletFontName=FONT, leftIndent=12))
    document.build(story, onFirstPage=_footer(pack), onLaterPages=_footer(pack))
    return buffer.getvalue()


def results_pdf(exhibit: Exhibit, exported_on: date) -> bytes:
    """A short PDF of a result list: one numbered item per row, with its force, framework, kind and source."""
    bullets = [
        f"{row['Force']} · {row['Framework']} · {row['Kind']}: {(row['Title'] + ' — ') if row['Title'] else ''}"
        f"{row['Text']} ({row['Source file']}, {row['Line']})"
        for row in exhibit.table.to_dict("records")
    ]
    pack = Pack(
        title=exhibit.title,
        stem=exhibit.stem,
        cover=[exhibit.subtitle, f"Source: {exhibit.source}"],
        sections=[PackSection("Results", bullets=bullets)],
    )
    return pack_pdf(pack, _no_charts, exported_on, cover_page=False)


def _no_charts(exhibit: Exhibit) -> bytes:
    raise ValueError(f"{exhibit.exhibit_id}: this document has no charts")


def _chart(exhibit: Exhibit, chart_png: ChartImage) -> KeepTogether:
    png = chart_png(exhibit)
    image = Image(io.BytesIO(png))
    ratio = image.imageHeight / image.imageWidth
    image.drawWidth, image.drawHeight = CONTENT_WIDTH, CONTENT_WIDTH * ratio
    return KeepTogether([Spacer(1, 4 * mm), image, Spacer(1, 4 * mm)])


def _table(exhibit: Exhibit) -> list:
    frame = exhibit.table
    rows = [[Paragraph(f"<b>{escape(str(column))}</b>", STYLES["cell"]) for column in frame.columns]]
    rows += [
        [Paragraph(escape(_text(value)), STYLES["cell"]) for value in row] for row in frame.itertuples(index=False)
    ]
    table = Table(rows, repeatRows=1, colWidths=[CONTENT_WIDTH / len(frame.columns)] * len(frame.columns))
    table.setStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    return [
        Spacer(1, 3 * mm),
        Paragraph(escape(exhibit.title), STYLES["h2"]),
        table,
        Paragraph(escape(f"Source: {exhibit.source}"), STYLES["small"]),
    ]


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "—"
    return f"{value:,.1f}" if isinstance(value, float) else str(value)


def _footer(pack: Pack):
    def draw(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawString(15 * mm, 10 * mm, f"{pack.title}. Sources and methods: see the final section.")
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Page {document.page}")
        canvas.restoreState()

    return draw
