"""The clerk's actions on briefing meetings and their kinds."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, Day, InputError, NotFound
from cchc.domain.text import clean
from cchc.store import meetings
from cchc.store.records import delete as delete_record
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


def _key(kind: str, held_on: date, title: str | None) -> tuple:
    return ((clean(kind) or "").lower(), held_on.isoformat(), clean(title) or "")


def find(tx, kind: str, held_on: date, title: str | None = None) -> dict:
    """The meeting of that kind on that day; its title is needed only when there are several."""
    k, day, t = _key(kind, held_on, title)
    if title is not None:
        found = exists(tx, meetings.NOUN, (k, day, t))
        if found is None:
            raise NotFound("meeting_missing", kind=k, held_on=Day(day))
        return found
    rows = tx.rows("SELECT kind, held_on, title, chair, note FROM meetings WHERE kind = ? AND held_on = ?", (k, day))
    if not rows:
        raise NotFound("meeting_missing", kind=k, held_on=Day(day))
    if len(rows) > 1:
        raise InputError("meeting_ambiguous", kind=k, held_on=day, titles="; ".join(r["title"] for r in rows))
    return rows[0]


def edit(
    ledger,
    kind: str,
    held_on: date,
    title: str | None = None,
    *,
    new_kind: str | None = None,
    new_on: date | None = None,
    new_title: str | None = None,
    chair: str | None = None,
    note: str | None = None,
    reason: str | None = None,
) -> dict:
    """Correct a meeting. Its kind, date and title are its key: changing one replaces the record
    (a ``delete`` entry for the old key, with the reason, and an ``insert`` for the new one);
    chair and note are edited in place. An empty text clears the chair or the note."""
    if all(v is None for v in (new_kind, new_on, new_title, chair, note)):
        raise InputError("nothing_to_edit")
    why = clean(reason)
    with ledger.write() as tx:
        old = find(tx, kind, held_on, title)
        rec = dict(old)
        if new_kind is not None:
            rec["kind"] = (clean(new_kind) or "").lower() or None
        if new_on is not None:
            rec["held_on"] = new_on.isoformat()
        if new_title is not None:
            rec["title"] = clean(new_title) or ""
        for col, value in (("chair", chair), ("note", note)):
            if value is not None:
                rec[col] = clean(value)
        key = (rec["kind"], rec["held_on"], rec["title"])
        old_key = (old["kind"], old["held_on"], old["title"])
        kinds = meetings.kind_keys(tx.conn)
        if key == old_key:
            return write_one(tx, meetings.NOUN, rec, "edit" if why else None, reason=why, kinds=kinds)
        if exists(tx, meetings.NOUN, key):
            raise Conflict("meeting_exists", kind=key[0], held_on=key[1], title=key[2])
        if not why:
            raise InputError("meeting_move_needs_reason")
        delete_record(tx, meetings.NOUN, old_key, reason=why)
        after = write_one(tx, meetings.NOUN, rec, "edit", reason=why, kinds=kinds)
        _move_evidence(tx, meetings.meeting_key(old_key), meetings.meeting_key(key), why)
        return after


def _move_evidence(tx, old: str, new: str, why: str) -> None:
    """The reform-index evidence citing a meeting follows it to its corrected key (each move an
    audit entry with the meeting's reason), so no evidence is left pointing at nothing."""
    from cchc.store import reform_index

    for ev in reform_index.evidence_citing(tx.conn, "meeting", old):
        delete_record(tx, reform_index.EVIDENCE, (ev["year"], ev["criterion"], "meeting", old), reason=why)
        write_one(
            tx, reform_index.EVIDENCE, {**ev, "ref": new}, "edit", reason=why, **reform_index.evidence_context(tx.conn)
        )


def delete(ledger, kind: str, held_on: date, title: str | None = None, *, reason: str | None) -> dict:
    """Remove a meeting recorded by mistake; the audit entry keeps it and why."""
    from cchc.domain.text import required

    why = required(reason, "reason")
    with ledger.write() as tx:
        old = find(tx, kind, held_on, title)
        key = (old["kind"], old["held_on"], old["title"])
        from cchc.store import reform_index

        cited = reform_index.evidence_citing(tx.conn, "meeting", meetings.meeting_key(key))
        if cited:
            raise Conflict("meeting_used_evidence", ref=meetings.meeting_key(key), n=len(cited))
        delete_record(tx, meetings.NOUN, key, reason=why)
        return old
