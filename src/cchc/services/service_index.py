"""A unit's service-quality indicators (Decision 766/QĐ-TTg) for a period, from its ledger: the
counts by procedure come from the report's one pass over the window's dossiers
(``services.window_pass``), with the SQL of 2.1 and of the working days kept here; the formulas
are in ``cchc.domain.service_index``.

Working days for the average processing time come from the ledger's calendar through a small
TEMP table of cumulative working-day numbers (day -> n), looked up in SQL, so no Python runs per
dossier. Everything is as of the period's end, like the report.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta

from cchc.domain import service_index as si
from cchc.domain.periods import Period
from cchc.store.ledger import Ledger

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


def has_facts(conn) -> bool:
    """A ledger opened read-only before migration m020 has no fact columns (NULL for all)."""
    cols = {r[1] for r in conn.execute("PRAGMA table_info(dossiers)")}
    return "rating" in cols


AHEAD = 3 * 366  # days of cchc_wd after the window: further than any appointment date (365 working days)


def workday_table(ledger: Ledger, period: Period) -> None:
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


def figures(ledger: Ledger, period: Period, points: dict | None = None) -> si.ServiceIndex:
    """The period's indicators for this ledger's unit (``points``: the table, default
    ``configured_points()``)."""
    from cchc.services import window_pass

    return from_rows(window_pass.read(ledger, period).by_procedure, points or configured_points())


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
