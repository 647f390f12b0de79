"""Benchmark: the whole report as a Word document vs the JSON report plus plain python-docx.

    .venv/bin/python benchmarks/report_docx.py [--sizes 1000000] [--repeat 5] [--fresh]

On the ledgers of ``benchmarks/report.py`` (built once into benchmarks/out/, reused; given once the
registers a real report has: documents, communication work, inspections, two reform-index years,
the clerk's texts — ``ensure_registers``), for the latest semester (2023-H2), in the same run,
interleaved, it times

  docx      — ``Ledger.open`` + ``reports.build`` + ``report_docx.write_docx`` to a file: the whole
              report, the .docx included (what ``cchc report … -o r.docx`` does);
  json      — ``Ledger.open`` + ``reports.build`` + the JSON text (what ``--json`` does);
  python-docx — plain python-docx writing a document of the same size: as many paragraphs with
              the same text, tables of the same rows and columns with the same cell texts, two
              sections, a header; no formatting (``Document()`` … ``save``);

and prints the medians and the ratio docx / (json + python-docx) (target <= 1.0). A second table
does the same from the command line in fresh processes (imports included): ``cchc report … -o
r.docx`` vs ``cchc report … --json`` plus the plain python-docx document written by a fresh
``python -c`` less the start-up of a bare ``python -c pass``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report import OUT, build_ledger  # noqa: E402  (the same ledgers as the report benchmark)

SEMESTER = (2023, 2)
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


def ensure_registers(path: Path) -> None:
    """Give the ledger what a real half-year report has beside its dossiers, so the whole report
    is measured: the agency's particulars, 30 documents issued in 2023-H2, 60 communication
    activities, 6 inspections with follow-ups, the 2021 and 2022 reform-index trees (the sample's
    province file) with their results, and the clerk's texts for every section. Done once."""
    from datetime import date, timedelta

    from cchc.services import documents, inspections, outreach, reform_index, report_notes, settings
    from cchc.services.imports import import_file
    from cchc.store.ledger import Ledger

    with Ledger.open(path, create=False) as led:
        if led.scalar("SELECT COUNT(*) FROM documents") > 2:
            return
        led.command = "benchmark"
        settings.set_many(
            led,
            {"agency": "Văn phòng UBND tỉnh Sơn La", "parent": "UBND tỉnh Sơn La", "place": "Sơn La",
             "signer_title": "KT. CHÁNH VĂN PHÒNG; PHÓ CHÁNH VĂN PHÒNG", "signer": "Nguyễn Văn A"},
        )  # fmt: skip
        start = date(2023, 6, 15)
        kinds = ("KH", "QĐ", "BC", "TB")
        for n in range(1, 31):
            documents.add(
                led,
                f"{100 + n}/{kinds[n % 4]}-VPUB",
                f"Văn bản số {n} về triển khai công tác cải cách hành chính, kiểm soát thủ tục hành chính năm 2023",
                issued_on=start + timedelta(days=5 * n),
                area="chi-dao",
                serves=f"01/KH-BM#{n}",
            )
        for n in range(60):
            kind = ("tin-bai", "ban-tin", "hoi-nghi", "mang-xa-hoi")[n % 4]
            outreach.add(
                led,
                kind,
                start + timedelta(days=3 * n),
                f"Hoạt động tuyên truyền số {n}",
                "Cổng thông tin điện tử tỉnh",
                1 + n % 5,
            )
        for n in range(6):
            inspections.add(
                led,
                start + timedelta(days=20 * n + 10),
                f"Phòng chuyên môn số {n + 1}",
                body="Đoàn kiểm tra cải cách hành chính của Văn phòng",
                findings="Một số hồ sơ chưa cập nhật kịp thời trạng thái xử lý trên hệ thống",
                follow_up="Cập nhật đầy đủ, kịp thời trạng thái xử lý hồ sơ",
                due_on=start + timedelta(days=20 * n + 40),
            )
        for year, rank in ((2021, 9), (2022, 6)):
            import_file(led, "index-criteria", str(SAMPLE / "index-2021.csv"), defaults={"year": year})
            reform_index.set_result(led, year, score=83.1, max_points=100.0, rank=rank, of=20)
        text = "Nội dung do cơ quan viết cho mục này của báo cáo, gồm nhiều câu đánh giá cụ thể. " * 6
        for section in ("strengths", "shortcomings", "causes", "directions", "proposals"):
            report_notes.set_note(led, "2023-H2", section, text.strip())


def _report(path: Path):
    from cchc.domain import periods
    from cchc.services import reports
    from cchc.store.ledger import Ledger

    period = periods.make("semester", *SEMESTER, today=date(2030, 1, 1))
    with Ledger.open(path, create=False) as led:
        return reports.build(led, period)


