"""``cchc report semester|quarter|month|nine-months|year|range``: the period report.

Windows are the Decree 09/2019 cut-offs (``--calendar`` for calendar boundaries); ``--until``
ends the window earlier and is the "as of" date of every figure.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from cchc.cli import common, complete
from cchc.cli.framework import App
from cchc.cli.report_docx import build_options, docx_options

app = App(help="Báo cáo theo kỳ / reports for a period.")

FORMATS = ("table", "json", "csv", "markdown", "text", "form", "docx", "xlsx")
EXTENSIONS = {
    ".json": "json",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".docx": "docx",
    ".xlsx": "xlsx",
}

UNTIL = typer.Option(
    None, "--until", help="Tính đến ngày (kết thúc kỳ sớm hơn) / as of, ending the window early, e.g. 09/06/2022"
)
CALENDAR = typer.Option(False, "--calendar", help="Theo lịch (1/1–30/6...) thay vì kỳ chốt số liệu NĐ 09/2019")
PLAN = typer.Option(
    None, "--plan", help="Chỉ nhiệm vụ của kế hoạch này / only this plan's tasks", autocompletion=complete.plan_codes
)
COMPARE = typer.Option(False, "--compare", help="So với kỳ trước cùng loại / vs previous period")
FORMAT = typer.Option(
    None, "--format", "-f", help="table|json|csv|markdown|text|form|docx", autocompletion=complete.report_formats
)
JSON = typer.Option(False, "--json", help="= --format json")
OUTPUT = typer.Option(None, "--output", "-o", help="Ghi ra tệp (định dạng theo đuôi tệp)")
LANG = typer.Option(None, "--lang", metavar="vi|en", help="Ngôn ngữ / language")
CHART = typer.Option(False, "--chart", help="Vẽ biểu đồ theo tháng trên màn hình / monthly charts in the terminal")
OFFICE = typer.Option(
    None,
    "--office",
    envvar="CCHC_OFFICE",
    metavar="TEXT",
    help="Cơ quan báo cáo, chủ ngữ của đoạn tóm tắt (mặc định: Văn phòng) / the"
    ' office named in the narrative, e.g. "Sở Tư pháp" (default: the Office)',
)


def _format(fmt: str | None, json: bool, output: str | None) -> str:
    if json:
        fmt = fmt or "json"
    if fmt is not None:
        fmt = fmt.lower()
        if fmt == "md":
            fmt = "markdown"
        if fmt not in FORMATS:
            raise typer.BadParameter(f"{fmt!r} ({'|'.join(FORMATS)})", param_hint="--format")
        return fmt
    if output:
        ext = Path(output).suffix.lower()
        if ext not in EXTENSIONS:
            from cchc.domain.errors import InputError

            raise InputError("bad_extension", path=output)
        return EXTENSIONS[ext]
    return "table"


def _office(office: str | None) -> str | None:
    """``--office`` / ``$CCHC_OFFICE`` stripped and NFC-normalised; None when not given."""
    if office is None:
        return None
    import unicodedata

    office = unicodedata.normalize("NFC", office.strip())
    if not office:
        raise typer.BadParameter("must not be blank (--office or $CCHC_OFFICE)", param_hint="--office")
    return office


def _render(ctx, report, fmt: str, lang: str, output: str | None, office=None, docx=None, anchor: str = "") -> None:
    """Write the report in ``fmt`` to the terminal or, through the one output writer, to
    ``output``. ``docx``: the issuer's particulars from the command line (``DocxOptions``); what
    it leaves unset comes from the ledger's (``report.agency``). Every format but the CSV form
    (whose last row stays the totals) carries the audit trail's anchor."""
    from cchc.cli import output as out
    from cchc.render import report_flat
    from cchc.render.docx_options import DocxOptions

    docx = docx or DocxOptions(office=office)
    footer = common.tr(ctx).msg("anchor_footer", anchor=short_anchor(anchor))
    if fmt == "docx":
        from cchc.render.report_docx import build

        doc = build(report, lang=lang, options=docx)
        _docx_footer(doc, footer)
        with out.writer(ctx, output) as fh:
            doc.save(fh)
        return
    if fmt == "xlsx":
        from cchc.render.report_xlsx import build as workbook

        wb = workbook(report, lang, docx, office)
        wb.active.append([])
        wb.active.append([footer])
        with out.writer(ctx, output) as fh:
            wb.save(fh)
        return
    if fmt in ("table", "form"):
        _render_console(ctx, report, fmt, lang, output, office, docx, footer)
        return
    if fmt == "json":
        from cchc.render.jsonout import dumps

        text = dumps({**report.model_dump(mode="json"), "anchor": anchor}) + "\n"
    elif fmt == "csv":  # the form's table first, for spreadsheets; then a block per register
        from cchc.render.report_registers import csv_blocks

        text = report_flat.form_csv(report, lang) + csv_blocks(report, lang, docx)
    elif fmt == "markdown":
        text = report_flat.markdown(report, lang, office=office, options=docx).rstrip("\n") + f"\n\n{footer}\n"
    else:
        from cchc.render.report_prose import text as prose

        text = prose(report, lang, docx)
        if not output and sys.stdout.isatty():  # for reading: wrapped to the terminal; piped or
            from cchc.render.console import out as console  # written to a file, a paragraph stays one line
            from cchc.render.report_text import wrap

            text = wrap(text, console().width)
        text = text.rstrip("\n") + f"\n\n{footer}\n"
    if output:
        with out.writer(ctx, output, text=True, bom=fmt == "csv") as fh:
            fh.write(text)
    else:
        typer.echo(text, nl=False)


