"""The clerk's actions on briefing meetings and their kinds."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict
from cchc.domain.text import clean
from cchc.store import meetings
from cchc.store.records import exists, write_one


def add(ledger, kind: str, held_on: date, title=None, chair=None, note=None) -> dict:
    rec = {
        "kind": (clean(kind) or "").lower() or None,
        "held_on": held_on.isoformat(),
        "title": clean(title) or "",
        "chair": clean(chair),
        "note": clean(note),
    }
    with ledger.write() as tx:
        if exists(tx, meetings.NOUN, (rec["kind"], rec["held_on"], rec["title"])):
            raise Conflict("meeting_exists", kind=rec["kind"], held_on=rec["held_on"], title=rec["title"])
        return write_one(tx, meetings.NOUN, rec, kinds=meetings.kind_keys(tx.conn))


def add_kind(ledger, key: str, name: str, name_en: str | None = None) -> dict:
    rec = {"key": (clean(key) or "").lower() or None, "name": clean(name), "name_en": clean(name_en)}
    with ledger.write() as tx:
        if rec["key"] and exists(tx, meetings.KIND, (rec["key"],)):
            raise Conflict("kind_exists", kind=rec["key"])
        return write_one(tx, meetings.KIND, rec)
