"""Reform plans: one row per plan code (``02/KH-VPUB``)."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, InputError, NotFound
from cchc.domain.text import clean, required
from cchc.store import audit
from cchc.store.ledger import Ledger

PUBLIC = "code, title, year, issued_on, basis"


def _public(row: dict) -> dict:
    return {k: row[k] for k in ("code", "title", "year", "issued_on", "basis")}


def get(ledger: Ledger, code: str) -> dict:
    row = ledger.row(f"SELECT id, {PUBLIC} FROM plans WHERE code = ?", (clean(code),))
    if row is None:
        raise NotFound("plan_missing", code=code)
    return row


def add(
    ledger: Ledger,
    code: str,
    title: str,
    year: int,
    issued_on: date | None = None,
    basis: str | None = None,
) -> dict:
    code = required(code, "code")
    title = required(title, "title")
    if not 1900 <= int(year) <= 2200:
        raise InputError("bad_year", value=year)
    values = {
        "code": code,
        "title": title,
        "year": int(year),
        "issued_on": issued_on.isoformat() if issued_on else None,
        "basis": clean(basis),
    }
    with ledger.write() as conn:
        if conn.execute("SELECT 1 FROM plans WHERE code = ?", (code,)).fetchone():
            raise Conflict("plan_exists", code=code)
        conn.execute(
            "INSERT INTO plans (code, title, year, issued_on, basis) VALUES (:code, :title, :year, :issued_on, :basis)",
            values,
        )
        audit.record(conn, ledger.command, "plan", code, "insert", None, values)
    return values


def list_plans(ledger: Ledger) -> list[dict]:
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
