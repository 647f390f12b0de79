"""``cchc init`` and ``cchc db path|info``."""

from __future__ import annotations

import typer

from cchc.cli import common

app = typer.Typer(no_args_is_help=True, help="Sổ cái / the ledger file.")
init_app = typer.Typer()


@init_app.command("init")
def init() -> None:
    """Tạo sổ cái (và thư mục) nếu chưa có / create the ledger if it does not exist."""
    from cchc.i18n import msg

    with common.ledger(create=True) as led:
        key = "created_ledger" if led.created else "ledger_ready"
        common.info(msg(key, path=str(led.path)))


@app.command("path")
def path() -> None:
    """In đường dẫn sổ cái / print where the ledger is."""
    typer.echo(str(common.STATE.db_path()))


@app.command("info")
def info(json: bool = typer.Option(False, "--json", help="JSON output.")) -> None:
    """Số bản ghi và các migration đã áp dụng / record counts and applied migrations."""
    from cchc.render import jsonout
    from cchc.store.info import summary

    with common.ledger() as led:
        data = summary(led)
    if json:
        jsonout.emit(data)
    else:
        typer.echo(f"{data['path']}")
        for k, v in data["counts"].items():
            typer.echo(f"  {k}: {v}")
        typer.echo("  migrations: " + ", ".join(data["migrations"]))
