"""The writing rules of Decree 30/2020/NĐ-CP, Appendix I (format of administrative documents),
as small python-docx helpers: the page and its margins, the fonts, paragraphs (body, headings,
rules), ruled and borderless tables, the page number, the atomic save. ``docx_blocks`` builds the
document's blocks from them (header, title, recipients, signature); nothing here knows what a
report is: ``report_docx`` composes it.

Import this module only where a .docx is written: it loads python-docx.

Sizes follow the annex (points): national name 12–13 (12 here, so it fits the header's right
column on one line), motto 13–14, agency 12–13, "Số" 13, place and date 13–14 italic, document
kind and summary 13–14 bold, body 13–14 justified with a 1–1.27 cm first-line indent, at least
6 pt between paragraphs and 1–1.5 lines between lines, "Nơi nhận" 12 bold italic with its list at
11, signer 13–14 bold, page numbers 13–14 centred in the top margin from page 2.

By what they build: ``rules`` (the annex's sizes, fonts and margins), ``pages`` (the document,
its pages, the save), ``paragraphs``, ``tables``; every name is importable from here.
"""

from cchc.render.docx_kit.pages import new_document, page_numbers, page_setup, save_atomic, text_width
from cchc.render.docx_kit.paragraphs import body, heading, par, rule, write_p
from cchc.render.docx_kit.rules import (
    A4_MM,
    BODY_INDENT,
    BODY_LINE,
    CELL_PAD_MM,
    FONT,
    HEADER_MM,
    MARGINS_MM,
    SIZE,
)
from cchc.render.docx_kit.tables import cell_text, cells, fill, grid, keep_last_with_next, merge, table

__all__ = [
    "A4_MM",
    "BODY_INDENT",
    "BODY_LINE",
    "CELL_PAD_MM",
    "FONT",
    "HEADER_MM",
    "MARGINS_MM",
    "SIZE",
    "body",
    "cell_text",
    "cells",
    "fill",
    "grid",
    "heading",
    "keep_last_with_next",
    "merge",
    "new_document",
    "page_numbers",
    "page_setup",
    "par",
    "rule",
    "save_atomic",
    "table",
    "text_width",
    "write_p",
]
