"""The Word report's charts (``report … -o FILE.docx --chart``): a portrait appendix after the
form, "Phụ lục II", with the three monthly charts of ``charts.chart_data`` as pictures, each the
width of the text. The pictures are drawn by ``charts.png`` (matplotlib, the optional ``charts``
extra); the caller checks ``charts.has_matplotlib()`` before it reads the ledger."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from cchc.render import charts as drawing
from cchc.render import docx_blocks as d30
from cchc.render import docx_kit as kit
from cchc.render.report_docx_form import appendix_head

HEIGHT_RATIO = 0.4  # a chart's height to its width: the three fit one page


def appendix(doc, ctx, charts: Sequence[dict], label: str) -> None:
    """The charts on a portrait section of their own, numbered on its own."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    d30.tiny_section_break(doc)
    kit.page_setup(section)
    kit.page_numbers(section, restart=True)
    width = kit.text_width(section)
    appendix_head(doc, ctx, label)
    kit.par(doc, ctx.t("docx.charts_title"), size=14, bold=True, align="center", after=6, keep_next=True)
    for chart in charts:
        picture = drawing.png(chart, width_cm=width / 10, height_cm=width * HEIGHT_RATIO / 10)
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run().add_picture(io.BytesIO(picture), width=Mm(width))
