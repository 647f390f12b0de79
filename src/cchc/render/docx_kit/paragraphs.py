"""Paragraphs: the body, the report's headings, a horizontal rule.

Paragraph and run properties are built once per distinct format (as XML, in schema order) and
copied for each paragraph: python-docx's property setters cost ten times more per paragraph.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from copy import deepcopy

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.table import CT_Tc

from cchc.domain.decree30 import heading_label
from cchc.render.docx_kit.rules import BODY_INDENT, BODY_LINE, SIZE


def _twips(points: float) -> int:
    return round(points * 20)


@functools.lru_cache(maxsize=256)
def _ppr(align: str, first_line: int, before: int, after: int, line, keep_next: bool, sides: int, border: bool):
    """``w:pPr`` for these settings (lengths in twips; ``line`` a multiple, or ("exact", twips))."""
    parts = ["<w:keepNext/>"] if keep_next else []
    if border:
        parts.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
    spacing = f'w:before="{before}" w:after="{after}"'
    if isinstance(line, tuple):
        spacing += f' w:line="{line[1]}" w:lineRule="exact"'
    elif line is not None:
        spacing += f' w:line="{round(line * 240)}" w:lineRule="auto"'
    parts.append(f"<w:spacing {spacing}/>")
    if first_line or sides:
        ind = f' w:left="{sides}" w:right="{sides}"' if sides else ""
        parts.append(f"<w:ind{ind}" + (f' w:firstLine="{first_line}"' if first_line else "") + "/>")
    parts.append(f'<w:jc w:val="{"both" if align == "justify" else align}"/>')
    return parse_xml(f"<w:pPr {nsdecls('w')}>{''.join(parts)}</w:pPr>")


@functools.lru_cache(maxsize=64)
def _run(size: float, bold: bool, italic: bool):
    """A ``w:r`` with these properties and an empty text."""
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    half = round(size * 2)
    props += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    return parse_xml(f'<w:r {nsdecls("w")}><w:rPr>{props}</w:rPr><w:t xml:space="preserve"></w:t></w:r>')


def write_p(
    p,
    text: str | Sequence[tuple[str, dict]] = "",
    *,
    size: float,
    bold: bool = False,
    italic: bool = False,
    align: str = "center",
    first_line=None,
    before: float = 0,
    after: float = 0,
    line: float | None = None,
    keep_next: bool = False,
    sides_mm: float = 0,
    border: bool = False,
) -> None:
    """Format the (empty) paragraph element ``p`` and give it ``text``: a string or a list of
    (text, {bold, italic, size}) runs."""
    sides = round(sides_mm * 1440 / 25.4) if sides_mm else 0
    first = round(first_line / 635) if first_line else 0  # EMU -> twips
    if p.pPr is not None:  # a paragraph is formatted once: never two w:pPr
        p.remove(p.pPr)
    p.insert(0, deepcopy(_ppr(align, first, _twips(before), _twips(after), line, keep_next, sides, border)))
    runs = [(text, {})] if isinstance(text, str) else text
    for chunk, style in runs:
        if not chunk:
            continue
        r = deepcopy(_run(style.get("size", size), style.get("bold", bold), style.get("italic", italic)))
        if "\n" in chunk or "\t" in chunk:  # python-docx turns these into w:br / w:tab
            r.remove(r[-1])
            r.text = chunk
        else:
            r[-1].text = chunk
        p.append(r)


def par(container, text: str | Sequence[tuple[str, dict]] = "", **fmt):
    """A new paragraph (its element) at the end of ``container``: a document, a header, or a
    table cell (its ``w:tc`` element, as ``cells`` gives them); see ``write_p``."""
    if isinstance(container, CT_Tc):
        p = OxmlElement("w:p")
        container.append(p)
    else:
        p = container.add_paragraph()._p
    write_p(p, text, **fmt)
    return p


def body(container, text: str, **kw):
    """A body paragraph: justified, first-line indent 1.27 cm, 6 pt before, 1.15 lines."""
    opts = {"size": SIZE["body"], "align": "justify", "first_line": BODY_INDENT, "before": 6, "line": BODY_LINE}
    return par(container, text, **{**opts, **kw})


def heading(container, text: str, level: int, number: int):
    """A heading of the report: level 1 "I. TITLE" (capitals, bold), level 2 "1. Title" (bold),
    level 3 "a) Title" (italic); indented like the body and kept with what follows."""
    if level == 1:
        text, style = text.upper(), {"bold": True}
    else:
        style = {"bold": True} if level == 2 else {"italic": True}
    return body(container, heading_label(level, number) + text, keep_next=True, **style)


def rule(container, width_mm: float, avail_mm: float):
    """A solid horizontal rule ``width_mm`` long, centred in ``avail_mm`` (the width of the cell
    or page it sits in): an empty 3 pt paragraph with a bottom border between equal indents."""
    side = max(0.0, (avail_mm - min(width_mm, avail_mm)) / 2)
    return par(container, "", size=1, line=("exact", 60), sides_mm=side, border=True)
