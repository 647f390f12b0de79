"""The period report, aggregated in SQL: tasks, dossiers (with the official form), meetings.

Every figure is as of ``period.end``: a task done or cancelled later, or a dossier finished
later, counts as it stood then (``store.dossiers.STATUS_SQL``, ``store.tasks.state_sql``).

The dossiers counted are the window's: those carried over (received before the start and not
finished when it began) and those received in it. They are read through three disjoint index
ranges — received in the window; received before it and finished on or after its start;
received before it and never finished — so a report on a ledger of many years reads about one
window's worth of rows, never the whole table.
"""

from __future__ import annotations

from datetime import date

from cchc.domain import report_models as m
from cchc.domain.areas import AREA_KEYS, area_name
from cchc.domain.periods import Period, previous
from cchc.services import service_index
from cchc.store.dossiers import STATUS_SQL
from cchc.store.ledger import Ledger
from cchc.store.plans import get as get_plan
from cchc.store.tasks import state_sql

_COLS = (
    f"d.field AS field, d.channel AS channel, ({STATUS_SQL}) AS st, d.due_on < :as_of AS past,"
    " d.rescheduled_due_on IS NOT NULL AND d.due_on <= :as_of AS apology"
)
# the carried-over branch (received before the start, finished on or after it) is read inside
# whichever m004 index has the shorter range: the past (received_on < start) for an early
# window, the future (finished_on >= start) for a recent one
CARRIED_INDEX = {"past": "dossiers_received_finished", "future": "dossiers_finished_received"}
DOSSIER_SQL = f"""
WITH s AS (
    SELECT {_COLS}, 0 AS carried FROM dossiers d
     WHERE d.received_on >= :start AND d.received_on <= :end
    UNION ALL
    SELECT {_COLS}, 1 AS carried FROM dossiers d INDEXED BY {{carried_index}}
     WHERE d.finished_on >= :start AND d.received_on < :start
    UNION ALL
    SELECT {_COLS}, 1 AS carried FROM dossiers d INDEXED BY dossiers_finished_received
     WHERE d.finished_on IS NULL AND d.received_on < :start
)
SELECT field,
       SUM(carried) AS carried_over,
       SUM(carried = 0) AS received,
       SUM(carried = 0 AND channel = 'online') AS received_online,
       SUM(carried = 0 AND channel = 'direct') AS received_direct,
       SUM(carried = 0 AND channel = 'postal') AS received_postal,
       SUM(st IN ('early', 'on_time', 'late')) AS resolved,
       SUM(st = 'early') AS early,
       SUM(st = 'on_time') AS on_time,
       SUM(st = 'late') AS late,
       SUM(st = 'returned') AS returned,
       SUM(st = 'withdrawn') AS withdrawn,
       SUM(st = 'pending') AS pending,
       SUM(st = 'pending' AND NOT past) AS pending_in_time,
       SUM(st = 'pending' AND past) AS pending_overdue,
       SUM(apology) AS apology_letters
FROM s GROUP BY field ORDER BY field IS NULL, field COLLATE vi
"""

_STATE = state_sql(":as_of")
_TASK_COUNTS = """
       COUNT(*) FILTER (WHERE state != 'cancelled') AS total,
       COUNT(*) FILTER (WHERE state = 'done') AS done,
       COUNT(*) FILTER (WHERE state = 'doing') AS doing,
       COUNT(*) FILTER (WHERE state = 'todo') AS todo,
       COUNT(*) FILTER (WHERE state = 'cancelled') AS cancelled,
       COUNT(*) FILTER (WHERE state IN ('todo', 'doing') AND due_on < :as_of) AS overdue
"""


def _task_source(plan_filter: str) -> str:
    return (
        f"SELECT t.id, p.code || '#' || t.number AS ref, p.code AS plan, t.number, t.title, t.area,"
        f" t.unit, t.due_on, {_STATE} AS state"
        f" FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE {plan_filter}"
    )


def period_out(period: Period) -> m.PeriodOut:
    return m.PeriodOut(
        kind=period.kind,
        label=period.label,
        start=period.start,
        end=period.end,
        window_end=period.window_end,
        year=period.year,
        index=period.index,
        boundaries="calendar" if period.calendar else "decree-09",
    )


def _shorter_side(ledger: Ledger, period: Period) -> str:
    """ "past" when the window starts nearer the first dossier than the last, else "future"."""
    # two queries: each is one index probe, while MIN and MAX together scan the table
    first = ledger.conn.execute("SELECT MIN(received_on) FROM dossiers").fetchone()[0]
    last = ledger.conn.execute("SELECT MAX(received_on) FROM dossiers").fetchone()[0]
    if first is None:
        return "future"
    start = period.start.isoformat()
    span = date.fromisoformat(last) - date.fromisoformat(first)
    return "past" if date.fromisoformat(start) - date.fromisoformat(first) < span / 2 else "future"


