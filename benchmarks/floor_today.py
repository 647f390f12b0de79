"""The floor of `cchc today`: a one-command Typer app that opens the ledger with plain sqlite3
and runs the two indexed queries the morning view needs — the dossiers not finished on the day
(two ranges of the (finished_on, received_on) index) and the open waits for supplements — and
prints their counts. No cchc code. `benchmarks/today.py` times it beside `cchc today`.

    python benchmarks/floor_today.py LEDGER --as-of 2023-12-29
"""

import sqlite3

import typer

app = typer.Typer()

PENDING = """
SELECT d.id, d.due_on, d.code FROM dossiers d WHERE d.finished_on IS NULL AND +d.received_on <= :as_of
UNION ALL
SELECT d.id, d.due_on, d.code FROM dossiers d WHERE d.finished_on > :as_of AND +d.received_on <= :as_of
"""
OPEN_PAUSES = """
SELECT p.dossier_id, p.paused_on, p.reason FROM dossier_pauses p
WHERE p.paused_on <= :as_of AND (p.resumed_on IS NULL OR p.resumed_on > :as_of) ORDER BY p.id
"""


@app.command()
def today(ledger: str, as_of: str = typer.Option(...)) -> None:
    conn = sqlite3.connect(ledger)
    pending = conn.execute(PENDING, {"as_of": as_of}).fetchall()
    pauses = conn.execute(OPEN_PAUSES, {"as_of": as_of}).fetchall()
    conn.close()
    typer.echo(f"{len(pending)} pending, {len(pauses)} waiting")


if __name__ == "__main__":
    app()
