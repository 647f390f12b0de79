"""``cchc init`` and ``cchc db path|info``."""

from __future__ import annotations

import typer

from cchc.cli import common

app = typer.Typer(no_args_is_help=True, help="Sổ cái / the ledger file.")
init_app = typer.Typer()


@init_app.command("init")
def init(ctx: typer.Context) -> None:
    """Tạo sổ cái (và thư mục) nếu chưa có / create the ledger if it does not exist."""
    with common.ledger(ctx, create=True) as led:
        key = "created_ledger" if led.created else "ledger_ready"
        common.info(ctx, key, path=str(led.path))


@app.command("path")
def path(ctx: typer.Context) -> None:
    """In đường dẫn sổ cái / print where the ledger is."""
    typer.echo(str(common.invocation(ctx).db_path()))


@app.command("info")
def info(ctx: typer.Context, json: bool = typer.Option(False, "--json", help="JSON output.")) -> None:
    """Số bản ghi và các migration đã áp dụng / record counts and applied migrations."""
    from cchc.render import jsonout
    from cchc.store.info import summary

    with common.ledger(ctx) as led:
        data = summary(led)
    if json:
        jsonout.emit(data)
    else:
        typer.echo(f"{data['path']}")
        for k, v in data["counts"].items():
            typer.echo(f"  {k}: {v}")
        typer.echo("  migrations: " + ", ".join(data["migrations"]))
