"""The writing rules of Decree 30/2020/NĐ-CP, Appendix I (format of administrative documents),
as small python-docx helpers: the page, the fonts, the national header with its rules, the
number and the dated place line, the title, body paragraphs and headings, the page number, the
recipients and the signature. Nothing here knows what a report is; ``report_docx`` composes it.

Import this module only where a .docx is written: it loads python-docx.

Sizes follow the annex (points): national name 12–13 (12 here, so it fits the header's right
column on one line), motto 13–14, agency 12–13, "Số" 13, place and date 13–14 italic, document
kind and summary 13–14 bold, body 13–14 justified with a 1–1.27 cm first-line indent, at least
6 pt between paragraphs and 1–1.5 lines between lines, "Nơi nhận" 12 bold italic with its list at
11, signer 13–14 bold, page numbers 13–14 centred in the top margin from page 2.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

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
BODY_SPACE = Pt(6)
BODY_LINE = 1.15
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
# Children that must follow the one inserted (ECMA-376 order), so Word opens the file cleanly.
_SECT_AFTER_PGNUM = (
    "w:cols w:formProt w:vAlign w:noEndnote w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid"
    " w:printerSettings w:sectPrChange"
).split()
_PPR_AFTER_PBDR = (
    "w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap w:overflowPunct w:topLinePunct w:autoSpaceDE"
    " w:autoSpaceDN w:bidi w:adjustRightInd w:snapToGrid w:spacing w:ind w:contextualSpacing w:mirrorIndents"
    " w:suppressOverlap w:jc w:textDirection w:textAlignment w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle"
    " w:rPr w:sectPr w:pPrChange"
).split()
_TBLPR_AFTER_BORDERS = "w:shd w:tblLayout w:tblCellMar w:tblLook w:tblCaption w:tblDescription w:tblPrChange".split()
_TRPR_AFTER_CANTSPLIT = "w:trHeight w:tblHeader w:tblCellSpacing w:jc w:hidden w:ins w:del w:trPrChange".split()
_TRPR_AFTER_HEADER = "w:tblCellSpacing w:jc w:hidden w:ins w:del w:trPrChange".split()
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese order of points: a) b) c) d) đ) e) ...

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


# -- pure rules ------------------------------------------------------------------------------


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


def par(
    container,
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
    reuse: bool = False,
):
    """A paragraph in ``container`` (document, cell, header). ``text`` is a string or a list of
    (text, {bold, italic, size}) runs; ``reuse`` fills a cell's first, empty paragraph."""
    p = container.paragraphs[0] if reuse else container.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = ALIGN[align]
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if first_line is not None:
        fmt.first_line_indent = first_line
    if line is not None:
        fmt.line_spacing = line
    if keep_next:
        fmt.keep_with_next = True
    runs = [(text, {})] if isinstance(text, str) else text
    for chunk, style in runs:
        if not chunk:
            continue
        r = p.add_run(chunk)
        r.font.size = Pt(style.get("size", size))
        if style.get("bold", bold):
            r.font.bold = True
        if style.get("italic", italic):
            r.font.italic = True
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


def rule(container, width_mm: float, avail_mm: float, *, reuse: bool = False):
    """A solid horizontal rule ``width_mm`` long, centred in ``avail_mm`` (the width of the cell
    or page it sits in): an empty paragraph with a bottom border between equal indents."""
    width_mm = min(width_mm, avail_mm)
    p = container.paragraphs[0] if reuse else container.add_paragraph()
    fmt = p.paragraph_format
    side = Mm(max(0.0, (avail_mm - width_mm) / 2))
    fmt.left_indent = side
    fmt.right_indent = side
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(3)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.insert_element_before(bdr, *_PPR_AFTER_PBDR)
    return p


# -- tables ----------------------------------------------------------------------------------


def table(container, rows: int, widths_mm: Sequence[float], *, borders: bool):
    """A table of fixed column widths (mm), centred; with single black borders or none."""
    _apart_from_previous_table(container)
    t = container.add_table(rows=rows, cols=len(widths_mm))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(round(sum(widths_mm) * 1440 / 25.4)))
    edges = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if borders:
            for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
                el.set(qn(k), v)
        else:
            el.set(qn("w:val"), "nil")
        edges.append(el)
    tblpr.insert_element_before(edges, *_TBLPR_AFTER_BORDERS)
    for col, width in zip(t.columns, widths_mm, strict=True):
        col.width = Mm(width)
    for row in t.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    return t


def keep_last_with_next(doc) -> None:
    """Keep the document's last paragraph, or its last table row, on the page of what follows
    (a signature is never alone on its page)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    last = [el for el in doc.element.body if el.tag != qn("w:sectPr")][-1]
    if last.tag == qn("w:p"):
        Paragraph(last, doc).paragraph_format.keep_with_next = True
    elif last.tag == qn("w:tbl"):
        for cell in Table(last, doc).rows[-1].cells:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True


def _apart_from_previous_table(container) -> None:
    """Two tables in a row are merged into one when Word or LibreOffice opens the file (the second
    taking the first's borders): put a 1 pt paragraph between them."""
    parent = getattr(container, "element", None)
    parent = parent.body if parent is not None and hasattr(parent, "body") else container._element
    last = [el for el in parent if el.tag != qn("w:sectPr")][-1:]
    if last and last[0].tag == qn("w:tbl"):
        p = container.add_paragraph()
        p.paragraph_format.line_spacing = Pt(1)
        p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True  # it belongs to the table that follows


def row_flags(row, *, header: bool = False) -> None:
    """A row that never breaks across pages; ``header`` repeats it at the top of every page."""
    trpr = row._tr.get_or_add_trPr()
    trpr.insert_element_before(OxmlElement("w:cantSplit"), *_TRPR_AFTER_CANTSPLIT)
    if header:
        trpr.insert_element_before(OxmlElement("w:tblHeader"), *_TRPR_AFTER_HEADER)


def fill(cell, specs: Sequence[tuple[str, dict]]) -> None:
    """Paragraphs into a new cell, the first one into the cell's own empty paragraph; each spec
    is (text, keyword arguments of ``par``)."""
    for i, (text, kw) in enumerate(specs):
        par(cell, text, **{"size": SIZE["body"], **kw}, reuse=i == 0)


def cell_text(
    cell, text: str, *, size: float, bold: bool = False, italic: bool = False, align: str = "center", pad: float = 1
):
    """A cell's text, vertically centred, ``pad`` points above and below."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return par(cell, text, size=size, bold=bold, italic=italic, align=align, before=pad, after=pad, reuse=True)


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
    t = table(container, 1 + len(rows), widths_mm, borders=True)
    for i, row in enumerate(t.rows):
        row_flags(row, header=i == 0)
        values = head if i == 0 else rows[i - 1]
        strong = i == 0 or (bold_last and i == len(rows))
        for cell, value, how in zip(row.cells, values, align, strict=True):
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
