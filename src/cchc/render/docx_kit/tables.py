"""Tables: ruled or borderless, of fixed widths, whose rows never split across pages; their cells
filled and merged as Word does; the last paragraph kept with what follows."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from copy import deepcopy

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Tc
from docx.shared import Emu, Mm

from cchc.render.docx_kit.paragraphs import par, write_p
from cchc.render.docx_kit.rules import SIZE

_TBLPR_AFTER = "w:shd w:tblLayout w:tblCellMar w:tblLook w:tblCaption w:tblDescription w:tblPrChange".split()


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
