"""Dossier deadlines: the appointment date from the catalog (``dossier add``), pauses for
supplements (``dossier pause|resume``) and apology slips (``dossier reschedule``)."""

from __future__ import annotations

import csv
import importlib.util
import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from cchc.store.calendar import load_calendar
from cchc.store.ledger import Ledger

ROOT = Path(__file__).resolve().parents[2]
HOI_NGHI = "Cho phép tổ chức hội nghị, hội thảo quốc tế"


@pytest.fixture
def desk(cli):
    cli.ok("procedure", "add", "1.001", "--name", HOI_NGHI, "--field", "Hợp tác quốc tế", "--days", "15")
    return cli


def show(cli, code, *args):
    return json.loads(cli.ok("dossier", "show", code, "--json", *args).stdout)


def test_sample_due_dates_follow_the_counting_rule(tmp_path):
    spec = importlib.util.spec_from_file_location("make_sample", ROOT / "data" / "make_sample.py")
    make_sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_sample)
    days = {proc: n for _, proc, n in make_sample.PROCEDURES}
    with Ledger.open(tmp_path / "l.db") as led:
        cal = load_calendar(led)
    with open(ROOT / "data" / "sample" / "dossiers.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 675
    for r in rows:
        received, due = date.fromisoformat(r["received_on"]), date.fromisoformat(r["due_on"])
        assert cal.workdays(received, due) == days[r["procedure"]], r["code"]
        assert cal.due(received, days[r["procedure"]]) == due, r["code"]


# -- dossier add --------------------------------------------------------------------------------


def test_add_by_code_takes_name_field_and_date_from_the_catalog(desk):
    r = desk.ok("dossier", "add", "000.00.12.H50-220128-0001", "--procedure", "1.001", "--received", "28/01/2022")
    assert "25/02/2022" in r.stderr  # 15 working days, Tết 31/01–04/02 skipped
    d = show(desk, "000.00.12.H50-220128-0001")
    assert (d["procedure"], d["field"], d["due_on"]) == (HOI_NGHI, "Hợp tác quốc tế", "2022-02-25")


def test_add_by_exact_name_in_either_unicode_form(desk):
    desk.ok(
        "dossier",
        "add",
        "A",
        "--procedure",
        unicodedata.normalize("NFD", HOI_NGHI),
        "--received",
        "2022-03-01",
        "--field",
        "Khác",
    )
    d = show(desk, "A")
    assert (d["procedure"], d["field"], d["due_on"]) == (HOI_NGHI, "Khác", "2022-03-22")


def test_days_for_a_procedure_outside_the_catalog(desk):
    desk.ok("dossier", "add", "B", "--procedure", "Thủ tục mới", "--received", "2022-04-29", "--days", "1")
    d = show(desk, "B")
    assert (d["procedure"], d["field"], d["due_on"]) == ("Thủ tục mới", None, "2022-05-04")
    # --days also overrides the catalog's time
    desk.ok("dossier", "add", "B2", "--procedure", "1.001", "--received", "2022-03-01", "--days", "2")
    assert show(desk, "B2")["due_on"] == "2022-03-03"


def test_due_still_overrides(desk):
    desk.ok("dossier", "add", "C", "--procedure", "1.001", "--received", "2022-03-01", "--due", "10/03/2022")
    d = show(desk, "C")
    assert (d["field"], d["due_on"]) == ("Hợp tác quốc tế", "2022-03-10")


def test_the_office_calendar_counts(desk):
    desk.ok("calendar", "off", "2022-03-02", "--reason", "Nghỉ đột xuất")
    desk.ok("dossier", "add", "E", "--procedure", "x", "--received", "2022-03-01", "--days", "1")
    assert show(desk, "E")["due_on"] == "2022-03-03"


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--procedure", "Không có"], "không có trong danh mục"),
        (["--procedure", "Không có", "--days", "0"], "từ 1 đến 365"),
        (["--procedure", "Không có", "--days", "400"], "từ 1 đến 365"),
        (["--procedure", "1.001", "--days", "-1"], "từ 1 đến 365"),
        (["--procedure", "1.001", "--due", "2022-02-01"], "trước ngày nhận"),
        (["--procedure", "1.001", "--due", "32/01/2022"], "ngày không hợp lệ"),
    ],
)
def test_bad_add_writes_nothing(desk, args, needle):
    audit = desk.count("audit")
    r = desk.fails("dossier", "add", "Z", "--received", "2022-03-01", *args)
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert desk.count("dossiers") == 0 and desk.count("audit") == audit


def test_ambiguous_name_asks_for_the_code(desk):
    desk.ok("procedure", "add", "1.002", "--name", HOI_NGHI, "--days", "10")
    r = desk.fails("dossier", "add", "Z", "--procedure", HOI_NGHI, "--received", "2022-03-01")
    assert "1.001, 1.002" in r.stderr
    assert desk.count("dossiers") == 0


# -- pause / resume -----------------------------------------------------------------------------


@pytest.fixture
def received(desk):
    desk.ok("dossier", "add", "D", "--procedure", "1.001", "--received", "2022-01-28")
    return desk  # due 2022-02-25


