"""Benchmark: a province's roll-up, the Parquet export, and DuckDB over Parquet — each against its
baseline, side by side in one run, ratios printed.

    .venv/bin/python benchmarks/rollup.py [--units 20] [--rows 200000] [--export-rows 200000,1000000] [--repeat 3]

Built once under benchmarks/out/rollup/ and reused (``--fresh`` rebuilds): ``--units`` ledgers of
``--rows`` dossiers each, made by cchc itself (``cchc init`` with a unit code, ``cchc import
dossiers`` of a generated file with the service-quality facts), so every ledger passes ``cchc
check``; their Parquet exports in one folder; and ledgers of ``--export-rows`` for the export.

1. roll-up vs the single-ledger semester reports run one after another (``Ledger.open`` +
   ``reports.build`` per ledger, in this process): the roll-up with its checks remembered (the
   usual case: a ledger is checked once until it changes), on 1 and on 2 processes; and once
   with every ledger checked (the first roll-up of changed ledgers).
2. ``cchc export dossiers --format parquet`` vs DuckDB's own ``COPY … TO … (FORMAT parquet,
   PARTITION_BY (unit, year))`` of the same rows read from the ledger (sqlite3 → Arrow → DuckDB),
   each in a fresh process; peak memory (VmHWM) of the export at each size.
3. the roll-up over the Parquet folder (DuckDB) vs the roll-up of the ledgers (SQLite, checks
   remembered), both on 2 processes/threads.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).parent / "out" / "rollup"
CCHC = str(Path(sys.executable).with_name("cchc"))
SEMESTER = ("semester", 2025, 1)
FIELDS = ["Đất đai", "Xây dựng", "Đầu tư", "Tư pháp", "Hộ tịch", "Công thương", "Giao thông vận tải", "Môi trường"]
PROCS = [f"Thủ tục {i:02d}" for i in range(40)]
FIRST, DAYS = date(2021, 1, 4), 1800


def gen_csv(path: Path, rows: int, seed: int) -> None:
    """Dossiers over five years with the facts, each unit a little better or worse than the next."""
    rnd = random.Random(seed)
    skill = 0.6 + 0.35 * rnd.random()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "code",
                "procedure",
                "field",
                "channel",
                "received_on",
                "due_on",
                "resolved_on",
                "returned_on",
                "return_reason",
                "online_service",
                "digitised",
                "result_digitised",
                "paid_online",
                "rating",
            ]
        )
        for i in range(rows):
            received = FIRST + timedelta(days=i * DAYS // rows)
            days = rnd.randint(3, 30)
            due = received + timedelta(days=days)
            online = rnd.random() < skill * 0.8
            resolved = returned = reason = ""
            roll = rnd.random()
            finished = received + timedelta(days=rnd.randint(1, int(days / skill)))
            if roll < 0.95:
                resolved = finished.isoformat()
            elif roll < 0.98:
                returned, reason = finished.isoformat(), "Thiếu giấy tờ"
            res = bool(resolved)
            w.writerow(
                [
                    f"BM-{seed}-{i:07d}",
                    PROCS[rnd.randrange(len(PROCS))],
                    FIELDS[rnd.randrange(len(FIELDS))],
                    "online" if online else "direct",
                    received.isoformat(),
                    due.isoformat(),
                    resolved,
                    returned,
                    reason,
                    ("full" if rnd.random() < skill else "partial") if online else "",
                    int(rnd.random() < skill),
                    int(rnd.random() < skill) if res else "",
                    int(rnd.random() < skill) if rnd.random() < 0.4 else "",
                    rnd.choice([5, 5, 4, 4, 3, 2, 1]) if rnd.random() < 0.3 else "",
                ]
            )


def _run(*args: str) -> None:
    subprocess.run([CCHC, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build_units(n: int, rows: int, fresh: bool) -> list[Path]:
    folder = OUT / f"units-{n}x{rows}"
    if fresh and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for u in range(n):
        db = folder / f"u{u:02d}.db"
        paths.append(db)
        if db.exists():
            continue
        t0 = time.perf_counter()
        src = OUT / f"u{u:02d}-{rows}.csv"
        gen_csv(src, rows, seed=100 + u)
        _run("--db", str(db), "init", "--unit-code", f"SO-{u:02d}", "--agency", f"Sở số {u + 1}")
        _run("--db", str(db), "import", "dossiers", str(src))
        src.unlink()
        print(f"  built {db.name} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return paths


def build_parquet(paths: list[Path], fresh: bool) -> Path:
    folder = paths[0].parent.with_name(paths[0].parent.name + "-parquet")
    if fresh and folder.exists():
        shutil.rmtree(folder)
    if not (folder / "units").exists():
        for p in paths:
            _run("--db", str(p), "export", "all", "--format", "parquet", "-o", str(folder))
    return folder


def build_export_ledger(rows: int, fresh: bool) -> Path:
    sys.path.insert(0, str(Path(__file__).parent))
    from report import build_ledger  # the report benchmark's ledger: five years, plain inserts

    path = OUT / f"export-{rows}.db"
    if fresh or not path.exists():
        build_ledger(path, rows)
        import sqlite3

        conn = sqlite3.connect(path)
        conn.execute("INSERT INTO settings (key, value) VALUES ('unit_code', 'EXP')")
        conn.commit()
        conn.close()
    return path


# -- 1 and 3: in this process --------------------------------------------------------------------------
def period():
    from cchc.domain import periods

    return periods.make(SEMESTER[0], SEMESTER[1], SEMESTER[2], today=date(2030, 1, 1))


def time_reports(paths: list[Path]) -> float:
    from cchc.services import reports
    from cchc.store.ledger import Ledger

    p = period()
    t0 = time.perf_counter()
    for path in paths:
        with Ledger.open(path, create=False) as led:
            reports.build(led, p)
    return time.perf_counter() - t0


def time_rollup(inputs: list[str], jobs: int, cache) -> tuple[float, dict]:
    from cchc.services import rollup

    opts = rollup.Options(period=period(), jobs=jobs)
    t0 = time.perf_counter()
    out = rollup.run(rollup.discover(inputs), opts, cache)
    return time.perf_counter() - t0, out


# -- 2: fresh processes ------------------------------------------------------------------------------------
EXPORT = """
import json, resource, sys, time
from cchc.store.ledger import Ledger
from cchc.services import parquet_export
t0 = time.perf_counter()
with Ledger.open(sys.argv[1], create=False) as led:
    parquet_export.export(led, sys.argv[2], whole=False)
