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

from cchc.services import (
    documents,
    dossiers,
    inspections,
    meetings,
    outreach,
    plans,
    procedures,
    reform_index,
    report_notes,
    settings,
    tasks,
)
from cchc.services.imports import import_file
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
        settings.set_many(led, {r["key"]: r["value"] for r in _rows("settings.csv")})
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
        _registers(led)


def _registers(led) -> None:
    """The documents, communication work, inspections, the 2021 reform-index self-assessment
    (imported from the province's file, as a clerk would) and the period's own texts."""
    for d in _rows("documents.csv"):
        documents.add(
            led,
            d["code"],
            d["summary"],
            kind=d["kind"],
            issued_on=_d(d["issued_on"]),
            area=d["area"],
            serves=d["serves"],
        )
    for o in _rows("outreach.csv"):
        outreach.add(led, o["kind"], _d(o["held_on"]), o["title"], o["outlet"], int(o["count"]), o["note"])
    for i in _rows("inspections.csv"):
        fields = {k: i[k] for k in ("body", "findings", "follow_up", "evidence", "document", "note")}
        inspections.add(led, _d(i["held_on"]), i["unit"], due_on=_d(i["due_on"]), done_on=_d(i["done_on"]), **fields)
    import_file(led, "index-criteria", str(SRC / "index-2021.csv"), defaults={"year": 2021})
    for e in _rows("index-evidence.csv"):
        reform_index.add_evidence(led, int(e["year"]), e["criterion"], e["kind"], e["ref"], e["note"])
    for r in _rows("index-results.csv"):
        score = float(r["score"].replace(",", "."))
        reform_index.set_result(
            led,
            int(r["year"]),
            score=score,
            max_points=float(r["max_points"]),
            rank=int(r["rank"]),
            of=int(r["of"]),
            note=r["note"],
        )
    for n in _rows("report-notes.csv"):
        report_notes.set_note(led, n["period"], n["section"], n["text"])


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "sample.db")
    load(target)
    print(f"sample ledger written to {target}", file=sys.stderr)