def short_anchor(anchor: str) -> str:
    """The anchor as printed in a report: ``N:`` and the first 32 hex digits (128 bits) of the
    hash, so the line fits 80 columns; ``audit verify --anchor`` accepts it as it is."""
    n, _, h = anchor.partition(":")
    return f"{n}:{h[:32]}"


def _docx_footer(doc, footer: str) -> None:
    """The anchor as a small line at the end of the Word document."""
    from docx.shared import Pt

    doc.add_paragraph().add_run(footer).font.size = Pt(7)


def _render_console(ctx, report, fmt: str, lang: str, output: str | None, office, docx, footer: str) -> None:
    """The Rich outputs: the tables (the figures, then the registers and II.–IV.) or the form
    alone (its basis and units above, place, date and signature under it), then the anchor."""
    from rich.console import Console

    from cchc.cli import output as out
    from cchc.render.console import out as console_out
    from cchc.render.report_form import rich_table
    from cchc.render.report_registers import form_signature, form_units, print_registers
    from cchc.render.report_table import print_report

    def show(console) -> None:
        if fmt == "form":
            for line in form_units(report, lang, docx):
                console.print(line, highlight=False, markup=False)
            console.print(rich_table(report.form, lang, width=console.width))
            for line in form_signature(report, lang, docx):
                console.print(line, justify="right", highlight=False, markup=False)
        else:
            print_report(report, lang, console, office=office)
            print_registers(report, lang, console, docx)
        console.print(footer, markup=False, highlight=False)

    if not output:
        show(console_out())
        return
    with out.writer(ctx, output, text=True) as fh:
        show(Console(file=fh, width=200, no_color=True, force_terminal=False))


def _run(
    ctx: typer.Context,
    kind: str,
    value: str | None,
    until: str | None,
    calendar: bool,
    plan: str | None,
    compare: bool,
    fmt: str | None,
    json: bool,
    output: str | None,
    lang: str | None,
    date_from: str | None = None,
    date_to: str | None = None,
    office: str | None = None,
    docx: dict | None = None,
    chart: bool = False,
) -> None:
    from cchc.domain import periods
    from cchc.services import reports

    if lang is not None:
        if lang not in ("vi", "en"):
            raise typer.BadParameter(f"{lang!r} (vi|en)", param_hint="--lang")
        common.invocation(ctx).lang = lang
    lang = common.invocation(ctx).lang
    office = _office(office)
    fmt = _format(fmt, json, output)
    if fmt in ("docx", "xlsx") and not output:
        from cchc.domain.errors import InputError

        raise InputError("docx.needs_output")
    docx = build_options(docx, office, lang)
    end = common.day(until)
    if kind == "range":
        period = periods.make_range(common.day(date_from), common.day(date_to))
    elif value is None:
        period = periods.current(kind, calendar=calendar, until=end)
    else:
        year, index = periods.parse(kind, value)
        period = periods.make(kind, year, index, calendar=calendar, until=end)
    from cchc.store import audit

    if output:  # refused before the ledger is read (the ledger itself, a missing folder)
        from cchc.cli.output import check

        check(output, common.invocation(ctx).db_path())
    draw = chart and fmt == "table" and not output
    with common.ledger(ctx) as led:
        report = reports.build(led, period, plan=plan, compare=compare, lang=lang)
        anchor = audit.head(led)["anchor"]
        if draw:
            from cchc.services.trends import monthly

            months = monthly(led, period, plan)
    if draw:
        from cchc.render.charts import print_charts
        from cchc.render.report_table import heading

        print_charts(common.tr(ctx), months, heading(report, lang))
        return
    if chart:
        common.info(ctx, "chart_only_table", format=fmt)
    _render(ctx, report, fmt, lang, output, office, docx, anchor)
    if output:
        common.info(ctx, "report_written", label=period.label, path=output)
    if fmt in ("docx", "text", "markdown", "table"):
        from cchc.render.report_sections import missing_notes

        blank = missing_notes(report)
        if blank:
            import sys

            sys.stdout.flush()
            tr = common.tr(ctx)
            common.info(ctx, "notes_to_write", period=period.label, sections=", ".join(tr.label(s) for s in blank))


