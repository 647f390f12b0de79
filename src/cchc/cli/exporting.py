"""``cchc export dossiers|tasks|meetings|plans|procedures``."""

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


def _run(noun: str, fmt: str | None, output: str | None, date_from: str | None, date_to: str | None, bom: bool) -> None:
    import os
    import sys
    import tempfile
    from pathlib import Path

    from cchc.i18n import msg
    from cchc.services import exporting

    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in exporting.FORMATS else "csv"
    if fmt not in exporting.FORMATS:
        raise typer.BadParameter(f"{fmt!r} (csv|json|jsonl|xlsx)", param_hint="--format")
    if fmt == "xlsx" and not output and sys.stdout.isatty():
        raise typer.BadParameter("xlsx goes to a file: add -o FILE.xlsx", param_hint="--format")
    start, end = common.day(date_from), common.day(date_to)
    with common.ledger() as led:
        cols, rows = exporting.records(led, noun, start, end)
        if output:
            target = Path(output)
            fd, tmp = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.")
            try:
                with os.fdopen(fd, "wb") as fh:
                    n = exporting.write(cols, rows, fmt, fh, bom=bom)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        else:
            n = exporting.write(cols, rows, fmt, sys.stdout.buffer, bom=bom)
            sys.stdout.buffer.flush()
    common.info(msg("exp_done", noun=noun, count=n, target=output or "stdout"))


def _register() -> None:
    from cchc import i18n

    i18n.register(
        {"exp_done": ("{noun}: đã xuất {count} dòng ra {target}", "{noun}: {count} rows exported to {target}")}
    )


_register()


@app.command("dossiers")
def dossiers(fmt: str = FORMAT, output: str = OUT, date_from: str = FROM, date_to: str = TO, bom: bool = BOM) -> None:
    """Xuất hồ sơ / export dossiers."""
    _run("dossiers", fmt, output, date_from, date_to, bom)


@app.command("tasks")
def tasks(fmt: str = FORMAT, output: str = OUT, date_from: str = FROM, date_to: str = TO, bom: bool = BOM) -> None:
    """Xuất nhiệm vụ / export tasks."""
    _run("tasks", fmt, output, date_from, date_to, bom)


@app.command("meetings")
def meetings(fmt: str = FORMAT, output: str = OUT, date_from: str = FROM, date_to: str = TO, bom: bool = BOM) -> None:
    """Xuất cuộc họp / export meetings."""
    _run("meetings", fmt, output, date_from, date_to, bom)


@app.command("plans")
def plans(fmt: str = FORMAT, output: str = OUT, date_from: str = FROM, date_to: str = TO, bom: bool = BOM) -> None:
    """Xuất kế hoạch / export plans."""
    _run("plans", fmt, output, date_from, date_to, bom)


@app.command("procedures")
def procedures(fmt: str = FORMAT, output: str = OUT, date_from: str = FROM, date_to: str = TO, bom: bool = BOM) -> None:
    """Xuất danh mục thủ tục / export the procedure catalog."""
    _run("procedures", fmt, output, date_from, date_to, bom)
