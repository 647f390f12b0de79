"""Excel-ready outputs: xlsx exports with real date cells, Vietnamese headings read back by the
importers, yes/no words, CSV with a BOM when written to a file (as the report's), and the report
as a workbook whose Biểu 06 sheet is laid out like the printed form."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import load_workbook

TABLES = {
    "plans": "SELECT code, title, year, issued_on, basis FROM plans ORDER BY code",
    "tasks": "SELECT p.code, t.number, t.title, t.area, t.unit, t.due_on, t.started_on, t.done_on,"
    " t.evidence, t.cancelled_on, t.cancel_reason FROM tasks t JOIN plans p ON p.id = t.plan_id"
    " ORDER BY p.code, t.number",
    "meetings": "SELECT kind, held_on, title, chair, note FROM meetings ORDER BY kind, held_on, title",
    "dossiers": "SELECT code, procedure, field, applicant, channel, received_on, due_on, outcome,"
    " finished_on, return_reason, note, paused_on, pause_reason, rescheduled_due_on,"
    " reschedule_reason FROM dossiers ORDER BY code",
}


def sheet_rows(path, sheet=None):
    wb = load_workbook(path)
    ws = wb[sheet] if sheet else wb.active
    return ws, list(ws.iter_rows(values_only=True))


def test_xlsx_export_has_typed_dates_and_booleans(sample, tmp_path):
    out = tmp_path / "d.xlsx"
    sample.ok("export", "dossiers", "-o", str(out))
    ws, rows = sheet_rows(out)
    head = rows[0]
    first = dict(zip(head, rows[1], strict=True))
    assert first["received_on"] == datetime(2021, 12, 15) and first["due_on"] == datetime(2022, 1, 6)
    assert ws.cell(2, head.index("received_on") + 1).number_format == "DD/MM/YYYY"
    assert first["overdue"] is False and first["code"] == "000.00.12.H50-211215-0001"
    assert ws.freeze_panes == "A2"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_vietnamese_headings_round_trip(sample, cli, tmp_path, fmt):
    for noun in ("plans", "tasks", "meetings", "dossiers"):
        out = tmp_path / f"{noun}.{fmt}"
        sample.ok("export", noun, "-o", str(out), "--headings", "vi")
        r = cli.ok("import", noun, str(out))
        assert "cột" not in r.stderr, r.stderr  # no unknown column warned about
    for noun, sql in TABLES.items():
        assert cli.rows(sql) == sample.rows(sql), noun
    _, rows = sheet_rows(tmp_path / "dossiers.xlsx") if fmt == "xlsx" else (None, None)
    if rows:
        assert rows[0][:3] == ("Mã hồ sơ", "Tên TTHC", "Lĩnh vực") and "không" in rows[1]


def test_vi_headings_and_yes_no_in_csv(sample):
    out = sample.ok("export", "dossiers", "--headings", "vi", "--to", "16/12/2021").stdout
    head, first = out.splitlines()[:2]
    assert head.startswith("Mã hồ sơ,Tên TTHC,Lĩnh vực") and ",Quá hạn," in head
    assert ",không," in first
    keys = sample.ok("export", "dossiers", "--to", "16/12/2021").stdout.splitlines()
    assert keys[0].startswith("code,") and ",false," in keys[1]
    sample.fails("export", "dossiers", "--headings", "fr", code=2)


def test_a_csv_file_gets_a_bom_as_the_reports_does(sample, tmp_path):
    exp, rep = tmp_path / "e.csv", tmp_path / "r.csv"
    sample.ok("export", "plans", "-o", str(exp))
    sample.ok("report", "semester", "2022-H1", "-o", str(rep))
    assert exp.read_bytes().startswith(b"\xef\xbb\xbf") and rep.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not sample.ok("export", "plans").stdout.startswith("\ufeff")  # stdout: for scripts
    sample.ok("export", "plans", "-o", str(exp), "--no-bom")
    assert exp.read_bytes().startswith(b"code,")


def test_report_workbook_has_the_form_as_printed(sample, tmp_path):
    out = tmp_path / "bao-cao.xlsx"
    r = sample.ok("report", "semester", "2022-H1", "--until", "09/06/2022", "-o", str(out))
    assert str(out) in r.stderr
    report = json.loads(sample.ok("report", "semester", "2022-H1", "--until", "09/06/2022", "--json").stdout)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Tổng hợp", "Biểu 06"]
    form = wb["Biểu 06"]
    merged = {str(m) for m in form.merged_cells.ranges}
    assert {"A8:A10", "B8:B10", "C8:F8", "G8:J8", "K8:M8", "D9:E9"} <= merged  # the printed form's header
    assert [form.cell(11, c).value for c in (1, 2, 13)] == ["(1)", "(2)", "(13)"]
    assert form["A1"].value == "Biểu số 06/VPCP/KSTT" and "Đơn vị tính" in form["J7"].value
    rows = list(form.iter_rows(min_row=12, values_only=True))
    fields = [r for r in rows if isinstance(r[0], int)]
    total = next(r for r in rows if r[1] == "Tổng cộng")
    assert len(fields) == len(report["form"]["rows"])
    assert list(total[2:]) == [report["form"]["total"][k] for k in report["form"]["total"] if k.startswith("c")]
    assert all(isinstance(v, int) for v in total[2:])
    summary = [r for r in wb["Tổng hợp"].iter_rows(values_only=True) if r and r[0]]
    assert ("Tiếp nhận trong kỳ", 675) in [(r[0], r[1]) for r in summary]
    assert any(isinstance(r[0], str) and r[0].startswith("Trong 6 tháng đầu năm 2022") for r in summary)


def test_report_workbook_in_english_and_refusals(sample, tmp_path):
    out = tmp_path / "r.xlsx"
    sample.ok("--lang", "en", "report", "quarter", "2022-Q2", "--compare", "-o", str(out))
    assert load_workbook(out).sheetnames == ["Summary", "Form 06"]
    sample.fails("report", "quarter", "2022-Q2", "--format", "xlsx")  # needs -o
    sample.fails("report", "quarter", "2022-Q2", "-o", str(tmp_path / "missing" / "r.xlsx"))
    assert not (tmp_path / "missing").exists()