def _period_command(kind: str, value_help: str, doc: str) -> None:
    @docx_options()
    def command(
        ctx: typer.Context,
        value: str = typer.Argument(None, metavar="PERIOD", help=value_help),
        until: str = UNTIL,
        calendar: bool = CALENDAR,
        plan: str = PLAN,
        compare: bool = COMPARE,
        fmt: str = FORMAT,
        json: bool = JSON,
        output: str = OUTPUT,
        lang: str = LANG,
        office: str = OFFICE,
        chart: bool = CHART,
        docx: dict | None = None,
    ) -> None:
        _run(
            ctx,
            kind,
            value,
            until,
            calendar,
            plan,
            compare,
            fmt,
            json,
            output,
            lang,
            office=office,
            docx=docx,
            chart=chart,
        )

    command.__doc__ = doc
    app.command(kind)(command)


_period_command(
    "semester",
    "2022-H1 | 2022-H2 (mặc định: nửa năm hiện tại)",
    "Báo cáo 6 tháng / half-year report (H1: 15/12 – 14/06; H2: 15/06 – 14/12).",
)
_period_command("quarter", "2022-Q1 (mặc định: quý hiện tại)", "Báo cáo quý / quarterly report (Q1: 15/12 – 14/03).")
_period_command(
    "month", "2022-03 (mặc định: tháng hiện tại)", "Báo cáo tháng / monthly report (tháng 3: 15/02 – 14/03)."
)
_period_command("nine-months", "2022 (mặc định: năm hiện tại)", "Báo cáo 9 tháng / nine-month report (15/12 – 14/09).")
_period_command("year", "2022 (mặc định: năm hiện tại)", "Báo cáo năm / yearly report (15/12 năm trước – 14/12).")


@app.command("note")
def note(
    ctx: typer.Context,
    period: str = typer.Argument(..., help="Kỳ báo cáo: 2022-H1, 2022-Q2, 2022-03, 2022-9M, 2022"),
    section: str = typer.Option(
        ...,
        "--section",
        help="strengths|shortcomings|causes|directions|proposals, hoặc một lĩnh vực CCHC (the-che, tthc, ...)",
    ),
    text: str = typer.Argument(None, help="Nội dung / the text"),
    file: str = typer.Option(None, "--file", help="Đọc nội dung từ tệp (UTF-8; - là stdin) / read it from a file"),
    delete: bool = typer.Option(False, "--delete", help="Xóa nội dung của mục (cần --reason)"),
    reason: str = typer.Option(None, "--reason", help="Lý do xóa / why"),
    json: bool = JSON,
) -> None:
    """Ghi nội dung của cơ quan cho một mục của báo cáo kỳ (ưu điểm, tồn tại, nguyên nhân, phương
    hướng, kiến nghị) / record the office's own text for a section of a period's report."""
    from cchc.domain.errors import InputError
    from cchc.services import report_notes

    if delete:
        with common.ledger(ctx) as led:
            row = report_notes.delete(led, period, section, reason)
        key = "note_deleted"
    else:
        if (text is None) == (file is None):
            raise InputError("note_text_or_file")
        body = report_notes.read_text(file) if file is not None else text
        with common.ledger(ctx, create=True) as led:
            row = report_notes.set_note(led, period, section, body)
        key = "note_set"
    if json:
        from cchc.render.jsonout import emit

        emit({**row, "deleted": True} if delete else row)
        return
    common.info(ctx, key, period=row["period"], section=common.tr(ctx).label(row["section"]))


@app.command("notes")
def notes(
    ctx: typer.Context,
    period: str = typer.Argument(None, help="Kỳ báo cáo (mặc định: tất cả) / period (default: all)"),
    json: bool = JSON,
) -> None:
    """Nội dung đã ghi cho báo cáo các kỳ / the report texts recorded."""
    from cchc.services.report_notes import period_label
    from cchc.store.report_notes import list_notes

    with common.ledger(ctx) as led:
        rows = list_notes(led, period_label(period) if period else None)
    if json:
        from cchc.domain.records import NoteRecord, dump
        from cchc.render.jsonout import emit

        emit(dump(NoteRecord, rows))
        return
    from cchc.render import tables

    tr = common.tr(ctx)
    tables.print_table(rows, ["period", "section", "text"], tr=tr, formats={"section": tr.label})


@app.command("range")
@docx_options(("--recipient",))
def range_(
    ctx: typer.Context,
    date_from: str = typer.Option(..., "--from", help="Từ ngày / first day"),
    date_to: str = typer.Option(..., "--to", help="Đến ngày / last day (the as-of date)"),
    plan: str = PLAN,
    compare: bool = COMPARE,
    fmt: str = FORMAT,
    json: bool = JSON,
    output: str = OUTPUT,
    lang: str = LANG,
    office: str = OFFICE,
    docx: dict | None = None,
) -> None:
    """Báo cáo theo khoảng ngày / report for any date range."""
    _run(
        ctx,
        "range",
        None,
        None,
        False,
        plan,
        compare,
        fmt,
        json,
        output,
        lang,
        date_from,
        date_to,
        office=office,
        docx=docx,
    )
