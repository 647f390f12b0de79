"""How a period's report is written out: the format chosen from ``--format``/``--json`` or the
output file's extension, then the report rendered in it to the terminal or, through the one
output writer, to a file — every format with the audit trail's anchor under it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from cchc.cli import common

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


def choose_format(fmt: str | None, json: bool, output: str | None) -> str:
    """``--format`` (``md`` for markdown), else json for ``--json``, else the output file's
    extension, else the tables; docx and xlsx only to a file. ``report`` and ``rollup`` both
    choose this way."""
    fmt = _format(fmt, json, output)
    if fmt in ("docx", "xlsx") and not output:
        from cchc.domain.errors import InputError

        raise InputError("docx.needs_output")
    return fmt


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


def render(
    ctx, report, fmt: str, lang: str, output: str | None, office=None, docx=None, anchor: str = "", charts=None
) -> None:
    """Write the report in ``fmt`` to the terminal or, through the one output writer, to
    ``output``. ``docx``: the issuer's particulars from the command line (``DocxOptions``); what
    it leaves unset comes from the ledger's (``report.agency``). ``charts`` (``charts.chart_data``,
    for ``--chart``): a sheet of the workbook, an appendix of the Word document. Every format but
    the CSV form (whose last row stays the totals) carries the audit trail's anchor."""
    from cchc.cli import output as out
    from cchc.render import report_flat
    from cchc.render.docx_options import DocxOptions

    docx = docx or DocxOptions(office=office)
    footer = common.tr(ctx).msg("anchor_footer", anchor=short_anchor(anchor))
    if fmt == "docx":
        from cchc.render.report_docx import build

        doc = build(report, lang=lang, options=docx, charts=charts)
        _docx_footer(doc, footer)
        with out.writer(ctx, output) as fh:
            doc.save(fh)
        return
    if fmt == "xlsx":
        from cchc.render.report_xlsx import build as workbook

        wb = workbook(report, lang, docx, office)
        wb.active.append([])
        wb.active.append([footer])
        if charts:
            from cchc.render.charts import add_xlsx_charts

            add_xlsx_charts(common.tr(ctx), wb, charts)
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
