"""Reform plans: one row per plan code (``02/KH-VPUB``)."""

from __future__ import annotations

from cchc.domain.errors import NotFound
from cchc.domain.rules import plans as rules
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean
from cchc.store.records import Noun

COLS = ", ".join(rules.COLUMNS)
NOUN = Noun(
    kind="plan",
    columns=rules.COLUMNS,
    key=("code",),
    select=f"SELECT {COLS} FROM plans WHERE code = :k0",
    insert=f"INSERT INTO plans ({COLS}) VALUES ({', '.join(':' + c for c in rules.COLUMNS)})",
    update="UPDATE plans SET title = :title, year = :year, issued_on = :issued_on, basis = :basis WHERE code = :code",
    delete="DELETE FROM plans WHERE code = :k0",
    audit_key=lambda key: key[0],
    validate=lambda rec, **_: rules.validate(rec),
)


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
