"""Importing plans, tasks, meetings, meeting kinds, procedures, calendar overrides, settings and
the registers (documents, communication work, inspections, the reform index, the report's
notes; their readers in ``registers``): files of tens to thousands of rows. Each row is read
into a record of the columns the file has (a column it lacks keeps its stored value) and the
whole file goes through the noun's one write path (``store.records.upsert_many``) in the
import's transaction: the shared rules, the audit rows."""

from __future__ import annotations

from collections.abc import Callable

from cchc.domain.areas import REFORM_AREAS
from cchc.domain.dates import parse_due
from cchc.domain.errors import InputError
from cchc.domain.rules.values import normal_code
from cchc.domain.text import key as text_key
from cchc.services.imports import cells as c
from cchc.store.records import Item, Noun

_AREAS = {text_key(v): k for k, vi, en in REFORM_AREAS for v in (k, vi, en)}
_OVERRIDE_KINDS = {
    "off": "off",
    "nghỉ": "off",
    "ngày nghỉ": "off",
    "work": "work",
    "làm việc": "work",
    "làm bù": "work",
}


class Reader:
    """One row's cells, by canonical column (None when the file lacks the column)."""

    def __init__(self, pos: dict[str, int], restore: bool, defaults: dict | None = None) -> None:
        self.pos, self.restore = pos, restore
        self.defaults = defaults or {}  # values the command gives for a column the file may lack
        self.cells: list = []

    def has(self, col: str) -> bool:
        return col in self.pos

    def text(self, col: str) -> str | None:
        i = self.pos.get(col)
        return None if i is None else c.text(self.cells[i], self.restore)

    def date(self, col: str) -> str | None:
        i = self.pos.get(col)
        return None if i is None else c.date(self.cells[i], col)

    def optional(self, rec: dict, *cols: str) -> None:
        for col in cols:
            if col in self.pos:
                rec[col] = self.text(col)


def plan(r: Reader, conn) -> dict:
    """A plan's row, as the document register keeps it (its title is the summary)."""
    rec = {"code": normal_code(c.need(r.text("code"), "code"))}
    r.optional(rec, "title", "basis")
    if r.has("issued_on"):
        rec["issued_on"] = r.date("issued_on")
    year = c.whole(r.text("year"), "year")
    if year is None and rec.get("issued_on"):
        year = int(rec["issued_on"][:4])
    if year is not None or r.has("year"):
        rec["year"] = year
    from cchc.store.plans import as_document

    return as_document(rec)


def task(r: Reader, conn) -> dict:
    code = normal_code(c.need(r.text("plan"), "plan"))
    rec = {"plan": code, "number": c.need(c.whole(r.text("number"), "number"), "number")}
    r.optional(rec, "title", "unit", "evidence", "cancel_reason")
    if r.has("area"):
        raw = r.text("area")
        rec["area"] = None if raw is None else _AREAS.get(text_key(raw), raw)
    if r.has("due_on"):
        raw = r.text("due_on")
        year = conn.execute("SELECT year FROM plans WHERE code = ?", (code,)).fetchone()
        try:
            rec["due_on"] = parse_due(raw, year=year[0] if year else None).isoformat() if raw else None
        except InputError as exc:
            raise c.CellError("due_on", exc.key, **exc.params) from None
    for col in ("started_on", "done_on", "cancelled_on"):
        if r.has(col):
            rec[col] = r.date(col)
    return rec


def meeting(r: Reader, conn) -> dict:
    raw = c.need(r.text("kind"), "kind")
    kind = raw
    for k, name, name_en in conn.execute("SELECT key, name, name_en FROM meeting_kinds"):
        if text_key(raw) in (text_key(k), text_key(name), text_key(name_en or "")):
            kind = k
            break
    rec = {"kind": kind, "held_on": c.need(r.date("held_on"), "held_on"), "title": r.text("title") or ""}
    r.optional(rec, "chair", "note")
    return rec


def meeting_kind(r: Reader, conn) -> dict:
    rec = {"key": (c.need(r.text("key"), "key")).lower()}
    r.optional(rec, "name", "name_en")
    return rec


def procedure(r: Reader, conn) -> dict:
    rec = {"code": normal_code(c.need(r.text("code"), "code")), "name": r.text("name")}
    rec["days"] = c.days(r.text("days"), "days")
    r.optional(rec, "field")
    return rec


