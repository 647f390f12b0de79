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
    from cchc.store import backup as store

    with common.ledger(ctx) as led:
        result = store.backup(led, file, force=force)
    if json:
        from cchc.render import jsonout

        jsonout.emit(result)
    common.info(ctx, "backup_done", path=result["path"], records=result["records"])


@restore_app.command("restore")
def restore(
    ctx: typer.Context,
    file: str = typer.Argument(..., help="Tệp sao lưu / the backup to restore"),
    json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Khôi phục bản sao lưu; sổ cái cũ được giữ lại / restore; the current ledger is kept."""
    from cchc.store import backup as store

    result = store.restore(common.invocation(ctx).db_path(), file)
    if json:
        from cchc.render import jsonout

        jsonout.emit(result)
    if result["kept"]:
        common.info(ctx, "restore_done", path=result["path"], kept=result["kept"])
    else:
        common.info(ctx, "restore_done_new", path=result["path"])
