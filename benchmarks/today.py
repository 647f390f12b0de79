"""Benchmark: `cchc today` on a 1,000,000-dossier ledger vs its floor, side by side.

    .venv/bin/python benchmarks/today.py [--size 1000000] [--runs 15] [--fresh]

Builds (once; reused from benchmarks/out/ unless --fresh) the ledger of benchmarks/report.py
(dossiers received evenly over 2019-2023, ~97 % finished, the recent ones pending) and adds
waits for supplements (an open pause on 300 pending dossiers, 50 closed ones) and apology-slip
dates (200 overdue dossiers). Then, interleaved in the same run, as fresh processes:

  typer floor   — benchmarks/floor_app.py: a bare one-command Typer app (start-up only);
  floor         — benchmarks/floor_today.py: a bare Typer app that opens the ledger with sqlite3
                  and runs the two indexed queries the view needs (pending dossiers, open pauses);
  cchc today    — `cchc --db LEDGER today --as-of 29/12/2023` (the screen, 10 rows a section);
  cchc --json   — the same with --json (every row of every section);

and prints the medians and each one's ratio to `floor` (target for `cchc today`: <= 1.5).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
AS_OF_ISO, AS_OF = "2023-12-29", "29/12/2023"  # a Friday, near the end of the ledger


def build(path: Path, size: int) -> None:
    sys.path.insert(0, str(HERE))
    from report import build_ledger

    build_ledger(path, size)
    rnd = random.Random(15)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    pending = [r[0] for r in conn.execute("SELECT id FROM dossiers WHERE finished_on IS NULL ORDER BY id")]
    chosen = rnd.sample(pending, 550)
    waiting, closed, late = chosen[:300], chosen[300:350], chosen[350:]
    conn.executemany(
        "INSERT INTO dossier_pauses (dossier_id, paused_on, reason) VALUES (?, ?, 'Bổ sung giấy tờ')",
        [(i, AS_OF_ISO) for i in waiting],
    )
    conn.executemany(
        "UPDATE dossiers SET paused_on = ?, pause_reason = 'Bổ sung giấy tờ' WHERE id = ?",
        [(AS_OF_ISO, i) for i in waiting],
    )
    conn.executemany(
        "INSERT INTO dossier_pauses (dossier_id, paused_on, reason, resumed_on, days)"
        " VALUES (?, '2023-11-01', 'Bổ sung', '2023-11-03', 2)",
        [(i,) for i in closed],
    )
    conn.executemany(
        "UPDATE dossiers SET rescheduled_due_on = '2024-01-31', reschedule_reason = 'Xin lỗi' WHERE id = ?",
        [(i,) for i in late],
    )
    conn.execute("COMMIT")
    conn.close()


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode caches on, as for an installed cchc
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--fresh", action="store_true", help="rebuild the ledger")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"today-bench-{args.size}.db"
    if args.fresh or not path.exists():
        t0 = time.perf_counter()
        build(path, args.size)
        print(f"built {path} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    py = sys.executable
    # a ledger a clerk uses has been written by cchc (here: init, untimed), which caches the
    # holidays of the years around this one; a command that only reads never writes that cache
    subprocess.run([py, "-m", "cchc", "--db", str(path), "init"], check=True, capture_output=True)
    cchc = [py, "-m", "cchc", "--db", str(path), "today", "--as-of", AS_OF]
    commands = {
        "typer floor": [py, str(HERE / "floor_app.py"), "X", "--procedure", "P", "--received", "R"],
        "floor": [py, str(HERE / "floor_today.py"), str(path), "--as-of", AS_OF_ISO],
        "cchc today": cchc,
        "cchc today --json": [*cchc, "--json"],
    }
    env_columns = {**os.environ, "COLUMNS": "80"}
    os.environ.update(env_columns)
    shown = subprocess.run(cchc, capture_output=True, text=True, check=True).stdout.splitlines()
    times: dict[str, list[float]] = {k: [] for k in commands}
    for i in range(args.runs + 2):
        for name, cmd in commands.items():
            t = timed(cmd)
            if i >= 2:  # warm-up runs fill the OS caches
                times[name].append(t)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"ledger: {args.size:,} dossiers; as of {AS_OF}; {args.runs} runs each, interleaved, medians")
    print(f"  {shown[1]}")
    for name, value in med.items():
        print(f"{name:<20} {value * 1000:8.1f} ms   x{value / med['floor']:.2f} of floor")
    print(f"target: cchc today <= 1.5 x floor -> {'met' if med['cchc today'] <= 1.5 * med['floor'] else 'NOT met'}")
    print(f"(python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, {os.cpu_count()} cpus)")


if __name__ == "__main__":
    main()
