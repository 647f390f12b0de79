"""Reporting periods: Decree 09/2019 cut-off windows, calendar boundaries, --until, previous."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.domain import periods
from cchc.domain.errors import InputError

D = date


@pytest.mark.parametrize(
    ("kind", "value", "start", "end"),
    [
        ("semester", "2022-H1", D(2021, 12, 15), D(2022, 6, 14)),
        ("semester", "2022-H2", D(2022, 6, 15), D(2022, 12, 14)),
        ("quarter", "2022-Q1", D(2021, 12, 15), D(2022, 3, 14)),
        ("quarter", "2022-Q3", D(2022, 6, 15), D(2022, 9, 14)),
        ("month", "2022-03", D(2022, 2, 15), D(2022, 3, 14)),
        ("month", "2022-01", D(2021, 12, 15), D(2022, 1, 14)),
        ("nine-months", "2022", D(2021, 12, 15), D(2022, 9, 14)),
        ("year", "2022", D(2021, 12, 15), D(2022, 12, 14)),
    ],
)
def test_decree_09_windows(kind, value, start, end):
    year, index = periods.parse(kind, value)
    p = periods.make(kind, year, index, today=D(2030, 1, 1))
    assert (p.start, p.end, p.window_end) == (start, end, end)
    assert p.label == value if kind not in ("nine-months",) else p.label == "2022-9M"


@pytest.mark.parametrize(
    ("kind", "value", "start", "end"),
    [
        ("semester", "2022-H1", D(2022, 1, 1), D(2022, 6, 30)),
        ("semester", "2022-H2", D(2022, 7, 1), D(2022, 12, 31)),
        ("quarter", "2022-Q1", D(2022, 1, 1), D(2022, 3, 31)),
        ("month", "2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("nine-months", "2022", D(2022, 1, 1), D(2022, 9, 30)),
        ("year", "2022", D(2022, 1, 1), D(2022, 12, 31)),
    ],
)
def test_calendar_windows(kind, value, start, end):
    year, index = periods.parse(kind, value)
    p = periods.make(kind, year, index, calendar=True, today=D(2030, 1, 1))
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("semester", "H1/2022", (2022, 1)),
        ("semester", "2022h2", (2022, 2)),
        ("quarter", "Q1/2022", (2022, 1)),
        ("quarter", "Quý 4/2021", (2021, 4)),
        ("month", "03/2022", (2022, 3)),
        ("month", "2022-12", (2022, 12)),
        ("year", " 2022 ", (2022, 0)),
    ],
)
def test_parse_forms_clerks_write(kind, value, expected):
    assert periods.parse(kind, value) == expected


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("semester", "2022-H3"),
        ("semester", "2022"),
        ("quarter", "2022-Q5"),
        ("month", "2022-13"),
        ("month", "2022-00"),
        ("year", "22"),
        ("nine-months", "abc"),
    ],
)
def test_bad_period_is_an_input_error(kind, value):
    with pytest.raises(InputError) as exc:
        periods.parse(kind, value)
    assert value in str(exc.value)


def test_until_ends_the_window_early_and_must_be_inside_it():
    p = periods.make("semester", 2022, 1, until=D(2022, 6, 9))
    assert (p.start, p.end, p.window_end) == (D(2021, 12, 15), D(2022, 6, 9), D(2022, 6, 14))
    for bad in (D(2022, 6, 15), D(2021, 12, 14)):
        with pytest.raises(InputError):
            periods.make("semester", 2022, 1, until=bad)


def test_open_window_ends_today_and_future_period_is_refused():
    p = periods.make("year", 2022, today=D(2022, 6, 1))
    assert p.end == D(2022, 6, 1) and p.window_end == D(2022, 12, 14)
    with pytest.raises(InputError):
        periods.make("year", 2023, today=D(2022, 6, 1))


def test_current_period_follows_the_cut_off():
    assert periods.containing("semester", D(2022, 12, 20)) == (2023, 1)
    assert periods.containing("semester", D(2022, 12, 14)) == (2022, 2)
    assert periods.containing("semester", D(2022, 12, 20), calendar=True) == (2022, 2)
    assert periods.containing("month", D(2022, 3, 15)) == (2022, 4)
    assert periods.containing("quarter", D(2022, 3, 15)) == (2022, 2)


def test_previous_period():
    h1 = periods.make("semester", 2022, 1, today=D(2030, 1, 1))
    prev = periods.previous(h1)
    assert (prev.label, prev.start, prev.end) == ("2021-H2", D(2021, 6, 15), D(2021, 12, 14))
    q1 = periods.previous(periods.make("quarter", 2022, 1, today=D(2030, 1, 1)))
    assert q1.label == "2021-Q4"
    m1 = periods.previous(periods.make("month", 2022, 1, today=D(2030, 1, 1)))
    assert m1.label == "2021-12"
    short = periods.previous(periods.make("semester", 2022, 1, until=D(2022, 6, 9)))
    assert short.end == D(2021, 12, 9)  # cut short by the same five days
    r = periods.previous(periods.make_range(D(2022, 3, 1), D(2022, 3, 10)))
    assert (r.start, r.end) == (D(2022, 2, 19), D(2022, 2, 28))


def test_range_needs_order():
    with pytest.raises(InputError):
        periods.make_range(D(2022, 3, 2), D(2022, 3, 1))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["semester", "quarter", "month", "year"]), st.integers(2000, 2100), st.booleans())
def test_windows_of_a_kind_tile_the_timeline(kind, year, calendar):
    """Consecutive periods of one kind meet without gap or overlap."""
    count = {"semester": 2, "quarter": 4, "month": 12, "year": 1}[kind]
    spans = [
        periods.window(kind, y, i if kind != "year" else 0, calendar=calendar)
        for y in (year, year + 1)
        for i in range(1, count + 1)
    ]
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert start == end + timedelta(days=1)
    for y, i in ((year, 1), (year, count)):
        day = periods.window(kind, y, i if kind != "year" else 0, calendar=calendar)[0]
        assert periods.containing(kind, day, calendar=calendar) == (y, i if kind != "year" else 0)
