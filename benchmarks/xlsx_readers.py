"""Reading xlsx: openpyxl (read-only mode) vs python-calamine, on a real tracking book and on
hostile files. Each read runs in a fresh process under a 2 GiB address-space limit and reports
its time and peak memory (or how it failed). Also times cchc's guard (``imports.xlsx.XlsxGuard``,
the checks made before any reader expands the file) and cchc's whole xlsx reader on each file.

    .venv/bin/python benchmarks/xlsx_readers.py [ROWS] [KIND ...]   # 100,000 rows; all kinds

python-calamine is not a dependency of cchc: install it to compare (pip install python-calamine).
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
LIMIT = 2 << 30

READ = r"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
kind, path = sys.argv[1], sys.argv[2]
t = time.perf_counter()
rows = cells = 0
try:
    if kind == "openpyxl":
        import openpyxl
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for row in wb.worksheets[0].iter_rows(values_only=True):
            rows += 1; cells += len(row)
    elif kind == "calamine":
        from python_calamine import CalamineWorkbook
        wb = CalamineWorkbook.from_path(path)
        for row in wb.get_sheet_by_index(0).iter_rows():
            rows += 1; cells += len(row)
    elif kind == "guard":
        from cchc.services.imports.xlsx import XlsxGuard
        XlsxGuard(open(path, "rb"), path).check()
    else:  # cchc's reader: the guard, then openpyxl streaming with the row checks
        from cchc.services.imports.readers import Source
        for n, row in Source(path).rows():
            rows += 1; cells += len(row)
    outcome = "ok"
except MemoryError:
    outcome = "MemoryError"
except Exception as exc:
    outcome = type(exc).__name__ + ": " + str(exc)[:80]
peak = 0  # VmHWM: this process's own peak (ru_maxrss would carry the parent's over exec)
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        peak = int(line.split()[1]) / 1024
print(json.dumps({{"s": time.perf_counter() - t, "rows": rows, "cells": cells, "peak_mb": peak, "outcome": outcome}}))
"""


def book(rows: int) -> Path:
    """A tracking book as Excel keeps it: shared strings, dates as date cells."""
    import openpyxl

    path = OUT / f"book-{rows}.xlsx"
    if path.exists():
        return path
    csv_path = OUT / f"dossiers-{rows}.csv"
    if not csv_path.exists():
        subprocess.run([sys.executable, str(HERE / "gen_dossiers.py"), str(rows), str(csv_path)], check=True)
    import csv
    from datetime import date

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    with open(csv_path, encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh)):
            if i:
                row = [date.fromisoformat(v) if len(v) == 10 and v[4] == "-" else v for v in row]
            ws.append(row)
    wb.save(path)
    return path


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


CT = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
    b' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WB = (
    b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    b' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    b'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WB_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def hostile(path: Path, sheet: bytes, strings: bytes = b"") -> Path:
    sst = b'<?xml version="1.0"?><sst ' + NS + b">" + strings + b"</sst>"
    return _zip(
        path,
        {
            "[Content_Types].xml": CT,
            "_rels/.rels": RELS,
            "xl/workbook.xml": WB,
            "xl/_rels/workbook.xml.rels": WB_RELS,
            "xl/sharedStrings.xml": sst,
            "xl/worksheets/sheet1.xml": b'<?xml version="1.0"?><worksheet '
            + NS
            + b"><sheetData>"
            + sheet
            + b"</sheetData></worksheet>",
        },
    )


def bombs() -> dict[str, Path]:
    OUT.mkdir(exist_ok=True)
    out = {}
    # one shared string of 1.5 GB ('A' repeated), used by one cell
    p = OUT / "bomb-string.xlsx"
    if not p.exists():
        big = b"<si><t>" + b"A" * (1536 << 20) + b"</t></si>"
        hostile(p, b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>', big)
    out["one 1.5 GB shared string"] = p
    # two cells far apart: A1 and XFD1048576 (a dense reader allocates 17 G cells)
    p = OUT / "bomb-corners.xlsx"
    if not p.exists():
        hostile(
            p,
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
            b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>y</t></is></c></row>',
        )
    out["cells at A1 and XFD1048576"] = p
    # a million rows of one cell each at column XFD: tiny compressed, huge when padded
    p = OUT / "bomb-rows.xlsx"
    if not p.exists():
        rows = b"".join(b'<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (i, i) for i in range(1, 1_000_001))
        hostile(p, b'<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c></row>' + rows)
    out["1M rows, a cell at XFD each"] = p
    return out


def run(kind: str, path: Path) -> dict:
    code = READ.format(limit=LIMIT)
    r = subprocess.run([sys.executable, "-c", code, kind, str(path)], capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        return {"outcome": f"crashed (exit {r.returncode}): {r.stderr.strip().splitlines()[-1:]}", "s": 0, "peak_mb": 0}
    return json.loads(r.stdout)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    kinds = sys.argv[2:] or ["guard", "cchc", "openpyxl", "calamine"]
    OUT.mkdir(exist_ok=True)
    files = {f"tracking book, {rows:,} rows": book(rows), **bombs()}
    for label, path in files.items():
        print(f"{label} ({path.stat().st_size / 1e6:.1f} MB)")
        for kind in kinds:
            r = run(kind, path)
            print(f"  {kind:9} {r['s']:7.2f} s  peak {r['peak_mb']:7.0f} MB  {r['outcome']}")


if __name__ == "__main__":
    main()
