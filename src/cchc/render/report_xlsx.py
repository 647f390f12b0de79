"""The report as an Excel workbook (``report -o FILE.xlsx``): a summary sheet (the period, the
tasks, the dossiers, the meetings and the paragraph) and the sheet of Biểu số 06/VPCP/KSTT laid
out like the printed form — its label and basis, title and period, the reporting and receiving
units, "Đơn vị tính", the two-level merged header with the column numbers (1)–(13), one row per
field and the total row — with numbers as numbers. openpyxl is loaded only here."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cchc.domain.dates import vn
from cchc.domain.report_models import Report
from cchc.render import report_form
from cchc.render.catalog.docx import t as docx_text
from cchc.render.docx_options import DocxOptions
from cchc.render.report_body import agency_full_name, resolve
from cchc.render.report_table import heading, lbl, meeting_rows, summary_rows
from cchc.render.report_text import narrative

SHEETS = {"summary": ("Tổng hợp", "Summary"), "form": ("Biểu 06", "Form 06")}
FORM_WIDTHS = [6, 30, 10, 10, 14, 10, 10, 10, 10, 10, 10, 10, 10]
FORM_HEAD_ROW = 8  # the first row of the table's header (after the title block and the unit line)


def _styles():
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    return {
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "bold": Font(name="Times New Roman", bold=True, size=12),
        "italic": Font(name="Times New Roman", italic=True, size=12),
        "normal": Font(name="Times New Roman", size=12),
        "title": Font(name="Times New Roman", bold=True, size=13),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "left": Alignment(horizontal="left", vertical="center", wrap_text=True),
        "right": Alignment(horizontal="right", vertical="center"),
    }


def _number(text: str):
    """A figure as a number for Excel ("97,5" / "97.5" -> float, "12" -> int), else the text."""
    text = text.replace(",", ".") if text.count(",") == 1 and "." not in text else text
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def summary_sheet(ws, report: Report, lang: str, office: str | None, st: dict) -> None:
    ws.title = SHEETS["summary"][1 if lang == "en" else 0]
    ws.column_dimensions["A"].width = 44
    for col in "BCD":
        ws.column_dimensions[col].width = 16
    ws.append([heading(report, lang)])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws["A1"].font, ws["A1"].alignment = st["title"], st["left"]
    ws.row_dimensions[1].height = 34
    cmp = report.compare.previous.period.label if report.compare else None
    extra = [f"{lbl('previous', lang)} ({cmp})", lbl("change", lang)] if cmp else []
    for section in ("tasks", "dossiers"):
        _block(
            ws,
            lbl(section, lang),
            [lbl("item", lang), lbl("value", lang), *extra],
            summary_rows(report, section, lang),
            st,
        )
    _block(
        ws,
        lbl("meetings", lang),
        [lbl("name", lang), lbl("kind", lang), lbl("count", lang), *extra],
        [[name, kind, *rest] for kind, name, *rest in meeting_rows(report, lang)],  # the long name in the wide column
        st,
    )
    ws.append([])
    ws.append([lbl("narrative", lang)])
    ws.cell(ws.max_row, 1).font = st["bold"]
    ws.append([narrative(report, lang, office=office)])
    row = ws.max_row
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    ws.cell(row, 1).alignment, ws.cell(row, 1).font = st["left"], st["normal"]
    ws.row_dimensions[row].height = 16 * (len(ws.cell(row, 1).value) // 80 + 2)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _block(ws, title: str, head: list[str], rows: list[list[str]], st: dict) -> None:
    ws.append([])
    ws.append([title])
    ws.cell(ws.max_row, 1).font = st["bold"]
    ws.append(head)
    for c in range(1, len(head) + 1):
        cell = ws.cell(ws.max_row, c)
        cell.font, cell.alignment, cell.border = st["bold"], st["center"], st["border"]
    from openpyxl.styles import Alignment

    for r in rows:
        ws.append(
            [
                r[0].strip(),
                *(_number(x) if x.lstrip("+-").replace(".", "", 1).replace(",", "", 1).isdigit() else x for x in r[1:]),
            ]
        )
        for c in range(1, len(r) + 1):
            cell = ws.cell(ws.max_row, c)
            cell.border, cell.font = st["border"], st["normal"]
            cell.alignment = st["right"] if isinstance(cell.value, (int, float)) else st["left"]
        if r[0].startswith(" "):  # a part of the row above ("  trực tuyến")
            ws.cell(ws.max_row, 1).alignment = Alignment(indent=2, wrap_text=True)
        else:
            ws.cell(ws.max_row, 1).alignment = st["left"]
        _fit_height(ws, ws.max_row)


def _fit_height(ws, row: int) -> None:
    """A row as tall as its most wrapped text (a spreadsheet sets no height by itself when the
    file does not, and a wrapped name would print over the next row)."""
    import math

    lines = 1
    for cell in ws[row]:
        if isinstance(cell.value, str) and cell.value:
            width = ws.column_dimensions[cell.column_letter].width or 10
            lines = max(lines, math.ceil(len(cell.value) * 1.1 / width))
    if lines > 1:
        ws.row_dimensions[row].height = 15 * lines


def form_sheet(ws, report: Report, lang: str, options: DocxOptions, st: dict) -> None:
    """Biểu 06 as printed: rows 1-6 the title block, row 7 the unit, rows 8-10 the merged
    header, row 11 the column numbers, then the fields and the total."""
    t = lambda key, **kw: docx_text(key, lang, **kw)  # noqa: E731
    form = report.form
    ws.title = SHEETS["form"][1 if lang == "en" else 0]
    for i, w in enumerate(FORM_WIDTHS, 1):
        ws.column_dimensions[_col(i)].width = w
    _put(ws, 1, 1, 2, t("docx.form_id"), st["bold"], st["left"])
    _put(ws, 2, 1, 2, t("docx.form_basis"), st["italic"], st["left"])
    _put(ws, 1, 3, 10, t("docx.form_title"), st["title"], st["center"])
    start, end = vn(form.start), vn(form.end)
    _put(ws, 2, 3, 10, t("docx.form_range", start=start, end=end), st["italic"], st["center"])
    unit = agency_full_name(options)
    _put(ws, 4, 1, 13, t("docx.form_reporting", unit=unit), st["normal"], st["left"])
    _put(ws, 5, 1, 13, t("docx.form_receiving", unit=options.parent or "……"), st["normal"], st["left"])
    _put(ws, 7, 10, 13, t("docx.form_unit"), st["italic"], st["right"])
    ws.row_dimensions[1].height = 36
    ws.row_dimensions[2].height = 36
    top = FORM_HEAD_ROW
    for r0, c0, r1, c1, key in report_form.HEADER_CELLS:
        ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
        cell = ws.cell(top + r0, c0 + 1, t(key))
        cell.font, cell.alignment = st["bold"], st["center"]
    for r in range(top, top + 4):
        for c in range(1, 14):
            ws.cell(r, c).border = st["border"]
    for c in range(1, 14):
        cell = ws.cell(top + 3, c, f"({c})")
        cell.font, cell.alignment = st["italic"], st["center"]
    ws.row_dimensions[top].height = 32
    ws.row_dimensions[top + 2].height = 48
    row = top + 4
    for form_row in [*form.rows, form.total]:
        total = form_row.no is None
        label = t("docx.f_sum") if total else (form_row.field or t("docx.f_no_field"))
        values = [None if total else form_row.no, label, *report_form.values(form_row)]
        for c, value in enumerate(values, 1):
            cell = ws.cell(row, c, value)
            cell.border = st["border"]
            cell.font = st["bold"] if total else st["normal"]
            cell.alignment = st["left"] if c == 2 else st["center"]
        row += 1
    _put(ws, row + 1, 1, 13, t("docx.form_note"), st["italic"], st["left"])
    ws.row_dimensions[row + 1].height = 48
    ws.freeze_panes = ws.cell(top + 4, 3)
    ws.print_title_rows = f"{top}:{top + 3}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _col(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i)


def _put(ws, row: int, c0: int, c1: int, text: str, font, align) -> None:
    if c1 > c0:
        ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c1)
    cell = ws.cell(row, c0, text)
    cell.font, cell.alignment = font, align


def build(report: Report, lang: str = "vi", options: DocxOptions | None = None, office: str | None = None):
    from openpyxl import Workbook

    st = _styles()
    wb = Workbook()
    summary_sheet(wb.active, report, lang, office, st)
    form_sheet(wb.create_sheet(), report, lang, resolve(options, report), st)  # the ledger's particulars too
    return wb


def write_xlsx(report: Report, out, *, lang: str = "vi", options: DocxOptions | None = None, office=None) -> None:
    """Write the workbook to ``out`` (a path): a temporary file in the same folder, renamed into
    place when complete, so a failed write never leaves half a workbook."""
    target = Path(out)
    wb = build(report, lang, options, office)
    fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            wb.save(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
