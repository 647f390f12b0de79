"""Benchmark: the semester report on a large ledger vs one plain sqlite3 GROUP BY.

    .venv/bin/python benchmarks/report.py [--sizes 200000,1000000] [--repeat 5] [--fresh]

For each size it builds (once; reused from benchmarks/out/ unless --fresh) a ledger created by
cchc and filled with plain ``executemany``: dossiers received evenly over five years
(2019-2023), ~97 % finished within 1-40 days, the rest recent and pending, plus a few old ones
never closed. Then, in the same run and on the same file, it times

  report   — ``Ledger.open`` + ``services.reports.build`` (tasks, dossiers with the official
             form, meetings) for a semester: the latest (2023-H2) and an early one (2020-H1);
  baseline — ``sqlite3.connect`` + ``SELECT field, COUNT(*) FROM dossiers GROUP BY field``
             over the whole table;

and prints the medians and the ratio report / baseline (target <= 1.0). Peak memory of the
report is measured in a fresh subprocess per size (ru_maxrss of the process, and the
tracemalloc peak of the Python heap during ``build``), to show it does not grow with the ledger.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).parent / "out"
FIELDS = [
    "Đất đai",
    "Xây dựng",
    "Đầu tư",
    "Thi đua - Khen thưởng",
    "Hợp tác quốc tế",
    "Công thương",
    "Tài nguyên nước",
    "Môi trường",
    "Tư pháp",
    "Hộ tịch",
    "Giao thông vận tải",
    "Lao động - Thương binh và Xã hội",
]
CHANNELS = ["online", "online", "online", "direct", "direct", "postal"]
FIRST, LAST = date(2019, 1, 1), date(2023, 12, 31)
SEMESTERS = [("2023-H2", 2023, 2), ("2020-H1", 2020, 1)]
BASELINE_SQL = "SELECT field, COUNT(*) FROM dossiers GROUP BY field"


def build_ledger(path: Path, rows: int, seed: int = 9) -> None:
    from cchc.store.ledger import Ledger

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    Ledger.open(path).close()  # the schema, exactly as cchc creates it
    rnd = random.Random(seed)
    days = (LAST - FIRST).days + 1
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.execute(  # plans are documents with a year
        "INSERT INTO documents (code, kind, summary, year) VALUES ('01/KH-BM', 'ke-hoach', 'Benchmark', 2023),"
        " ('01/KH-BM20', 'ke-hoach', 'Benchmark', 2020)"
    )
    conn.executemany(
        "INSERT INTO tasks (plan_id, number, title, due_on, started_on, done_on) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                p,
                n,
                f"Nhiệm vụ {n}",
                f"{y}-{(n % 12) + 1:02d}-28",
                f"{y}-01-15" if n % 3 else None,
                f"{y}-0{(n % 9) + 1}-10" if n % 2 else None,
            )
            for p, y in ((1, 2023), (2, 2020))
            for n in range(1, 51)
        ],
    )
    conn.executemany(
        "INSERT INTO meetings (kind, held_on, title) VALUES (?, ?, '')",
        [(k, (FIRST + timedelta(days=d)).isoformat()) for d in range(0, days, 7) for k in ("office", "chairman")],
    )
    batch = []
    recent = (LAST - timedelta(days=60)).isoformat()
    for i in range(rows):
        received = FIRST + timedelta(days=i * days // rows)
        due = received + timedelta(days=rnd.randint(3, 30))
        r_iso = received.isoformat()
        roll = rnd.random()
        if (r_iso >= recent and roll < 0.35) or roll < 0.0005:
            outcome, finished = None, None
        else:
            outcome = "resolved" if roll < 0.95 else ("returned" if roll < 0.99 else "withdrawn")
            finished = (received + timedelta(days=rnd.randint(1, 40))).isoformat()
        batch.append(
            (
                f"BM.{i:08d}",
                "Thủ tục",
                FIELDS[rnd.randrange(len(FIELDS))],
                CHANNELS[rnd.randrange(len(CHANNELS))],
                r_iso,
                due.isoformat(),
                outcome,
                finished,
                "Thiếu giấy tờ" if outcome == "returned" else None,
            )
        )
        if len(batch) == 50_000:
            _insert(conn, batch)
            batch = []
    _insert(conn, batch)
    conn.execute("COMMIT")
    conn.close()


def _insert(conn: sqlite3.Connection, batch: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO dossiers (code, procedure, field, channel, received_on, due_on, outcome,"
        " finished_on, return_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch,
    )


def time_report(path: Path, year: int, half: int) -> float:
    from cchc.domain import periods
    from cchc.services import reports
    from cchc.store.ledger import Ledger

    period = periods.make("semester", year, half, today=date(2030, 1, 1))
    t0 = time.perf_counter()
    with Ledger.open(path, create=False) as led:
        report = reports.build(led, period)
    elapsed = time.perf_counter() - t0
    assert report.dossiers.received > 0
    return elapsed


def time_baseline(path: Path) -> float:
    t0 = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = conn.execute(BASELINE_SQL).fetchall()
    conn.close()
    elapsed = time.perf_counter() - t0
    assert rows
    return elapsed


def memory(path: Path) -> dict:
    """Run one report in a fresh process; return its peak RSS (VmHWM where available) and the
    peak of the Python heap during the report."""
    code = (
        "import json, resource, sys, tracemalloc\n"
        "from datetime import date\n"
        "from cchc.domain import periods\n"
        "from cchc.services import reports\n"
        "from cchc.store.ledger import Ledger\n"
        "p = periods.make('semester', 2023, 2, today=date(2030, 1, 1))\n"
        "tracemalloc.start()\n"
        f"led = Ledger.open({str(path)!r}, create=False)\n"
        "r = reports.build(led, p)\n"
        "peak = tracemalloc.get_traced_memory()[1]\n"
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"  # VmHWM: unlike ru_maxrss, not inherited from the forking parent on Linux
        "    rss = int([ln for ln in open('/proc/self/status') if ln.startswith('VmHWM')][0]"
        ".split()[1])\n"
        "except OSError:\n"
        "    pass\n"
        "print(json.dumps({'rss_kib': rss, 'heap_peak_kib': peak // 1024}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="200000,1000000")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--fresh", action="store_true", help="rebuild the ledgers")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"{'dossiers':>10} {'semester':>8} {'report ms':>10} {'GROUP BY ms':>12} "
        f"{'ratio':>6}  (median of {args.repeat}; target ratio <= 1.0)"
    )
    mem = {}
    for size in sizes:
        path = OUT / f"report-bench-{size}.db"
        if args.fresh or not path.exists():
            t0 = time.perf_counter()
            build_ledger(path, size)
            print(f"  built {path} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        time_baseline(path)  # warm the page cache for both
        for label, year, half in SEMESTERS:
            rep, base = [], []
            for _ in range(args.repeat):  # interleaved, so both see the same conditions
                rep.append(time_report(path, year, half))
                base.append(time_baseline(path))
            r, b = statistics.median(rep), statistics.median(base)
            print(f"{size:>10,} {label:>8} {r * 1000:>10.1f} {b * 1000:>12.1f} {r / b:>6.2f}")
        mem[size] = memory(path)
    print()
    print(f"{'dossiers':>10} {'peak RSS MiB':>13} {'heap peak KiB':>14}  (report 2023-H2, fresh process)")
    for size, m in mem.items():
        print(f"{size:>10,} {m['rss_kib'] / 1024:>13.1f} {m['heap_peak_kib']:>14}")
    print(
        f"\nfiles: {OUT}/report-bench-*.db  (python {sys.version.split()[0]}, sqlite "
        f"{sqlite3.sqlite_version}, {os.cpu_count()} cpus)"
    )


if __name__ == "__main__":
    main()
