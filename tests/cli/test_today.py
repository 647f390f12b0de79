"""cchc today and --due-within, on a crafted ledger as of Friday 29/04/2022.

The next working days after 29/04/2022: the weekend, then Monday 02/05 and Tuesday 03/05 are
off (30/4 and 1/5 fell on the weekend and moved), so the 1st, 2nd and 3rd working days are
04/05, 05/05 and 06/05; the 4th is Monday 09/05.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import Cli

AS_OF = "29/04/2022"
PROC = "Cấp giấy phép xây dựng"
# code: (received, due, applicant)
DOSSIERS = {
    "000.00.12.H50-220420-0001": ("2022-04-20", "2022-04-29", "Nguyễn Văn An"),  # due today
    "000.00.12.H50-220420-0008": ("2022-04-20", "2022-04-29", None),  # due today, resolved later
    "000.00.12.H50-220421-0002": ("2022-04-21", "2022-05-06", "Hợp tác xã Chè Tà Xùa"),  # 3rd working day
    "000.00.12.H50-220421-0003": ("2022-04-21", "2022-05-09", None),  # 4th working day: not listed
    "000.00.12.H50-220411-0004": ("2022-04-11", "2022-04-25", None),  # overdue, no new date
    "000.00.12.H50-220405-0005": ("2022-04-05", "2022-04-20", None),  # overdue, with a new date
    "000.00.12.H50-220412-0006": ("2022-04-12", "2022-04-26", None),  # waiting: never overdue
    "000.00.12.H50-220413-0007": ("2022-04-13", "2022-04-27", None),  # resolved before: gone
    "000.00.12.H50-220414-0009": ("2022-04-14", "2022-04-28", None),  # paused only after AS_OF
}
DUE_TODAY = ["000.00.12.H50-220420-0001", "000.00.12.H50-220420-0008"]
DUE_3RD = "000.00.12.H50-220421-0002"
DUE_4TH = "000.00.12.H50-220421-0003"
NO_NEW_DATE, NEW_DATE = "000.00.12.H50-220411-0004", "000.00.12.H50-220405-0005"
WAITING, GONE, PAUSED_LATER = "000.00.12.H50-220412-0006", "000.00.12.H50-220413-0007", "000.00.12.H50-220414-0009"


def _build(cli: Cli) -> None:
    for code, (received, due, applicant) in DOSSIERS.items():
        extra = ["--applicant", applicant] if applicant else []
        cli.ok("dossier", "add", code, "--procedure", PROC, "--received", received, "--due", due, *extra)
    cli.ok("dossier", "resolve", DUE_TODAY[1], "--on", "04/05/2022")
    cli.ok("dossier", "resolve", GONE, "--on", "27/04/2022")
    cli.ok("dossier", "reschedule", NEW_DATE, "--due", "10/05/2022", "--reason", "Chờ ý kiến Sở TN&MT")
    cli.ok("dossier", "pause", WAITING, "--on", "22/04/2022", "--reason", "Bổ sung bản vẽ")
    cli.ok("dossier", "pause", PAUSED_LATER, "--on", "03/05/2022", "--reason", "Bổ sung bản sao")
    cli.ok("plan", "add", "01/KH-T", "--title", "Kế hoạch CCHC 2022", "--year", "2022")
    tasks = [  # title, unit, due, started, done
        ("Ban hành kế hoạch tuyên truyền", "Phòng Tổng hợp", "15/04/2022", None, None),  # overdue
        ("Rà soát thủ tục", "Phòng Kiểm soát TTHC", "30/04/2022", "01/04/2022", None),  # due this month
        ("Số hóa kết quả", "Phòng Kiểm soát TTHC", "31/05/2022", None, None),  # next month: not shown
        ("Kiểm tra CCHC", "Phòng Tổng hợp", "10/04/2022", None, "05/04/2022"),  # done: not shown
        ("Tự đánh giá chỉ số", None, "20/04/2022", None, "02/05/2022"),  # done after AS_OF: overdue
    ]
    for i, (title, unit, due, started, done) in enumerate(tasks, 1):
        cli.ok("task", "add", "--plan", "01/KH-T", "--title", title, "--due", due, *(["--unit", unit] if unit else []))
        if started:
            cli.ok("task", "start", f"01/KH-T#{i}", "--on", started)
        if done:
            cli.ok("task", "done", f"01/KH-T#{i}", "--on", done)
    cli.ok("meeting", "add", "--kind", "office", "--on", "26/04/2022", "--title", "Giao ban tuần 17")
    cli.ok("meeting", "add", "--kind", "office", "--on", "19/04/2022", "--title", "Giao ban tuần 16")
    cli.ok("meeting", "add", "--kind", "chairman", "--on", "02/05/2022", "--title", "Sau ngày xem")


@pytest.fixture(scope="module")
def desk_master(tmp_path_factory):
    cli = Cli(tmp_path_factory.mktemp("today") / "desk.db")
    cli.ok("init")
    _build(cli)
    return cli.db


@pytest.fixture
def desk(desk_master, tmp_path) -> Cli:
    path = tmp_path / "desk.db"
    src, dst = sqlite3.connect(desk_master), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return Cli(path)


def today_json(cli, *args):
    return json.loads(cli.ok("today", "--as-of", AS_OF, "--json", *args).stdout)


def test_sections_due_overdue_waiting_as_of_a_friday(desk):
    t = today_json(desk)
    assert (t["as_of"], t["within"], t["horizon"], t["working_day"]) == ("2022-04-29", 3, "2022-05-06", True)
    assert [(d["code"], d["due_on"], d["workdays_left"]) for d in t["due"]] == [
        (DUE_TODAY[0], "2022-04-29", 0),
        (DUE_TODAY[1], "2022-04-29", 0),  # resolved only on 04/05: due that day
        (DUE_3RD, "2022-05-06", 3),  # across the weekend and the two days off
    ]
    # oldest first; judged against due_on, the apology slip's new date shown beside it
    assert [(d["code"], d["workdays_late"], d["rescheduled_due_on"]) for d in t["overdue"]] == [
        (NEW_DATE, 7, "2022-05-10"),
        (NO_NEW_DATE, 4, None),
        (PAUSED_LATER, 1, None),  # its pause began after the day looked at
    ]
    assert t["overdue"][0]["reschedule_reason"] == "Chờ ý kiến Sở TN&MT"
    assert [(d["code"], d["paused_on"], d["pause_reason"], d["workdays_waited"]) for d in t["waiting"]] == [
        (WAITING, "2022-04-22", "Bổ sung bản vẽ", 5)
    ]
    assert t["counts"] == {
        "due_today": 2,
        "due": 3,
        "overdue": 3,
        "waiting": 1,
        "tasks_overdue": 2,
        "tasks_due": 1,
        "meetings_week": 1,
    }


def test_tasks_of_the_month_by_unit_and_meetings(desk):
    t = today_json(desk)
    assert [(x["ref"], x["unit"], x["status"], x["overdue"], x["days"]) for x in t["tasks"]] == [
        ("01/KH-T#2", "Phòng Kiểm soát TTHC", "doing", False, 1),
        ("01/KH-T#1", "Phòng Tổng hợp", "todo", True, 14),
        ("01/KH-T#5", None, "todo", True, 9),  # done on 02/05: still open on 29/04
    ]
    m = t["meetings"]
    assert m["week_start"] == "2022-04-25"
    assert [(x["kind"], x["held_on"]) for x in m["week"]] == [("office", "2022-04-26")]
    assert m["window"] == {"label": "2022-H1", "start": "2021-12-15", "end": "2022-04-29"}
    assert [(k["kind"], k["count"]) for k in m["by_kind"]] == [("office", 2), ("chairman", 0)]
    assert m["total"] == 2


def test_json_keys_are_the_documented_ones(desk):
    t = today_json(desk)
    assert list(t) == [
        "as_of",
        "within",
        "horizon",
        "working_day",
        "counts",
        "due",
        "overdue",
        "waiting",
        "tasks",
        "meetings",
    ]
    common = ["code", "procedure", "field", "applicant", "received_on", "due_on", "rescheduled_due_on"]
    assert list(t["due"][0]) == [*common, "workdays_left"]
    assert list(t["overdue"][0]) == [*common, "workdays_late", "reschedule_reason"]
    assert list(t["waiting"][0]) == [*common, "paused_on", "pause_reason", "workdays_waited"]
    assert list(t["tasks"][0]) == ["ref", "plan", "title", "area", "unit", "due_on", "status", "overdue", "days"]
    assert list(t["meetings"]) == ["week_start", "week", "window", "by_kind", "total"]
    assert list(t["meetings"]["week"][0]) == ["kind", "held_on", "title", "chair"]
    assert list(t["meetings"]["by_kind"][0]) == ["kind", "name", "name_en", "count"]


def test_limit_caps_the_lists_not_the_counts(desk):
    t = today_json(desk, "--limit", "1")
    assert [len(t[k]) for k in ("due", "overdue", "waiting", "tasks")] == [1, 1, 1, 1]
    assert t["overdue"][0]["code"] == NEW_DATE  # still the oldest
    assert (t["counts"]["due"], t["counts"]["overdue"], t["counts"]["tasks_overdue"]) == (3, 3, 2)
    screen = desk.ok("today", "--as-of", AS_OF, "--limit", "1", env={"COLUMNS": "80"}).stdout
    assert "… và 2 hồ sơ khác (cchc dossier list --status overdue --as-of 29/04/2022)" in screen


def test_within_zero_is_today_only_and_a_weekend_day_says_so(desk):
    t = today_json(desk, "--within", "0")
    assert t["horizon"] == "2022-04-29" and [d["code"] for d in t["due"]] == DUE_TODAY
    sat = json.loads(desk.ok("today", "--as-of", "30/04/2022", "--json").stdout)
    assert sat["working_day"] is False
    assert sat["horizon"] == "2022-05-06"  # from Saturday too: 04, 05, 06/05
    out = desk.ok("today", "--as-of", "30/04/2022", env={"COLUMNS": "80"}).stdout
    assert out.splitlines()[0] == "Tính đến thứ Bảy 30/04/2022 (ngày nghỉ)"


def test_summary_line_vietnamese(desk):
    out = desk.ok("today", "--as-of", AS_OF, env={"COLUMNS": "120"}).stdout.splitlines()
    assert out[0] == "Tính đến thứ Sáu 29/04/2022"
    assert out[1] == (
        "2 hồ sơ đến hạn hôm nay · 1 đến hạn trong 3 ngày làm việc tới · 3 quá hạn · 1 chờ bổ sung · 2 nhiệm vụ quá hạn"
    )


def test_summary_line_english_is_grammatical(desk):
    out = desk.ok("--lang", "en", "today", "--as-of", AS_OF, env={"COLUMNS": "120"}).stdout.splitlines()
    assert out[1] == (
        "2 dossiers due today · 1 more due within 3 working days · 3 overdue · 1 waiting for supplements"
        " · 2 tasks overdue"
    )
    # as of Friday 06/05: one due that day, one due on Monday 09/05 (the next working day)
    out = desk.ok("--lang", "en", "today", "--as-of", "06/05/2022", "--within", "1", env={"COLUMNS": "120"}).stdout
    first = out.splitlines()[1]
    assert first.startswith("1 dossier due today · 1 more due on the next working day · ")
    assert "Due from today to 09/05/2022 (1 working day): 2 dossiers" in out
    assert "1 dossier\n" not in out.replace("1 dossier due today", "")


WIDTHS = (80, 100, 120)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_fits_the_terminal_without_breaking_codes_dates_or_words(desk, width, lang):
    out = desk.ok("--lang", lang, "today", "--as-of", AS_OF, env={"COLUMNS": str(width)}).stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    text = "\n".join(line.rstrip() for line in lines)
    for code in [*DUE_TODAY, DUE_3RD, NO_NEW_DATE, NEW_DATE, WAITING, PAUSED_LATER]:
        assert re.search(rf"(^|\s){re.escape(code)}(\s|$)", text, re.M), code
    for day in ("29/04/2022", "06/05/2022", "25/04/2022", "20/04/2022", "10/05/2022", "22/04/2022", "15/04/2022"):
        assert day in text, day
    assert DUE_4TH not in text and GONE not in text
    # every word of the procedure and the applicants stays whole
    words = set(text.split())
    for phrase in (PROC, "Hợp tác xã Chè Tà Xùa", "Nguyễn Văn An", "Phòng Kiểm soát TTHC"):
        assert set(phrase.split()) <= words, phrase


COLOUR = re.compile(r"\x1b\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9]+)*m")  # a colour, not bold


def _line_of(out: str, code: str) -> str:
    return next(line for line in out.splitlines() if code in line)


def test_overdue_rows_are_marked_without_colour(desk):
    out = desk.ok("today", "--as-of", AS_OF, env={"COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": "1"}).stdout
    assert not COLOUR.search(out)  # bold may stay: NO_COLOR is about colour
    out = re.sub(r"\x1b\[[0-9;]*m", "", out)
    for code in (NEW_DATE, NO_NEW_DATE, PAUSED_LATER):
        assert _line_of(out, code).lstrip().startswith("! "), code
    for code in (DUE_TODAY[0], DUE_3RD, WAITING):
        assert not _line_of(out, code).lstrip().startswith("!"), code


def test_overdue_rows_are_red_when_colour_is_allowed(desk):
    out = desk.ok("today", "--as-of", AS_OF, env={"COLUMNS": "80", "FORCE_COLOR": "1", "NO_COLOR": ""}).stdout
    line = _line_of(out, NO_NEW_DATE)
    assert "\x1b[1;31m!" in line
    assert "\x1b[1;31m" not in _line_of(out, DUE_3RD)


def test_bad_input_is_one_line_and_exit_1(desk, fresh):
    cli = fresh
    r = desk.fails("today", "--within", "-1")
    assert r.stderr.strip() == "cchc: --within phải từ 0 đến 365 ngày làm việc, không phải -1"
    desk.fails("today", "--as-of", "31/02/2022")
    r = cli.fails("today")  # no ledger
    assert "chưa có sổ cái" in r.stderr
    assert not cli.db.exists()


# -- --due-within -----------------------------------------------------------------------------


def _codes(cli, *args):
    return [d["code"] for d in json.loads(cli.ok("dossier", "list", *args, "--json").stdout)]


def test_dossier_due_within_agrees_with_calendar_due(desk):
    pending = {c: v for c, v in DOSSIERS.items() if c not in (GONE, WAITING)}
    for n in range(0, 6):
        last = desk.ok("calendar", "due", AS_OF, str(n)).stdout.strip() if n else "2022-04-29"
        want = sorted(
            (c for c, (_, due, _) in pending.items() if "2022-04-29" <= due <= last),
            key=lambda c: (pending[c][1], c),
        )
        assert _codes(desk, "--due-within", str(n), "--as-of", AS_OF) == want, n
    assert _codes(desk, "--due-within", "3", "--as-of", AS_OF) == [*DUE_TODAY, DUE_3RD]
    assert _codes(desk, "--due-within", "4", "--as-of", AS_OF) == [*DUE_TODAY, DUE_3RD, DUE_4TH]


def test_dossier_due_within_keeps_the_list_contract_and_filters(desk):
    rows = json.loads(desk.ok("dossier", "list", "--due-within", "3", "--as-of", AS_OF, "--json").stdout)
    plain = json.loads(desk.ok("dossier", "list", "--as-of", AS_OF, "--json").stdout)
    by_code = {d["code"]: d for d in plain}
    assert rows == [by_code[d["code"]] for d in rows]  # the same records, as `dossier list` shows them
    assert _codes(desk, "--due-within", "3", "--as-of", AS_OF, "--from", "21/04/2022") == [DUE_3RD]
    assert _codes(desk, "--due-within", "3", "--as-of", AS_OF, "--limit", "1") == DUE_TODAY[:1]
    assert _codes(desk, "--due-within", "3", "--as-of", AS_OF, "--status", "pending") == [*DUE_TODAY, DUE_3RD]
    assert _codes(desk, "--due-within", "3", "--as-of", AS_OF, "--field", "Đất đai") == []


def test_dossier_due_within_refuses_a_status_it_cannot_have(desk):
    r = desk.fails("dossier", "list", "--due-within", "3", "--status", "overdue")
    assert "--due-within" in r.stderr and "--status overdue" in r.stderr
    desk.fails("dossier", "list", "--due-within", "-1", code=2)


def test_task_due_within_counts_calendar_days_from_today(cli):
    year = date.today().year
    cli.ok("plan", "add", "09/KH-X", "--title", "Kế hoạch", "--year", str(year))
    today = date.today()
    dues = [today + timedelta(days=d) for d in (0, 5, 6, -1, 2, 3)]
    for i, due in enumerate(dues, 1):
        cli.ok("task", "add", "--plan", "09/KH-X", "--title", f"Nhiệm vụ {i}", "--due", due.isoformat())
    cli.ok("task", "done", "09/KH-X#5", "--on", today.isoformat())
    cli.ok("task", "cancel", "09/KH-X#6", "--on", today.isoformat(), "--reason", "Trùng")
    rows = json.loads(cli.ok("task", "list", "--due-within", "5", "--json").stdout)
    assert [r["ref"] for r in rows] == ["09/KH-X#1", "09/KH-X#2"]
    assert list(rows[0]) == list(json.loads(cli.ok("task", "list", "--json").stdout)[0])  # the list contract
    assert [r["ref"] for r in json.loads(cli.ok("task", "list", "--due-within", "0", "--json").stdout)] == ["09/KH-X#1"]
    cli.ok("task", "start", "09/KH-X#2", "--on", today.isoformat())
    doing = json.loads(cli.ok("task", "list", "--due-within", "6", "--status", "doing", "--json").stdout)
    assert [r["ref"] for r in doing] == ["09/KH-X#2"]
    r = cli.fails("task", "list", "--due-within", "5", "--overdue")
    assert "--overdue" in r.stderr


def test_text_from_the_ledger_is_printed_as_it_is(cli):
    today = date.today()
    cli.ok(
        "dossier",
        "add",
        "[/]-01",
        "--procedure",
        "Thủ tục [bold]thử[/bold] :smile:",
        "--received",
        today.isoformat(),
        "--due",
        today.isoformat(),
        "--applicant",
        "Công ty [/] TNHH",
    )
    out = cli.ok("today", env={"COLUMNS": "120"}).stdout
    assert "[/]-01" in out and "Thủ tục [bold]thử[/bold] :smile: · Công ty [/] TNHH" in out
    assert out.splitlines()[0].startswith("Hôm nay ")


def test_readme_example_is_a_real_run(sample):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    prompt = "$ cchc today --as-of 01/06/2022\n"
    shown = readme[readme.index(prompt) + len(prompt) :].split("```", 1)[0]
    out = sample.ok("today", "--as-of", "01/06/2022", env={"COLUMNS": "80"}).stdout
    assert "\n".join(line.rstrip() for line in out.splitlines()) + "\n" == shown
