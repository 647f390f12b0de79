"""The report's parts from the registers in the table, CSV and form outputs: the documents, the
inspections, the communication work, the reform index, then II. assessment, III. directions
and IV. proposals (the same prose as the Word document); the CSV's blocks after the form; the
form's reporting and receiving units, place, date and signature. From plain data, no SQL."""

from __future__ import annotations

import csv
import io

from cchc.domain.documents import kind_name
from cchc.domain.report_models import Report
from cchc.render.docx_options import DocxOptions
from cchc.render.numbers import decimal
from cchc.render.report_body import Context, DocTable, numbered, resolve
from cchc.render.report_sections import build_sections


def _label(ctx: Context, key: str) -> str:
    from cchc.render.i18n import Translator

    return Translator(ctx.lang).label(key)


def _documents(ctx: Context, lab) -> DocTable:
    return DocTable(
        [lab("code"), lab("kind_name"), lab("issued_on"), lab("summary")],
        [
            [d.code, kind_name(d.kind, ctx.lang), ctx.short_date(d.issued_on) if d.issued_on else "", d.summary]
            for d in ctx.report.documents.items
        ],
        [25, 20, 20, 80],
        ["left", "left", "center", "left"],
    )


def _inspections(ctx: Context, lab) -> DocTable:
    return DocTable(
        [lab(k) for k in ("inspection_ref", "inspected_on", "inspected_unit", "follow_up", "due_on", "status")],
        [
            [
                i.ref,
                ctx.short_date(i.held_on),
                i.unit,
                i.follow_up or "",
                ctx.short_date(i.due_on) if i.due_on else "",
                lab(i.status) if i.status else "",
            ]
            for i in ctx.report.inspections.items
        ],
        [12, 15, 35, 60, 15, 15],
        ["left", "center", "left", "left", "center", "left"],
    )


def _outreach(ctx: Context, lab) -> DocTable:
    o = ctx.report.outreach
    rows = [[k.name_en if ctx.lang == "en" else k.name, ctx.n(k.activities), ctx.n(k.count)] for k in o.by_kind]
    if rows:
        rows.append([ctx.t("docx.sum"), ctx.n(o.activities), ctx.n(o.total)])
    return DocTable(
        [lab("kind_name"), lab("activities"), lab("items")],
        rows,
        [60, 20, 20],
        ["left", "center", "center"],
        bold_last=bool(rows),
    )


def _index(ctx: Context, lab) -> DocTable:
    ix = ctx.report.index
    row = [
        str(ix.year),
        decimal(ix.self_score, ctx.lang),
        decimal(ix.council_score, ctx.lang),
        decimal(ix.score, ctx.lang),
        decimal(ix.max, ctx.lang),
        f"{ix.rank}/{ix.of}" if ix.rank is not None else "",
        f"{ix.previous_rank}/{ix.previous_of}" if ix.previous_rank is not None else "",
    ]
    heads = ("year", "col_self", "col_council", "score", "col_max", "rank", "previous_rank")
    return DocTable([lab(k) for k in heads], [row] if ix.year is not None else [], [12] + [15] * 6, ["center"] * 7)


def _weakest(ctx: Context, lab) -> DocTable:
    return DocTable(
        [lab("code"), lab("criterion"), lab("col_max"), lab("final"), lab("col_share")],
        [
            [c.code, c.title, decimal(c.max_points, ctx.lang), decimal(c.final, ctx.lang), decimal(c.share, ctx.lang)]
            for c in ctx.report.index.weakest
        ],
        [12, 80, 15, 15, 15],
        ["left", "left", "center", "center", "center"],
    )


