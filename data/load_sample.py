"""Build the sample ledger from data/sample/*.csv (plans, tasks, the procedure catalog, dossiers,
meetings): python data/load_sample.py data/sample.db

Replaces the file if it exists. Goes through cchc's own actions, record by record, as the clerk's
commands would.
"""

from __future__ import annotations

import csv
import sys
from datetime import date
from pathlib import Path

from cchc.services import dossiers, meetings, plans, procedures, tasks
from cchc.store.ledger import Ledger

SRC = Path(__file__).parent / "sample"


def _rows(name: str) -> list[dict]:
    with open(SRC / name, encoding="utf-8", newline="") as fh:
        return [{k: (v or None) for k, v in r.items()} for r in csv.DictReader(fh)]


def _d(v: str | None) -> date | None:
    return date.fromisoformat(v) if v else None


def load(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with Ledger.open(path) as led:
        led.command = "load_sample"
        for p in _rows("plans.csv"):
            plans.add(led, p["code"], p["title"], int(p["year"]), _d(p["issued_on"]), p["basis"])
        for t in _rows("tasks.csv"):
            task = tasks.add(led, t["plan"], t["title"], t["area"], t["unit"], _d(t["due_on"]))
            if t["started_on"]:
                tasks.start(led, task["ref"], _d(t["started_on"]))
            if t["done_on"]:
                tasks.done(led, task["ref"], _d(t["done_on"]), t["evidence"])
        for p in _rows("procedures.csv"):  # the catalog the desk publishes: code, name, field, days
            procedures.add(led, p["code"], p["name"], p["field"], int(p["days"]))
        for d in _rows("dossiers.csv"):
            dossiers.add(
                led,
                d["code"],
                d["procedure"],
                _d(d["received_on"]),
                due_on=_d(d["due_on"]),
                field=d["field"],
                channel=d["channel"],
                applicant=d["applicant"],
                note=d["note"],
            )
            for outcome in ("resolved", "returned", "withdrawn"):
                if d[f"{outcome}_on"]:
                    dossiers.finish(led, d["code"], outcome, _d(d[f"{outcome}_on"]), d["return_reason"])
        for m in _rows("meetings.csv"):
            meetings.add(led, m["kind"], _d(m["held_on"]), m["title"], m["chair"], m["note"])


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "sample.db")
    load(target)
    print(f"sample ledger written to {target}", file=sys.stderr)
