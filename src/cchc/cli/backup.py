"""``cchc backup FILE`` and ``cchc restore FILE``."""

from __future__ import annotations

import typer

from cchc.cli import common
from cchc.cli.framework import App

backup_app = App(no_args_is_help=False)
restore_app = App(no_args_is_help=False)


@backup_app.command("backup")
def backup(
    ctx: typer.Context,
    file: str = typer.Argument(..., help="Tệp sao lưu / the backup file to write"),
    force: bool = typer.Option(False, "--force", help="Ghi đè nếu đã có / overwrite if it exists"),
    json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Sao lưu nhất quán khi người khác vẫn ghi / a consistent copy, safe while others write."""
    import sqlite3
    import sys
    from pathlib import Path

    from cchc.cli import output
    from cchc.cli.report_output import short_anchor
    from cchc.store import backup as store

    target = output.check(file, common.invocation(ctx).db_path(), overwrite=force)
    if target.kind == "stdout" and (json or sys.stdout.isatty()):
        from cchc.domain.errors import InputError

        raise InputError("out_is_terminal")
    with common.ledger(ctx) as led, output.produced(target, temp_near=led.path) as tmp:
        try:
            result = store.backup_into(led, tmp)
        except sqlite3.Error as exc:
            from cchc.domain.errors import InputError, Msg

            full = "full" in str(exc) or exc.sqlite_errorname == "SQLITE_FULL"
            raise InputError("out_failed", path=file, detail=Msg("os_full") if full else str(exc)) from None
    path = file if target.kind != "file" else str(Path(file).expanduser())
    result = {"path": path, **result}
    if json:
        from cchc.render import jsonout

        jsonout.emit(result)
    common.info(ctx, "backup_done", path=path, records=result["records"])
    common.info(ctx, "backup_anchor", anchor=short_anchor(result["anchor"]))


@restore_app.command("restore")
def restore(
    ctx: typer.Context,
    file: str = typer.Argument(..., help="Tệp sao lưu / the backup to restore"),
    force: bool = typer.Option(
        False, "--force", help="Khôi phục cả khi bản sao lưu không qua kiểm tra / even if the backup fails its checks"
    ),
    json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Khôi phục bản sao lưu; sổ cái cũ được giữ lại / restore; the current ledger is kept."""
    from cchc.store import backup as store
    from cchc.store import files

    path = common.invocation(ctx).db_path()
    staged, with_wal = store.stage(path, file)
    try:
        if with_wal:
            common.info(ctx, "backup_wal", path=file, wal=f"{file}-wal")
        problems = _checked(ctx, staged, file, force)
        result = store.swap(path, staged)
    finally:
        files.remove_temp(staged)
    result["problems"] = len(problems)
    if json:
        from cchc.render import jsonout

        jsonout.emit(result)
    if result["kept"]:
        common.info(ctx, "restore_done", path=result["path"], kept=result["kept"])
    else:
        common.info(ctx, "restore_done_new", path=result["path"])
    if problems:
        common.info(ctx, "restore_forced", count=len(problems))


def _checked(ctx: typer.Context, staged, file: str, force: bool) -> list:
    """``cchc check`` on the staged copy (migrated first, as its next open would): an altered
    schema is always refused, any other problem unless ``--force``."""
    from cchc.domain.errors import LedgerError
    from cchc.render.problems import check_lines
    from cchc.services import checks
    from cchc.store.ledger import Ledger

    with Ledger.open(staged, create=False) as led:
        led.command = common.command_name(ctx)
        problems = checks.run(led)
    if not problems:
        return []
    tr = common.tr(ctx)
    altered = [p for p in problems if p.check == "schema"]
    if altered:
        raise LedgerError("restore_schema_refused", path=file, first=check_lines(altered[:1], tr)[0])
    if not force:
        raise LedgerError("restore_refused", path=file, count=len(problems), first=check_lines(problems[:1], tr)[0])
    return problems
