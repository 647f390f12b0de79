"""``cchc export dossiers|tasks|meetings|plans|procedures|meeting-kinds|calendar|settings|all``."""

from __future__ import annotations

import typer

from cchc.cli import common, complete
from cchc.cli.framework import App

app = App(help="Xuất dữ liệu / export (imports back unchanged).")
FORMAT = typer.Option(
    None,
    "--format",
    help="csv|json|jsonl|xlsx|parquet (default: from -o, else csv)",
    autocompletion=complete.export_formats,
)
OUT = typer.Option(None, "-o", "--output", help="Tệp ghi ra (default: stdout) / output file")
FROM = typer.Option(
    None, "--from", help="Từ ngày / from (dossiers: received; meetings: held; tasks: due; plans: issued)"
)
TO = typer.Option(None, "--to", help="Đến ngày / to")
BOM = typer.Option(
    None, "--bom/--no-bom", help="CSV có BOM cho Excel (mặc định: có khi ghi ra tệp .csv) / a BOM for Excel"
)
HEADINGS = typer.Option("keys", "--headings", help="keys|vi: khóa JSON hoặc tiêu đề tiếng Việt / column headings")


def _run(
    ctx: typer.Context,
    noun: str,
    fmt: str | None,
    output: str | None,
    date_from: str | None,
    date_to: str | None,
    bom: bool | None,
    headings: str = "keys",
) -> None:
    import sys
    from pathlib import Path

    from cchc.cli import output as out
    from cchc.services import exporting

    if fmt == "parquet":
        _parquet(ctx, noun, output, date_from or date_to)
        return
    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in exporting.FORMATS else "csv"
    if fmt not in exporting.FORMATS:
        raise typer.BadParameter(f"{fmt!r} (csv|json|jsonl|xlsx)", param_hint="--format")
    if fmt == "xlsx" and not output and sys.stdout.isatty():
        raise typer.BadParameter("xlsx goes to a file: add -o FILE.xlsx", param_hint="--format")
    if headings not in exporting.HEADINGS:
        raise typer.BadParameter(f"{headings!r} (keys|vi)", param_hint="--headings")
    if bom is None:  # a CSV file is for a spreadsheet, as `report -o FILE.csv`: with a BOM; stdout without
        bom = output not in (None, "-") and fmt == "csv"
    start, end = common.day(date_from), common.day(date_to)
    target = out.writer(ctx, output or "-")  # checked before the ledger is read
    with common.ledger(ctx) as led, target as fh:
        cols, rows = exporting.records(led, noun, start, end)
        n = exporting.write(cols, rows, fmt, fh, bom=bom, headings=headings, noun=noun)
    common.info(ctx, "exp_done", noun=noun, count=n, target=output or "stdout")


def _parquet(ctx: typer.Context, noun: str, output: str | None, window) -> None:
    """The unit's Parquet dataset (``export all``: every register; ``export dossiers``: the
    dossiers and their waits) into the folder ``-o``."""
    from cchc.domain.errors import InputError
    from cchc.services import parquet_export

    if noun not in ("all", "dossiers"):
        raise typer.BadParameter("parquet: 'export all' or 'export dossiers'", param_hint="--format")
    if not output:
        raise InputError("parquet_needs_folder")
    if window:
        raise typer.BadParameter("parquet exports the whole ledger (no --from/--to)", param_hint="--format")
    with common.ledger(ctx) as led:
        done = parquet_export.export(led, output, whole=noun == "all")
    rows = done["rows"]
    others = "; ".join(f"{k} {v}" for k, v in rows.items() if k not in ("dossiers", "dossier_pauses"))
    common.info(
        ctx,
        "parquet_done",
        unit=done["unit"],
        path=output,
        dossiers=rows["dossiers"],
        pauses=rows["dossier_pauses"],
        others=f"; {others}" if others else "",
    )


def _command(noun: str, doc: str):
    def command(
        ctx: typer.Context,
        fmt: str = FORMAT,
        output: str = OUT,
        date_from: str = FROM,
        date_to: str = TO,
        bom: bool = BOM,
        headings: str = HEADINGS,
    ) -> None:
        _run(ctx, noun, fmt, output, date_from, date_to, bom, headings)

    command.__doc__ = doc
    app.command(noun)(command)


_command("dossiers", "Xuất hồ sơ / export dossiers.")
_command("tasks", "Xuất nhiệm vụ / export tasks.")
_command("meetings", "Xuất cuộc họp / export meetings.")
_command("plans", "Xuất kế hoạch / export plans.")
_command("procedures", "Xuất danh mục thủ tục / export the procedure catalog.")
_command("meeting-kinds", "Xuất loại cuộc họp / export the meeting kinds.")
_command("calendar", "Xuất điều chỉnh lịch của cơ quan / export the office's calendar overrides.")
_command("settings", "Xuất thông tin cơ quan / export the ledger's particulars.")
_command("documents", "Xuất văn bản chỉ đạo (cả kế hoạch) / export directive documents, plans among them.")
_command("outreach", "Xuất hoạt động tuyên truyền / export communication work.")
_command("inspections", "Xuất cuộc kiểm tra CCHC / export inspections and their follow-ups.")
_command("index-criteria", "Xuất tiêu chí Chỉ số CCHC / export reform-index criteria.")
_command("index-evidence", "Xuất tài liệu kiểm chứng / export reform-index evidence.")
_command("index-results", "Xuất kết quả Chỉ số CCHC / export reform-index results.")
_command("report-notes", "Xuất nội dung báo cáo / export the report's own texts.")


@app.command("all")
def all_(
    ctx: typer.Context,
    folder: str = typer.Option(..., "-o", "--output", help="Thư mục ghi ra / the folder to write (created)"),
    fmt: str = typer.Option("json", "--format", help="csv|json|jsonl|xlsx|parquet (default json)"),
) -> None:
    """Xuất toàn bộ sổ cái, mỗi loại một tệp / the whole ledger, a file per noun: 'cchc import
    all FOLDER' builds the same ledger from it. --format parquet: the Hive-partitioned dataset
    of the unit (unit=CODE/year=YYYY) for a province's roll-up, DuckDB, Spark or Trino."""
    from cchc.cli import output
    from cchc.services import exporting

    if fmt == "parquet":
        _parquet(ctx, "all", folder, None)
        return

    if fmt not in exporting.FORMATS:
        raise typer.BadParameter(f"{fmt!r} (csv|json|jsonl|xlsx)", param_hint="--format")
    with common.ledger(ctx) as led:
        out = output.folder(ctx, folder)
        for noun in exporting.ALL:
            name = str(out / f"{noun}.{fmt}")
            with output.writer(ctx, name) as fh:
                cols, rows = exporting.records(led, noun)
                n = exporting.write(cols, rows, fmt, fh, bom=False, noun=noun)
            common.info(ctx, "exp_done", noun=noun, count=n, target=name)
