"""The framework's floor: a one-command Typer app taking the same arguments as `dossier add`.

It parses its options and prints one line — no ledger. `benchmarks/startup.py` times it beside
`cchc dossier add` in the same run.
"""

import typer

app = typer.Typer()


@app.command()
def add(
    code: str,
    procedure: str = typer.Option(...),
    received: str = typer.Option(...),
    due: str = typer.Option(None),
    field: str = typer.Option(None),
) -> None:
    typer.echo(code, err=True)


if __name__ == "__main__":
    app()
