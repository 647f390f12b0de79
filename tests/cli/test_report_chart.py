"""cchc report … --chart: monthly charts in the terminal, their series equal to the report's
monthly figures; --json unchanged; the same charts as data, xlsx chart objects and PNG."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date

import pytest

from cchc.domain import periods
from cchc.render import charts
from cchc.render.i18n import Translator
from cchc.services import trends
from cchc.store.ledger import Ledger

H1 = ("report", "semester", "2022-H1", "--until", "09/06/2022")
COLOUR = re.compile(r"\x1b\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9]+)*m")  # a colour, not bold
TITLES = (
    "Hồ sơ tiếp nhận và đã giải quyết theo tháng",
    "Tỷ lệ giải quyết trước hạn và đúng hạn theo tháng (%)",
    "Nhiệm vụ hoàn thành so với kế hoạch (lũy kế): 30/50",
)


def _h1_months(sample):
    with Ledger.open(sample.db, create=False) as led:
        return trends.monthly(led, periods.make("semester", 2022, 1, until=date(2022, 6, 9)))


def test_series_equal_the_report_of_each_month(sample):
    months = _h1_months(sample)
    assert [m.label for m in months] == ["2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06"]
    for m in months:
        until = ["--until", "09/06/2022"] if m.label == "2022-06" else []
        r = json.loads(sample.ok("report", "month", m.label, *until, "--json").stdout)
        d, t = r["dossiers"], r["tasks"]
        assert (m.received, m.resolved, m.in_time_rate) == (d["received"], d["resolved"], d["in_time_rate"])
        assert (m.early, m.on_time, m.late) == (d["early"], d["on_time"], d["late"])
        assert (m.tasks_done, m.tasks_total) == (t["done"], t["total"])
    whole = json.loads(sample.ok(*H1, "--json").stdout)
    assert sum(m.received for m in months) == whole["dossiers"]["received"] == 675
    assert sum(m.resolved for m in months) == whole["dossiers"]["resolved"] == 635
    assert (months[-1].tasks_done, months[-1].tasks_total) == (30, 50)  # the burn-up ends at the report's X/Y


def test_chart_data_is_what_the_charts_draw(sample):
    months = _h1_months(sample)
    vi = Translator("vi")
    dossiers, rate, tasks = charts.chart_data(vi, months)
    assert dossiers["categories"] == ["01/2022", "02/2022", "03/2022", "04/2022", "05/2022", "06/2022"]
    assert dossiers["series"][0]["values"] == [99, 86, 129, 131, 103, 127]
    assert dossiers["series"][1]["values"] == [m.resolved for m in months]
    assert rate["series"][0]["values"] == [m.in_time_rate for m in months]
    assert [s["key"] for s in tasks["series"]] == ["tasks_done", "tasks_planned", "tasks_total"]
    assert tasks["title"] == TITLES[2]
    assert tasks["series"][0]["values"][-1] == 30 and tasks["series"][2]["values"][-1] == 50


@pytest.mark.parametrize("width", [80, 100, 120])
def test_chart_fits_the_terminal_under_no_color(sample, width):
    r = sample.ok(*H1, "--chart", env={"COLUMNS": str(width), "NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert not COLOUR.search(r.stdout)  # bold may stay: NO_COLOR is about colour
    out = re.sub(r"\x1b\[[0-9;]*m", "", r.stdout)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    for title in TITLES:
        assert title in out
    assert "██ Tiếp nhận   ▒▒ Đã giải quyết" in out  # the series told apart without colour
    assert "06/2022" in out and "┤" in out
    assert r.stderr == ""


def test_chart_has_colours_on_a_colour_terminal(sample):
    out = sample.ok(*H1, "--chart", env={"COLUMNS": "80", "FORCE_COLOR": "1", "NO_COLOR": ""}).stdout
    assert COLOUR.search(out)


def test_chart_on_a_narrow_terminal_lists_the_figures(sample):
    out = sample.ok(*H1, "--chart", env={"COLUMNS": "30"}).stdout
    assert max(len(line) for line in out.splitlines()) <= 30
    assert "01/2022  99 / 40" in out
    assert "06/2022  30 / 12 / 50" in out


def test_chart_in_english(sample):
    out = sample.ok("--lang", "en", *H1, "--chart", env={"COLUMNS": "80"}).stdout
    assert "Tasks done against the plan (cumulative): 30/50" in out
    assert "Received" in out and "Resolved" in out


def test_json_is_unchanged_by_chart(sample):
    plain = sample.ok(*H1, "--json").stdout
    r = sample.ok(*H1, "--json", "--chart")
    assert r.stdout == plain
    assert "--chart" in r.stderr  # said once, on stderr


def test_xlsx_chart_objects_hold_the_series(sample, tmp_path):
    from openpyxl import Workbook, load_workbook

    vi = Translator("vi")
    data = charts.chart_data(vi, _h1_months(sample))
    wb = Workbook()
    charts.add_xlsx_charts(vi, wb, data)
    path = tmp_path / "c.xlsx"
    wb.save(path)
    names = zipfile.ZipFile(path).namelist()
    assert sorted(n for n in names if n.startswith("xl/charts/chart")) == [
        "xl/charts/chart1.xml",
        "xl/charts/chart2.xml",
        "xl/charts/chart3.xml",
    ]
    ws = load_workbook(path)["Biểu đồ"]
    cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    assert cells[0][0] == data[0]["title"]
    assert [r[1] for r in cells[2:8]] == data[0]["series"][0]["values"]


def _tiny_png() -> bytes:
    """A valid 1x1 PNG: what a picture needs to be placed, without matplotlib."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = chunk(b"IDAT", zlib.compress(b"\0\0\0\0"))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + pixels + chunk(b"IEND", b"")


