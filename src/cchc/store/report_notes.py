"""The clerk's own texts of a period's report, by period label and section."""

from __future__ import annotations

from cchc.domain.rules import report_notes as rules
from cchc.store.records import table_noun

NOUN = table_noun(
    "report_notes",
    kind="report_note",
    columns=rules.COLUMNS,
    key=("period", "section"),
    audit_key=lambda key: f"{key[0]}/{key[1]}",
    validate=lambda rec, **_: rules.validate(rec),
)


def of_period(ledger_or_conn, period: str) -> dict[str, str]:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    try:
        cur = conn.execute("SELECT section, text FROM report_notes WHERE period = ?", (period,))
    except Exception:  # a ledger opened read-only before its migrations
        return {}
    return dict(cur.fetchall())


def list_notes(ledger, period: str | None = None) -> list[dict]:
    sql = "SELECT period, section, text FROM report_notes"
    params: tuple = ()
    if period is not None:
        sql += " WHERE period = ?"
        params = (period,)
    rows = ledger.rows(sql, params)
    order = {s: i for i, s in enumerate(rules.ALL_SECTIONS)}
    return sorted(rows, key=lambda r: (r["period"], order.get(r["section"], 99)))
