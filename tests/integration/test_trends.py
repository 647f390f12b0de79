"""services.trends: the monthly series of a report's window equal the report of each month.

On random ledgers (hypothesis): dossiers received, resolved early/on time/late, returned,
withdrawn or pending, some carried over from before the window; tasks done, cancelled or open.
For every month the series gives, ``reports.build`` over that month (as ``report month``, or
``report range`` for calendar months) counts the same received, resolved, early, on time, late,
in-time rate, tasks done and total.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.domain import periods
from cchc.services import reports, trends
from cchc.store.ledger import Ledger

BASE = date(2021, 11, 1)
dossier = st.tuples(
    st.integers(0, 330),  # received, days after BASE
    st.integers(0, 25),  # processing time allowed
    st.sampled_from([None, "resolved", "resolved", "resolved", "returned", "withdrawn"]),
    st.integers(0, 45),  # days from receipt to finish
)
task = st.tuples(
    st.integers(0, 330),  # due, days after BASE
    st.one_of(st.none(), st.integers(0, 330)),  # done
    st.one_of(st.none(), st.integers(0, 330)),  # cancelled
)
PERIODS = [
    periods.make("semester", 2022, 1),
    periods.make("semester", 2022, 1, until=date(2022, 4, 20)),
    periods.make("semester", 2022, 1, calendar=True),
    periods.make("quarter", 2022, 2),
    periods.make("nine-months", 2022),
    periods.make_range(date(2022, 2, 10), date(2022, 5, 3)),
]


def _ledger(path: Path, rows, tasks) -> None:
    Ledger.open(path).close()
    conn = sqlite3.connect(path)
    data = []
    for i, (rec, allowed, outcome, took) in enumerate(rows):
        received = BASE + timedelta(days=rec)
        finished = received + timedelta(days=took) if outcome else None
        due = received + timedelta(days=allowed)
        data.append((f"D{i}", received.isoformat(), due.isoformat(), outcome, finished and finished.isoformat()))
    conn.executemany(
        "INSERT INTO dossiers (code, procedure, channel, received_on, due_on, outcome, finished_on)"
        " VALUES (?, 'P', 'direct', ?, ?, ?, ?)",
        data,
    )
    conn.execute("INSERT INTO plans (code, title, year) VALUES ('01/KH', 'K', 2022), ('02/KH', 'K', 2021)")
    iso = lambda d: None if d is None else (BASE + timedelta(days=d)).isoformat()  # noqa: E731
    conn.executemany(
        "INSERT INTO tasks (plan_id, number, title, due_on, done_on, cancelled_on) VALUES (?, ?, 'T', ?, ?, ?)",
        [
            (1 + i % 2, i + 1, iso(due), iso(done), None if done is not None else iso(cancelled))
            for i, (due, done, cancelled) in enumerate(tasks)
        ],
    )
    conn.commit()
    conn.close()


def _month_period(parent, label: str, first: date, last: date):
    """The period `report month LABEL` (or `report range` over a calendar month) covers."""
    if parent.kind == "range" or parent.calendar:
        return periods.make_range(first, last)
    year, month = map(int, label.split("-"))
    return periods.make("month", year, month, until=last)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(dossier, max_size=60), st.lists(task, max_size=12))
def test_monthly_series_equal_each_months_report(rows, tasks):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "l.db"
        _ledger(path, rows, tasks)
        with Ledger.open(path) as led:
            for parent in PERIODS:
                series = trends.monthly(led, parent)
                assert series[0].start == parent.start.isoformat()
                assert series[-1].end == parent.end.isoformat()
                total = reports.build(led, parent)
                assert sum(m.received for m in series) == total.dossiers.received
                for m in series:
                    p = _month_period(parent, m.label, date.fromisoformat(m.start), date.fromisoformat(m.end))
                    r = reports.build(led, p)
                    d = r.dossiers
                    got = (m.received, m.resolved, m.early, m.on_time, m.late, m.in_time_rate)
                    assert got == (d.received, d.resolved, d.early, d.on_time, d.late, d.in_time_rate), m.label
                    assert (m.tasks_done, m.tasks_total) == (r.tasks.done, r.tasks.total), m.label
                last = series[-1]
                assert (last.tasks_done, last.tasks_total) == (total.tasks.done, total.tasks.total)


def test_months_tile_the_window():
    p = periods.make("semester", 2022, 1, until=date(2022, 6, 9))
    assert [(label, a.isoformat(), b.isoformat()) for label, a, b in trends.months(p)] == [
        ("2022-01", "2021-12-15", "2022-01-14"),
        ("2022-02", "2022-01-15", "2022-02-14"),
        ("2022-03", "2022-02-15", "2022-03-14"),
        ("2022-04", "2022-03-15", "2022-04-14"),
        ("2022-05", "2022-04-15", "2022-05-14"),
        ("2022-06", "2022-05-15", "2022-06-09"),
    ]
    r = periods.make_range(date(2022, 1, 20), date(2022, 3, 2))
    assert [(label, a.isoformat(), b.isoformat()) for label, a, b in trends.months(r)] == [
        ("2022-01", "2022-01-20", "2022-01-31"),
        ("2022-02", "2022-02-01", "2022-02-28"),
        ("2022-03", "2022-03-01", "2022-03-02"),
    ]