def register_tables(ctx: Context) -> list[tuple[str, DocTable]]:
    """(title, table) of each register's part of the period, for the table and CSV outputs."""

    def lab(key: str) -> str:
        return _label(ctx, key)

    year = ctx.report.index.year
    return [
        (ctx.t("rep.sub_documents"), _documents(ctx, lab)),
        (ctx.t("rep.sub_inspections"), _inspections(ctx, lab)),
        (ctx.t("rep.sub_outreach"), _outreach(ctx, lab)),
        (ctx.t("rep.sub_index") + (f" {year}" if year else ""), _index(ctx, lab)),
        (lab("weakest"), _weakest(ctx, lab)),
    ]


def print_registers(report: Report, lang: str, console, options: DocxOptions | None = None) -> None:
    """After the figures: the registers' tables, then II.–IV. in prose."""
    from rich.markup import escape
    from rich.text import Text

    from cchc.render.tables import compact

    ctx = Context(report, lang, resolve(options, report))
    for title, table in register_tables(ctx):
        if not table.rows:
            continue
        t = compact(title=title)
        for head, how in zip(table.head, table.align, strict=True):
            t.add_column(escape(head), justify="left" if how == "left" else "center", overflow="fold")
        for i, row in enumerate(table.rows):
            t.add_row(*[escape(c) for c in row], style="bold" if table.bold_last and i == len(table.rows) - 1 else None)
        console.print(t)
    from cchc.render.report_prose import _text_table

    numbered_all = numbered(build_sections(ctx))
    tops = [i for i, (_, s) in enumerate(numbered_all) if s.level == 1]
    for label, s in numbered_all[tops[1] if len(tops) > 1 else len(numbered_all) :]:
        console.print(Text(label + (s.title.upper() if s.level == 1 else s.title), style="bold"))
        for block in s.blocks:
            if isinstance(block, DocTable):
                console.print(escape(_text_table(block)), highlight=False)
            else:
                console.print(escape(block), highlight=False)


def csv_blocks(report: Report, lang: str, options: DocxOptions | None = None) -> str:
    """After the form, a blank row, then each register's block (a title row, a heading row, its
    rows), the clerk's texts and the unfinished tasks: the form stays the first table."""
    ctx = Context(report, lang, resolve(options, report))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    blocks = register_tables(ctx)
    notes = [[_label(ctx, k), v] for k, v in report.notes.items()]
    blocks.append(
        (_label(ctx, "text"), DocTable([_label(ctx, "section"), _label(ctx, "text")], notes, [1, 1], ["left"] * 2))
    )
    nxt = [
        [t.ref, t.title, t.unit or "", ctx.short_date(t.due_on) if t.due_on else "", _label(ctx, t.status)]
        for t in report.next_period.tasks
    ]
    heads = [_label(ctx, k) for k in ("ref", "title", "unit", "due_on", "status")]
    blocks.append((ctx.t("rep.sec_directions"), DocTable(heads, nxt, [1] * 5, ["left"] * 5)))
    for title, table in blocks:
        w.writerow([])
        w.writerow([title])
        w.writerow(table.head)
        w.writerows(table.rows)
    return buf.getvalue()


def form_units(report: Report, lang: str, options: DocxOptions | None = None) -> list[str]:
    """The lines above the form: its basis, the reporting and receiving units."""
    ctx = Context(report, lang, resolve(options, report))
    lines = [
        ctx.t("docx.form_basis")
        if report.form.regime == "01/2020/TT-VPCP"
        else ctx.t("rep.form_basis_current", regime=report.form.regime),
        ctx.t("docx.form_reporting", unit=ctx.agency_full),
        ctx.t("docx.form_receiving", unit=ctx.options.parent or "……"),
    ]
    if not report.form.verified:
        lines.append(ctx.t("rep.form_unverified", regime=report.form.regime))
    return lines


def form_signature(report: Report, lang: str, options: DocxOptions | None = None) -> list[str]:
    """The lines under the form: place and date, the signer's title(s), room, the name."""
    ctx = Context(report, lang, resolve(options, report))
    return [
        ctx.place_date(),
        *[t.upper() for t in ctx.options.signer_titles],
        "",
        "",
        ctx.options.signer or ctx.t("docx.blank_name"),
    ]
