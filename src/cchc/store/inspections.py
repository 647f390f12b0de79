"""Inspections of reform work, numbered within their year (``2022#1``), with their follow-up."""

from __future__ import annotations

from cchc.domain.errors import InputError, NotFound
from cchc.domain.rules import inspections as rules
from cchc.domain.text import clean
from cchc.store import window
from cchc.store.records import table_noun

COLS = ", ".join(rules.COLUMNS)


def make_ref(year: int, number: int) -> str:
    return f"{year}#{number}"


def parse_ref(ref: str) -> tuple[int, int]:
    """``2022#1`` -> (2022, 1)."""
    text = clean(ref) or ""
    year, sep, num = text.partition("#")
    if not sep or not year.strip().isdigit() or not num.strip().isdigit() or int(num) < 1:
        raise InputError("bad_inspection_ref", value=ref)
    return int(year), int(num)


NOUN = table_noun(
    "inspections",
    kind="inspection",
    columns=rules.COLUMNS,
    key=("year", "number"),
    audit_key=lambda key: make_ref(*key),
    validate=rules.validate,
)

STATE_SQL = (
    "CASE WHEN follow_up IS NULL THEN NULL WHEN done_on IS NOT NULL AND done_on <= :as_of THEN 'done'"
    " WHEN due_on IS NOT NULL AND due_on < :as_of THEN 'overdue' ELSE 'open' END"
)
SELECT = f"SELECT year || '#' || number AS ref, {COLS}, {STATE_SQL} AS status FROM inspections"


def next_number(conn, year: int) -> int:
    return conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM inspections WHERE year = ?", (year,)).fetchone()[0]


def get(ledger_or_conn, ref: str, as_of: str) -> dict:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    year, number = parse_ref(ref)
    cur = conn.execute(SELECT + " WHERE year = :y AND number = :n", {"y": year, "n": number, "as_of": as_of})
    row = cur.fetchone()
    if row is None:
        raise NotFound("inspection_missing", ref=ref)
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def list_inspections(ledger, as_of: str, date_from=None, date_to=None, status=None) -> list[dict]:
    where, params = [], {"as_of": as_of}
    window.between(where, params, "held_on", date_from, date_to)
    sql = f"SELECT * FROM ({SELECT}" + (" WHERE " + " AND ".join(where) if where else "") + ")"
    if status:
        sql += " WHERE status = :status"
        params["status"] = status
    return ledger.rows(sql + " ORDER BY held_on, year, number", params)
