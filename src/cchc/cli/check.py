"""``cchc check``: silent and exit 0 when the ledger is sound, else one line per problem."""

from __future__ import annotations

import typer

from cchc.cli import common

app = typer.Typer()


@app.command("check")
def check(json: bool = typer.Option(False, "--json", help="JSON output with stable keys.")) -> None:
    """Kiểm tra sổ cái / check the ledger: SQLite, domain rules, the audit trail."""
    from cchc.render import jsonout
    from cchc.services import checks

    with common.ledger() as led:
        problems = checks.run(led)
    if json:
        jsonout.emit({"ok": not problems, "problems": problems})
    else:
        for p in problems:
            typer.echo(p["message"])
    if problems:
        raise typer.Exit(1)
