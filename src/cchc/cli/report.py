"""``cchc report semester|quarter|month|nine-months|year|range``: the period report.

Windows are the Decree 09/2019 cut-offs (``--calendar`` for calendar boundaries); ``--until``
ends the window earlier and is the "as of" date of every figure.
"""

from __future__ import annotations

from pathlib import Path

import typer

from cchc.cli import common
from cchc.cli.report_docx import build_options, docx_options

app = typer.Typer(no_args_is_help=True, help="Báo cáo theo kỳ / reports for a period.")

FORMATS = ("table", "json", "csv", "markdown", "text", "form", "docx")
EXTENSIONS = {
    ".json": "json",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".docx": "docx",
}

UNTIL = typer.Option(
    None, "--until", help="Tính đến ngày (kết thúc kỳ sớm hơn) / as of, ending the window early, e.g. 09/06/2022"
)
CALENDAR = typer.Option(False, "--calendar", help="Theo lịch (1/1–30/6...) thay vì kỳ chốt số liệu NĐ 09/2019")
PLAN = typer.Option(None, "--plan", help="Chỉ nhiệm vụ của kế hoạch này / only this plan's tasks")
COMPARE = typer.Option(False, "--compare", help="So với kỳ trước cùng loại / vs previous period")
FORMAT = typer.Option(None, "--format", "-f", help="table|json|csv|markdown|text|form|docx")
JSON = typer.Option(False, "--json", help="= --format json")
OUTPUT = typer.Option(None, "--output", "-o", help="Ghi ra tệp (định dạng theo đuôi tệp)")
LANG = typer.Option(None, "--lang", metavar="vi|en", help="Ngôn ngữ / language")
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
    from cchc.cli import output as out
    from cchc.render import report_flat
    from cchc.render.report_text import narrative

    footer = common.tr(ctx).msg("anchor_footer", anchor=short_anchor(anchor))
    if fmt == "docx":
        from cchc.render.report_docx import build

        doc = build(report, lang=lang, options=docx)
        _docx_footer(doc, footer)
        with out.writer(ctx, output) as fh:
            doc.save(fh)
        return
    if fmt in ("table", "form"):
        from rich.console import Console

        from cchc.render.console import out as console_out
        from cchc.render.report_form import rich_table
        from cchc.render.report_table import print_report

        def show(console) -> None:
            if fmt == "form":
                console.print(rich_table(report.form, lang))
            else:
                print_report(report, lang, console, office=office)
            console.print(footer, markup=False, highlight=False)

        if not output:
            show(console_out())
            return
        with out.writer(ctx, output, text=True) as fh:
            show(Console(file=fh, width=200, no_color=True, force_terminal=False))
        return
    if fmt == "json":
        from cchc.render.jsonout import dumps

        text = dumps({**report.model_dump(mode="json"), "anchor": anchor}) + "\n"
    elif fmt == "csv":  # the form's table for spreadsheets: its last row stays the totals
        text = report_flat.form_csv(report, lang)
    elif fmt == "markdown":
        text = report_flat.markdown(report, lang, office=office).rstrip("\n") + f"\n\n{footer}\n"
    else:
        text = narrative(report, lang, office=office) + f"\n\n{footer}\n"
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
    if fmt == "docx":
        if not output:
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
    with common.ledger(ctx) as led:
        report = reports.build(led, period, plan=plan, compare=compare, lang=lang)
        anchor = audit.head(led)["anchor"]
    _render(ctx, report, fmt, lang, output, office, docx, anchor)
    if output:
        common.info(ctx, "report_written", label=period.label, path=output)


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
        docx: dict | None = None,
    ) -> None:
        _run(ctx, kind, value, until, calendar, plan, compare, fmt, json, output, lang, office=office, docx=docx)

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
