"""Communication activities (tuyên truyền CCHC): one row per kind, date and title."""

from __future__ import annotations

from cchc.domain.errors import NotFound
from cchc.domain.rules import outreach as rules
from cchc.store import window
from cchc.store.records import table_noun

COLS = ", ".join(rules.COLUMNS)


def outreach_key(key: tuple) -> str:
    kind, held_on, title = key
    return f"{kind}@{held_on}/{title}"


NOUN = table_noun(
    "outreach",
    kind="outreach",
    columns=rules.COLUMNS,
    key=("kind", "held_on", "title"),
    audit_key=outreach_key,
    validate=rules.validate,
    defaults=lambda rec: {"count": 1},
)


def get(ledger_or_conn, kind: str, held_on: str, title: str) -> dict:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    row = conn.execute(NOUN.select, {"k0": kind, "k1": held_on, "k2": title}).fetchone()
    if row is None:
        raise NotFound("outreach_missing", activity=outreach_key((kind, held_on, title)))
    return dict(zip(rules.COLUMNS, row, strict=True))


def list_outreach(ledger, kind=None, date_from=None, date_to=None) -> list[dict]:
    where, params = [], {}
    if kind:
        where.append("kind = :kind")
        params["kind"] = kind
    window.between(where, params, "held_on", date_from, date_to)
    sql = f"SELECT {COLS} FROM outreach" + (" WHERE " + " AND ".join(where) if where else "")
    return ledger.rows(sql + " ORDER BY held_on, kind, title", params)
