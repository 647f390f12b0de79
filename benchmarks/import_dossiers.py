"""Import benchmark: ``cchc import dossiers`` against the tools a user would reach for.

    .venv/bin/python benchmarks/import_dossiers.py [--repeat N] [ROWS ...]
                                    (default: 5 runs of each cchc import; 200000 1000000 rows)

For each size, in the same run, each a separate process timed from start to exit (peak memory
from the child's rusage):

* ``sqlite-utils insert --csv`` into a separate, empty file (the tool a user would reach for);
* the floor: ``csv.reader`` straight into ``executemany`` on a table whose only constraint is
  the code as PRIMARY KEY (no other index, no journal mode set, nothing checked): what any
  importer written in Python pays to read the file and hand its rows to SQLite, keyed as a
  re-runnable import must be;
* a plain Python ``csv`` + ``sqlite3.executemany`` loop into a fresh ledger (cchc's schema, its
  indexes and CHECK constraints), no validation, no audit;
* ``cchc import dossiers`` into a fresh ledger made by ``cchc init`` (validation, derived fields, the audit trail),
  then the same file again (every row unchanged); these two N times over, interleaved, medians
  reported (a run's own I/O noise here is +-10 %).

Ratios are printed against the named baselines: cchc / floor (target <= 3x) and
sqlite-utils / cchc (target >= 3x). Data files (benchmarks/gen_dossiers.py) and ledgers go to
benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPEAT = 5  # runs of each cchc import, interleaved; medians reported
OUT = HERE / "out"
PY = sys.executable
BIN = Path(PY).parent

PLAIN = r"""
import csv, sqlite3, sys
from cchc.store.ledger import Ledger
Ledger.open(sys.argv[2]).close()          # a fresh ledger with cchc's schema
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("BEGIN")
with open(sys.argv[1], encoding="utf-8", newline="") as fh:
    r = csv.reader(fh); next(r)
    def rows():
        for code, proc, field, app, ch, rec, due, res, ret, reason, wd, note in r:
            if res: oc, fin = "resolved", res
            elif ret: oc, fin = "returned", ret
            elif wd: oc, fin = "withdrawn", wd
            else: oc = fin = None
            yield (code, proc, field or None, app or None, ch, rec, due, oc, fin,
                   reason or None, note or None)
    conn.executemany("INSERT INTO dossiers (code, procedure, field, applicant, channel,"
                     " received_on, due_on, outcome, finished_on, return_reason, note)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows())
conn.execute("COMMIT")
conn.close()
"""

FLOOR = r"""
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("CREATE TABLE d (code TEXT PRIMARY KEY, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12)")
conn.execute("BEGIN")
with open(sys.argv[1], encoding="utf-8", newline="") as fh:
    r = csv.reader(fh); next(r)
    conn.executemany("INSERT INTO d VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", r)
conn.execute("COMMIT")
conn.close()
"""


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    os.sync()  # the last run's dirty pages go to disk now, not during this run
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err}")
    return seconds, usage.ru_maxrss / 1024


def bench(rows: int) -> dict[str, tuple[float, float]]:
    data = OUT / f"dossiers-{rows}.csv"
    if not data.exists():
        subprocess.run([PY, str(HERE / "gen_dossiers.py"), str(rows), str(data)], check=True)
    res = {}
    res["sqlite-utils insert --csv"] = run(
        [str(BIN / "sqlite-utils"), "insert", str(fresh(OUT / "su.db")), "dossiers", str(data), "--csv", "--silent"]
    )
    res["floor: csv, code as key"] = run([PY, "-c", FLOOR, str(data), str(fresh(OUT / "floor.db"))])
    res["csv + executemany"] = run([PY, "-c", PLAIN, str(data), str(fresh(OUT / "plain.db"))])
    # runs of ~20 s on a shared disk: REPEAT of each, interleaved, medians kept (I/O noise here
    # is +-10 % from one run to the next)
    on, again = [], []
    for _ in range(REPEAT):
        ledger = fresh(OUT / "cchc.db")
        # the ledger is made by ``cchc init`` (an import never creates one), untimed
        subprocess.run([PY, "-m", "cchc", "--db", str(ledger), "init"], check=True, capture_output=True)
        cchc = [PY, "-m", "cchc", "--db", str(ledger), "import", "dossiers", str(data)]
        on.append(run(cchc))
        again.append(run(cchc))
    res["cchc import dossiers"] = median(on)
    res["cchc re-import (unchanged)"] = median(again)
    return res


def median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """The median time, and the largest peak memory of the runs."""
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def main(argv: list[str]) -> None:
    global REPEAT
    if argv[:1] == ["--repeat"]:
        REPEAT, argv = int(argv[1]), argv[2:]
    sizes = [int(a) for a in argv] or [200_000, 1_000_000]
    OUT.mkdir(exist_ok=True)
    print(f"{'rows':>9}  {'run':<28} {'seconds':>8} {'rows/s':>9} {'peak MB':>8}")
    for rows in sizes:
        res = bench(rows)
        for name, (sec, mb) in res.items():
            print(f"{rows:>9}  {name:<28} {sec:>8.2f} {rows / sec:>9.0f} {mb:>8.0f}")
        imp = res["cchc import dossiers"][0]
        su = res["sqlite-utils insert --csv"][0]
        plain = res["csv + executemany"][0]
        again = res["cchc re-import (unchanged)"][0]
        floor = res["floor: csv, code as key"][0]
        print(
            f"{rows:>9}  ratios: cchc / floor = {imp / floor:.2f}x (target <= 3x);"
            f" sqlite-utils / cchc = {su / imp:.1f}x (target >= 3x)"
        )
        print(
            f"{rows:>9}          cchc / plain executemany into the ledger = {imp / plain:.2f}x;"
            f" re-import / first import = {again / imp:.2f}x (target <= 1)"
        )
        peak = max(v[1] for k, v in res.items() if k.startswith("cchc"))
        print(f"{rows:>9}          cchc peak memory {peak:.0f} MB (target < 150 MB)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
