"""The clerk's own texts of a period's report, by period label and section."""

from __future__ import annotations

from cchc.domain.rules import report_notes as rules
from cchc.store.records import Noun

NOUN = Noun(
    kind="report_note",
    columns=rules.COLUMNS,
    key=("period", "section"),
    select="SELECT period, section, text FROM report_notes WHERE period = :k0 AND section = :k1",
    insert="INSERT INTO report_notes (period, section, text) VALUES (:period, :section, :text)",
    update="UPDATE report_notes SET text = :text WHERE period = :period AND section = :section",
    delete="DELETE FROM report_notes WHERE period = :k0 AND section = :k1",
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
