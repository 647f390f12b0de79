"""Importing plans, tasks, meetings and procedures: files of tens to thousands of rows.

Every row is checked first (keys repeated within the file are errors); then, in one
transaction, each row is compared with the stored record: new ones inserted, changed ones
updated (columns the file does not have keep their stored values), identical ones left alone.
The audit ``after`` is read back with the noun's own ``snapshot``, so it is exactly what the
store functions record.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from cchc import i18n
from cchc.domain.areas import REFORM_AREAS
from cchc.domain.dates import parse_due
from cchc.domain.errors import CchcError
from cchc.domain.text import key as text_key
from cchc.services.import_common import (
    SAMPLE,
    Problems,
    RowError,
    Summary,
    date_cell,
    need,
    text,
)
from cchc.store import audit

i18n.register(
    {
        "imp_bad_int": ("không phải số nguyên dương: {value!r}", "not a positive whole number: {value!r}"),
        "imp_no_plan": (
            "không có kế hoạch {code} trong sổ cái (nhập kế hoạch trước)",
            "no plan {code} in the ledger (import the plans first)",
        ),
        "imp_no_kind": (
            "không có loại cuộc họp {kind!r} (xem 'cchc meeting kinds')",
            "no meeting kind {kind!r} (see 'cchc meeting kinds')",
        ),
        "imp_bad_area": (
            "lĩnh vực cải cách không hợp lệ: {value!r} (xem 'cchc task areas')",
            "unknown reform area: {value!r} (see 'cchc task areas')",
        ),
        "imp_done_and_cancelled": (
            "nhiệm vụ không thể vừa hoàn thành vừa bị hủy",
            "a task cannot be both done and cancelled",
        ),
        "imp_before_start": ("{when} trước ngày bắt đầu {start}", "{when} is before the start {start}"),
        "imp_bad_days": (
            "thời hạn không hợp lệ: {value!r} (số ngày làm việc, 1–365)",
            "invalid processing time: {value!r} (working days, 1–365)",
        ),
    }
)

_DAYS = re.compile(r"^\s*(\d{1,4})\s*(?:ngày(?:\s*làm\s*việc)?|days?)?\s*$", re.I)
_AREAS = {text_key(v): k for k, vi, en in REFORM_AREAS for v in (k, vi, en)}


class _Rollback(Exception):
    pass


def _cell(cells, pos, col, restore=True):
    i = pos.get(col)
    return None if i is None else text(cells[i], restore)


def _positive(value: str | None, col: str) -> int | None:
    if value is None:
        return None
    v = value.strip().removesuffix(".0")
    if not v.isdigit() or int(v) < 1:
        raise RowError(col, i18n.msg("imp_bad_int", value=value))
    return int(v)


def _present(pos, cols) -> list[str]:
    return [c for c in cols if c in pos]


@dataclass
class Spec:
    kind: str
    key_cols: tuple[str, ...]

    def check(self, cells, pos, conn) -> tuple[tuple, dict]:
        raise NotImplementedError

    def audit_key(self, key: tuple) -> str:
        return str(key[0])


class PlanSpec(Spec):
    COLS = ("code", "title", "year", "issued_on", "basis")

    def check(self, cells, pos, conn):
        code = need(_cell(cells, pos, "code"), "code")
        v = {c: _cell(cells, pos, c) for c in _present(pos, ("title", "basis"))}
        v["title"] = need(v.get("title"), "title")
        if "issued_on" in pos:
            v["issued_on"] = date_cell(cells[pos["issued_on"]], "issued_on")
        year = _positive(_cell(cells, pos, "year"), "year")
        if year is None and v.get("issued_on"):
            year = int(v["issued_on"][:4])
        if year is not None and not 1900 <= year <= 2200:
            raise RowError("year", i18n.msg("bad_year", value=year))
        if year is not None or "year" in pos:
            v["year"] = need(year, "year")
        return (code,), {"code": code, **v}

    def snapshot(self, conn, key):
        row = conn.execute("SELECT code, title, year, issued_on, basis FROM plans WHERE code = ?", key).fetchone()
        return dict(zip(self.COLS, row, strict=True)) if row else None

    def write(self, conn, key, values, before):
        if before is None:
            values.setdefault("year", None)
            conn.execute(
                "INSERT INTO plans (code, title, year, issued_on, basis) VALUES"
                " (:code, :title, :year, :issued_on, :basis)",
                {c: values.get(c) for c in self.COLS},
            )
        else:
            conn.execute(
                "UPDATE plans SET title = :title, year = :year, issued_on = :issued_on,"
                " basis = :basis WHERE code = :code",
                values,
            )


class TaskSpec(Spec):
    DATES = ("started_on", "done_on", "cancelled_on")

    def check(self, cells, pos, conn):
        plan = need(_cell(cells, pos, "plan"), "plan")
        year = conn.execute("SELECT year FROM plans WHERE code = ?", (plan,)).fetchone()
        if year is None:
            raise RowError("plan", i18n.msg("imp_no_plan", code=plan))
        number = need(_positive(_cell(cells, pos, "number"), "number"), "number")
        v: dict[str, Any] = {
            c: _cell(cells, pos, c) for c in _present(pos, ("title", "unit", "evidence", "cancel_reason"))
        }
        v["title"] = need(v.get("title"), "title")
        if "area" in pos:
            area = _cell(cells, pos, "area")
            if area is not None:
                area = _AREAS.get(text_key(area))
                if area is None:
                    raise RowError("area", i18n.msg("imp_bad_area", value=_cell(cells, pos, "area")))
            v["area"] = area
        if "due_on" in pos:
            due = _cell(cells, pos, "due_on")
            try:
                v["due_on"] = parse_due(due, year=year[0]).isoformat() if due else None
            except CchcError as exc:
                raise RowError("due_on", str(exc)) from None
        for c in _present(pos, self.DATES):
            v[c] = date_cell(cells[pos[c]], c)
        if v.get("done_on") and v.get("cancelled_on"):
            raise RowError("cancelled_on", i18n.msg("imp_done_and_cancelled"))
        today = date.today().isoformat()
        for c in ("done_on", "cancelled_on"):
            if v.get(c) and v.get("started_on") and v[c] < v["started_on"]:
                raise RowError(c, i18n.msg("imp_before_start", when=v[c], start=v["started_on"]))
            if v.get(c) and v[c] > today:  # as `task done`: recorded when it happens
                raise RowError(c, i18n.msg("imp_future", value=v[c]))
        return (plan, number), {"plan": plan, "number": number, **v}

    def audit_key(self, key):
        return f"{key[0]}#{key[1]}"

    def snapshot(self, conn, key):
        from cchc.store.tasks import snapshot

        return snapshot(conn, *key)

    def write(self, conn, key, values, before):
        from cchc.store.tasks import STORED

        cols = [c for c in STORED if c != "number"]
        params = {c: values.get(c) for c in cols}
        params.update(plan=key[0], number=key[1])
        if before is None:
            conn.execute(
                f"INSERT INTO tasks (plan_id, number, {', '.join(cols)}) SELECT id, :number, "
                f"{', '.join(':' + c for c in cols)} FROM plans WHERE code = :plan",
                params,
            )
        else:
            conn.execute(
                f"UPDATE tasks SET {', '.join(f'{c} = :{c}' for c in cols)} WHERE number = :number"
                " AND plan_id = (SELECT id FROM plans WHERE code = :plan)",
                params,
            )


class MeetingSpec(Spec):
    COLS = ("kind", "held_on", "title", "chair", "note")

    def check(self, cells, pos, conn):
        raw = need(_cell(cells, pos, "kind"), "kind")
        kind = None
        for k, name, name_en in conn.execute("SELECT key, name, name_en FROM meeting_kinds"):
            if text_key(raw) in (text_key(k), text_key(name), text_key(name_en or "")):
                kind = k
                break
        if kind is None:
            raise RowError("kind", i18n.msg("imp_no_kind", kind=raw))
        held = need(date_cell(cells[pos["held_on"]], "held_on"), "held_on")
        title = _cell(cells, pos, "title") or ""
        v = {c: _cell(cells, pos, c) for c in _present(pos, ("chair", "note"))}
        return (kind, held, title), {"kind": kind, "held_on": held, "title": title, **v}

    def audit_key(self, key):
        return f"{key[0]}@{key[1]}" + (f"/{key[2]}" if key[2] else "")

    def snapshot(self, conn, key):
        row = conn.execute(
            "SELECT kind, held_on, title, chair, note FROM meetings WHERE kind = ? AND held_on = ? AND title = ?", key
        ).fetchone()
        return dict(zip(self.COLS, row, strict=True)) if row else None

    def write(self, conn, key, values, before):
        params = {c: values.get(c) for c in self.COLS}
        if before is None:
            conn.execute(
                "INSERT INTO meetings (kind, held_on, title, chair, note) VALUES"
                " (:kind, :held_on, :title, :chair, :note)",
                params,
            )
        else:
            conn.execute(
                "UPDATE meetings SET chair = :chair, note = :note WHERE kind = :kind"
                " AND held_on = :held_on AND title = :title",
                params,
            )


class ProcedureSpec(Spec):
    def check(self, cells, pos, conn):
        from cchc.store.calendar import check_days

        code = need(_cell(cells, pos, "code"), "code")
        name = need(_cell(cells, pos, "name"), "name")
        raw = _cell(cells, pos, "days")
        m = _DAYS.match(raw or "")
        try:
            days = check_days(int(m.group(1))) if m else None
        except CchcError:
            days = None
        if days is None:
            raise RowError("days", i18n.msg("imp_bad_days", value=raw))
        v = {"code": code, "name": name, "days": days}
        if "field" in pos:
            v["field"] = _cell(cells, pos, "field")
        return (code,), v

    def snapshot(self, conn, key):
        from cchc.store.procedures import snapshot

        return snapshot(conn, key[0])


SPECS = {
    "plans": PlanSpec("plan", ("code",)),
    "tasks": TaskSpec("task", ("plan", "number")),
    "meetings": MeetingSpec("meeting", ("kind", "held_on", "title")),
    "procedures": ProcedureSpec("procedure", ("code",)),
}


def import_records(ledger, noun: str, table, summary: Summary, *, dry_run: bool = False) -> Summary:
    spec = SPECS[noun]
    problems = Problems(table.name)
    pos, headings = table.pos, table.headings
    try:
        with ledger.write() as conn:
            seen: dict[tuple, int] = {}
            rows = []
            for line, cells in table.rows():
                summary.rows += 1
                try:
                    key, values = spec.check(cells, pos, conn)
                except RowError as exc:
                    problems.add(line, headings.get(exc.column, exc.column), exc.message)
                    continue
                if key in seen:
                    col = spec.key_cols[-1] if noun != "meetings" else "held_on"
                    problems.add(
                        line,
                        headings.get(col, col),
                        i18n.msg(
                            "imp_duplicate", what=spec.audit_key(key), first=i18n.msg("imp_first_at", line=seen[key])
                        ),
                    )
                    continue
                seen[key] = line
                rows.append((line, key, values))
            if problems.total:
                raise _Rollback
            _write(conn, ledger.command, spec, rows, summary, problems)
            if problems.total or dry_run:
                raise _Rollback
    except _Rollback:
        pass
    problems.raise_if_any()
    summary.dry_run = dry_run
    return summary


def _write(conn, command, spec, rows, summary, problems) -> None:
    changes = []
    upserts = []
    for line, key, values in rows:
        before = spec.snapshot(conn, key)
        merged = {**(before or {}), **values}
        if before is not None and all(before.get(k) == v for k, v in merged.items()):
            summary.unchanged += 1
            continue
        action = "insert" if before is None else "update"
        setattr(summary, action + "ed", getattr(summary, action + "ed") + 1)
        if len(summary.samples[action]) < SAMPLE:
            summary.samples[action].append(spec.audit_key(key))
        if isinstance(spec, ProcedureSpec):
            upserts.append(merged)
            continue
        try:
            spec.write(conn, key, merged, before)
        except sqlite3.IntegrityError as exc:
            problems.add(line, "-", i18n.msg("imp_conflict", detail=str(exc)))
            continue
        changes.append((spec.kind, spec.audit_key(key), action, before, spec.snapshot(conn, key)))
    if upserts:
        from cchc.store import procedures

        procedures.upsert_many(conn, upserts, command)
    if changes:
        audit.record_many(conn, command, changes)