def test_report_workbook_with_chart_gets_the_chart_sheet(sample, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "r.xlsx"
    r = sample.ok(*H1, "-o", out, "--chart")
    assert "--chart" not in r.stderr  # drawn, not left out
    names = zipfile.ZipFile(out).namelist()
    assert len([n for n in names if n.startswith("xl/charts/chart")]) == 3
    wb = load_workbook(out)
    assert wb.sheetnames[-1] == "Biểu đồ"
    rows = list(wb["Biểu đồ"].iter_rows(values_only=True))
    assert rows[0][0] == TITLES[0]
    assert [r[1] for r in rows[2:8]] == [m.received for m in _h1_months(sample)]
    plain = tmp_path / "plain.xlsx"
    sample.ok(*H1, "-o", plain)
    assert "Biểu đồ" not in load_workbook(plain).sheetnames  # only on request


def test_word_report_with_chart_needs_matplotlib(sample, tmp_path, monkeypatch):
    monkeypatch.setattr(charts, "has_matplotlib", lambda: False)
    out = tmp_path / "r.docx"
    r = sample.fails(*H1, "-o", out, "--chart")
    assert r.stderr.count("\n") == 1 and "pip install 'cchc[charts]'" in r.stderr
    assert not out.exists()


def test_word_report_with_chart_has_the_charts_as_appendix_ii(sample, tmp_path, monkeypatch):
    from docx import Document
    from docx.enum.section import WD_ORIENT

    drawn = []
    monkeypatch.setattr(charts, "has_matplotlib", lambda: True)
    monkeypatch.setattr(charts, "png", lambda chart, **kw: drawn.append((chart["title"], kw)) or _tiny_png())
    out = tmp_path / "r.docx"
    sample.ok(*H1, "-o", out, "--chart")
    doc = Document(out)
    assert [t for t, _ in drawn] == list(TITLES)
    assert len(doc.inline_shapes) == 3
    texts = [p.text for p in doc.paragraphs]
    assert "Phụ lục I" in texts and "Phụ lục II" in texts and "Phụ lục" not in texts
    assert texts.index("Phụ lục I") < texts.index("Phụ lục II")
    assert [s.orientation for s in doc.sections][-2:] == [WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    last = doc.sections[-1]
    width = last.page_width - last.left_margin - last.right_margin
    assert all(abs(shape.width - width) < 36000 for shape in doc.inline_shapes)  # the text's width, within 1 mm
    plain = tmp_path / "plain.docx"
    sample.ok(*H1, "-o", plain)
    assert len(Document(plain).inline_shapes) == 0 and "Phụ lục" in [p.text for p in Document(plain).paragraphs]


def test_png_for_documents(sample):
    pytest.importorskip("matplotlib")
    vi = Translator("vi")
    for chart in charts.chart_data(vi, _h1_months(sample)):
        picture = charts.png(chart)
        assert picture[:8] == b"\x89PNG\r\n\x1a\n"
        assert len(io.BytesIO(picture).getvalue()) > 1000


def test_chart_of_an_empty_window_says_so(cli):
    cli.ok("init")
    out = cli.ok("report", "month", "2022-03", "--chart", env={"COLUMNS": "80"}).stdout
    assert "Hồ sơ tiếp nhận và đã giải quyết theo tháng" in out  # zero bars are figures too
    assert "(chưa giải quyết hồ sơ nào)" in out
    assert "Nhiệm vụ hoàn thành so với kế hoạch (lũy kế): 0/0\n(không có nhiệm vụ)" in out


def test_chart_libraries_load_only_when_a_chart_is_drawn():
    import subprocess
    import sys

    code = (
        "import sys, cchc.cli.today, cchc.cli.report, cchc.services.today, cchc.services.trends,"
        " cchc.render.charts, cchc.render.today; "
        "print(sorted(m for m in ('plotext', 'matplotlib', 'openpyxl', 'rich.table') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
