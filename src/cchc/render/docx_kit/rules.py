"""The sizes, fonts and margins of Decree 30/2020/NĐ-CP, Appendix I, in one place (the headings' numbering is
``cchc.domain.decree30.heading_label``)."""

from __future__ import annotations

from docx.shared import Cm

FONT = "Times New Roman"
A4_MM = (210, 297)
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}  # annex: 20–25, 20–25, 30–35, 15–20
HEADER_MM = 10  # distance of the page number from the top edge (inside the 20 mm top margin)
CELL_PAD_MM = 1.9  # Word's default left/right cell margin (108 twips)
SIZE = {
    "parent": 12,
    "agency": 12,
    "nation": 12,
    "motto": 13,
    "number": 13,
    "place_date": 14,
    "kind": 14,
    "subject": 14,
    "body": 14,
    "page": 14,
    "recipients_label": 12,
    "recipients": 11,
    "signer": 14,
    "table": 12,
    "table_head": 12,
}
BODY_INDENT = Cm(1.27)
BODY_LINE = 1.15
