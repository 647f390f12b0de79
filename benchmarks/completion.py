"""Shell completion on a large ledger: how long a Tab on a dossier code takes.

    .venv/bin/python benchmarks/completion.py [--rows 1000000] [--runs 15]

Builds (once; reused from benchmarks/out/) the ledger of ``benchmarks/report.py``, then times in
the same run, as real processes, interleaved:

  complete — what bash runs on Tab after ``cchc --db L dossier show BM.00512``: cchc answering
             the completion request with the matching codes (a range over the unique code index,
             LIMIT 50, read-only);
  floor    — ``benchmarks/floor_app.py``: a one-command Typer app parsing options (the framework's
             own start-up, the floor of any Typer command; see ``startup.py``);

and, in process, the lookup query alone. Prints the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def timed(cmd: list[str], env: dict) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - start, out


def main() -> None:
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode caches on, as for an installed cchc
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    from report import OUT, build_ledger

    path = OUT / f"report-bench-{args.rows}.db"
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        build_ledger(path, args.rows)
    py = sys.executable
    words = f"cchc --db {path} dossier show BM.00512"
    env = {**os.environ, "_CCHC_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": "5"}
    plain = {k: v for k, v in os.environ.items() if k != "_CCHC_COMPLETE"}
    complete, version = [], []
    found = ""
    for i in range(args.runs + 2):
        c, found = timed([py, "-m", "cchc"], env)
        v, _ = timed([py, str(HERE / "floor_app.py"), "X", "--procedure", "p", "--received", "r"], plain)
        if i >= 2:
            complete.append(c)
            version.append(v)
    from cchc.store import lookup

    conn = lookup.connect(path)
    queries = []
    for _ in range(50):
        start = time.perf_counter()
        lookup.dossiers(conn, "BM.00512")
        queries.append(time.perf_counter() - start)
    n = conn.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0]
    print(f"ledger: {n:,} dossiers; {len(found.split())} codes offered for BM.00512")
    print(f"complete a dossier code (process): median {statistics.median(complete) * 1000:6.1f} ms")
    print(f"typer one-command floor (process): median {statistics.median(version) * 1000:6.1f} ms")
    print(f"ratio                            : {statistics.median(complete) / statistics.median(version):.2f}")
    print(f"the lookup query alone            : median {statistics.median(queries) * 1000:6.2f} ms")


if __name__ == "__main__":
    main()
