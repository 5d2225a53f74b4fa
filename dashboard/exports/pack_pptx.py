"""Render a briefing pack as PowerPoint: one slide per chart, source in the footer, statement in the notes."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from pptx import Presentation
from pptx.util import Emu, Inches, Pt

from dashboard.exhibits.model import Exhibit
from dashboard.exports.packs_content import Pack

ChartImage = Callable[[Exhibit], bytes]
SLIDE_WIDTH, SLIDE_HEIGHT = Inches(13.333), Inches(7.5)
TITLE_ONLY = 5  # layout index of "Title Only" in the default template


def pack_pptx(pack: Pack, chart_png: ChartImage, exported_on: date) -> bytes:
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    cover.shapes.title.text = pack.title
    cover.placeholders[1].text = "\n".join([f"Exported {exported_on.strftime('%d %B %Y').lstrip('0')}", *pack.cover])
    for section in pack.sections:
        for exhibit in section.charts:
            _chart_slide(presentation, exhibit, chart_png(exhibit))
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def _chart_slide(presentation: Presentation, exhibit: Exhibit, png: bytes) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[TITLE_ONLY])
    slide.shapes.title.text = exhibit.title
    slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(26)
    top, bottom_reserve = Inches(1.3), Inches(0.7)
    picture = slide.shapes.add_picture(io.BytesIO(png), Inches(0.5), top, height=SLIDE_HEIGHT - top - bottom_reserve)
    if picture.width > SLIDE_WIDTH - Inches(1):  # keep wide charts inside the slide
        ratio = (SLIDE_WIDTH - Inches(1)) / picture.width
        picture.width, picture.height = Emu(int(picture.width * ratio)), Emu(int(picture.height * ratio))
    picture.left = Emu(int((SLIDE_WIDTH - picture.width) / 2))
    footer = slide.shapes.add_textbox(Inches(0.5), SLIDE_HEIGHT - Inches(0.6), SLIDE_WIDTH - Inches(1), Inches(0.5))
    footer.text_frame.word_wrap = True
    footer.text_frame.text = f"Source: {exhibit.source}"
    footer.text_frame.paragraphs[0].font.size = Pt(10)
    notes = exhibit.statements or (exhibit.subtitle,)
    slide.notes_slide.notes_text_frame.text = "\n".join(notes)
