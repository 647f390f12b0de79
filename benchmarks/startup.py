"""Start-up cost of the clerk's everyday command.

Times `cchc dossier add` (a real process writing to a real ledger: open, migrations check,
validation, insert, audit entry, commit) against a one-command Typer app taking the same options
(`floor_app.py`), interleaved in the same run, and prints the medians and the ratio.
Target: ratio <= 1.2.

    .venv/bin/python benchmarks/startup.py [--runs 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode caches on, as for an installed cchc
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=40)
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CCHC_DB": str(Path(tmp) / "ledger.db")}
        subprocess.run([py, "-m", "cchc", "init"], env=env, check=True, capture_output=True)
        floor, cchc = [], []
        for i in range(args.runs + 3):
            common = [
                "--procedure",
                "Cấp giấy phép tổ chức hội thảo quốc tế",
                "--received",
                "15/03/2022",
                "--due",
                "25/03/2022",
                "--field",
                "Hợp tác quốc tế",
            ]
            f = timed([py, str(HERE / "floor_app.py"), f"X-{i}", *common], env)
            c = timed([py, "-m", "cchc", "dossier", "add", f"000.00.12.H50-220315-{i:04d}", *common], env)
            if i >= 3:  # warm-up runs fill the OS caches
                floor.append(f)
                cchc.append(c)
    f_med, c_med = statistics.median(floor), statistics.median(cchc)
    print(f"runs: {args.runs} each, interleaved")
    print(f"typer one-command floor : median {f_med * 1000:7.1f} ms")
    print(f"cchc dossier add        : median {c_med * 1000:7.1f} ms")
    print(f"ratio cchc / floor      : {c_med / f_med:.2f}  (target <= 1.20)")


if __name__ == "__main__":
    main()
