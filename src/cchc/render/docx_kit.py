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
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Sequence
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Tc
from docx.shared import Cm, Emu, Mm, Pt

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
# Children that must follow the one inserted (ECMA-376 order), so Word opens the file cleanly.
_SECT_AFTER_PGNUM = (
    "w:cols w:formProt w:vAlign w:noEndnote w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid"
    " w:printerSettings w:sectPrChange"
).split()
_TBLPR_AFTER = "w:shd w:tblLayout w:tblCellMar w:tblLook w:tblCaption w:tblDescription w:tblPrChange".split()
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese order of points: a) b) c) d) đ) e) ...

# -- the document and its pages ------------------------------------------------------------


def new_document(lang: str = "vi"):
    """An empty document whose every run defaults to black Times New Roman 14 pt, single line
    spacing, no space after paragraphs, in Vietnamese."""
    doc = Document()
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    rpr.find(qn("w:sz")).set(qn("w:val"), str(SIZE["body"] * 2))
    rpr.find(qn("w:szCs")).set(qn("w:val"), str(SIZE["body"] * 2))
    language = rpr.find(qn("w:lang"))
    language.set(qn("w:val"), "en-US" if lang == "en" else "vi-VN")
    language.set(qn("w:eastAsia"), "en-US")
    spacing = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(SIZE["body"])
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return doc


def page_setup(section, *, landscape: bool = False) -> None:
    """A4 (portrait or landscape) with the annex's margins."""
    short, long = Mm(A4_MM[0]), Mm(A4_MM[1])
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.top_margin = Mm(MARGINS_MM["top"])
    section.bottom_margin = Mm(MARGINS_MM["bottom"])
    section.left_margin = Mm(MARGINS_MM["left"])
    section.right_margin = Mm(MARGINS_MM["right"])
    section.header_distance = Mm(HEADER_MM)
    section.footer_distance = Mm(HEADER_MM)


def text_width(section) -> float:
    """The width between the margins, in mm."""
    return (section.page_width - section.left_margin - section.right_margin) / 36000


def page_numbers(section, *, restart: bool = False) -> None:
    """Page numbers centred in the top margin, not on the section's first page (a Word PAGE
    field, so Word and LibreOffice compute them); ``restart`` numbers the section from 1 (an
    appendix is numbered on its own)."""
    section.different_first_page_header_footer = True
    if restart:
        sect = section._sectPr
        num = sect.find(qn("w:pgNumType"))
        if num is None:
            num = OxmlElement("w:pgNumType")
            sect.insert_element_before(num, *_SECT_AFTER_PGNUM)
        num.set(qn("w:start"), "1")
        return
    first = section.first_page_header
    first.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        r = p.add_run()
        r.font.size = Pt(SIZE["page"])
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            r._r.append(el)
        else:
            r.text = text


# -- paragraphs ------------------------------------------------------------------------------
# Paragraph and run properties are built once per distinct format (as XML, in schema order) and
# copied for each paragraph: python-docx's property setters cost ten times more per paragraph.


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
        label, text, style = f"{ROMAN[number - 1]}. ", text.upper(), {"bold": True}
    elif level == 2:
        label, style = f"{number}. ", {"bold": True}
    else:
        label, style = f"{LETTERS[number - 1]}) ", {"italic": True}
    return body(container, label + text, keep_next=True, **style)


def rule(container, width_mm: float, avail_mm: float):
    """A solid horizontal rule ``width_mm`` long, centred in ``avail_mm`` (the width of the cell
    or page it sits in): an empty 3 pt paragraph with a bottom border between equal indents."""
    side = max(0.0, (avail_mm - min(width_mm, avail_mm)) / 2)
    return par(container, "", size=1, line=("exact", 60), sides_mm=side, border=True)


# -- tables ----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _tr(widths: tuple[int, ...], v_center: bool):
    """A ``w:tr`` that never splits across pages, one empty cell per width (twips)."""
    valign = '<w:vAlign w:val="center"/>' if v_center else ""
    cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{valign}</w:tcPr><w:p/></w:tc>' for w in widths)
    return parse_xml(f"<w:tr {nsdecls('w')}><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")


