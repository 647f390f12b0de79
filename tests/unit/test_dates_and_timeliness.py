"""Property tests for the pure rules: dates as clerks type them, and timeliness."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.domain.dates import parse_date, parse_due, vn
from cchc.domain.errors import InputError
from cchc.domain.timeliness import is_overdue, status

dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@given(dates)
def test_day_first_forms_all_parse_to_the_same_day(d):
    forms = [
        d.isoformat(),
        vn(d),
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}.{d.month}.{d.year}",
        f"ngày {d.day:02d} tháng {d.month} năm {d.year}",
    ]
    assert {parse_date(f) for f in forms} == {d}


def test_09_06_is_june_not_september():
    assert parse_date("09/06/2022") == date(2022, 6, 9)
    assert parse_date(unicodedata.normalize("NFD", "ngày 9 tháng 6 năm 2022")) == date(2022, 6, 9)
    assert parse_date("today", today=date(2022, 6, 9)) == date(2022, 6, 9)


@pytest.mark.parametrize(
    "bad",
    [
        "31/02/2022",
        "2022-02-30",
        "00/01/2022",
        "1/13/2022",
        "",
        "tomorrow",
        "12/2022",
        "1/1/99999",
        "9/6/0022",
        "06/09/22",
    ],
)
def test_impossible_dates_are_input_errors(bad):
    with pytest.raises(InputError):
        parse_date(bad)


@given(st.text(max_size=30))
def test_parse_date_never_crashes(text):
    try:
        parse_date(text)
    except InputError:
        pass


def test_parse_due_quarters():
    assert parse_due("Q2", year=2022) == date(2022, 6, 30)
    assert parse_due("2023-Q4") == date(2023, 12, 31)
    assert parse_due("quý 1/2024") == date(2024, 3, 31)
    assert parse_due("cả năm", year=2022) == date(2022, 12, 31)


@st.composite
def dossier(draw):
    received = draw(dates)
    due = received + timedelta(days=draw(st.integers(0, 60)))
    outcome = draw(st.sampled_from([None, "resolved", "returned", "withdrawn"]))
    finished = None if outcome is None else received + timedelta(days=draw(st.integers(0, 90)))
    as_of = received + timedelta(days=draw(st.integers(-5, 120)))
    return received, due, outcome, finished, as_of


@given(dossier())
def test_timeliness_rule(d):
    received, due, outcome, finished, as_of = d
    s = status(due, outcome, finished, as_of)
    if outcome is None or finished > as_of:
        assert s == "pending"
        assert is_overdue(due, outcome, finished, as_of) == (due < as_of)
    elif outcome == "resolved":
        assert s == ("early" if finished < due else "on_time" if finished == due else "late")
    else:
        assert s == outcome
    if s != "pending":
        assert not is_overdue(due, outcome, finished, as_of)


@given(dossier(), st.booleans())
def test_waiting_for_supplements_is_never_overdue(d, paused):
    received, due, outcome, finished, as_of = d
    if paused:
        assert not is_overdue(due, outcome, finished, as_of, paused=True)
    else:
        assert is_overdue(due, outcome, finished, as_of) == (
            status(due, outcome, finished, as_of) == "pending" and due < as_of
        )


def test_vietnamese_dictionary_order():
    from cchc.domain.text import vi_sort_key

    words = [
        "Xây dựng",
        "Đất đai",
        "Đầu tư",
        "Công thương",
        "Dân tộc",
        "Ăn uống",
        "An ninh",
        "Ấn phẩm",
        "ơ",
        "o",
        "ô",
        "Hợp tác quốc tế",
        "Hộ tịch",
        "Hồ sơ",
    ]
    assert sorted(words, key=vi_sort_key) == [
        "An ninh",
        "Ăn uống",
        "Ấn phẩm",
        "Công thương",
        "Dân tộc",
        "Đất đai",
        "Đầu tư",
        "Hồ sơ",
        "Hộ tịch",
        "Hợp tác quốc tế",
        "o",
        "ô",
        "ơ",
        "Xây dựng",
    ]
