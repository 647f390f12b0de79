"""What a ledger holds: record counts and applied migrations (``cchc db info``)."""

from __future__ import annotations

from cchc.store.ledger import Ledger
from cchc.store.settings import get_all

COUNTED = (
    "plans",
    "tasks",
    "dossiers",
    "meetings",
    "audit",
    "documents",
    "outreach",
    "inspections",
    "index_criteria",
    "report_notes",
)  # keys only added


def summary(ledger: Ledger) -> dict:
    return {
        "path": str(ledger.path),
        "migrations": [r["name"] for r in ledger.rows("SELECT name FROM _sqlite_migrations ORDER BY rowid")],
        "counts": {t: ledger.scalar(f"SELECT COUNT(*) FROM {t}") for t in COUNTED},
        "settings": get_all(ledger),
    }
