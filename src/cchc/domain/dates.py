"""Dates as clerks write them: day first, never month first.

Accepted: ISO ``2022-06-09``; ``09/06/2022``, ``9/6/2022``, ``09-06-2022``, ``09.06.2022``;
``ngày 09 tháng 6 năm 2022``; ``today`` / ``hôm nay``. ``09/06/2022`` is 9 June.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

from cchc.domain.errors import InputError

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_WORDS = re.compile(r"^\s*(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})\s*$", re.I)
_TODAY = {"today", "hôm nay", "hom nay", "nay"}
MIN_YEAR, MAX_YEAR = 1900, 2200


def parse_date(value: str, *, today: date | None = None) -> date:
    """Parse a date typed by a clerk or read from a file; raise InputError when impossible."""
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFC", str(value)).strip()
    if text.lower() in _TODAY:
        return today or date.today()
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY.match(text) or _WORDS.match(text)
        if not m:
            raise InputError("bad_date", value=str(value))
        d, mo, y = (int(g) for g in m.groups())
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise InputError("bad_date", value=str(value))
    try:
        return date(y, mo, d)
    except ValueError:
        raise InputError("bad_date", value=str(value)) from None


def parse_optional_date(value: str | None, *, today: date | None = None) -> date | None:
    if value is None or str(value).strip() == "":
        return None
    return parse_date(value, today=today)


def vn(d: date | str | None) -> str:
    """``09/06/2022`` — the form used in tables and reports."""
    if d is None or d == "":
        return ""
    if isinstance(d, str):
        d = date.fromisoformat(d)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def vn_short(d: date | str) -> str:
    """``9/6/2022`` — the form used in running text of reports."""
    if isinstance(d, str):
        d = date.fromisoformat(d)
    return f"{d.day}/{d.month}/{d.year}"


def quarter_end(year: int, quarter: int) -> date:
    """The last day of a quarter."""
    month = quarter * 3
    return date(year, month, calendar.monthrange(year, month)[1])


_QUARTER = re.compile(r"^\s*(?:(\d{4})\s*[-/]?\s*)?(?:q|quý\s*)([1-4])(?:\s*[-/]\s*(\d{4}))?\s*$", re.I)
_WHOLE_YEAR = {"cả năm", "ca nam", "year", "năm"}


def parse_due(value: str, *, year: int | None = None, today: date | None = None) -> date:
    """A task deadline: a date, a quarter (``Q2``, ``2022-Q2``, ``Quý 2/2022``) meaning its last
    day, or ``cả năm`` meaning 31/12 of the plan's year."""
    text = unicodedata.normalize("NFC", str(value)).strip()
    low = text.lower()
    if low in _WHOLE_YEAR and year:
        return date(year, 12, 31)
    m = _QUARTER.match(low)
    if m:
        y = int(m.group(1) or m.group(3) or 0) or year
        if not y:
            raise InputError("bad_due", value=value)
        return quarter_end(y, int(m.group(2)))
    try:
        return parse_date(text, today=today)
    except InputError:
        raise InputError("bad_due", value=value) from None


def not_future(d: date, what: str, *, today: date | None = None) -> date:
    """Outcomes and completions are recorded when they happen: a date after today is a typo."""
    if d > (today or date.today()):
        raise InputError("future_date", what=what, value=d.isoformat())
    return d
