"""``cchc check``: silent and exit 0 when the ledger is sound, else one line per problem."""

from __future__ import annotations

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(no_args_is_help=False)


@app.command("check")
def check(ctx: typer.Context, json: bool = typer.Option(False, "--json", help="JSON output with stable keys.")) -> None:
    """Kiểm tra sổ cái / check the ledger: SQLite, domain rules, the audit trail."""
    from cchc.render import jsonout
    from cchc.render.problems import check_lines
    from cchc.services import checks

    with common.ledger(ctx) as led:
        problems = checks.run(led)
    lines = check_lines(problems, common.tr(ctx))
    if json:
        jsonout.emit(
            {
                "ok": not problems,
                "problems": [{**p.public(), "message": m} for p, m in zip(problems, lines, strict=True)],
            }
        )
    else:
        for line in lines:
            typer.echo(common.one_line(line))
    if problems:
        raise typer.Exit(1)