def test_pause_moves_the_date_by_the_paused_working_days(received):
    received.ok("dossier", "pause", "D", "--on", "10/02/2022", "--reason", "Bổ sung bản sao GCN")
    d = show(received, "D")
    assert (d["paused_on"], d["pause_reason"], d["due_on"]) == ("2022-02-10", "Bổ sung bản sao GCN", "2022-02-25")
    r = received.ok("dossier", "resume", "D", "--on", "15/02/2022")
    assert "3 ngày làm việc chờ bổ sung, hẹn trả 02/03/2022" in r.stderr  # 11, 14, 15 Feb
    d = show(received, "D")
    assert (d["paused_on"], d["due_on"]) == (None, "2022-03-02")
    assert d["changes"] == [
        {
            "change": "pause",
            "on": "2022-02-10",
            "until": "2022-02-15",
            "workdays": 3,
            "due_before": "2022-02-25",
            "due_after": "2022-03-02",
            "reason": "Bổ sung bản sao GCN",
        }
    ]
    assert received.rows("SELECT paused_on, resumed_on, days, reason FROM dossier_pauses") == [
        ("2022-02-10", "2022-02-15", 3, "Bổ sung bản sao GCN")
    ]
    assert [h["action"] for h in d["history"]] == ["insert", "pause", "resume"]
    assert d["history"][2]["before"]["due_on"] == "2022-02-25"


def test_pause_over_a_holiday_counts_only_working_days(desk):
    desk.ok("dossier", "add", "T", "--procedure", "x", "--received", "2022-01-20", "--days", "10")
    assert show(desk, "T")["due_on"] == "2022-02-10"
    desk.ok("dossier", "pause", "T", "--on", "2022-01-28", "--reason", "Bổ sung")
    desk.ok("dossier", "resume", "T", "--on", "2022-02-07")  # only 07/02 is a working day
    assert show(desk, "T")["due_on"] == "2022-02-11"
    desk.ok("dossier", "pause", "T", "--on", "2022-02-08", "--reason", "Bổ sung lần 2")
    desk.ok("dossier", "resume", "T", "--on", "2022-02-08")  # same day: nothing paused
    d = show(desk, "T")
    assert d["due_on"] == "2022-02-11"
    assert [(c["reason"], c["workdays"]) for c in d["changes"]] == [("Bổ sung", 1), ("Bổ sung lần 2", 0)]


@pytest.mark.parametrize(
    "setup, args, needle",
    [
        ([], ["resume", "D", "--on", "2022-02-10"], "không ở trạng thái tạm dừng"),
        (
            [["pause", "D", "--on", "2022-02-10", "--reason", "a"]],
            ["pause", "D", "--on", "2022-02-11", "--reason", "b"],
            "đang tạm dừng",
        ),
        (
            [["pause", "D", "--on", "2022-02-10", "--reason", "a"]],
            ["resume", "D", "--on", "2022-02-09"],
            "trước ngày tạm dừng",
        ),
        ([], ["pause", "D", "--on", "2022-01-27", "--reason", "a"], "trước ngày nhận"),
        ([], ["pause", "D", "--on", "2022-02-10", "--reason", " "], "Lý do tạm dừng không được để trống"),
        (
            [["resolve", "D", "--on", "2022-02-20"]],
            ["pause", "D", "--on", "2022-02-21", "--reason", "a"],
            "đã kết thúc",
        ),
        ([], ["pause", "NOPE", "--reason", "a"], "không có hồ sơ NOPE"),
        ([], ["reschedule", "D", "--due", "2022-02-25", "--reason", "a"], "phải sau ngày hẹn"),
        ([], ["reschedule", "D", "--due", "2022-03-40", "--reason", "a"], "ngày không hợp lệ"),
        (
            [["withdraw", "D", "--on", "2022-02-20"]],
            ["reschedule", "D", "--due", "2022-03-10", "--reason", "a"],
            "đã kết thúc",
        ),
    ],
)
def test_bad_changes_write_nothing(received, setup, args, needle):
    for step in setup:
        received.ok("dossier", *step)
    before = received.rows("SELECT * FROM dossiers"), received.rows("SELECT * FROM dossier_pauses")
    audit = received.count("audit")
    r = received.fails("dossier", *args)
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert (received.rows("SELECT * FROM dossiers"), received.rows("SELECT * FROM dossier_pauses")) == before
    assert received.count("audit") == audit


# -- reschedule ---------------------------------------------------------------------------------


def test_reschedule_keeps_the_original_date_for_timeliness(received):
    r = received.ok(
        "dossier", "reschedule", "D", "--due", "10/03/2022", "--reason", "Chờ ý kiến Sở Tài nguyên và Môi trường"
    )
    assert "10/03/2022" in r.stderr
    received.ok("dossier", "resolve", "D", "--on", "2022-03-08")
    d = show(received, "D")
    assert (d["due_on"], d["rescheduled_due_on"], d["status"]) == ("2022-02-25", "2022-03-10", "late")
    assert d["changes"][0]["change"] == "reschedule"
    assert d["changes"][0]["reason"] == "Chờ ý kiến Sở Tài nguyên và Môi trường"
    assert (d["changes"][0]["due_before"], d["changes"][0]["due_after"]) == ("2022-02-25", "2022-03-10")
    out = received.ok("dossier", "show", "D").stdout
    assert "Chờ ý kiến Sở Tài nguyên và Môi trường" in out and "10/03/2022" in out


