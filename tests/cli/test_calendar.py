"""The working-day calendar: known dates, the counting rule's properties, and
``cchc calendar show|off|work|remove|due|workdays``."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.domain.workdays import WorkCalendar, naive_due
from cchc.store.calendar import load_calendar
from cchc.store.ledger import Ledger

D = date


@pytest.fixture(scope="module")
def cal(tmp_path_factory) -> WorkCalendar:
    """The calendar a new ledger starts with (package holidays + the shipped swaps)."""
    with Ledger.open(tmp_path_factory.mktemp("cal") / "l.db") as led:
        return load_calendar(led)


def off_days(cal, first, last):
    d, out = first, []
    while d <= last:
        if not cal.is_working(d):
            out.append(d)
        d += timedelta(days=1)
    return out


# -- known dates, from the official announcements ------------------------------------------------


def test_tet_2022_is_31_01_to_04_02(cal):
    # Tết Nhâm Dần: off Sat 29/01 – Sun 06/02/2022; on working days that is 31/01 – 04/02
    assert off_days(cal, D(2022, 1, 27), D(2022, 2, 8)) == [
        D(2022, 1, 29),
        D(2022, 1, 30),
        D(2022, 1, 31),
        D(2022, 2, 1),
        D(2022, 2, 2),
        D(2022, 2, 3),
        D(2022, 2, 4),
        D(2022, 2, 5),
        D(2022, 2, 6),
    ]
    assert cal.due(D(2022, 1, 28), 1) == D(2022, 2, 7)
    assert cal.due(D(2022, 1, 28), 3) == D(2022, 2, 9)


def test_tet_2023_is_20_01_to_26_01(cal):
    # Tết Quý Mão: off Fri 20/01 – Thu 26/01/2023
    assert off_days(cal, D(2023, 1, 19), D(2023, 1, 27)) == [D(2023, 1, 20) + timedelta(days=i) for i in range(7)]
    assert cal.due(D(2023, 1, 19), 1) == D(2023, 1, 27)
    assert cal.workdays(D(2023, 1, 19), D(2023, 1, 31)) == 3  # 27, 30, 31


def test_national_day_with_its_adjacent_day(cal):
    assert off_days(cal, D(2022, 8, 31), D(2022, 9, 5)) == [D(2022, 9, 1), D(2022, 9, 2), D(2022, 9, 3), D(2022, 9, 4)]
    # 2023: 02/09 is a Saturday, the days off are Fri 01/09 and Mon 04/09
    assert off_days(cal, D(2023, 8, 31), D(2023, 9, 5)) == [D(2023, 9, 1), D(2023, 9, 2), D(2023, 9, 3), D(2023, 9, 4)]
    assert off_days(cal, D(2024, 8, 30), D(2024, 9, 4)) == [D(2024, 8, 31), D(2024, 9, 1), D(2024, 9, 2), D(2024, 9, 3)]
    assert cal.due(D(2024, 8, 30), 1) == D(2024, 9, 4)


def test_the_2025_swap(cal):
    assert cal.is_working(D(2025, 4, 26))  # Saturday worked (làm bù)
    assert not cal.is_working(D(2025, 5, 2))  # Friday off
    assert cal.due(D(2025, 4, 25), 1) == D(2025, 4, 26)
    assert cal.due(D(2025, 4, 29), 1) == D(2025, 5, 5)
    assert cal.workdays(D(2025, 4, 24), D(2025, 5, 5)) == 5  # 25, 26 (Sat), 28, 29, 05/05


def test_the_shipped_swap_holds_without_the_package_knowing_it():
    shipped = WorkCalendar({D(2025, 5, 2): "nghỉ"}, {D(2025, 4, 26): "làm bù"}, use_package=False)
    assert shipped.is_working(D(2025, 4, 26)) and not shipped.is_working(D(2025, 5, 2))


def test_holiday_on_a_weekend_moves_to_the_next_working_days(cal):
    # 30/4/2022 is a Saturday and 1/5/2022 a Sunday: Monday 02/05 and Tuesday 03/05 are off
    assert off_days(cal, D(2022, 4, 29), D(2022, 5, 4)) == [D(2022, 4, 30), D(2022, 5, 1), D(2022, 5, 2), D(2022, 5, 3)]
    assert cal.due(D(2022, 4, 29), 1) == D(2022, 5, 4)


def test_counting_starts_the_working_day_after_receipt(cal):
    assert cal.due(D(2022, 3, 7), 1) == D(2022, 3, 8)  # Monday -> Tuesday
    assert cal.due(D(2022, 3, 11), 1) == D(2022, 3, 14)  # Friday -> Monday
    assert cal.due(D(2022, 3, 12), 1) == D(2022, 3, 14)  # received on Saturday (online)
    assert cal.workdays(D(2022, 3, 7), D(2022, 3, 7)) == 0
    assert cal.workdays(D(2022, 3, 14), D(2022, 3, 7)) == -5


# -- properties ---------------------------------------------------------------------------------

DATES = st.dates(min_value=D(1995, 1, 1), max_value=D(2060, 12, 31))
DAYS = st.integers(min_value=1, max_value=365)


@settings(max_examples=200, deadline=None)
@given(received=DATES, n=DAYS)
def test_due_is_a_working_day_n_working_days_later(cal, received, n):
    due = cal.due(received, n)
    assert due > received
    assert cal.is_working(due)
    assert cal.workdays(received, due) == n
    assert cal.workdays(received, due - timedelta(days=1)) == n - 1


@settings(max_examples=100, deadline=None)
@given(received=DATES, n=DAYS, extra=DATES)
def test_an_extra_day_off_never_makes_a_date_earlier(cal, received, n, extra):
    more_off = WorkCalendar({**cal.off, extra: "nghỉ thêm"}, {d: r for d, r in cal.work.items() if d != extra})
    assert more_off.due(received, n) >= cal.due(received, n)


@settings(max_examples=60, deadline=None)
@given(received=st.dates(min_value=D(2015, 1, 1), max_value=D(2030, 12, 31)), n=DAYS)
def test_agrees_with_the_day_by_day_count(received, n):
    import holidays

    h = holidays.country_holidays("VN", years=range(2015, 2033))
    plain = WorkCalendar()
    assert plain.due(received, n) == naive_due(received, n, h, set(h.weekend_workdays))


# -- the commands -------------------------------------------------------------------------------


def test_show_lists_days_off_and_extra_working_days(cli):
    out = cli.ok("calendar", "show", "2025").stdout
    assert "26/04/2025" in out and "Làm bù" in out
    assert "02/05/2025" in out and "Tết" in out
    days = json.loads(cli.ok("calendar", "show", "2025", "--json").stdout)
    by_date = {d["date"]: d for d in days}
    assert by_date["2025-04-26"]["working"] is True
    assert by_date["2025-04-26"]["source"] == "office"
    assert by_date["2025-01-29"] == {
        "date": "2025-01-29",
        "working": False,
        "name": "Tết Nguyên Đán",
        "source": "package",
    }
    assert set(days[0]) == {"date", "working", "name", "source"}
    en = json.loads(cli.ok("--lang", "en", "calendar", "show", "2022", "--json").stdout)
    assert {
        "date": "2022-05-02",
        "working": False,
        "source": "package",
        "name": "Liberation Day/Reunification Day (observed)",
    } in en


def test_due_and_workdays_print_one_value_for_scripts(fresh):
    cli = fresh
    assert cli.ok("calendar", "due", "28/01/2022", "15").stdout == "2022-02-25\n"
    assert cli.ok("calendar", "due", "2025-04-25", "1").stdout == "2025-04-26\n"
    assert json.loads(cli.ok("calendar", "due", "28/01/2022", "2", "--json").stdout) == {
        "received": "2022-01-28",
        "days": 2,
        "due": "2022-02-08",
    }
    assert cli.ok("calendar", "workdays", "28/01/2022", "08/02/2022").stdout == "2\n"
    assert json.loads(cli.ok("calendar", "workdays", "2022-01-28", "2022-02-08", "--json").stdout) == {
        "from": "2022-01-28",
        "to": "2022-02-08",
        "workdays": 2,
    }
    assert not cli.db.exists()  # counting days does not create a ledger


def test_off_work_remove_change_the_count_and_are_audited(cli):
    assert cli.ok("calendar", "due", "2025-05-30", "1").stdout == "2025-06-02\n"
    r = cli.ok("calendar", "off", "02/06/2025", "--reason", "Nghỉ theo QĐ 12/QĐ-UBND")
    assert "02/06/2025" in r.stderr and r.stdout == ""
    assert cli.ok("calendar", "due", "2025-05-30", "1").stdout == "2025-06-03\n"
    cli.ok("calendar", "work", "2025-06-07", "--reason", "Làm bù")
    assert cli.ok("calendar", "due", "2025-06-06", "1").stdout == "2025-06-07\n"
    assert json.loads(cli.ok("calendar", "remove", "2025-06-02", "--json").stdout) == {
        "date": "2025-06-02",
        "kind": "off",
        "reason": "Nghỉ theo QĐ 12/QĐ-UBND",
        "removed": True,
    }
    assert cli.ok("calendar", "due", "2025-05-30", "1").stdout == "2025-06-02\n"
    assert cli.rows("SELECT key, action FROM audit WHERE kind = 'calendar' ORDER BY id") == [
        ("2025-06-02", "insert"),
        ("2025-06-07", "insert"),
        ("2025-06-02", "delete"),
    ]
    # the shipped swap can be removed like any override; the office can also cancel a
    # working Saturday (whoever announced it) with 'off'
    cli.ok("calendar", "remove", "2025-04-26")
    assert cli.rows("SELECT 1 FROM calendar_overrides WHERE day = '2025-04-26'") == []
    cli.ok("calendar", "off", "2025-04-26", "--reason", "Không làm bù")
    assert cli.ok("calendar", "due", "2025-04-25", "1").stdout == "2025-04-28\n"


def test_an_override_replaces_the_opposite_one(cli):
    cli.ok("calendar", "off", "2025-12-31", "--reason", "a")
    cli.ok("calendar", "work", "2025-12-31", "--reason", "b")
    assert cli.rows("SELECT kind, reason FROM calendar_overrides WHERE day = '2025-12-31'") == [("work", "b")]
    assert cli.rows("SELECT action FROM audit WHERE key = '2025-12-31'") == [("insert",), ("update",)]


@pytest.mark.parametrize(
    "args, needle",
    [
        (["off", "2025-05-03", "--reason", "x"], "đã là ngày nghỉ (cuối tuần)"),
        (["off", "2025-09-02", "--reason", "x"], "đã là ngày nghỉ (Quốc khánh)"),
        (["off", "2025-05-02", "--reason", "x"], "đã là ngày nghỉ (Nghỉ hoán đổi"),
        (["work", "2025-05-05", "--reason", "x"], "đã là ngày làm việc (ngày thường)"),
        (["work", "2025-04-26", "--reason", "x"], "đã là ngày làm việc"),
        (["off", "2025-06-02", "--reason", "  "], "Lý do không được để trống"),
        (["off", "31/02/2025", "--reason", "x"], "ngày không hợp lệ"),
        (["remove", "2025-06-02"], "không có điều chỉnh"),
        (["due", "2025-01-01", "0"], "từ 1 đến 365"),
        (["due", "2025-01-01", "366"], "từ 1 đến 365"),
        (["due", "2025-13-01", "3"], "ngày không hợp lệ"),
        (["show", "99999"], "năm không hợp lệ"),
    ],
)
def test_bad_input_one_line_and_nothing_written(cli, args, needle):
    cli.ok("calendar", "show", "2025")  # the ledger exists (show creates nothing)
    cli.ok("calendar", "off", "2030-01-02", "--reason", "có sẵn")
    before = cli.rows("SELECT * FROM calendar_overrides ORDER BY day")
    audit = cli.count("audit")
    r = cli.fails("calendar", *args)
    assert needle in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and r.stdout == ""
    assert cli.rows("SELECT * FROM calendar_overrides ORDER BY day") == before
    assert cli.count("audit") == audit


def test_usage_errors_exit_2(cli):
    cli.fails("calendar", "off", "2025-06-02", code=2)  # --reason is required
    cli.fails("calendar", "due", "2025-06-02", "many", code=2)
