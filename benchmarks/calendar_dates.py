"""Appointment dates per second: 1,000,000 ``due()`` computations, as an import of a million
dossiers without ``due_on`` would make them, against named baselines measured in the same run.

- cchc: ``load_calendar(ledger).due(received, days)`` (the span of years precomputed once).
- floor: plain calendar-day addition (``date.fromordinal``), the cheapest date arithmetic there is.
- day-by-day: the obvious loop, one day at a time, asking a (reused) ``holidays`` object whether
  each day is a holiday.
- package nth: the ``holidays`` package's own ``get_nth_working_day`` (reused object).
- uncached: the day-by-day loop building its ``holidays`` object on every call (what a
  per-row ``holidays.country_holidays("VN", years=...)`` in an import loop costs).

The slow baselines are timed on a subset and reported as a rate; the day-by-day baseline's
dates (office overrides included) are checked against cchc's on that subset.

    .venv/bin/python benchmarks/calendar_dates.py [--n 1000000] [--runs 9]

It also times one ``cchc dossier add`` process taking its date from the catalog against the
same command given ``--due`` (which never loads the ``holidays`` package).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from cchc.domain.workdays import naive_due  # noqa: E402
from cchc.store.calendar import load_calendar  # noqa: E402
from cchc.store.ledger import Ledger  # noqa: E402


def workload(n: int, seed: int = 20220609) -> list[tuple[date, int]]:
    rng = random.Random(seed)
    start = date(2020, 1, 1).toordinal()
    span = date(2026, 12, 31).toordinal() - start
    days = [5, 10, 15, 20, 25, 30, 35, 1, 3, 60]
    return [(date.fromordinal(start + rng.randrange(span)), rng.choice(days)) for _ in range(n)]


def rate(fn, items) -> tuple[float, float, list]:
    t0 = time.perf_counter()
    out = [fn(r, d) for r, d in items]
    secs = time.perf_counter() - t0
    return len(items) / secs, secs, out


def add_process(runs: int) -> tuple[float, float]:
    """Median seconds of `cchc dossier add` with --due and with the date from the catalog."""
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CCHC_DB": str(Path(tmp) / "ledger.db")}

        def run(*args: str) -> float:
            t0 = time.perf_counter()
            subprocess.run([py, "-m", "cchc", *args], env=env, check=True, capture_output=True)
            return time.perf_counter() - t0

        run("procedure", "add", "1.001", "--name", "Cấp phép", "--days", "15")
        typed, computed = [], []
        for i in range(runs + 2):
            a = run(
                "dossier", "add", f"T-{i}", "--procedure", "1.001", "--received", "15/03/2022", "--due", "05/04/2022"
            )
            b = run("dossier", "add", f"C-{i}", "--procedure", "1.001", "--received", "15/03/2022")
            if i >= 2:
                typed.append(a)
                computed.append(b)
    return statistics.median(typed), statistics.median(computed)


def main() -> None:
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode caches on, as for an installed cchc
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--baseline-n", type=int, default=20_000)
    ap.add_argument("--uncached-n", type=int, default=200)
    ap.add_argument("--runs", type=int, default=9, help="dossier add processes of each kind")
    args = ap.parse_args()
    import holidays

    items = workload(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        with Ledger.open(Path(tmp) / "bench.db") as led:
            t0 = time.perf_counter()
            cal = load_calendar(led)
            cal.due(date(2020, 1, 1), 1)  # builds the span
            build = time.perf_counter() - t0

    ours, ours_s, ours_out = rate(cal.due, items)
    floor, _, _ = rate(lambda r, d: date.fromordinal(r.toordinal() + d), items)

    sub = items[: args.baseline_n]
    expected = ours_out[: args.baseline_n]
    h = holidays.country_holidays("VN", years=range(2020, 2029))
    office_off, office_work = set(cal.off), set(cal.work) | set(h.weekend_workdays)

    def day_by_day(r: date, d: int) -> date:
        x = r
        while d:
            x += timedelta(days=1)
            if x in office_off:
                continue
            if x in office_work or (x.weekday() < 5 and x not in h):
                d -= 1
        return x

    naive, _, naive_out = rate(day_by_day, sub)
    assert naive_out == expected, "day-by-day baseline disagrees"
    assert [naive_due(r, d, set(h) | office_off, office_work) for r, d in sub[:2000]] == expected[:2000]

    plain = holidays.country_holidays("VN", years=range(2020, 2029))
    nth, _, _ = rate(lambda r, d: plain.get_nth_working_day(r, d), sub)

    def uncached(r: date, d: int) -> date:
        fresh = holidays.country_holidays("VN", years=range(r.year, r.year + 2))
        x = r
        while d:
            x += timedelta(days=1)
            if x.weekday() < 5 and x not in fresh:
                d -= 1
        return x

    few = items[: args.uncached_n]
    unc, _, _ = rate(uncached, few)

    print(f"{args.n:,} appointment dates (received 2020–2026, 1–60 working days)")
    print(
        f"  cchc WorkCalendar.due           : {ours:12,.0f} dates/s  ({ours_s:.2f} s in all;"
        f" calendar built once in {build * 1000:.0f} ms)"
    )
    print(f"  floor: calendar-day addition    : {floor:12,.0f} dates/s  (cchc at {ours / floor:.2f}× the floor)")
    print(
        f"  baseline day-by-day (holidays)  : {naive:12,.0f} dates/s  on {len(sub):,}"
        f"  -> cchc {ours / naive:,.0f}× faster"
    )
    print(
        f"  baseline holidays nth workday   : {nth:12,.0f} dates/s  on {len(sub):,}  -> cchc {ours / nth:,.0f}× faster"
    )
    print(
        f"  baseline uncached (new holidays): {unc:12,.0f} dates/s  on {len(few):,}  -> cchc {ours / unc:,.0f}× faster"
    )

    if args.runs:
        typed, computed = add_process(args.runs)
        print(f"  cchc dossier add --due DATE     : median {typed * 1000:6.1f} ms per process")
        print(
            f"  cchc dossier add (from catalog) : median {computed * 1000:6.1f} ms per process"
            f"  (+{(computed - typed) * 1000:.0f} ms: catalog lookup and calendar,"
            " holidays cached in the ledger)"
        )


if __name__ == "__main__":
    main()
