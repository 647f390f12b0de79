"""Decree 30/2020 writing rules: leading zeros in dates and numbers, the number and symbol as
typed, the recipients list ending "Lưu: VT"."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.domain.decree30 import date_parts, number_text, parse_number, short_date
from cchc.domain.errors import InputError


@pytest.mark.parametrize(
    ("d", "parts"),
    [
        (date(2022, 6, 9), ("09", "6", "2022")),
        (date(2022, 2, 15), ("15", "02", "2022")),
        (date(2022, 1, 1), ("01", "01", "2022")),
        (date(2021, 12, 15), ("15", "12", "2021")),
        (date(2019, 6, 29), ("29", "6", "2019")),  # the annex's own example: "ngày 29 tháng 6 năm 2019"
    ],
)
def test_date_parts_take_the_annex_zeros(d, parts):
    assert date_parts(d) == parts
    assert short_date(d) == "/".join(parts)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_date_parts_rule_for_every_day(d):
    day, month, year = date_parts(d)
    assert int(day) == d.day and len(day) == 2
    assert int(month) == d.month and len(month) == (2 if d.month <= 2 else len(str(d.month)))
    assert year == str(d.year)


@pytest.mark.parametrize(
    ("text", "parsed", "printed"),
    [
        ("45/BC-VPUB", (45, "BC-VPUB"), "45/BC-VPUB"),
        ("5/BC-VPUB", (5, "BC-VPUB"), "05/BC-VPUB"),
        (" 45 / bc-vpub ", (45, "BC-VPUB"), "45/BC-VPUB"),
        ("/BC-VPUB", (None, "BC-VPUB"), " " * 12 + "/BC-VPUB"),
        ("12/BC-UBND.VP", (12, "BC-UBND.VP"), "12/BC-UBND.VP"),
        ("3162/QĐ-UBND", (3162, "QĐ-UBND"), "3162/QĐ-UBND"),
        ("45", (45, None), None),
    ],
)
def test_number_and_symbol(text, parsed, printed):
    assert parse_number(text) == parsed
    if printed is not None:
        assert number_text(*parsed) == printed


@pytest.mark.parametrize("text", ["", " ", "abc", "0/BC-VPUB", "45/BC VPUB", "45/", "45/BC--VPUB", "-3/BC"])
def test_bad_numbers_are_refused(text):
    with pytest.raises(InputError) as err:
        parse_number(text)
    assert err.value.key == "docx.bad_number"


def test_recipients_end_with_the_archive_line():
    from cchc.render.docx_blocks import recipient_lines

    assert recipient_lines([], "Lưu: VT", "Lưu") == ["- Lưu: VT."]
    assert recipient_lines(["Sở Nội vụ (b/c)", "- Lãnh đạo Văn phòng;", "  "], "Lưu: VT", "Lưu") == [
        "- Sở Nội vụ (b/c);",
        "- Lãnh đạo Văn phòng;",
        "- Lưu: VT.",
    ]
    # the clerk's own archive line replaces the default one, wherever it was given
    assert recipient_lines(["Lưu: VT, HCTC (02b)", "Sở Nội vụ"], "Lưu: VT", "Lưu") == [
        "- Sở Nội vụ;",
        "- Lưu: VT, HCTC (02b).",
    ]
