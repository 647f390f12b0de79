"""The blocks of a Decree 30/2020/NĐ-CP document (Appendix I), built from ``docx_kit``'s rules:
the national header with its rules, the title and its summary, the recipients beside the
signature. Import only where a .docx is written (python-docx)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from cchc.render.docx_kit import CELL_PAD_MM, SIZE, cells, fill, par, rule, table, text_width

# Advance widths of Times New Roman Bold (= Liberation Serif Bold, metric-compatible), units of
# 1/2048 em, for U+0020..U+007E; letters with Vietnamese marks take their base letter's width,
# except the horned and barred ones below. Used only to size the rules under header lines.
_BOLD = (
    "512 682 1137 1024 1024 2048 1706 569 682 682 1024 1167 512 682 512 569 1024 1024 1024 1024 1024 1024 1024"
    " 1024 1024 1024 682 682 1167 1167 1167 1024 1905 1479 1366 1479 1479 1366 1251 1593 1593 797 1024 1593 1366"
    " 1933 1479 1593 1251 1593 1479 1139 1366 1479 1479 2048 1479 1479 1366 682 569 682 1190 1024 682 1024 1139"
    " 909 1139 909 682 1024 1139 569 682 1139 569 1706 1139 1024 1139 1139 909 797 682 1139 1024 1479 1024 1024"
    " 909 807 451 807 1065"
)
BOLD_WIDTHS = dict(zip(map(chr, range(32, 127)), map(int, _BOLD.split()), strict=True))
BOLD_WIDTHS.update({"Đ": 1479, "đ": 1139, "Ơ": 1593, "ơ": 1134, "Ư": 1630, "ư": 1229})


def text_width_mm(text: str, size_pt: float) -> float:
    """The printed width of a line of bold Times New Roman text (for the rules' lengths)."""
    units = 0
    for ch in text:
        w = BOLD_WIDTHS.get(ch)
        if w is None:
            base = unicodedata.normalize("NFD", ch)[:1]
            w = BOLD_WIDTHS.get(base, 1024)
        units += w
    return units / 2048 * size_pt * 25.4 / 72


def national_header(doc, *, parent: str, agency: str, number_line: str, place_date: str, nation: str, motto: str):
    """The two-column header without borders. Left: the parent agency (capitals), the agency
    (bold capitals) with a short rule under it, then "Số: …". Right: the national name (bold
    capitals) over the motto (bold) with a rule as long as the motto, then place and date in
    italics on the line of "Số"."""
    avail = text_width(doc.sections[-1])
    right_mm = min(avail * 0.62, text_width_mm(nation, SIZE["nation"]) + 2 * CELL_PAD_MM + 8)
    widths = (avail - right_mm, right_mm)
    t = table(doc, 2, widths, borders=False)
    (left, right), (number_cell, date_cell) = cells(t)
    inner_left, inner_right = widths[0] - 2 * CELL_PAD_MM, widths[1] - 2 * CELL_PAD_MM
    agency_caps = agency.upper()
    above = [(parent.upper(), {"size": SIZE["parent"]})] if parent else []
    fill(left, [*above, (agency_caps, {"size": SIZE["agency"], "bold": True})])
    rule(left, min(text_width_mm(agency_caps, SIZE["agency"]), inner_left) / 2, inner_left)
    fill(right, [(nation, {"size": SIZE["nation"], "bold": True}), (motto, {"size": SIZE["motto"], "bold": True})])
    rule(right, text_width_mm(motto, SIZE["motto"]), inner_right)
    fill(number_cell, [(number_line, {"size": SIZE["number"], "before": 6})])
    fill(date_cell, [(place_date, {"size": SIZE["place_date"], "italic": True, "before": 6})])
    return t


def title_block(doc, kind: str, subject: str) -> None:
    """ "BÁO CÁO" (bold capitals) and its summary (bold) under it, with a rule of a third of the
    summary's (longest) line."""
    avail = text_width(doc.sections[-1])
    par(doc, kind.upper(), size=SIZE["kind"], bold=True, before=18, keep_next=True)
    par(doc, subject, size=SIZE["subject"], bold=True, keep_next=True)
    rule(doc, min(text_width_mm(subject, SIZE["subject"]), avail) / 3, avail)


def recipients_and_signature(doc, *, label: str, recipients: Sequence[str], titles: Sequence[str], signer: str):
    """Side by side, without borders: "Nơi nhận:" (12, bold italic) and its list (11, each "- …;",
    the last "- Lưu: …."), and the signature."""
    avail = text_width(doc.sections[-1])
    left = [(label, {"size": SIZE["recipients_label"], "bold": True, "italic": True, "align": "left", "before": 12})]
    left += [(item, {"size": SIZE["recipients"], "align": "left"}) for item in recipients]
    return signature(doc, left=left, titles=titles, signer=signer, widths_mm=(avail * 0.45, avail * 0.55))


def signature(
    doc,
    *,
    left: Sequence[tuple[str, dict]],
    titles: Sequence[str],
    signer: str,
    widths_mm: tuple[float, float],
    place_date: str | None = None,
    room: int = 4,
):
    """A borderless two-column row that never splits: ``left`` (paragraph specs: the recipients,
    or a form's note) beside the signature — ``place_date`` (italic) if given, the signer's
    authority and title (bold capitals), ``room`` empty lines for the signature and the seal, the
    name (bold)."""
    t = table(doc, 1, widths_mm, borders=False)
    ((left_cell, right_cell),) = cells(t)
    if left:
        fill(left_cell, left)
    specs: list[tuple[str, dict]] = []
    if place_date:
        specs.append((place_date, {"size": SIZE["place_date"], "italic": True, "before": 6}))
    for i, title in enumerate(titles):
        specs.append((title.upper(), {"size": SIZE["signer"], "bold": True, "before": 12 if i == 0 else 0}))
    specs += [("", {"size": SIZE["signer"]})] * room
    specs.append((signer, {"size": SIZE["signer"], "bold": True}))
    fill(right_cell, specs)
    return t


def recipient_lines(recipients: Sequence[str], filed: str, filed_prefix: str) -> list[str]:
    """ "- X;" per recipient and a last "- Lưu: VT…." line (the caller's own "Lưu: …" replaces
    the default one)."""
    items = [r.strip().lstrip("-–").strip() for r in recipients]
    items = [i for i in items if i]
    own = [i for i in items if i.lower().startswith(filed_prefix.lower())]
    items = [i for i in items if i not in own]
    last = (own[-1] if own else filed).rstrip(" .;,")
    return [f"- {i.rstrip(' .;,')};" for i in items] + [f"- {last}."]


def tiny_section_break(doc) -> None:
    """The paragraph that ends a section (it carries the section's properties) takes no room: a
    body that fills its last page exactly would otherwise push it onto a blank page of its own."""
    body = doc.element.body
    for p in reversed(body.findall(qn("w:p"))):
        ppr = p.find(qn("w:pPr"))
        sect = ppr.find(qn("w:sectPr")) if ppr is not None else None
        if sect is None:
            continue
        if ppr.find(qn("w:spacing")) is None:
            ppr.insert(
                0, parse_xml(f'<w:spacing {nsdecls("w")} w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>')
            )
        if ppr.find(qn("w:rPr")) is None:
            sect.addprevious(parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>'))
        return
