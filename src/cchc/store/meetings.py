"""Briefing meetings (họp giao ban) and their kinds."""

from __future__ import annotations

from cchc.domain.errors import NotFound
from cchc.domain.rules import meetings as rules
from cchc.domain.text import clean
from cchc.store import window
from cchc.store.records import table_noun


def meeting_key(key: tuple) -> str:
    kind, held_on, title = key
    return f"{kind}@{held_on}" + (f"/{title}" if title else "")


_M = ", ".join(rules.COLUMNS)
NOUN = table_noun(
    "meetings",
    kind="meeting",
    columns=rules.COLUMNS,
    key=("kind", "held_on", "title"),
    audit_key=meeting_key,
    validate=rules.validate,
)
KIND = table_noun(
    "meeting_kinds",
    kind="meeting_kind",
    columns=rules.KIND_COLUMNS,
    key=("key",),
    audit_key=lambda key: key[0],
    validate=lambda rec, **_: rules.validate_kind(rec),
)


def kinds(ledger_or_conn) -> list[dict]:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    cur = conn.execute("SELECT key, name, name_en FROM meeting_kinds ORDER BY rowid")
    return [dict(zip(("key", "name", "name_en"), r, strict=True)) for r in cur]


def kind_keys(conn) -> frozenset[str]:
    return frozenset(r[0] for r in conn.execute("SELECT key FROM meeting_kinds"))


def check_kind(ledger, kind: str) -> str:
    kind = (clean(kind) or "").lower()
    if not ledger.scalar("SELECT 1 FROM meeting_kinds WHERE key = ?", (kind,)):
        raise NotFound("kind_missing", kind=kind)
    return kind


def list_meetings(ledger, kind: str | None = None, date_from=None, date_to=None) -> list[dict]:
    where, params = [], {}
    if kind:
        where.append("kind = :kind")
        params["kind"] = check_kind(ledger, kind)
    window.between(where, params, "held_on", date_from, date_to)
    sql = f"SELECT {_M} FROM meetings"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return ledger.rows(sql + " ORDER BY held_on, kind, title", params)