def override(r: Reader, conn) -> dict:
    rec = {"day": c.need(r.date("day"), "day")}
    raw = r.text("kind")
    if raw is not None:
        rec["kind"] = _OVERRIDE_KINDS.get(text_key(raw), raw)
    r.optional(rec, "reason")
    return rec


def setting(r: Reader, conn) -> dict:
    rec = {"key": c.need(r.text("key"), "key")}
    r.optional(rec, "value")
    return rec


def _context(noun: str, conn, recs: list[dict]) -> dict:
    from datetime import date

    from cchc.services.imports import registers

    if noun in registers.READERS or noun == "plans":
        return registers.context(noun, conn, recs)
    if noun == "tasks":
        from cchc.store.tasks import plan_codes

        return {"today": date.today().isoformat(), "plans": plan_codes(conn)}
    if noun == "meetings":
        from cchc.store.meetings import kind_keys

        return {"kinds": kind_keys(conn)}
    return {}


def _noun(noun: str) -> Noun:
    from cchc.services.imports import registers
    from cchc.store import calendar, documents, meetings, procedures, settings, tasks

    return {
        **registers.nouns(),
        "plans": documents.NOUN,
        "tasks": tasks.NOUN,
        "meetings": meetings.NOUN,
        "meeting-kinds": meetings.KIND,
        "procedures": procedures.NOUN,
        "calendar": calendar.NOUN,
        "settings": settings.NOUN,
    }[noun]


READERS: dict[str, Callable[[Reader, object], dict]] = {
    "plans": plan,
    "tasks": task,
    "meetings": meeting,
    "meeting-kinds": meeting_kind,
    "procedures": procedure,
    "calendar": override,
    "settings": setting,
}


def import_records(
    tx, noun: str, table, problems, summary, provenance, defaults: dict | None = None, whole: bool = False
) -> None:
    """Read every row, then write the file through the noun's write path (in ``tx``).
    ``defaults``: values for columns the file may lack (``cchc index import 2021 FILE``: the year);
    ``whole``: the file is every record of a ledger (``cchc import all``)."""
    from cchc.services.imports import registers
    from cchc.store.records import key_of, upsert_many

    spec = _noun(noun)
    read = READERS.get(noun) or registers.READERS[noun]
    reader = Reader(table.pos, table.source.format in ("csv", "tsv", "xlsx"), defaults)
    headings = table.headings
    seen: dict[tuple, int] = {}
    items: list[Item] = []
    for line, row in table.rows():
        summary.rows += 1
        reader.cells = row
        try:
            rec = read(reader, tx.conn)
        except c.CellError as exc:
            problems.add(line, headings.get(exc.column, exc.column), exc.key, exc.params)
            continue
        if rec is None:  # a row the file's layout has but the ledger does not keep (a total)
            continue
        key = key_of(spec, rec)
        if key in seen:
            col = spec.key[-1] if noun != "meetings" else "held_on"
            what = spec.audit_key(key)
            problems.add(line, headings.get(col, col), "duplicate_at", {"what": what, "line": seen[key]})
            continue
        seen[key] = line
        items.append(Item(rec, line=line))
    if problems:
        return
    # a meeting kind may only come later in the same run; the context is read once per file
    out = upsert_many(tx, spec, items, provenance, **_context(noun, tx.conn, [i.rec for i in items]))
    for line, p in out.problems:
        problems.add(line, headings.get(p.column, p.column), p.key, p.params)
    if noun == "index-criteria" and not problems:
        for line, col, key, params in registers.tree_problems(tx.conn, [(i.line, i.rec) for i in items]):
            problems.add(line, headings.get(col, col), key, params)
    summary.inserted += out.inserted
    summary.updated += out.updated
    summary.unchanged += out.unchanged
    summary.sample(out.written)
    if whole and noun == "calendar" and not out.problems:
        _removed_shipped(tx, seen)


def _removed_shipped(tx, seen: dict) -> None:
    """Every ledger starts with the shipped overrides, so one missing from a whole ledger's
    calendar file was removed there: it goes here too, with its audit entry, unless someone
    has already decided about it in this ledger (it has an entry of its own)."""
    from cchc.store import calendar
    from cchc.store.records import delete
    from cchc.store.schema import shipped_calendar

    for day in shipped_calendar():
        if (day,) not in seen and not tx.scalar("SELECT 1 FROM audit WHERE kind = 'calendar' AND key = ?", (day,)):
            delete(tx, calendar.NOUN, (day,))