def time_docx(path: Path, out: Path) -> float:
    from cchc.render.report_docx import write_docx

    t0 = time.perf_counter()
    write_docx(_report(path), out)
    return time.perf_counter() - t0


def time_json(path: Path) -> float:
    from cchc.render.jsonout import dumps

    t0 = time.perf_counter()
    text = dumps(_report(path).model_dump(mode="json"))
    elapsed = time.perf_counter() - t0
    assert '"received"' in text
    return elapsed


def shape(docx_path: Path) -> dict:
    """What the written document holds: its body paragraphs' texts and its tables' cell texts."""
    from docx import Document

    doc = Document(str(docx_path))
    tables = []
    for t in doc.tables:
        rows = []
        for row in t.rows:
            seen, texts = set(), []
            for c in row.cells:  # a merged cell is listed once per grid column it covers
                texts.append("" if id(c._tc) in seen else c.text)
                seen.add(id(c._tc))
            rows.append(texts)
        tables.append(rows)
    return {"paragraphs": [p.text for p in doc.paragraphs], "tables": tables}


BASELINE = """
import time
from docx import Document
from docx.enum.section import WD_SECTION

def write(shape, out):
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "1"
    half = len(shape["paragraphs"]) // 2
    for i, text in enumerate(shape["paragraphs"]):
        if i == half:
            doc.add_section(WD_SECTION.NEW_PAGE)
        doc.add_paragraph(text)
    for rows in shape["tables"]:
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for row, texts in zip(t.rows, rows):
            for cell, text in zip(row.cells, texts):
                cell.text = text
    doc.save(out)
"""


def time_baseline(shp: dict, out: Path) -> float:
    scope: dict = {}
    exec(BASELINE, scope)  # noqa: S102  (the same code the cold run executes)
    t0 = time.perf_counter()
    scope["write"](shp, str(out))
    return time.perf_counter() - t0


def _run(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000000")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--fresh", action="store_true", help="rebuild the ledgers")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    cchc = [sys.executable, "-m", "cchc"]
    print(
        f"{'dossiers':>10} {'docx ms':>8} {'json ms':>8} {'python-docx ms':>15} {'ratio':>6}"
        f"  (in process, median of {args.repeat}; ratio = docx / (json + python-docx), target <= 1.0)"
    )
    cold_rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        path = OUT / f"report-bench-{size}.db"
        if args.fresh or not path.exists():
            t0 = time.perf_counter()
            build_ledger(path, size)
            print(f"  built {path} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        ensure_registers(path)
        out, base_out = OUT / f"report-{size}.docx", OUT / f"baseline-{size}.docx"
        time_docx(path, out)  # warm the imports and the page cache
        shp = shape(out)
        time_baseline(shp, base_out)
        d, j, b = [], [], []
        for _ in range(args.repeat):  # interleaved, so all three see the same conditions
            d.append(time_docx(path, out))
            j.append(time_json(path))
            b.append(time_baseline(shp, base_out))
        d, j, b = statistics.median(d), statistics.median(j), statistics.median(b)
        print(f"{size:>10,} {d * 1000:>8.1f} {j * 1000:>8.1f} {b * 1000:>15.1f} {d / (j + b):>6.2f}")

        shape_file = OUT / f"shape-{size}.json"
        import json

        shape_file.write_text(json.dumps(shp), encoding="utf-8")
        cold_base = BASELINE + (
            f"\nimport json\nwrite(json.load(open({str(shape_file)!r}, encoding='utf-8')), {str(base_out)!r})\n"
        )
        period = ["report", "semester", f"{SEMESTER[0]}-H{SEMESTER[1]}"]
        cd, cj, cb, bare = [], [], [], []
        for _ in range(args.repeat):
            cd.append(_run([*cchc, "--db", str(path), *period, "-o", str(out)]))
            cj.append(_run([*cchc, "--db", str(path), *period, "--json"]))
            cb.append(_run([sys.executable, "-c", cold_base]))
            bare.append(_run([sys.executable, "-c", "pass"]))
        cold_rows.append((size, *(statistics.median(x) for x in (cd, cj, cb, bare))))
    print()
    print(
        f"{'dossiers':>10} {'cli docx ms':>12} {'cli json ms':>12} {'python-docx ms':>15} {'ratio':>6}"
        "  (fresh processes; python-docx = its script less a bare interpreter start)"
    )
    for size, cd, cj, cb, bare in cold_rows:
        base = cb - bare
        print(f"{size:>10,} {cd * 1000:>12.1f} {cj * 1000:>12.1f} {base * 1000:>15.1f} {cd / (cj + base):>6.2f}")
    print(f"\nfiles: {OUT}/  (python {sys.version.split()[0]}, {os.cpu_count()} cpus)")


if __name__ == "__main__":
    main()
