"""A unit's service-quality indicators (Decision 766/QĐ-TTg) for a period, from its ledger: one
aggregate query over the period's dossiers (the report's three disjoint index ranges), grouped by
procedure; the formulas are in ``cchc.domain.service_index``.

Working days for the average processing time come from the ledger's calendar through a small
TEMP table of cumulative working-day numbers (day -> n), joined in SQL, so no Python runs per
dossier. Everything is as of the period's end, like the report.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta

from cchc.domain import service_index as si
from cchc.domain.periods import Period
from cchc.store.ledger import Ledger

_CARRIED = {"past": "dossiers_received_finished", "future": "dossiers_finished_received"}
# as of :end — finished by then; waiting for supplements then (its current wait, or one of its
# history's that spanned the day); the number of supplement requests by then, and the last one
FINISHED = "(d.outcome IS NOT NULL AND d.finished_on <= :end)"
PAUSED = (
    "(d.paused_on IS NOT NULL AND d.paused_on <= :end OR EXISTS (SELECT 1 FROM dossier_pauses p"
    " WHERE p.dossier_id = d.id AND p.paused_on <= :end AND p.resumed_on > :end))"
)
PAUSES_BY_END = "(SELECT COUNT(*) FROM dossier_pauses p WHERE p.dossier_id = d.id AND p.paused_on <= :end)"
LAST_PAUSE = (
    "COALESCE((SELECT MAX(p.paused_on) FROM dossier_pauses p WHERE p.dossier_id = d.id AND p.paused_on <= :end),"
    " d.paused_on)"
)
PAUSE_DAYS = "(SELECT COALESCE(SUM(p.days), 0) FROM dossier_pauses p WHERE p.dossier_id = d.id)"
WD = "(SELECT w.n FROM temp.cchc_wd w WHERE w.day = {})"
WD_DUE = "COALESCE((SELECT w.n FROM temp.cchc_wd w WHERE w.day = d.due_on), (SELECT MAX(n) FROM temp.cchc_wd))"


def in_time_sql(with_pauses: bool) -> str:
    """2.1: on time or within time as of :end (see the domain module)."""
    if not with_pauses:
        return (
            f"CASE WHEN {FINISHED} THEN d.finished_on <= d.due_on"
            " WHEN d.paused_on IS NOT NULL AND d.paused_on <= :end THEN d.paused_on <= d.due_on"
            " ELSE d.due_on >= :end END"
        )
    return (
        f"CASE WHEN {FINISHED} THEN d.finished_on <= d.due_on"
        f" WHEN {PAUSED} THEN {PAUSES_BY_END} <= 1 AND {LAST_PAUSE} <= d.due_on"
        " ELSE d.due_on >= :end END"
    )


def _received(with_pauses: bool) -> str:
    """The aggregates of the dossiers received in the window, by procedure."""
    ok = in_time_sql(with_pauses)
    res = "(d.outcome IS 'resolved' AND d.finished_on <= :end)"  # never NULL: 0 or 1
    days = PAUSE_DAYS if with_pauses else "0"
    return f"""
SELECT d.procedure AS procedure,
       COUNT(*) AS window,
       COUNT(*) AS received,
       SUM({ok}) AS in_time,
       SUM(d.channel = 'online') AS received_online,
       SUM(d.online_service = 'full') AS received_full_online,
       SUM(d.online_service = 'partial') AS received_partial_online,
       SUM(d.digitised = 1) AS digitised_inputs,
       SUM(d.digitised IS 1 AND (d.result_digitised IS 1 OR NOT {res})) AS digitised,
       SUM({res}) AS resolved_received,
       SUM(d.result_digitised IS 1 AND {res}) AS result_digitised,
       SUM(d.paid_online IS NOT NULL) AS fee_dossiers,
       SUM(d.paid_online = 1) AS paid_online,
       SUM(d.rating IS NOT NULL) AS rated,
       SUM(d.rating >= {si.LIKE_MIN}) AS satisfied,
       SUM(d.rating <= {si.DISLIKE_MAX}) AS unsatisfied,
       SUM(d.rescheduled_due_on IS NOT NULL) AS apologies,
       SUM(CASE WHEN d.rescheduled_due_on IS NOT NULL THEN NOT {ok} END) AS late_with_apology,
       SUM(CASE WHEN {res} THEN {WD.format("d.received_on")} + {days} END) AS n_received,
       SUM(CASE WHEN {res} THEN {WD.format("d.finished_on")} END) AS n_finished,
       SUM(CASE WHEN {res} THEN {WD_DUE} END) AS n_due
FROM dossiers d WHERE d.received_on >= :start AND d.received_on <= :end
GROUP BY d.procedure"""


def _carried(where: str, with_pauses: bool) -> str:
    """The aggregates of the dossiers carried into the window (only 2.1, ratings, apologies)."""
    ok = in_time_sql(with_pauses)
    zero = ", ".join(
        f"0 AS {c}"
        for c in (
            "received",
            "received_online",
            "received_full_online",
            "received_partial_online",
            "digitised_inputs",
            "digitised",
            "resolved_received",
            "result_digitised",
            "fee_dossiers",
            "paid_online",
        )
    )
    return f"""
