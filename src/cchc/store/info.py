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


# the tables of the ledger's records: every audited kind's (a plan is a document), as
# ``audit verify`` counts them
RECORD_TABLES = (
    "documents",
    "tasks",
    "dossiers",
    "meetings",
    "meeting_kinds",
    "procedures",
    "settings",
    "calendar_overrides",
    "outreach",
    "inspections",
    "index_criteria",
    "index_evidence",
    "index_results",
    "report_notes",
)


def record_count(conn) -> int:
    """How many records the ledger holds (``backup`` says it)."""
    return sum(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in RECORD_TABLES)


def summary(ledger: Ledger) -> dict:
    return {
        "path": str(ledger.path),
        "migrations": [r["name"] for r in ledger.rows("SELECT name FROM _sqlite_migrations ORDER BY rowid")],
        "counts": {t: ledger.scalar(f"SELECT COUNT(*) FROM {t}") for t in COUNTED},
        "settings": get_all(ledger),
    }