dt = time.perf_counter() - t0
rss = int([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])
print(json.dumps({"s": dt, "rss_kib": rss}))
"""
BASELINE = """
import json, sqlite3, sys, time
import duckdb, pyarrow as pa
from cchc.domain.rules.dossiers import COLUMNS
t0 = time.perf_counter()
conn = sqlite3.connect(sys.argv[1])
cur = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM dossiers ORDER BY received_on")
rows = cur.fetchall()
cols = list(zip(*rows))
table = pa.table({c: pa.array(v) for c, v in zip(COLUMNS, cols)})
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
con.register("t", table)
dates = ("received_on", "due_on", "finished_on", "paused_on", "rescheduled_due_on")
sel = ", ".join(f"CAST({c} AS DATE) AS {c}" if c in dates else c for c in COLUMNS)
con.execute(f"COPY (SELECT {sel}, 'EXP' AS unit, year(CAST(received_on AS DATE)) AS year FROM t) "
            f"TO '{sys.argv[2]}' (FORMAT parquet, PARTITION_BY (unit, year), OVERWRITE_OR_IGNORE)")
dt = time.perf_counter() - t0
rss = int([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])
print(json.dumps({"s": dt, "rss_kib": rss}))
"""


def fresh(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--units", type=int, default=20)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--export-rows", default="200000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: rollup,export,duckdb")
    a = ap.parse_args()
    skip = set(filter(None, a.skip.split(",")))
    OUT.mkdir(parents=True, exist_ok=True)
    from cchc.services.rollup import CheckCache

    paths = build_units(a.units, a.rows, a.fresh)
    inputs = [str(p) for p in paths]
    med = statistics.median
    cache_file = OUT / "checks.json"
    print(f"{a.units} ledgers x {a.rows:,} dossiers, {SEMESTER[1]}-H{SEMESTER[2]}; medians of {a.repeat}")
    if "rollup" not in skip:
        cache_file.unlink(missing_ok=True)
        time_reports(paths[:1])  # warm-up: imports, the holidays package
        cold, out = time_rollup(inputs, 2, CheckCache(cache_file))
        assert not out["excluded"], out["excluded"]
        base, one, two = [], [], []
        for _ in range(a.repeat):  # interleaved
            base.append(time_reports(paths))
            one.append(time_rollup(inputs, 1, CheckCache(cache_file))[0])
            two.append(time_rollup(inputs, 2, CheckCache(cache_file))[0])
        b = med(base)
        line = "   {:<44}{:8.2f} s   ratio {:.2f}  ({})"
        print("\n1. roll-up vs the single-ledger reports one after another")
        print(f"   {a.units} semester reports, one after another   {b:8.2f} s")
        print(line.format("roll-up, 1 process (checks remembered)", med(one), med(one) / b, "target <= 1.0"))
        print(line.format("roll-up, 2 processes (checks remembered)", med(two), med(two) / b, "target < 1.0"))
        print(line.format("roll-up, 2 processes, every ledger checked", cold, cold / b, "first run"))
    if "duckdb" not in skip:
        folder = build_parquet(paths, a.fresh)
        time_rollup([str(folder)], 2, None)  # warm-up: DuckDB's import
        sq, dk = [], []
        for _ in range(a.repeat):
            sq.append(time_rollup(inputs, 2, CheckCache(cache_file))[0])
            t, out = time_rollup([str(folder)], 2, None)
            dk.append(t)
        assert len(out["units"]) == a.units
        print("\n3. roll-up over Parquet (DuckDB) vs the roll-up of the ledgers (SQLite)")
        print(f"   SQLite roll-up, 2 processes                {med(sq):8.2f} s")
        ratio = med(dk) / med(sq)
        print(f"   DuckDB roll-up of the Parquet folder       {med(dk):8.2f} s   ratio {ratio:.2f}  (target <= 1.0)")
    if "export" not in skip:
        print("\n2. Parquet export vs DuckDB's COPY of the same rows read from the ledger (fresh processes)")
        for rows in [int(x) for x in a.export_rows.split(",")]:
            db = build_export_ledger(rows, a.fresh)
            ours, theirs = [], []
            for _ in range(a.repeat):
                target = OUT / f"pq-{rows}"
                shutil.rmtree(target, ignore_errors=True)
                ours.append(fresh(EXPORT, str(db), str(target)))
                other = OUT / f"copy-{rows}"
                shutil.rmtree(other, ignore_errors=True)
                theirs.append(fresh(BASELINE, str(db), str(other)))
            o, t = med(r["s"] for r in ours), med(r["s"] for r in theirs)
            rss_o, rss_t = max(r["rss_kib"] for r in ours), max(r["rss_kib"] for r in theirs)
            print(
                f"   {rows:>9,} dossiers: export {o:6.2f} s, COPY {t:6.2f} s, ratio {o / t:.2f} (target <= 1.5);"
                f" peak memory export {rss_o / 1024:.0f} MiB, COPY {rss_t / 1024:.0f} MiB"
            )
    print(f"\n(python {sys.version.split()[0]}, {os.cpu_count()} cpus; files in {OUT})")


if __name__ == "__main__":
    main()