SELECT d.procedure AS procedure, COUNT(*) AS window, SUM({ok}) AS in_time, {zero},
       SUM(d.rating IS NOT NULL) AS rated,
       SUM(d.rating >= {si.LIKE_MIN}) AS satisfied,
       SUM(d.rating <= {si.DISLIKE_MAX}) AS unsatisfied,
       SUM(d.rescheduled_due_on IS NOT NULL) AS apologies,
       SUM(CASE WHEN d.rescheduled_due_on IS NOT NULL THEN NOT {ok} END) AS late_with_apology,
       0 AS n_received, 0 AS n_finished, 0 AS n_due
FROM dossiers d {where}
GROUP BY d.procedure"""


def _queries(carried_index: str, with_pauses: bool) -> list[str]:
    """Three queries over the report's three disjoint index ranges."""
    return [
        _received(with_pauses),
        _carried(f"INDEXED BY {carried_index} WHERE d.finished_on >= :start AND d.received_on < :start", with_pauses),
        _carried(
            "INDEXED BY dossiers_finished_received WHERE d.finished_on IS NULL AND d.received_on < :start", with_pauses
        ),
    ]


def _has_facts(conn) -> bool:
    """A ledger opened read-only before migration m020 has no fact columns (NULL for all)."""
    cols = {r[1] for r in conn.execute("PRAGMA table_info(dossiers)")}
    return "rating" in cols


AHEAD = 3 * 366  # days of cchc_wd after the window: further than any appointment date (365 working days)


def _workday_table(ledger: Ledger, period: Period) -> None:
    """TEMP cchc_wd(day, n): n = working days from the window's start up to ``day``, for every
    day from the start to three years after its end (an appointment date further away counts
    as that last day)."""
    from cchc.store.calendar import load_calendar

    conn = ledger.conn
    start = period.start
    stop = period.end + timedelta(days=AHEAD)
    cal = load_calendar(ledger)
    rows = []
    for i in range((stop - start).days + 1):
        day = start + timedelta(days=i)
        rows.append((day.isoformat(), cal.workdays(start, day)))
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS cchc_wd (day TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.cchc_wd")
    conn.executemany("INSERT INTO temp.cchc_wd (day, n) VALUES (?, ?)", rows)


def _shorter_side(ledger: Ledger, period: Period) -> str:
    from cchc.services.reports import _shorter_side as side

    return side(ledger, period)


def figures(ledger: Ledger, period: Period, points: dict | None = None) -> si.ServiceIndex:
    """The period's indicators for this ledger's unit (``points``: the table, default
    ``configured_points()``)."""
    conn = ledger.conn
    if not _has_facts(conn) or not conn.execute("SELECT EXISTS (SELECT 1 FROM dossiers)").fetchone()[0]:
        return si.compute(si.ServiceCounts(), [], points or configured_points())
    _workday_table(ledger, period)
    with_pauses = bool(conn.execute("SELECT EXISTS (SELECT 1 FROM dossier_pauses)").fetchone()[0])
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    rows = [
        r for sql in _queries(_CARRIED[_shorter_side(ledger, period)], with_pauses) for r in ledger.rows(sql, params)
    ]
    return from_rows(rows, points or configured_points())


def from_rows(rows: list[dict], points: dict) -> si.ServiceIndex:
    """The indicators from per-procedure aggregate rows (this module's queries, or DuckDB's over
    Parquet): the counts of ``ServiceCounts``, ``late_with_apology`` and the working-day numbers
    ``n_received`` (plus the days waited), ``n_finished``, ``n_due`` summed over the resolved."""
    for r in rows:  # late, less those with an apology slip
        r["late_without_apology"] = r["window"] - (r["in_time"] or 0) - (r["late_with_apology"] or 0)
    fields = list(si.ServiceCounts.model_fields)
    counts = si.ServiceCounts(**{f: sum(r[f] or 0 for r in rows) for f in fields})
    procs = [
        si.ProcedureTime(
            procedure=r["procedure"],
            resolved=r["resolved_received"],
            workdays=int(r["n_finished"] - r["n_received"]),
            allowed_workdays=int(r["n_due"] - r["n_received"]),
        )
        for r in rows
        if r["resolved_received"]
    ]
    from cchc.domain.text import vi_sort_key

    procs.sort(key=lambda p: vi_sort_key(p.procedure))
    return si.compute(counts, procs, points)


ENV = "CCHC_SERVICE_POINTS"


def configured_points(path: str | None = None) -> dict:
    """The points table: the shipped one, with the overrides of ``path`` (or of the JSON file
    named by ``$CCHC_SERVICE_POINTS``) applied."""
    from cchc.domain.errors import InputError

    path = path or os.environ.get(ENV)
    if not path:
        return si.POINTS
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return si.merge_points(data)
    except OSError as exc:
        raise InputError("bad_points_file", path=path, detail=exc.strerror or str(exc)) from None
    except (ValueError, RecursionError) as exc:
        raise InputError("bad_points_file", path=path, detail=str(exc)[:200]) from None
