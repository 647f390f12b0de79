"""The ledger's particulars (``cchc init --agency ... --parent ... --place ... --unit-code ...``)."""

from __future__ import annotations

from cchc.domain.rules import settings as rules
from cchc.store.records import table_noun

NOUN = table_noun(
    "settings",
    kind="setting",
    columns=rules.COLUMNS,
    key=("key",),
    audit_key=lambda k: k[0],
    validate=lambda rec, **_: rules.validate(rec),
)


def get_all(ledger_or_conn) -> dict[str, str]:
    """Every particular recorded, by key (absent keys have no value)."""
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    try:
        return dict(conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall())
    except Exception:  # a ledger opened read-only before its migrations: none yet
        return {}
