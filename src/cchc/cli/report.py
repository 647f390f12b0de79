"""``cchc report semester|quarter|month|nine-months|year|range``: the period report.

Windows are the Decree 09/2019 cut-offs (``--calendar`` for calendar boundaries); ``--until``
ends the window earlier and is the "as of" date of every figure.
"""

from __future__ import annotations

import sys

import typer

from cchc.cli import common, complete, report_output
from cchc.cli.framework import App
from cchc.cli.report_docx import build_options, docx_options

app = App(help="Báo cáo theo kỳ / reports for a period.")

UNTIL = typer.Option(
    None, "--until", help="Tính đến ngày (kết thúc kỳ sớm hơn) / as of, ending the window early, e.g. 09/06/2022"
)
CALENDAR = typer.Option(False, "--calendar", help="Theo lịch (1/1–30/6...) thay vì kỳ chốt số liệu NĐ 09/2019")
PLAN = typer.Option(
    None, "--plan", help="Chỉ nhiệm vụ của kế hoạch này / only this plan's tasks", autocompletion=complete.plan_codes
)
COMPARE = typer.Option(False, "--compare", help="So với kỳ trước cùng loại / vs previous period")
FORMAT = typer.Option(
    None, "--format", "-f", help="|".join(report_output.FORMATS), autocompletion=complete.report_formats
)
JSON = typer.Option(False, "--json", help="= --format json")
OUTPUT = typer.Option(None, "--output", "-o", help="Ghi ra tệp (định dạng theo đuôi tệp)")
LANG = typer.Option(None, "--lang", metavar="vi|en", help="Ngôn ngữ / language")
CHART = typer.Option(
    False, "--chart", help="Biểu đồ theo tháng (màn hình, .xlsx, .docx) / monthly charts (screen, .xlsx, .docx)"
)
OFFICE = typer.Option(
    None,
    "--office",
    envvar="CCHC_OFFICE",
    metavar="TEXT",
    help="Cơ quan báo cáo, chủ ngữ của đoạn tóm tắt (mặc định: Văn phòng) / the"
    ' office named in the narrative, e.g. "Sở Tư pháp" (default: the Office)',
)


def _office(office: str | None) -> str | None:
    """``--office`` / ``$CCHC_OFFICE`` stripped and NFC-normalised; None when not given."""
    if office is None:
        return None
    import unicodedata

    office = unicodedata.normalize("NFC", office.strip())
    if not office:
        raise typer.BadParameter("must not be blank (--office or $CCHC_OFFICE)", param_hint="--office")
    return office


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
    """Check the options (before the ledger is read), build the report, write it out (or draw
    its charts), then name the sections whose text the office has not written yet."""
    from cchc.services import reports
    from cchc.store import audit

    lang = _language(ctx, lang)
    office = _office(office)
    fmt = report_output.choose_format(fmt, json, output)
    docx = build_options(docx, office, lang)
    period = _period(kind, value, common.day(until), calendar, date_from, date_to)
    if output:  # refused before the ledger is read (the ledger itself, a missing folder)
        from cchc.cli.output import check

        check(output, common.invocation(ctx).db_path())
    draw = chart and fmt == "table" and not output
    into_file = chart and fmt in ("xlsx", "docx")
    if into_file and fmt == "docx":
        _need_matplotlib()
    with common.ledger(ctx) as led:
        report = reports.build(led, period, plan=plan, compare=compare, lang=lang)
        anchor = audit.head(led)["anchor"]
        if draw or into_file:
            from cchc.services.trends import monthly

            months = monthly(led, period, plan)
    if draw:
        from cchc.render.charts import print_charts
        from cchc.render.report_table import heading

        print_charts(common.tr(ctx), months, heading(report, lang))
        return
    if chart and not into_file:
        common.info(ctx, "chart_only_table", format=fmt)
    charts = _chart_data(ctx, months) if into_file else None
    report_output.render(ctx, report, fmt, lang, output, office, docx, anchor, charts=charts)
    if output:
        common.info(ctx, "report_written", label=period.label, path=output)
    if fmt in ("docx", "text", "markdown", "table"):
        _notes_to_write(ctx, report, period.label)


def _need_matplotlib() -> None:
    """Charts in a Word file are pictures: refused, before the ledger is read, without matplotlib."""
    from cchc.render.charts import has_matplotlib

    if not has_matplotlib():
        from cchc.domain.errors import InputError

        raise InputError("chart_needs_matplotlib")


def _chart_data(ctx: typer.Context, months) -> list[dict]:
    from cchc.render.charts import chart_data

    return chart_data(common.tr(ctx), months)


def _language(ctx: typer.Context, lang: str | None) -> str:
    """``--lang`` (checked, and kept for the whole invocation), else the invocation's language."""
    if lang is not None:
        if lang not in ("vi", "en"):
            raise typer.BadParameter(f"{lang!r} (vi|en)", param_hint="--lang")
        common.invocation(ctx).lang = lang
    return common.invocation(ctx).lang


def _period(kind: str, value: str | None, end, calendar: bool, date_from: str | None, date_to: str | None):
    """The report's window: ``--from``/``--to`` for a range, else the period named (the current
    one when none is), ended early at ``end`` (``--until``)."""
    from cchc.domain import periods

    if kind == "range":
        return periods.make_range(common.day(date_from), common.day(date_to))
    if value is None:
        return periods.current(kind, calendar=calendar, until=end)
    year, index = periods.parse(kind, value)
    return periods.make(kind, year, index, calendar=calendar, until=end)


def _notes_to_write(ctx: typer.Context, report, label: str) -> None:
    """Remind the clerk, after the report, of the sections whose text is still to be written."""
    from cchc.render.report_sections import missing_notes

    blank = missing_notes(report)
    if blank:
        sys.stdout.flush()
        tr = common.tr(ctx)
        common.info(ctx, "notes_to_write", period=label, sections=", ".join(tr.label(s) for s in blank))


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
