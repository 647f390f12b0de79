"""The clerk's morning view (``cchc today``) and the ``--due-within`` lists: plain data, no
printing, no language.

Dossiers, as of a day D (every date is the ledger's; working days from its calendar):

- **due**: not finished on D, not waiting for supplements, ``due_on`` from D up to the N-th
  working day after D (``horizon``); ``workdays_left`` = working days after D up to the date
  (0 = due today).
- **overdue**: not finished on D, not waiting, ``due_on`` before D, oldest first;
  ``workdays_late`` = working days after the date up to D. An apology slip's new date
  (``rescheduled_due_on``) is shown, but timeliness is judged against ``due_on``.
- **waiting**: waiting for the applicant's supplements on D (a pause that began on or before D
  and had not ended by D); never overdue, since the waiting time does not count.

A dossier is "not finished on D" when it was received on or before D and has no outcome, or its
outcome came after D. The three sections are read in one query over that set, found through the
index on (finished_on, received_on): the pending dossiers are a small part of a ledger.

Tasks (calendar days): those of the plans of D's year, neither done nor cancelled on D, due
before D (overdue) or by the end of D's month. Meetings: those held from the Monday of D's week
up to D, and the count per kind in the Decree 09 half-year window holding D, up to D.
"""

from __future__ import annotations

import calendar as _calendar
import json
from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from cchc.domain.errors import InputError
from cchc.store import window

MAX_WITHIN = 365
SECTIONS = ("due", "overdue", "waiting")

# the dossiers not finished on :as_of: two ranges of the index on (finished_on, received_on) --
# never finished, finished after :as_of. The unary + keeps the planner off the index that starts
# with received_on, whose range (received on or before :as_of) is the whole past.
_PENDING = """
SELECT d.id, d.due_on, d.code FROM dossiers d WHERE d.finished_on IS NULL AND +d.received_on <= :as_of
UNION ALL
SELECT d.id, d.due_on, d.code FROM dossiers d WHERE d.finished_on > :as_of AND +d.received_on <= :as_of
"""
# the waits for supplements open on :as_of (begun on or before it, not ended by it); few rows
_OPEN_PAUSES = """
SELECT p.dossier_id, p.paused_on, p.reason FROM dossier_pauses p
WHERE p.paused_on <= :as_of AND (p.resumed_on IS NULL OR p.resumed_on > :as_of) ORDER BY p.id
"""
_DETAILS = """
SELECT d.id, d.code, d.procedure, d.field, d.applicant, d.received_on, d.due_on, d.rescheduled_due_on,
       d.reschedule_reason
FROM dossiers d WHERE d.id IN ({ids})
"""

_TASKS = """
SELECT p.code || '#' || t.number AS ref, p.code AS plan, t.number, t.title, t.area, t.unit, t.due_on,
       CASE WHEN t.started_on IS NOT NULL AND t.started_on <= :as_of THEN 'doing' ELSE 'todo' END AS status
FROM tasks t JOIN plans p ON p.id = t.plan_id
WHERE p.year = :year AND t.due_on <= :month_end
  AND NOT (t.cancelled_on IS NOT NULL AND t.cancelled_on <= :as_of)
  AND NOT (t.done_on IS NOT NULL AND t.done_on <= :as_of)
"""

_MEETINGS = """
SELECT k.key AS kind, k.name, k.name_en, COUNT(m.id) AS count
FROM meeting_kinds k LEFT JOIN meetings m ON m.kind = k.key AND m.held_on >= :start AND m.held_on <= :end
GROUP BY k.key ORDER BY k.rowid
"""


@dataclass
class Today:
    """What ``cchc today`` shows; ``as_dict()`` is its JSON (keys documented in the README)."""

    as_of: str
    within: int
    horizon: str
    working_day: bool
    counts: dict[str, int]
    due: list[dict] = field(default_factory=list)
    overdue: list[dict] = field(default_factory=list)
    waiting: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)
    meetings: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        """The JSON object (not a deep copy: ``dataclasses.asdict`` would copy every row)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _conn(ledger_or_conn):
    return getattr(ledger_or_conn, "conn", ledger_or_conn)


def check_within(days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_WITHIN:
        raise InputError("today_bad_within", value=days, max=MAX_WITHIN)
    return days


def horizon(cal, as_of: date, days: int) -> date:
    """The N-th working day after ``as_of`` (``as_of`` itself for 0), as ``calendar due``."""
    return cal.due(as_of, days) if days else as_of


def _rows(conn, sql: str, params: dict) -> list[dict]:
    cur = conn.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _classify(conn, as_of: date, end: date) -> tuple[dict[str, list], dict[int, tuple], int]:
    """The pending dossiers' sort keys by section, the open pauses, and how many are due today."""
    day, last = as_of.isoformat(), end.isoformat()
    pauses = {r[0]: (r[1], r[2]) for r in conn.execute(_OPEN_PAUSES, {"as_of": day})}
    keys: dict[str, list] = {s: [] for s in SECTIONS}
    due_today = 0
    for dossier_id, due_on, code in conn.execute(_PENDING, {"as_of": day}):
        pause = pauses.get(dossier_id)
        if pause is not None:
            keys["waiting"].append((pause[0], code, dossier_id))
        elif due_on < day:
            keys["overdue"].append((due_on, code, dossier_id))
        elif due_on <= last:
            keys["due"].append((due_on, code, dossier_id))
            due_today += due_on == day
    return keys, pauses, due_today


