"""What each way of drawing the report's charts costs: install size and time.

    .venv/bin/python benchmarks/chart_cost.py [--runs 7]

For plotext (the terminal charts of `report --chart`), openpyxl's own chart objects (the
.xlsx charts) and matplotlib (PNG pictures for the .docx, the optional `charts` extra), each
measured only when installed:

  size    — the files of the package and of everything it requires (from the installed
            distributions' RECORD), in MB;
  import  — importing it in a fresh process (median of --runs);
  draw    — drawing the three charts of a half-year (6 months) once imported: plotext to a
            string, openpyxl to a saved workbook in memory, matplotlib to three PNGs.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
from importlib import metadata

CASES = {
    "plotext": (
        "import plotext",
        "from cchc.render import charts\nfor c in data: charts.plot(c, 80)",
    ),
    "openpyxl": (
        "import openpyxl, openpyxl.chart",
        "import io\nfrom openpyxl import Workbook\nfrom cchc.render import charts\n"
        "wb = Workbook(); charts.add_xlsx_charts(wb, data); wb.save(io.BytesIO())",
    ),
    "matplotlib": (
        "import matplotlib\nmatplotlib.use('Agg')\nfrom matplotlib.figure import Figure",
        "from cchc.render import charts\nfor c in data: charts.png(c)",
    ),
}
SETUP = """
import json, time
from cchc.services.trends import Month
from cchc.render.charts import chart_data
months = [Month(f"2022-{m:02d}", "", "", received=90 + 7 * m, resolved=80 + 9 * m, early=70 + 8 * m,
                on_time=10 + m, tasks_done=5 * m, tasks_total=50, tasks_planned=4 * m) for m in range(1, 7)]
data = chart_data(months)
"""


def _name(requirement: str) -> str | None:
    if "extra ==" in requirement.replace('"', "").replace("'", ""):
        return None
    m = re.match(r"\s*([A-Za-z0-9._-]+)", requirement)
    return m.group(1).lower().replace("_", "-") if m else None


def closure(name: str) -> set[str]:
    """The distribution and every distribution it requires (extras left out), installed ones."""
    seen: set[str] = set()
    todo = [name.lower()]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        try:
            dist = metadata.distribution(n)
        except metadata.PackageNotFoundError:
            continue
        seen.add(n)
        todo += [r for r in map(_name, dist.requires or []) if r]
    return seen


def size_mb(names: set[str]) -> float:
    total = 0
    for n in names:
        for f in metadata.distribution(n).files or []:
            try:
                total += f.locate().stat().st_size
            except OSError:
                pass
    return total / 1e6


def timed(imp: str, draw: str) -> tuple[float, float]:
    code = (
        SETUP
        + "t0 = time.perf_counter()\n"
        + imp
        + "\nt1 = time.perf_counter()\n"
        + draw
        + "\nt2 = time.perf_counter()\nprint(json.dumps([t1 - t0, t2 - t1]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return tuple(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    print(f"{'library':<11} {'size MB':>8} {'import ms':>10} {'draw 3 ms':>10}  packages")
    for lib, (imp, draw) in CASES.items():
        names = closure(lib)
        if not names:
            print(f"{lib:<11} not installed")
            continue
        runs = [timed(imp, draw) for _ in range(args.runs)]
        i = statistics.median(r[0] for r in runs)
        d = statistics.median(r[1] for r in runs)
        print(f"{lib:<11} {size_mb(names):>8.1f} {i * 1000:>10.1f} {d * 1000:>10.1f}  {', '.join(sorted(names))}")
    print(f"(medians of {args.runs} fresh processes; python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
