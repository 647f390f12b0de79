"""The period report, aggregated in SQL: tasks, dossiers (with the official form), meetings.

Every figure is as of ``period.end``: a task done or cancelled later, or a dossier finished
later, counts as it stood then (``store.dossiers.STATUS_SQL``, ``store.tasks.state_sql``).

The dossiers counted are the window's: those carried over (received before the start and not
finished when it began) and those received in it, read once for the dossier figures and the
service-quality indicators alike (``services.window_pass``).
"""

from __future__ import annotations

from cchc.domain import report_models as m
from cchc.domain.areas import AREA_KEYS, area_name
from cchc.domain.periods import Period, previous
from cchc.services import service_index, window_pass
from cchc.store.ledger import Ledger
from cchc.store.plans import get as get_plan
from cchc.store.tasks import state_sql

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


def dossiers_of(by_field: list[dict]) -> m.Dossiers:
    """The dossier figures from ``window_pass.read``'s counts by field."""
    rows = [m.FieldCounts(**r) for r in by_field]
    total = {k: sum(getattr(r, k) for r in rows) for k in m.DOSSIER_KEYS}
    return m.Dossiers(**total, by_field=rows, apology_letters=sum(r["apology_letters"] for r in by_field))


def dossier_figures(ledger: Ledger, period: Period) -> m.Dossiers:
    return dossiers_of(window_pass.read(ledger, period).by_field)


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

    window = window_pass.read(ledger, period)  # one pass: the dossier figures and the service index
    dossiers = dossiers_of(window.by_field)
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
    report.service_index = service_index.from_rows(window.by_procedure, service_index.configured_points())
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
