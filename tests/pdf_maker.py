"""Make a PDF from report text, so the PDF input path is tested on the real report."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

LINES_PER_PAGE = 60


def write_pdf(text: str, path: Path) -> Path:
    """Lay the text out one source line per PDF line, in a TrueType font with a Unicode map."""
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))  # shipped inside reportlab
    canvas = Canvas(str(path), pagesize=A4)
    height = A4[1]
    lines = text.splitlines()
    for start in range(0, len(lines), LINES_PER_PAGE):
        y = height - 40
        for line in lines[start : start + LINES_PER_PAGE]:
            canvas.setFont("Vera", 8)
            canvas.drawString(30, y, line.rstrip())
            y -= 12.5
        canvas.showPage()
    canvas.save()
    return path
