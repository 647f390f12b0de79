"""``cchc import NOUN FILE`` for every noun (dossiers, tasks, meetings, plans, documents, ...)."""

from __future__ import annotations

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(help="Nhập dữ liệu hàng loạt / batch import (safe to re-run).")
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


def run_import(
    ctx: typer.Context,
    noun: str,
    file: str,
    fmt: str | None,
    encoding: str | None,
    dry_run: bool,
    json: bool,
    defaults: dict | None = None,
) -> None:
    """Import one file; shared by ``cchc import NOUN``, ``cchc procedure import`` and ``cchc index
    import`` (whose year is a default for a file without a year column)."""
    _run_jobs(ctx, [(noun, file)], fmt, encoding, dry_run, json, defaults)


def _run_jobs(
    ctx: typer.Context,
    jobs: list,
    fmt,
    encoding,
    dry_run: bool,
    json: bool,
    defaults=None,
    allow_empty=False,
    whole: bool = False,
) -> None:
    import tempfile
    from contextlib import ExitStack, nullcontext

    from cchc.services.imports import ImportFailed, import_files

    tr = common.tr(ctx)
    bar, progress = _progress_bar(jobs[0][1]) if len(jobs) == 1 else (None, None)
    with ExitStack() as stack:
        if dry_run and not common.invocation(ctx).db_path().exists():  # check against an empty ledger
            from cchc.store.ledger import Ledger

            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="cchc-dry-run-"))
            led = stack.enter_context(Ledger.open(f"{tmp}/ledger.db"))
            led.command = common.command_name(ctx)
        else:
            led = stack.enter_context(common.ledger(ctx, create=True))
        try:
            with bar or nullcontext():
                summaries = import_files(
                    led,
                    jobs,
                    fmt=fmt,
                    encoding=encoding,
                    dry_run=dry_run,
                    progress=progress,
                    warn=lambda key, values: common.info(ctx, key, **values),
                    defaults=defaults,
                    allow_empty=allow_empty,
                    whole=whole,
                )
        except ImportFailed as exc:
            for p in exc.problems:
                common.say(common.one_line(f"{exc.path}:{p.line}: {p.column}: {tr.msg(p.key, **p.params)}"))
            if exc.total > len(exc.problems):
                common.info(ctx, "imp_more", count=exc.total - len(exc.problems))
            common.error(tr.error(exc))
            raise typer.Exit(1) from None
    for s in summaries:
        _report(ctx, s, dry_run, json)


def _report(ctx: typer.Context, s, dry_run: bool, json: bool) -> None:
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
        ctx,
        "imp_summary_dry" if dry_run else "imp_summary",
        noun=s.noun,
        inserted=s.inserted,
        updated=s.updated,
        unchanged=s.unchanged,
        seconds=f"{s.seconds:.2f}",
    )


def _command(noun: str, doc: str):
    def command(
        ctx: typer.Context,
        file: str = FILE,
        fmt: str = FORMAT,
        encoding: str = ENCODING,
        dry_run: bool = DRY_RUN,
        json: bool = JSON,
    ) -> None:
        run_import(ctx, noun, file, fmt, encoding, dry_run, json)

    command.__doc__ = doc
    app.command(noun)(command)


_command("dossiers", "Nhập hồ sơ (sổ theo dõi hồ sơ) / import dossiers, matched on their code.")
_command("tasks", "Nhập nhiệm vụ / import plan tasks, matched on plan and number.")
_command("meetings", "Nhập cuộc họp / import meetings, matched on kind, date and title.")
_command("plans", "Nhập kế hoạch / import plans, matched on their code.")
_command("procedures", "Nhập danh mục thủ tục / import the procedure catalog, matched on code.")
_command("meeting-kinds", "Nhập loại cuộc họp / import meeting kinds, matched on their key.")
_command("calendar", "Nhập điều chỉnh lịch của cơ quan / import the office's calendar overrides, by date.")
_command("settings", "Nhập thông tin cơ quan / import the ledger's particulars, by key.")
_command("documents", "Nhập văn bản chỉ đạo / import directive documents (plans among them), by number and symbol.")
_command("outreach", "Nhập hoạt động tuyên truyền / import communication work, by kind, date and title.")
_command("inspections", "Nhập cuộc kiểm tra CCHC / import inspections of reform work, by reference (2022#1).")
_command("index-criteria", "Nhập tiêu chí Chỉ số CCHC / import reform-index criteria (with a year column).")
_command("index-evidence", "Nhập tài liệu kiểm chứng / import reform-index evidence.")
_command("index-results", "Nhập kết quả Chỉ số CCHC / import reform-index results (score, rank), by year.")
_command("report-notes", "Nhập nội dung báo cáo / import the report's own texts, by period and section.")


@app.command("all")
def all_(
    ctx: typer.Context,
    folder: str = typer.Argument(..., help="Thư mục do 'cchc export all' ghi / a folder written by 'cchc export all'"),
    encoding: str = ENCODING,
    dry_run: bool = DRY_RUN,
    json: bool = JSON,
) -> None:
    """Nhập toàn bộ từ thư mục (kế hoạch, nhiệm vụ, loại họp, cuộc họp, thủ tục, lịch, hồ sơ),
    tất cả hoặc không gì cả / import every noun's file from a folder in one transaction: all of
    it or nothing."""
    from pathlib import Path

    from cchc.domain.errors import InputError
    from cchc.services.exporting import ALL

    base = Path(folder)
    jobs = []
    for noun in ALL:
        for ext in ("json", "jsonl", "csv", "xlsx"):
            if (base / f"{noun}.{ext}").exists():
                jobs.append((noun, str(base / f"{noun}.{ext}")))
                break
    if not jobs:
        raise InputError("imp_empty_folder", path=str(base))
    _run_jobs(ctx, jobs, None, encoding, dry_run, json, allow_empty=True, whole=True)
