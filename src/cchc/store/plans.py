"""Reform plans: documents with a year (``02/KH-VPUB``), read through the ``plans`` view of the
document register and written through the document's write path (a plan's title is the
document's summary)."""

from __future__ import annotations

from cchc.domain.errors import NotFound
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean

PLAN_COLUMNS = ("code", "title", "year", "issued_on", "basis")  # a plan as commands and files name it
COLS = ", ".join(PLAN_COLUMNS)


def as_document(plan: dict) -> dict:
    """A plan's values as the document register stores them (the columns given only)."""
    return {("summary" if k == "title" else k): v for k, v in plan.items()}


def get(ledger, code: str) -> dict:
    row = ledger.row(f"SELECT id, {COLS} FROM plans WHERE code = ?", (normal_code(clean(code) or ""),))
    if row is None:
        raise NotFound("plan_missing", code=code)
    return row


def list_plans(ledger) -> list[dict]:
    """Every plan with its task counts (cancelled tasks are outside the total)."""
    return ledger.rows(
        """
        SELECT p.code, p.title, p.year, p.issued_on, p.basis,
               COUNT(t.id) FILTER (WHERE t.cancelled_on IS NULL) AS tasks_total,
               COUNT(t.id) FILTER (WHERE t.done_on IS NOT NULL) AS tasks_done
        FROM plans p LEFT JOIN tasks t ON t.plan_id = p.id
        GROUP BY p.id ORDER BY p.year, p.code
        """
    )