def _details(conn, ids: list[int]) -> dict[int, dict]:
    found: dict[int, dict] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = _DETAILS.format(ids=", ".join("?" * len(chunk)))
        cur = conn.execute(sql, chunk)
        cols = [c[0] for c in cur.description]
        for r in cur.fetchall():
            found[r[0]] = dict(zip(cols, r, strict=True))
    return found


def _dossier(section: str, row: dict, pause: tuple | None, cal, as_of: date) -> dict:
    out = {
        k: row[k] for k in ("code", "procedure", "field", "applicant", "received_on", "due_on", "rescheduled_due_on")
    }
    due = date.fromisoformat(row["due_on"])
    if section == "due":
        out["workdays_left"] = cal.workdays(as_of, due)
    elif section == "overdue":
        out["workdays_late"] = cal.workdays(due, as_of)
        out["reschedule_reason"] = row["reschedule_reason"]
    else:
        out["paused_on"], out["pause_reason"] = pause
        out["workdays_waited"] = cal.workdays(date.fromisoformat(pause[0]), as_of)
    return out


def dossier_sections(ledger, as_of: date, within: int = 3, limit: int | None = None, cal=None) -> dict:
    """``{"horizon", "due", "overdue", "waiting", "counts"}``: each section's rows, first
    ``limit`` of each (all when None), and the full counts (``due_today``, ``due``,
    ``overdue``, ``waiting``). Due and overdue by date then code; waiting by the day the wait
    began, the longest first."""
    import heapq

    from cchc.store.calendar import load_calendar

    check_within(within)
    conn = _conn(ledger)
    cal = cal or load_calendar(ledger)
    end = horizon(cal, as_of, within)
    keys, pauses, due_today = _classify(conn, as_of, end)
    counts = {"due_today": due_today, **{s: len(keys[s]) for s in SECTIONS}}
    chosen = {s: (sorted(k) if limit is None else heapq.nsmallest(limit, k)) for s, k in keys.items()}
    rows = _details(conn, [k[2] for s in SECTIONS for k in chosen[s]])
    out: dict = {"horizon": end, "counts": counts}
    for s in SECTIONS:
        out[s] = [_dossier(s, rows[k[2]], pauses.get(k[2]), cal, as_of) for k in chosen[s]]
    return out


