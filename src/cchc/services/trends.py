"""Month by month through a report's window: the series the charts draw (``report --chart``,
and the images of the .docx and .xlsx reports).

The window is cut into months the way the report cuts its periods: under the Decree 09
cut-offs, month M runs from the 15th of M-1 to the 14th of M (``report month``'s window); with
calendar boundaries, and for a ``range``, by calendar month. The last month ends at the
report's end (``--until``). For each month, as of its last day, exactly the figures that
``report month`` (or ``report range`` over that month) gives:

- ``received``: dossiers received in the month;
- ``resolved``, ``early``, ``on_time``, ``late``: dossiers resolved in the month (a dossier is
  resolved in the month its outcome is dated; timeliness against ``due_on``), and
  ``in_time_rate`` = (early + on time) / resolved in percent, one decimal (None without any);
- ``tasks_done``, ``tasks_total``: the report's tasks (the plans of the report's year, or
  ``--plan``) done by the month's end, and not cancelled by it: the burn-up to "30/50";
  ``tasks_planned``: of those, the ones whose deadline had come by the month's end.

Two index ranges of the dossiers (received in the window; finished in it), one pass each, and
one query for the tasks: never the whole ledger.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from cchc.domain import timeliness


@dataclass
class Month:
    label: str  # 2022-03
    start: str
    end: str
    received: int = 0
    resolved: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    tasks_done: int = 0
    tasks_total: int = 0
    tasks_planned: int = 0

    @property
    def in_time_rate(self) -> float | None:
        return timeliness.in_time_rate(self.early, self.on_time, self.resolved)

    def as_dict(self) -> dict:
        return {**asdict(self), "in_time_rate": self.in_time_rate}


def months(period) -> list[tuple[str, date, date]]:
    """``(label, first day, last day)`` of each month of the period's window, up to its end."""
    from cchc.domain import periods

    decree = period.kind != "range" and not period.calendar
    out = []
    if decree:
        # the month windows whose end falls in (start, window end]: 15th .. 14th
        y, m = periods.containing("month", period.start)
        while True:
            first, last = periods.window("month", y, m)
            if first > period.end:
                break
            out.append((f"{y}-{m:02d}", max(first, period.start), min(last, period.end)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        y, m = period.start.year, period.start.month
        while date(y, m, 1) <= period.end:
            first, last = periods.window("month", y, m, calendar=True)
            out.append((f"{y}-{m:02d}", max(first, period.start), min(last, period.end)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _bucket_sql(column: str, bounds: list[tuple[str, date, date]]) -> str:
    """CASE mapping a date column to the index of its month (bounds are consecutive)."""
    whens = " ".join(f"WHEN {column} <= '{last.isoformat()}' THEN {i}" for i, (_, _, last) in enumerate(bounds))
    return f"CASE {whens} END"


def monthly(ledger, period, plan: str | None = None) -> list[Month]:
    """The months of ``period`` with their figures (see the module's docstring)."""
    conn = getattr(ledger, "conn", ledger)
    bounds = months(period)
    out = [Month(label, first.isoformat(), last.isoformat()) for label, first, last in bounds]
    if not out:
        return out
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    received = (
        f"SELECT {_bucket_sql('d.received_on', bounds)} AS m, COUNT(*) FROM dossiers d"
        " WHERE d.received_on >= :start AND d.received_on <= :end GROUP BY m"
    )
    for i, n in conn.execute(received, params):
        out[i].received = n
    resolved = (
        f"SELECT {_bucket_sql('d.finished_on', bounds)} AS m, COUNT(*),"
        " SUM(d.finished_on < d.due_on), SUM(d.finished_on = d.due_on), SUM(d.finished_on > d.due_on)"
        " FROM dossiers d WHERE d.finished_on >= :start AND d.finished_on <= :end AND d.outcome = 'resolved'"
        " GROUP BY m"
    )
    for i, n, early, on_time, late in conn.execute(resolved, params):
        out[i].resolved, out[i].early, out[i].on_time, out[i].late = n, early, on_time, late
    _tasks(conn, period, plan, out)
    return out


def _tasks(conn, period, plan: str | None, out: list[Month]) -> None:
    """Burn-up: for each month's end, the report's tasks done, not cancelled, and due."""
    if plan:
        from cchc.domain.text import clean

        where, params = "p.code = :plan", {"plan": clean(plan)}
    else:
        where, params = "p.year = :year", {"year": period.year}
    ends = " UNION ALL ".join(f"SELECT {i} AS m, '{m.end}' AS e" for i, m in enumerate(out))
    sql = f"""
    WITH ends AS ({ends})
    SELECT ends.m,
           COUNT(t.id) FILTER (WHERE t.done_on IS NOT NULL AND t.done_on <= ends.e
                               AND NOT (t.cancelled_on IS NOT NULL AND t.cancelled_on <= ends.e)),
           COUNT(t.id) FILTER (WHERE NOT (t.cancelled_on IS NOT NULL AND t.cancelled_on <= ends.e)),
           COUNT(t.id) FILTER (WHERE t.due_on <= ends.e
                               AND NOT (t.cancelled_on IS NOT NULL AND t.cancelled_on <= ends.e))
    FROM ends LEFT JOIN (tasks t JOIN plans p ON p.id = t.plan_id AND {where}) ON 1
    GROUP BY ends.m
    """
    for i, done, total, planned in conn.execute(sql, params):
        out[i].tasks_done, out[i].tasks_total, out[i].tasks_planned = done, total, planned
