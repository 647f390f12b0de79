"""Briefing meetings (họp giao ban) and their kinds."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, InputError, NotFound
from cchc.domain.text import clean, required
from cchc.store import audit
from cchc.store.ledger import Ledger


def kinds(ledger: Ledger) -> list[dict]:
    return ledger.rows("SELECT key, name, name_en FROM meeting_kinds ORDER BY rowid")


def check_kind(ledger: Ledger, kind: str) -> str:
    kind = (clean(kind) or "").lower()
    if not ledger.scalar("SELECT 1 FROM meeting_kinds WHERE key = ?", (kind,)):
        raise NotFound("kind_missing", kind=kind)
    return kind


def add_kind(ledger: Ledger, key: str, name: str, name_en: str | None = None) -> dict:
    key = required(key, "key").lower()
    if not all(ch.isalnum() or ch in "-_" for ch in key):
        raise InputError("bad_choice", field="key", value=key, choices="a-z, 0-9, -, _")
    values = {"key": key, "name": required(name, "name"), "name_en": clean(name_en)}
    with ledger.write() as conn:
        if conn.execute("SELECT 1 FROM meeting_kinds WHERE key = ?", (key,)).fetchone():
            raise Conflict("kind_exists", kind=key)
        conn.execute("INSERT INTO meeting_kinds (key, name, name_en) VALUES (:key, :name, :name_en)", values)
        audit.record(conn, ledger.command, "meeting_kind", key, "insert", None, values)
    return values


def add(
    ledger: Ledger,
    kind: str,
    held_on: date,
    title: str | None = None,
    chair: str | None = None,
    note: str | None = None,
) -> dict:
    with ledger.write() as conn:
        values = {
            "kind": check_kind(ledger, kind),
            "held_on": held_on.isoformat(),
            "title": clean(title) or "",
            "chair": clean(chair),
            "note": clean(note),
        }
        if conn.execute(
            "SELECT 1 FROM meetings WHERE kind = :kind AND held_on = :held_on AND title = :title",
            values,
        ).fetchone():
            raise Conflict("meeting_exists", **{k: values[k] for k in ("kind", "held_on", "title")})
        conn.execute(
            "INSERT INTO meetings (kind, held_on, title, chair, note) VALUES (:kind, :held_on, :title, :chair, :note)",
            values,
        )
        key = f"{values['kind']}@{values['held_on']}" + (f"/{values['title']}" if values["title"] else "")
        audit.record(conn, ledger.command, "meeting", key, "insert", None, values)
    return values


def list_meetings(
    ledger: Ledger,
    kind: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[dict]:
    if date_from and date_to and date_from > date_to:
        raise InputError("bad_range", start=date_from.isoformat(), end=date_to.isoformat())
    where, params = [], {}
    if kind:
        where.append("kind = :kind")
        params["kind"] = check_kind(ledger, kind)
    if date_from:
        where.append("held_on >= :from")
        params["from"] = date_from.isoformat()
    if date_to:
        where.append("held_on <= :to")
        params["to"] = date_to.isoformat()
    sql = "SELECT kind, held_on, title, chair, note FROM meetings"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return ledger.rows(sql + " ORDER BY held_on, kind, title", params)
