"""The framework's floor: a one-command Typer app taking the same arguments as `dossier add`
(its code and its fourteen options: the procedure, dates, field, channel, applicant, note and
the five service-quality facts).

It parses its options and prints one line — no ledger. `benchmarks/startup.py` times it beside
`cchc dossier add` in the same run.
"""

import typer

app = typer.Typer()


@app.command()
def add(
    code: str,
    procedure: str = typer.Option(..., help="procedure"),
    received: str = typer.Option(..., help="received on"),
    due: str = typer.Option(None, help="due on"),
    days: int = typer.Option(None, help="working days"),
    field: str = typer.Option(None, help="field"),
    channel: str = typer.Option(None, help="channel"),
    applicant: str = typer.Option(None, help="applicant"),
    note: str = typer.Option(None, help="note"),
    online: str = typer.Option(None, help="online service"),
    digitised: str = typer.Option(None, help="dossier digitised"),
    result_digitised: str = typer.Option(None, help="result digitised"),
    paid_online: str = typer.Option(None, help="fees paid online"),
    rating: str = typer.Option(None, help="rating"),
) -> None:
    typer.echo(code, err=True)


if __name__ == "__main__":
    app()
