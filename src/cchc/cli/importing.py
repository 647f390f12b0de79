"""``cchc import dossiers|tasks|meetings|plans|procedures FILE``."""

from __future__ import annotations

import typer

from cchc.cli import common

app = typer.Typer(no_args_is_help=True, help="Nhập dữ liệu hàng loạt / batch import (safe to re-run).")
FILE = typer.Argument(..., help="Tệp csv/tsv/json/jsonl/xlsx, hoặc - để đọc stdin / file, or - for stdin")
FORMAT = typer.Option(None, "--format", help="csv|tsv|json|jsonl|xlsx (default: from the extension)")
ENCODING = typer.Option(None, "--encoding", help="Bảng mã của tệp cũ, ví dụ cp1258 (default utf-8)")
DRY_RUN = typer.Option(False, "--dry-run", help="Chỉ kiểm tra, không ghi / validate, write nothing")
JSON = typer.Option(False, "--json", help="Tóm tắt dạng JSON trên stdout / JSON summary on stdout")
PROGRESS_MIN_BYTES = 4 << 20


def _progress_bar(path: str):
    """A Rich progress bar on stderr, only for a terminal and a file large enough to wait for."""
    import os
    import sys

    if path == "-" or not sys.stderr.isatty():
        return None, None
    try:
        size = os.path.getsize(path)
    except OSError:
        return None, None
    if size < PROGRESS_MIN_BYTES:
        return None, None
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    from cchc.render.console import err

    bar = Progress(
        "{task.description}", BarColumn(), DownloadColumn(), TimeRemainingColumn(), console=err(), transient=True
    )
    task = bar.add_task(os.path.basename(path), total=size)
    return bar, lambda done, total: bar.update(task, completed=done)


def _run(noun: str, file: str, fmt: str | None, encoding: str | None, dry_run: bool, json: bool) -> None:
    import tempfile
    from contextlib import ExitStack

    from cchc.i18n import msg
    from cchc.services.importing import ImportFailed, import_file

    bar, progress = _progress_bar(file)
    with ExitStack() as stack:
        if dry_run and not common.STATE.db_path().exists():  # check against an empty ledger
            from cchc.store.ledger import Ledger

            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="cchc-dry-run-"))
            led = stack.enter_context(Ledger.open(f"{tmp}/ledger.db"))
            led.command = common.STATE.command
        else:
            led = stack.enter_context(common.ledger(create=True))
        try:
            if bar:
                with bar:
                    s = import_file(
                        led,
                        noun,
                        file,
                        fmt=fmt,
                        encoding=encoding,
                        dry_run=dry_run,
                        progress=progress,
                        warn=common.info,
                    )
            else:
                s = import_file(led, noun, file, fmt=fmt, encoding=encoding, dry_run=dry_run, warn=common.info)
        except ImportFailed as exc:
            for line in exc.lines:
                common.info(line)
            common.error(str(exc))
            raise typer.Exit(1) from None
    if json:
        from cchc.render import jsonout

        jsonout.emit(s.as_dict())
    elif dry_run:
        for action in ("insert", "update"):
            count = s.inserted if action == "insert" else s.updated
            for key in s.samples[action]:
                typer.echo(f"{action}\t{key}")
            if count > len(s.samples[action]):
                typer.echo(f"{action}\t... {count - len(s.samples[action])} more")
    common.info(
        msg(
            "imp_summary_dry" if dry_run else "imp_summary",
            noun=noun,
            inserted=s.inserted,
            updated=s.updated,
            unchanged=s.unchanged,
            seconds=f"{s.seconds:.2f}",
        )
    )


def _register() -> None:
    from cchc import i18n

    i18n.register(
        {
            "imp_summary": (
                "{noun}: thêm {inserted}, cập nhật {updated}, giữ nguyên {unchanged} ({seconds} giây)",
                "{noun}: {inserted} inserted, {updated} updated, {unchanged} unchanged ({seconds} s)",
            ),
            "imp_summary_dry": (
                "{noun} (chạy thử, không ghi gì): sẽ thêm {inserted}, cập nhật"
                " {updated}, giữ nguyên {unchanged} ({seconds} giây)",
                "{noun} (dry run, nothing written): would insert {inserted}, update"
                " {updated}, leave {unchanged} unchanged ({seconds} s)",
            ),
        }
    )


_register()


@app.command("dossiers")
def dossiers(
    file: str = FILE, fmt: str = FORMAT, encoding: str = ENCODING, dry_run: bool = DRY_RUN, json: bool = JSON
) -> None:
    """Nhập hồ sơ (sổ theo dõi hồ sơ) / import dossiers, matched on their code."""
    _run("dossiers", file, fmt, encoding, dry_run, json)


@app.command("tasks")
def tasks(
    file: str = FILE, fmt: str = FORMAT, encoding: str = ENCODING, dry_run: bool = DRY_RUN, json: bool = JSON
) -> None:
    """Nhập nhiệm vụ / import plan tasks, matched on plan and number."""
    _run("tasks", file, fmt, encoding, dry_run, json)


@app.command("meetings")
def meetings(
    file: str = FILE, fmt: str = FORMAT, encoding: str = ENCODING, dry_run: bool = DRY_RUN, json: bool = JSON
) -> None:
    """Nhập cuộc họp / import meetings, matched on kind, date and title."""
    _run("meetings", file, fmt, encoding, dry_run, json)


@app.command("plans")
def plans(
    file: str = FILE, fmt: str = FORMAT, encoding: str = ENCODING, dry_run: bool = DRY_RUN, json: bool = JSON
) -> None:
    """Nhập kế hoạch / import plans, matched on their code."""
    _run("plans", file, fmt, encoding, dry_run, json)


@app.command("procedures")
def procedures(
    file: str = FILE, fmt: str = FORMAT, encoding: str = ENCODING, dry_run: bool = DRY_RUN, json: bool = JSON
) -> None:
    """Nhập danh mục thủ tục / import the procedure catalog, matched on code."""
    _run("procedures", file, fmt, encoding, dry_run, json)
