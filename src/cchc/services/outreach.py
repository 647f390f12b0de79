"""The clerk's actions on communication work: add, edit, delete (with its reason)."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, InputError
from cchc.domain.outreach import kind_key
from cchc.domain.text import clean, required
from cchc.store import outreach
from cchc.store.records import delete as delete_record
from cchc.store.records import exists, write_one


def _today() -> str:
    return date.today().isoformat()


def key_of(kind: str, held_on: date, title: str) -> tuple[str, str, str]:
    return kind_key(clean(kind)) or "", held_on.isoformat(), clean(title) or ""


def add(ledger, kind: str, held_on: date, title: str, outlet=None, count: int | None = None, note=None) -> dict:
    k, d, t = key_of(kind, held_on, title)
    rec = {"kind": k or None, "held_on": d, "title": t or None, "outlet": clean(outlet), "note": clean(note)}
    if count is not None:
        rec["count"] = count
    with ledger.write() as tx:
        if k and t and exists(tx, outreach.NOUN, (k, d, t)):
            raise Conflict("outreach_exists", activity=outreach.outreach_key((k, d, t)))
        return write_one(tx, outreach.NOUN, rec, today=_today())


def edit(ledger, kind: str, held_on: date, title: str, **changes) -> dict:
    """Change an activity's outlet, count or note (kind, date and title are its identity)."""
    k, d, t = key_of(kind, held_on, title)
    values = {c: (clean(v) if isinstance(v, str) else v) for c, v in changes.items() if v is not None}
    if not values:
        raise InputError("nothing_to_edit")
    with ledger.write() as tx:
        outreach.get(tx, k, d, t)
        return write_one(tx, outreach.NOUN, {"kind": k, "held_on": d, "title": t, **values}, today=_today())


def delete(ledger, kind: str, held_on: date, title: str, reason: str | None) -> dict:
    why = required(reason, "reason")
    k, d, t = key_of(kind, held_on, title)
    with ledger.write() as tx:
        outreach.get(tx, k, d, t)
        return delete_record(tx, outreach.NOUN, (k, d, t), why)
