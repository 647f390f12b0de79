"""The one path every change of a dossier takes (``Writer``).

A clerk's command writes a batch of one; an import writes batches of ``CHUNK`` rows; both go
through ``Writer.write``: the stored dossiers of the batch are read in one query, each item is
merged with its stored record, the shared effects are applied (finishing a dossier that waits
for supplements ends the wait on that day and moves its dates), the shared validator runs on the
result, and what changed is written with ``executemany`` — inserts, updates, pause histories —
and handed to the audit trail (full entries for a command, digests for an import's rows).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from cchc.domain.errors import NotFound
from cchc.domain.problems import Problem
from cchc.domain.rules import dossiers as rules
from cchc.store.audit import Change, Provenance, Trail, digest
from cchc.store.dossiers import COLUMNS, PAUSE_KEYS

_COLS = ", ".join(COLUMNS)
CHUNK = 10_000  # rows per batch of an import: bounded memory, one look-up query a batch
_values = itemgetter(*COLUMNS)  # a record's values in column order, at C speed
_update_values = itemgetter(*COLUMNS[1:], "code")
DEFAULTS = {"channel": "direct"}  # a new dossier's columns the clerk or the file may leave out
_EMPTY = {**dict.fromkeys(COLUMNS), **DEFAULTS}


@dataclass(slots=True)
class Item:
    """One dossier to write. ``rec``: the columns to set (a column left out keeps its stored
    value). ``pauses``: the whole pause history to set (None: keep the stored one).
    ``open_pause``: ``rec``'s paused_on/pause_reason decide the open wait and the closed ones are
    kept (a tracking book's "Tạm dừng từ" column without the history)."""

    rec: dict
    line: int | None = None
    action: str | None = None
    pauses: list[dict] | None = None
    open_pause: bool = False
    # a correction's reason, an apology slip's date ...: kept in the audit entry's ``after``
    # beside the record's columns (``audit verify`` compares only the columns)
    audit_extra: dict | None = None


@dataclass
class Outcome:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    written: list[tuple[str, str]] = field(default_factory=list)  # (action, code), in order
    after: list[dict | None] = field(default_factory=list)  # each item's record (with "pauses")
    problems: list[tuple[int | None, Problem]] = field(default_factory=list)


@dataclass(slots=True)
class _Todo:
    """What a batch writes: records to insert and to update, (code, history) of the pause
    histories to replace, and the audit rows (an import) or entries (a command) of them."""

    inserts: list[dict]
    updates: list[dict]
    histories: list[tuple[str, list[dict]]]
    audit_rows: list[tuple]
    changes: list[Change]


class _Stored:
    __slots__ = ("id", "row", "history")

    def __init__(self, id_: int, row: dict) -> None:
        self.id, self.row, self.history = id_, row, []


class Writer:
    """Writes dossiers in the transaction of ``trail``: ``write(items)`` per batch, then
    ``close()``. An item's code met a second time in the same run (two rows of one file) is a
    problem ``imp_duplicate``."""

    def __init__(
        self, trail: Trail, *, today: str | None = None, provenance: Provenance | None = None, keep: bool = True
    ) -> None:
        """``keep``: collect each item's record as written (``Outcome.after``; a command shows it,
        an import of a million rows does not need it)."""
        self.trail = trail
        self.conn = trail.conn
        self.keep = keep
        self.today = today or date.today().isoformat()
        self.base_id = self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM dossiers").fetchone()[0]
        self.batch = trail.batch("dossier", provenance) if provenance is not None else None
        self._cal = None
        self._touched = bytearray()  # one bit per ledger dossier this run met (flat memory)
        self._any_pauses = self.conn.execute("SELECT EXISTS (SELECT 1 FROM dossier_pauses)").fetchone()[0]

    def calendar(self):
        if self._cal is None:
            from cchc.store.calendar import load_calendar

            self._cal = load_calendar(self.conn)
        return self._cal

    # -- reading the batch's stored dossiers --------------------------------------------------
    def _load(self, codes: list[str]) -> dict[str, _Stored]:
        conn = self.conn
        found: dict[str, _Stored] = {}
        cur = conn.execute(
            f"SELECT id, {_COLS} FROM dossiers WHERE code IN (SELECT value FROM json_each(?))",
            (json.dumps(codes, ensure_ascii=False),),
        )
        for row in cur:
            found[row[1]] = _Stored(row[0], dict(zip(COLUMNS, row[1:], strict=True)))
        if found and self._any_pauses:
            by_id = {s.id: s for s in found.values()}
            for r in conn.execute(
                "SELECT dossier_id, paused_on, resumed_on, days, reason FROM dossier_pauses"
                " WHERE dossier_id IN (SELECT value FROM json_each(?)) ORDER BY dossier_id, id",
                (json.dumps(list(by_id)),),
            ):
                by_id[r[0]].history.append(dict(zip(PAUSE_KEYS, r[1:], strict=True)))
        return found

    def _seen(self, stored: _Stored | None) -> bool:
        """Met before in this run: a dossier it inserted, or a ledger dossier it already met."""
        if stored is None:
            return False
        i = stored.id
        return i > self.base_id or (i >> 3 < len(self._touched) and bool(self._touched[i >> 3] & 1 << (i & 7)))

    def _mark(self, stored: _Stored) -> None:
        i = stored.id
        if i >> 3 >= len(self._touched):
            self._touched.extend(bytes((i >> 3) + 1 - len(self._touched)))
        self._touched[i >> 3] |= 1 << (i & 7)

    # -- one batch --------------------------------------------------------------------------------
    def write(self, items: list[Item], *, apply: bool = True) -> Outcome:
        """Check and write one batch: sort it into what changes (``_sort``), then, when no item
        of it has a problem, write that and hand it to the audit trail. ``apply=False``: check
        only (an import that already failed goes on listing its problems, writing nothing)."""
        out = Outcome()
        todo = self._sort(items, out)
        if out.problems or not apply:  # nothing of a batch with problems is written
            return out
        self._apply(todo.inserts, todo.updates, todo.histories)
        if self.batch is not None:
            self.batch.add(todo.audit_rows)
        else:
            self.trail.record(todo.changes)
        return out

    def _sort(self, items: list[Item], out: Outcome) -> _Todo:
        """Merge each item with its stored dossier and sort it: a problem (a code met before in
        this run, what the rules refuse), unchanged, or written — an insert, an update and/or a
        new pause history, with its audit row (an import) or entry (a command). Counts, problems
        and records go to ``out``. One pass over the batch, the hot loop of an import."""
        stored = self._load([it.rec.get("code") for it in items if isinstance(it.rec.get("code"), str)])
        batch_lines: dict[str, int | None] = {}
        inserts, updates, histories, audit_rows, changes = [], [], [], [], []
        for it in items:
            code = it.rec.get("code")
            st = stored.get(code)
            if code in batch_lines or self._seen(st):
                first = batch_lines.get(code)
                key, params = (
                    ("duplicate_at", {"what": code, "line": first}) if first else ("duplicate", {"what": code})
                )
                out.problems.append((it.line, Problem("code", key, params)))
                if self.keep:
                    out.after.append(None)
                continue
            batch_lines[code] = it.line
            if st is not None:
                self._mark(st)
            result = self._merge(it, st)
            if isinstance(result, list):
                out.problems.extend((it.line, p) for p in result)
                if self.keep:
                    out.after.append(None)
                continue
            merged, hist, old_hist = result
            before = st.row if st else None
            if before is not None and merged == before and hist == old_hist:
                out.unchanged += 1
                if self.keep:
                    out.after.append({**before, "pauses": old_hist})
                continue
            if before is None:
                inserts.append(merged)
                out.inserted += 1
                action = it.action or "insert"
            else:
                if merged != before:
                    updates.append(merged)
                out.updated += 1
                action = it.action or ("update" if merged != before else "pauses")
            if hist != old_hist:
                histories.append((code, hist))
            out.written.append((action, code))
            if self.keep:
                out.after.append({**merged, "pauses": hist})
            if self.batch is not None:
                audit_rows.append((code, it.line, action, state_digest(merged, hist)))
            else:
                after = _entry(merged, hist)
                if it.audit_extra:
                    after.update(it.audit_extra)
                changes.append(Change("dossier", code, action, _entry(before, old_hist), after))
        return _Todo(inserts, updates, histories, audit_rows, changes)

    def _merge(self, it: Item, st: _Stored | None):
        """(merged record, its history, the stored history), or the problems."""
        rec = it.rec
        if st is None:
            merged = _EMPTY.copy()
            old_hist: list[dict] = []
        else:
            merged = dict(st.row)
            old_hist = st.history
        merged.update(rec)
        hist = [dict(p) for p in it.pauses] if it.pauses is not None else old_hist
        before = st.row if st else None
        ended = False
        if (
            before is not None
            and it.pauses is None
            and before["paused_on"] is not None
            and before["outcome"] is None
            and merged["outcome"] is not None
            and rec.get("paused_on", before["paused_on"]) in (None, before["paused_on"])
        ):  # finishing a dossier that waits for supplements ends the wait on the finishing day
            if isinstance(merged["finished_on"], str):
                merged["paused_on"], merged["pause_reason"] = before["paused_on"], before["pause_reason"]
                merged, hist, _ = rules.end_pause(merged, old_hist, merged["finished_on"], self.calendar())
                ended = True
        elif before is not None and it.pauses is None and before["outcome"] is not None:
            self._keep_moved_dates(merged, before, old_hist)
        if it.open_pause and not ended:
            closed = [p for p in old_hist if p["resumed_on"] is not None]
            hist = closed + (
                [{"paused_on": merged["paused_on"], "resumed_on": None, "days": None, "reason": merged["pause_reason"]}]
                if merged["paused_on"] is not None
                else []
            )
        problems = rules.validate(merged, today=self.today, pauses=hist)
        return problems or (merged, hist, old_hist)

    def _keep_moved_dates(self, merged: dict, before: dict, hist: list[dict]) -> None:
        """A wait ended by finishing moved the dates by its working days; the same file given
        again carries the dates from before the move: they mean the moved dates (else a re-import
        would undo the days waited, which the history still records)."""
        last = hist[-1] if hist else None
        if not last or last["resumed_on"] != before["finished_on"] or not last["days"]:
            return
        if merged["finished_on"] != before["finished_on"]:
            return
        cal, days = self.calendar(), last["days"]
        for col in ("due_on", "rescheduled_due_on"):
            new, old = merged[col], before[col]
            if old and isinstance(new, str) and new != old and len(new) == 10:
                try:
                    if cal.due(date.fromisoformat(new), days).isoformat() == old:
                        merged[col] = old
                except ValueError:
                    pass

    def _apply(self, inserts: list[dict], updates: list[dict], histories: list[tuple]) -> None:
        conn = self.conn
        if inserts:
            conn.executemany(
                f"INSERT INTO dossiers ({_COLS}) VALUES ({', '.join('?' * len(COLUMNS))})",
                [_values(r) for r in inserts],
            )
        if updates:
            sets = ", ".join(f"{c} = ?" for c in COLUMNS[1:])
            conn.executemany(
                f"UPDATE dossiers SET {sets} WHERE code = ?",
                [_update_values(r) for r in updates],
            )
        for code, hist in histories:
            (dossier_id,) = conn.execute("SELECT id FROM dossiers WHERE code = ?", (code,)).fetchone()
            conn.execute("DELETE FROM dossier_pauses WHERE dossier_id = ?", (dossier_id,))
            conn.executemany(
                "INSERT INTO dossier_pauses (dossier_id, paused_on, resumed_on, days, reason) VALUES (?, ?, ?, ?, ?)",
                [(dossier_id, *(p.get(k) for k in PAUSE_KEYS)) for p in hist],
            )
            self._any_pauses = True

    def delete(self, code: str, reason: str) -> dict:
        """Remove one dossier and its pause history; the audit entry keeps the whole record
        (``before``, with its pauses) and why (``after``: ``{"reason": ...}``). ``audit verify``
        reads the action: the record is gone."""
        from cchc.domain.text import required

        why = required(reason, "reason")
        st = self._load([code]).get(code)
        if st is None:
            raise NotFound("dossier_missing", code=code)
        self.conn.execute("DELETE FROM dossier_pauses WHERE dossier_id = ?", (st.id,))
        self.conn.execute("DELETE FROM dossiers WHERE id = ?", (st.id,))
        self.trail.record([Change("dossier", code, "delete", _entry(st.row, st.history), {"reason": why})])
        return {**st.row, "pauses": st.history}

    def close(self) -> None:
        if self.batch is not None:
            self.batch.close()


_BASE = COLUMNS[: COLUMNS.index("reschedule_reason") + 1]  # the columns digested before the history
_LATER = COLUMNS[len(_BASE) :]  # columns added since: digested after it
_base_values = itemgetter(*_BASE)
_later_values = itemgetter(*_LATER) if len(_LATER) > 1 else (lambda rec: (rec[_LATER[0]],) if _LATER else ())


def state_digest(rec: dict, hist: list[dict] | None) -> str:
    """A dossier's digest: its first columns, its pause history (None when it has none), then the
    columns added later — so a dossier that never had them keeps the digest it was given."""
    try:
        base, later = _base_values(rec), _later_values(rec)
    except KeyError:  # an audit entry that left empty columns out
        base, later = tuple(rec.get(c) for c in _BASE), tuple(rec.get(c) for c in _LATER)
    history = tuple(tuple(p.get(k) for k in PAUSE_KEYS) for p in hist) if hist else None
    return digest((*base, history, *later))


def _entry(rec: dict | None, hist: list[dict]) -> dict | None:
    """A dossier as a full audit entry records it: its columns and, when it has any, its pauses."""
    if rec is None:
        return None
    return {**rec, "pauses": [dict(p) for p in hist]} if hist else dict(rec)


def write_one(trail: Trail, item: Item) -> dict:
    """A clerk's command: a batch of one; stops with its first problem."""
    from cchc.domain.problems import raise_first

    out = Writer(trail).write([item])
    raise_first([p for _, p in out.problems])
    return out.after[0]