@functools.lru_cache(maxsize=2)
def _borders(single: bool):
    edge = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' if single else '<w:{0} w:val="nil"/>'
    edges = "".join(edge.format(e) for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return parse_xml(f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>")


def table(container, rows: int, widths_mm: Sequence[float], *, borders: bool, header_rows: int = 0):
    """A table of fixed column widths (mm), centred; with single black borders (cells centred
    vertically) or none (cells top-aligned); rows never split across pages; the first
    ``header_rows`` are repeated at the top of every page."""
    _apart_from_previous_table(container)
    t = container.add_table(rows=0, cols=len(widths_mm))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(round(sum(widths_mm) * 1440 / 25.4)))
    tblpr.insert_element_before(deepcopy(_borders(borders)), *_TBLPR_AFTER)
    for col, width in zip(t.columns, widths_mm, strict=True):
        col.width = Mm(width)
    template = _tr(tuple(round(w * 1440 / 25.4) for w in widths_mm), borders)
    for i in range(rows):
        tr = deepcopy(template)
        if i < header_rows:
            tr[0].append(OxmlElement("w:tblHeader"))  # after w:cantSplit
        t._tbl.append(tr)
    return t


def cells(t) -> list[list[CT_Tc]]:
    """The ``w:tc`` elements of a table, row by row (what ``fill``, ``cell_text`` and ``merge``
    take; cheaper than python-docx's cell objects)."""
    return [tr.tc_lst for tr in t._tbl.tr_lst]


def merge(grid: Sequence[Sequence[CT_Tc]], r0: int, c0: int, r1: int, c1: int) -> None:
    """Merge the cells r0..r1 × c0..c1 of a table's grid of ``w:tc`` (read before any merge), as
    Word does: the first cell of each row spans the columns (gridSpan, the others removed), the
    rows are joined (vMerge restart / continue). Write into ``grid[r0][c0]``."""
    for r in range(r0, r1 + 1):
        tc = grid[r][c0]
        if c1 > c0:
            tc.width = Emu(sum(grid[r][c].width for c in range(c0, c1 + 1)))
            tc.grid_span = c1 - c0 + 1
            for c in range(c0 + 1, c1 + 1):
                grid[r][c].getparent().remove(grid[r][c])
        if r1 > r0:
            tc.vMerge = "restart" if r == r0 else "continue"


def keep_last_with_next(doc) -> None:
    """Keep the document's last paragraph, or its last table row, on the page of what follows
    (a signature is never alone on its page)."""
    last = [el for el in doc.element.body if el.tag != qn("w:sectPr")][-1]
    paragraphs = [last] if last.tag == qn("w:p") else last.findall(qn("w:tr"))[-1].iter(qn("w:p"))
    for p in paragraphs:
        p.get_or_add_pPr().keepNext_val = True


def _apart_from_previous_table(container) -> None:
    """Two tables in a row are merged into one when Word or LibreOffice opens the file (the second
    taking the first's borders): put a 1 pt paragraph between them."""
    parent = getattr(container, "element", None)
    parent = parent.body if parent is not None and hasattr(parent, "body") else container._element
    last = [el for el in parent if el.tag != qn("w:sectPr")][-1:]
    if last and last[0].tag == qn("w:tbl"):
        par(container, "", size=1, line=("exact", 20), keep_next=True)  # it belongs to the next table


def fill(tc: CT_Tc, specs: Sequence[tuple[str, dict]]) -> None:
    """Paragraphs into a new cell, the first one into the cell's own empty paragraph; each spec
    is (text, keyword arguments of ``write_p``)."""
    for i, (text, kw) in enumerate(specs):
        kw = {"size": SIZE["body"], **kw}
        if i == 0:
            write_p(tc.p_lst[0], text, **kw)
        else:
            par(tc, text, **kw)


def cell_text(tc: CT_Tc, text: str, *, size: float, pad: float = 1, **kw) -> None:
    """A new cell's text, ``pad`` points above and below."""
    write_p(tc.p_lst[0], text, size=size, before=pad, after=pad, **kw)


def grid(
    container,
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    bold_last: bool = False,
):
    """A ruled table: a bold header row repeated on each page, then ``rows`` (the last in bold
    when it is a total)."""
    align = align or ["center"] * len(widths_mm)
    t = table(container, 1 + len(rows), widths_mm, borders=True, header_rows=1)
    for i, row in enumerate(cells(t)):
        values = head if i == 0 else rows[i - 1]
        strong = i == 0 or (bold_last and i == len(rows))
        for cell, value, how in zip(row, values, align, strict=True):
            size = SIZE["table_head"] if i == 0 else SIZE["table"]
            cell_text(cell, value, size=size, bold=strong, align="center" if i == 0 else how)
    return t


# -- writing the file --------------------------------------------------------------------------


def save_atomic(doc, path: str | os.PathLike) -> None:
    """Save to a temporary file in the target's folder, then rename it into place, so a failed
    write never leaves half a document (nor replaces a good one)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            doc.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        mode = _mode(target)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
