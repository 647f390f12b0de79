"""``cchc export dossiers|tasks|meetings|plans|procedures|meeting-kinds|calendar|all``."""

from __future__ import annotations

import typer

from cchc.cli import common

app = typer.Typer(no_args_is_help=True, help="Xuất dữ liệu / export (imports back unchanged).")
FORMAT = typer.Option(None, "--format", help="csv|json|jsonl|xlsx (default: from -o, else csv)")
OUT = typer.Option(None, "-o", "--output", help="Tệp ghi ra (default: stdout) / output file")
FROM = typer.Option(
    None, "--from", help="Từ ngày / from (dossiers: received; meetings: held; tasks: due; plans: issued)"
)
TO = typer.Option(None, "--to", help="Đến ngày / to")
BOM = typer.Option(False, "--bom", help="CSV có BOM cho Excel / UTF-8 BOM so Excel opens it cleanly")


def _run(
    ctx: typer.Context,
    noun: str,
    fmt: str | None,
    output: str | None,
    date_from: str | None,
    date_to: str | None,
    bom: bool,
) -> None:
    import sys
    from pathlib import Path

    from cchc.cli import output as out
    from cchc.services import exporting

    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in exporting.FORMATS else "csv"
    if fmt not in exporting.FORMATS:
        raise typer.BadParameter(f"{fmt!r} (csv|json|jsonl|xlsx)", param_hint="--format")
    if fmt == "xlsx" and not output and sys.stdout.isatty():
        raise typer.BadParameter("xlsx goes to a file: add -o FILE.xlsx", param_hint="--format")
    start, end = common.day(date_from), common.day(date_to)
    target = out.writer(ctx, output or "-")  # checked before the ledger is read
    with common.ledger(ctx) as led, target as fh:
        cols, rows = exporting.records(led, noun, start, end)
        n = exporting.write(cols, rows, fmt, fh, bom=bom)
    common.info(ctx, "exp_done", noun=noun, count=n, target=output or "stdout")


def _command(noun: str, doc: str):
    def command(
        ctx: typer.Context,
        fmt: str = FORMAT,
        output: str = OUT,
        date_from: str = FROM,
        date_to: str = TO,
        bom: bool = BOM,
    ) -> None:
        _run(ctx, noun, fmt, output, date_from, date_to, bom)

    command.__doc__ = doc
    app.command(noun)(command)


_command("dossiers", "Xuất hồ sơ / export dossiers.")
_command("tasks", "Xuất nhiệm vụ / export tasks.")
_command("meetings", "Xuất cuộc họp / export meetings.")
_command("plans", "Xuất kế hoạch / export plans.")
_command("procedures", "Xuất danh mục thủ tục / export the procedure catalog.")
_command("meeting-kinds", "Xuất loại cuộc họp / export the meeting kinds.")
_command("calendar", "Xuất điều chỉnh lịch của cơ quan / export the office's calendar overrides.")


@app.command("all")
def all_(
    ctx: typer.Context,
    folder: str = typer.Option(..., "-o", "--output", help="Thư mục ghi ra / the folder to write (created)"),
    fmt: str = typer.Option("json", "--format", help="csv|json|jsonl|xlsx (default json)"),
) -> None:
    """Xuất toàn bộ sổ cái, mỗi loại một tệp / the whole ledger, a file per noun: 'cchc import
    all FOLDER' builds the same ledger from it."""
    from cchc.cli import output
    from cchc.services import exporting

    if fmt not in exporting.FORMATS:
        raise typer.BadParameter(f"{fmt!r} (csv|json|jsonl|xlsx)", param_hint="--format")
    with common.ledger(ctx) as led:
        out = output.folder(ctx, folder)
        for noun in exporting.ALL:
            name = str(out / f"{noun}.{fmt}")
            with output.writer(ctx, name) as fh:
                cols, rows = exporting.records(led, noun)
                n = exporting.write(cols, rows, fmt, fh, bom=False)
            common.info(ctx, "exp_done", noun=noun, count=n, target=name)
