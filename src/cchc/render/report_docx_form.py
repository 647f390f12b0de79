"""The appendix of the Word report: Biểu số 06/VPCP/KSTT (Circular 01/2020/TT-VPCP) on its own
landscape A4 section, numbered on its own: the form's label and basis, its title and period, the
reporting and receiving units, "Đơn vị tính", the table with the printed form's two-level merged
header and its column numbers (1)–(13), one row per field and the total, the note, and the
place, date and signature."""

from __future__ import annotations

from docx.enum.section import WD_SECTION

from cchc.domain.report_models import FormRow
from cchc.render import docx_blocks as d30
from cchc.render import docx_kit as kit
from cchc.render import report_form
from cchc.render.report_form import HEADER_CELLS
from cchc.render.report_text import num

# STT, field, columns 3-13 (column 5, "Trực tiếp, dịch vụ bưu chính", is the widest heading)
FORM_WEIGHTS = [11, 48, 16, 17, 24, 17, 16, 17, 17, 16, 16, 17, 16]
HEAD_SIZE = 11


def appendix(doc, ctx, label: str | None = None) -> None:
    """Biểu 06 on a landscape page of its own, titled ``label`` (default "Phụ lục")."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    d30.tiny_section_break(doc)
    kit.page_setup(section, landscape=True)
    kit.page_numbers(section, restart=True)
    avail = kit.text_width(section)
    appendix_head(doc, ctx, label or ctx.t("docx.appendix"))
    _form_header(doc, ctx, avail)
    kit.par(doc, ctx.t("docx.form_unit"), size=12, italic=True, align="right", before=3, after=3, keep_next=True)
    _form_table(doc, ctx, avail)
    kit.keep_last_with_next(doc)
    d30.signature(
        doc,
        left=[(ctx.t("docx.form_note"), {"size": 11, "italic": True, "align": "justify", "before": 3})],
        titles=ctx.options.signer_titles,
        signer=ctx.options.signer or ctx.t("docx.blank_name"),
        widths_mm=(avail * 0.5, avail * 0.5),
        place_date=ctx.place_date(),
        room=3,
    )


def appendix_head(doc, ctx, label: str) -> None:
    """An appendix's first lines: its label, then what report it is attached to."""
    kit.par(doc, label, size=14, bold=True, keep_next=True)
    kit.par(
        doc,
        ctx.t(
            "docx.appendix_of", number=ctx.number.strip(), date=ctx.date_words(ctx.issued_on), agency=ctx.agency_full
        ),
        size=13,
        italic=True,
        after=6,
        keep_next=True,
    )


def _form_header(doc, ctx, avail: float) -> None:
    """Three columns without borders: the form's label and basis; its title and period; the
    reporting and receiving units."""
    widths = (avail * 0.22, avail * 0.48, avail * 0.30)
    t = kit.table(doc, 1, widths, borders=False)
    ((left, middle, right),) = kit.cells(t)
    form = ctx.report.form
    kit.fill(
        left,
        [
            (ctx.t("docx.form_id"), {"size": 12, "bold": True, "align": "left"}),
            (ctx.t("docx.form_basis"), {"size": 11, "italic": True, "align": "left"}),
        ],
    )
    kit.fill(
        middle,
        [
            (ctx.t("docx.form_title"), {"size": 13, "bold": True}),
            (
                ctx.t("docx.form_range", start=ctx.short_date(form.start), end=ctx.short_date(form.end)),
                {"size": 13, "italic": True},
            ),
        ],
    )
    kit.fill(
        right,
        [
            (ctx.t("docx.form_reporting", unit=ctx.agency_full), {"size": 11, "align": "left"}),
            (ctx.t("docx.form_receiving", unit=ctx.options.parent or "……"), {"size": 11, "align": "left"}),
        ],
    )


HEAD_ROWS = 4  # three rows of headings and the row of column numbers


def _form_table(doc, ctx, avail: float) -> None:

    form = ctx.report.form
    scale = avail / sum(FORM_WEIGHTS)
    widths = [w * scale for w in FORM_WEIGHTS]
    body = [*form.rows, form.total]
    t = kit.table(doc, HEAD_ROWS + len(body), widths, borders=True, header_rows=HEAD_ROWS)
    rows = kit.cells(t)
    head = rows[:HEAD_ROWS]  # read before merging
    for r0, c0, r1, c1, key in HEADER_CELLS:
        kit.merge(head, r0, c0, r1, c1)
        kit.cell_text(head[r0][c0], ctx.t(key), size=HEAD_SIZE, bold=True)
    for c, cell in enumerate(head[HEAD_ROWS - 1]):
        kit.cell_text(cell, f"({c + 1})", size=HEAD_SIZE, italic=True)
    for row, tr in zip(body, rows[HEAD_ROWS:], strict=True):
        total = row.no is None
        label = ctx.t("docx.f_sum") if total else (row.field or ctx.t("docx.f_no_field"))
        values = ["" if total else str(row.no), label, *form_cells(row, ctx.lang)]
        for c, (cell, value) in enumerate(zip(tr, values, strict=True)):
            kit.cell_text(cell, value, size=12, bold=total, align="left" if c == 1 else "center", pad=0)


def form_cells(row: FormRow, lang: str) -> list[str]:
    """Columns 3–13 of a form row, as printed."""
    return [num(v, lang) for v in report_form.values(row)]