def due_within_dossiers(
    ledger,
    as_of: date,
    days: int,
    *,
    status: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    field: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """The rows of ``dossier list --due-within DAYS``: not finished on ``as_of``, not waiting
    for supplements, due from ``as_of`` up to the ``days``-th working day after it (the date
    ``calendar due AS_OF DAYS`` prints); by due date, then code. In the shape of ``dossier
    list`` (its JSON contract), with its other filters (received from/to, field, limit);
    ``status`` may only be None or "pending" (these are all pending)."""
    from cchc.domain.text import clean
    from cchc.store.dossiers import SELECT

    if status not in (None, "pending"):
        raise InputError("due_within_status", status=status)
    window.check(date_from, date_to)
    codes = [r["code"] for r in dossier_sections(ledger, as_of, days)["due"]]
    conn = _conn(ledger)
    found: dict[str, dict] = {}
    day = as_of.isoformat()
    for i in range(0, len(codes), 500):
        chunk = codes[i : i + 500]
        marks = ", ".join(f":c{j}" for j in range(len(chunk)))
        params = {"as_of": day, "seen": day, **{f"c{j}": c for j, c in enumerate(chunk)}}
        for r in _rows(conn, SELECT + f" WHERE d.code IN ({marks})", params):
            r["overdue"] = bool(r["overdue"])
            if r["pauses"] is not None:
                r["pauses"] = json.loads(r["pauses"])
            found[r["code"]] = r
    field = clean(field)
    rows = [
        found[c]
        for c in codes
        if (date_from is None or found[c]["received_on"] >= date_from.isoformat())
        and (date_to is None or found[c]["received_on"] <= date_to.isoformat())
        and (field is None or found[c]["field"] == field)
    ]
    return rows[:limit] if limit else rows


def tasks_due_within(
    ledger, today: date, days: int, plan: str | None = None, status: str | None = None, overdue: bool = False
) -> list[dict]:
    """The tasks of ``task list --due-within DAYS``: neither done nor cancelled, due from
    ``today`` up to ``days`` calendar days after it; by due date, then reference. ``status``
    (todo or doing) narrows them; ``overdue`` ones are never due from today on, so none."""
    from cchc.store import tasks

    check_within(days)
    if status in ("done", "cancelled"):
        raise InputError("due_within_task_status", status=status)
    if overdue:
        raise InputError("due_within_overdue")
    first, last = today.isoformat(), (today + timedelta(days=days)).isoformat()
    rows = [
        t
        for t in tasks.list_tasks(ledger, plan, status, today=today)
        if t["due_on"] and first <= t["due_on"] <= last and t["status"] not in ("done", "cancelled")
    ]
    rows.sort(key=lambda t: (t["due_on"], t["plan"], t["number"]))
    return rows


def task_rows(ledger, as_of: date, limit: int | None = None) -> tuple[list[dict], dict]:
    """Tasks of the plans of ``as_of``'s year, open on ``as_of``, due before the end of its
    month; sorted by unit (Vietnamese order, no unit last), then due date. With the counts
    ``{"tasks_overdue", "tasks_due"}`` (due = from ``as_of`` to the month's end)."""
    from cchc.domain.text import vi_sort_key

    month_end = date(as_of.year, as_of.month, _calendar.monthrange(as_of.year, as_of.month)[1])
    params = {"as_of": as_of.isoformat(), "year": as_of.year, "month_end": month_end.isoformat()}
    rows = _rows(_conn(ledger), _TASKS, params)
    for r in rows:
        due = date.fromisoformat(r["due_on"])
        r["overdue"] = due < as_of
        r["days"] = abs((as_of - due).days)  # late by, or left
    rows.sort(key=lambda r: (r["unit"] is None, vi_sort_key(r["unit"]), r["due_on"], r["plan"], r["number"]))
    counts = {"tasks_overdue": sum(r["overdue"] for r in rows), "tasks_due": sum(not r["overdue"] for r in rows)}
    if limit is not None:
        rows = rows[:limit]
    return [
        {k: r[k] for k in ("ref", "plan", "title", "area", "unit", "due_on", "status", "overdue", "days")} for r in rows
    ], counts


def meeting_summary(ledger, as_of: date) -> dict:
    """Meetings held this week (Monday to ``as_of``) and the count per kind in the half-year
    report window holding ``as_of``, up to it."""
    from cchc.domain import periods

    conn = _conn(ledger)
    monday = as_of - timedelta(days=as_of.weekday())
    week = _rows(
        conn,
        "SELECT m.kind, m.held_on, m.title, m.chair FROM meetings m"
        " WHERE m.held_on >= :start AND m.held_on <= :end ORDER BY m.held_on, m.kind, m.title",
        {"start": monday.isoformat(), "end": as_of.isoformat()},
    )
    period = periods.current("semester", until=as_of)
    by_kind = _rows(conn, _MEETINGS, {"start": period.start.isoformat(), "end": as_of.isoformat()})
    return {
        "week_start": monday.isoformat(),
        "week": week,
        "window": {"label": period.label, "start": period.start.isoformat(), "end": as_of.isoformat()},
        "by_kind": by_kind,
        "total": sum(k["count"] for k in by_kind),
    }


def today(ledger, as_of: date, within: int = 3, limit: int | None = None) -> Today:
    """Everything ``cchc today`` shows, as of ``as_of``; ``limit`` caps each list (the counts
    stay whole)."""
    from cchc.store.calendar import load_calendar

    cal = load_calendar(ledger)
    d = dossier_sections(ledger, as_of, within, limit, cal)
    tasks, task_counts = task_rows(ledger, as_of, limit)
    meetings = meeting_summary(ledger, as_of)
    counts = {**d["counts"], **task_counts, "meetings_week": len(meetings["week"])}
    return Today(
        as_of=as_of.isoformat(),
        within=within,
        horizon=d["horizon"].isoformat(),
        working_day=cal.is_working(as_of),
        counts=counts,
        due=d["due"],
        overdue=d["overdue"],
        waiting=d["waiting"],
        tasks=tasks,
        meetings=meetings,
    )