def test_a_pause_also_moves_the_apology_date(received):
    received.ok("dossier", "reschedule", "D", "--due", "2022-03-10", "--reason", "x")
    received.ok("dossier", "pause", "D", "--on", "2022-03-01", "--reason", "Bổ sung")
    received.ok("dossier", "resume", "D", "--on", "2022-03-03")
    d = show(received, "D")
    assert (d["due_on"], d["rescheduled_due_on"]) == ("2022-03-01", "2022-03-14")


def test_finishing_a_paused_dossier_ends_the_pause(received):
    received.ok("dossier", "pause", "D", "--on", "2022-02-21", "--reason", "Bổ sung")
    received.ok("dossier", "resolve", "D", "--on", "2022-02-28")  # 22–25, 28 Feb: 5 days
    d = show(received, "D")
    assert (d["paused_on"], d["due_on"], d["status"]) == (None, "2022-03-04", "early")
    assert [h["action"] for h in d["history"]] == ["insert", "pause", "resume", "resolved"]
    assert d["changes"][0]["until"] == "2022-02-28" and d["changes"][0]["workdays"] == 5
    r = received.fails("dossier", "resume", "D", "--on", "2022-03-01")
    assert "không ở trạng thái tạm dừng" in r.stderr


def test_a_new_pause_cannot_start_before_the_last_resume(received):
    received.ok("dossier", "pause", "D", "--on", "2022-02-08", "--reason", "Bổ sung")
    received.ok("dossier", "resume", "D", "--on", "2022-02-10")
    audit, pauses = received.count("audit"), received.count("dossier_pauses")
    r = received.fails("--lang", "en", "dossier", "pause", "D", "--on", "2022-02-09", "--reason", "Lần 2")
    assert "the pause date 09/02/2022 is before dossier D resumed from its last pause" in r.stderr
    assert (received.count("audit"), received.count("dossier_pauses")) == (audit, pauses)
    received.ok("dossier", "pause", "D", "--on", "2022-02-10", "--reason", "Lần 2")


def test_an_import_finishing_a_paused_dossier_ends_the_pause_as_resolve_does(received, tmp_path):
    received.ok("dossier", "pause", "D", "--on", "2022-02-21", "--reason", "Bổ sung")
    week = tmp_path / "week.csv"  # the one-stop system's file knows nothing of the pause
    week.write_text(
        "code,procedure,received_on,due_on,resolved_on\nD,Cho phép tổ chức hội nghị,28/01/2022,25/02/2022,28/02/2022\n",
        encoding="utf-8",
    )
    r = received.ok("--lang", "en", "import", "dossiers", str(week))
    assert "0 inserted, 1 updated, 0 unchanged" in r.stderr
    d = show(received, "D")
    assert (d["paused_on"], d["due_on"], d["status"]) == (None, "2022-03-04", "early")
    assert [h["action"] for h in d["history"]][-2:] == ["pause", "update"]  # the import's row
    assert d["history"][-1]["source"]["file"] == str(week) and d["history"][-1]["source"]["line"] == 2
    assert d["pauses"] == [{"paused_on": "2022-02-21", "resumed_on": "2022-02-28", "days": 5, "reason": "Bổ sung"}]
    assert received.ok("check").exit_code == 0


def test_an_import_finishing_before_the_pause_began_writes_nothing(received, tmp_path):
    received.ok("dossier", "pause", "D", "--on", "2022-02-21", "--reason", "Bổ sung")
    audit = received.count("audit")
    week = tmp_path / "week.csv"
    week.write_text(
        "code,procedure,received_on,due_on,resolved_on\nD,Cho phép tổ chức hội nghị,28/01/2022,25/02/2022,18/02/2022\n",
        encoding="utf-8",
    )
    r = received.fails("--lang", "en", "import", "dossiers", str(week))
    assert "week.csv:2: resolved_on: the resume date 18/02/2022 is before dossier D was paused" in r.stderr
    assert received.count("audit") == audit
    assert show(received, "D")["paused_on"] == "2022-02-21"


def test_an_imported_new_date_is_listed_among_the_changes(received, tmp_path):
    f = tmp_path / "r.csv"
    f.write_text(
        "code,procedure,received_on,due_on,rescheduled_due_on,reschedule_reason\n"
        "D,Cho phép tổ chức hội nghị,28/01/2022,25/02/2022,10/03/2022,Phiếu xin lỗi\n",
        encoding="utf-8",
    )
    received.ok("import", "dossiers", str(f))
    changes = show(received, "D")["changes"]
    assert [(c["change"], c["due_before"], c["due_after"], c["reason"]) for c in changes] == [
        ("reschedule", "2022-02-25", "2022-03-10", "Phiếu xin lỗi")
    ]