def dossier_figures(ledger: Ledger, period: Period) -> m.Dossiers:
    params = {"start": period.start.isoformat(), "end": period.end.isoformat(), "as_of": period.end.isoformat()}
    sql = DOSSIER_SQL.replace("{carried_index}", CARRIED_INDEX[_shorter_side(ledger, period)])
    raw = ledger.rows(sql, params)
    rows = [m.FieldCounts(**r) for r in raw]
    total = {k: sum(getattr(r, k) for r in rows) for k in m.DOSSIER_KEYS}
    # an apology letter comes before the date it puts back (by rule), so one whose original date
    # is not after the window's end was issued by then
    return m.Dossiers(**total, by_field=rows, apology_letters=sum(r["apology_letters"] for r in raw))


def task_figures(ledger: Ledger, period: Period, plan: str | None = None, lang: str = "vi") -> m.Tasks:
    """Tasks of the plans of the period's year, or of one plan."""
    if plan:
        p = get_plan(ledger, plan)
        where, params = "p.id = :plan", {"plan": p["id"]}
    else:
        where, params = "p.year = :year", {"year": period.year}
    params["as_of"] = period.end.isoformat()
    src = _task_source(where)
    overall = ledger.row(f"SELECT {_TASK_COUNTS} FROM ({src})", params)
    by_area = sorted(
        ledger.rows(f"SELECT area AS key, {_TASK_COUNTS} FROM ({src}) GROUP BY area", params),
        key=lambda r: AREA_KEYS.index(r["key"]) if r["key"] in AREA_KEYS else len(AREA_KEYS),
    )
    by_unit = ledger.rows(
        f"SELECT unit AS key, {_TASK_COUNTS} FROM ({src}) GROUP BY unit ORDER BY unit IS NULL, unit COLLATE vi", params
    )
    overdue = ledger.rows(
        f"SELECT ref, title, area, unit, due_on, state AS status FROM ({src})"
        " WHERE state IN ('todo', 'doing') AND due_on < :as_of ORDER BY due_on, plan, number",
        params,
    )
    items = ledger.rows(
        f"SELECT s.ref, s.title, s.area, s.unit, s.due_on, s.state AS status,"
        f" CASE WHEN s.state = 'done' THEN t.done_on END AS done_on,"
        f" CASE WHEN s.state = 'done' THEN t.evidence END AS evidence"
        f" FROM ({src}) s JOIN tasks t ON t.id = s.id ORDER BY s.plan, s.number",
        params,
    )
    plans = ledger.rows(
        "SELECT code, title, year, issued_on, basis FROM plans p WHERE " + where + " ORDER BY code",
        params if plan else {"year": period.year},
    )
    return m.Tasks(
        **overall,
        plans=plans,
        by_area=[{**r, "name": area_name(r["key"], lang) if r["key"] else ""} for r in by_area],
        by_unit=[{**r, "name": r["key"] or ""} for r in by_unit],
        overdue_tasks=overdue,
        items=items,
    )


def meeting_figures(ledger: Ledger, period: Period) -> m.Meetings:
    rows = ledger.rows(
        "SELECT k.key AS kind, k.name, k.name_en, COUNT(mt.id) AS count"
        " FROM meeting_kinds k LEFT JOIN meetings mt ON mt.kind = k.key"
        " AND mt.held_on >= :start AND mt.held_on <= :end"
        " GROUP BY k.key ORDER BY k.rowid",
        {"start": period.start.isoformat(), "end": period.end.isoformat()},
    )
    return m.Meetings(total=sum(r["count"] for r in rows), by_kind=rows)


def form_of(period: Period, dossiers: m.Dossiers) -> m.Form:
    rows = [m.FormRow.from_counts(r, i, r.field) for i, r in enumerate(dossiers.by_field, 1)]
    return m.Form(start=period.start, end=period.end, rows=rows, total=m.FormRow.from_counts(dossiers, None, None))


def _change(now: dict, before: dict) -> dict[str, int]:
    return {k: now[k] - before[k] for k in now if isinstance(now[k], int)}


def build(
    ledger: Ledger,
    period: Period,
    *,
    plan: str | None = None,
    compare: bool = False,
    lang: str = "vi",
    registers: bool = True,
    index_year: int | None = None,
) -> m.Report:
    """The report of ``period``; with ``compare``, also the previous period's figures.
    ``registers``: also the documents, communication work, inspections, reform index, notes and
    what is left for the next period (``report_registers``); ``index_year`` overrides the
    index year spoken of (by default the latest assessed before the period's year)."""
    from cchc.domain import regimes

    dossiers = dossier_figures(ledger, period)
    form = form_of(period, dossiers)
    reporting = regimes.reporting(period.end)
    form.regime, form.verified = reporting.key, reporting.verified
    report = m.Report(
        period=period_out(period),
        tasks=task_figures(ledger, period, plan, lang),
        dossiers=dossiers,
        meetings=meeting_figures(ledger, period),
        form=form,
    )
    if registers:
        from cchc.services import report_registers

        report_registers.fill(ledger, period, report, plan=plan, index_year=index_year)
    report.service_index = service_index.figures(ledger, period)
    if compare:
        prev = build(ledger, previous(period), plan=plan, lang=lang, registers=False).figures()
        now = report.figures()
        change = {
            "tasks": _change(now.tasks.model_dump(), prev.tasks.model_dump()),
            "dossiers": _change(now.dossiers.counts(), prev.dossiers.counts()),
            "meetings": {"total": now.meetings.total - prev.meetings.total},
        }
        report.compare = m.Comparison(previous=prev, change=change)
    return report
