"""Reporting periods and their data windows. Pure: no I/O.

Periodic reports use the cut-off windows of Decree 09/2019/NĐ-CP, Art. 12 (domain.md):
month M = 15th of M-1 .. 14th of M; quarter = 15th of the month before it .. 14th of its last
month; first half = 15/12 of Y-1 .. 14/06; second half = 15/06 .. 14/12; nine months = 15/12 of
Y-1 .. 14/09; year = 15/12 of Y-1 .. 14/12. ``calendar=True`` uses calendar boundaries instead.
A report may end earlier (``until``: "tính đến ngày 9/6/2022"); its end is the "as of" date.
"""

from __future__ import annotations

import calendar as _cal
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta

from cchc.domain.errors import Day, InputError

KINDS = ("semester", "quarter", "month", "nine-months", "year", "range")
CUTOFF_DAY = 15  # a Decree 09 window starts on the 15th and ends on the 14th

EXAMPLES = {
    "semester": "2022-H1",
    "quarter": "2022-Q1",
    "month": "2022-03",
    "nine-months": "2022",
    "year": "2022",
}


@dataclass(frozen=True)
class Period:
    """A reporting period: what it is called and the window its figures cover.

    ``start``..``end`` is the window counted (``end`` is also the "as of" date);
    ``window_end`` is where the period's window would close without ``until``.
    """

    kind: str
    label: str
    year: int
    index: int  # half (1-2), quarter (1-4), month (1-12); 0 for nine-months, year, range
    start: date
    end: date
    window_end: date
    calendar: bool = False


# -- parsing -----------------------------------------------------------------------------


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", str(value)).strip().lower().replace(" ", "")


_YEAR = r"(\d{4})"
_PATTERNS = {
    "semester": [rf"^{_YEAR}[-/]?h([12])$", rf"^h([12])[-/]?{_YEAR}$", rf"^{_YEAR}[-/]s([12])$"],
    "quarter": [rf"^{_YEAR}[-/]?q([1-4])$", rf"^(?:q|quý)([1-4])[-/]?{_YEAR}$"],
    "month": [rf"^{_YEAR}-(\d{{1,2}})$", rf"^(\d{{1,2}})[/\-.]{_YEAR}$"],
}


def parse(kind: str, value: str) -> tuple[int, int]:
    """``(year, index)`` of a period written as a clerk or script would: ``2022-H1``, ``H1/2022``,
    ``2022-Q1``, ``Q1/2022``, ``Quý 1/2022``, ``2022-03``, ``03/2022``, ``2022``."""
    text = _norm(value)
    bad = InputError("bad_period", kind=kind, value=str(value), example=EXAMPLES.get(kind, ""))
    if kind in ("nine-months", "year"):
        if not re.fullmatch(r"\d{4}", text):
            raise bad
        year, index = int(text), 0
    else:
        for pattern in _PATTERNS[kind]:
            m = re.match(pattern, text)
            if m:
                a, b = m.groups()
                year, index = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
                break
        else:
            raise bad
        if kind == "month" and not 1 <= index <= 12:
            raise bad
    if not 1900 <= year <= 2200:
        raise bad
    return year, index


# -- windows -----------------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def _cut_start(year: int, month: int) -> date:
    """15th of the month before ``month`` of ``year`` (Decree 09 window start)."""
    if month == 1:
        return date(year - 1, 12, CUTOFF_DAY)
    return date(year, month - 1, CUTOFF_DAY)


def _cut_end(year: int, month: int) -> date:
    return date(year, month, CUTOFF_DAY - 1)


def window(kind: str, year: int, index: int = 0, *, calendar: bool = False) -> tuple[date, date]:
    """The full window of a period (first and last day, both counted)."""
    first, last = {
        "semester": (6 * (index - 1) + 1, 6 * index),
        "quarter": (3 * (index - 1) + 1, 3 * index),
        "month": (index, index),
        "nine-months": (1, 9),
        "year": (1, 12),
    }[kind]
    if calendar:
        return date(year, first, 1), _month_end(year, last)
    return _cut_start(year, first), _cut_end(year, last)


def label_of(kind: str, year: int, index: int) -> str:
    return {
        "semester": f"{year}-H{index}",
        "quarter": f"{year}-Q{index}",
        "month": f"{year}-{index:02d}",
        "nine-months": f"{year}-9M",
        "year": f"{year}",
    }[kind]


def make(
    kind: str,
    year: int,
    index: int = 0,
    *,
    calendar: bool = False,
    until: date | None = None,
    today: date | None = None,
) -> Period:
    """A named period. Its end is ``until`` when given (which must fall inside the window), else
    the window's end, or ``today`` when the window has not closed yet."""
    start, wend = window(kind, year, index, calendar=calendar)
    period = Period(kind, label_of(kind, year, index), year, index, start, wend, wend, calendar)
    return _close(period, until, today)


def make_range(start: date | None, end: date | None) -> Period:
    if start is None or end is None:
        raise InputError("range_missing")
    if start > end:
        raise InputError("range_order", start=Day(start.isoformat()), end=Day(end.isoformat()))
    label = f"{start.isoformat()}..{end.isoformat()}"
    return Period("range", label, end.year, 0, start, end, end, True)


def _close(period: Period, until: date | None, today: date | None) -> Period:
    if until is not None:
        if not period.start <= until <= period.window_end:
            raise InputError(
                "until_outside",
                until=until.isoformat(),
                start=period.start.isoformat(),
                end=period.window_end.isoformat(),
            )
        return replace(period, end=until)
    today = today or date.today()
    if today < period.start:
        raise InputError("period_not_started", label=period.label, start=period.start.isoformat())
    return replace(period, end=min(period.window_end, today))


def containing(kind: str, day: date, *, calendar: bool = False) -> tuple[int, int]:
    """``(year, index)`` of the period of ``kind`` whose window holds ``day``."""
    # under the cut-off rule, a day on or after the 15th belongs to the next month's window
    shifted = day if calendar or day.day < CUTOFF_DAY else _month_end(day.year, day.month) + timedelta(days=1)
    y, m = shifted.year, shifted.month
    if kind == "semester":
        return y, 1 if m <= 6 else 2
    if kind == "quarter":
        return y, (m - 1) // 3 + 1
    if kind == "month":
        return y, m
    return y, 0


def current(kind: str, *, calendar: bool = False, until: date | None = None, today: date | None = None) -> Period:
    """The period of ``kind`` holding today (or ``until`` when given)."""
    year, index = containing(kind, until or today or date.today(), calendar=calendar)
    return make(kind, year, index, calendar=calendar, until=until, today=today)


def previous(period: Period) -> Period:
    """The period of the same kind just before ``period``, cut short by as many days as
    ``period`` itself was (so the comparison is "at the same point of the period")."""
    short = (period.window_end - period.end).days
    if period.kind == "range":
        length = period.end - period.start
        end = period.start - timedelta(days=1)
        return make_range(end - length, end)
    kind, year, index = period.kind, period.year, period.index
    if kind == "semester":
        year, index = (year - 1, 2) if index == 1 else (year, 1)
    elif kind == "quarter":
        year, index = (year - 1, 4) if index == 1 else (year, index - 1)
    elif kind == "month":
        year, index = (year - 1, 12) if index == 1 else (year, index - 1)
    else:
        year -= 1
    start, wend = window(kind, year, index, calendar=period.calendar)
    end = max(start, wend - timedelta(days=short))
    return Period(kind, label_of(kind, year, index), year, index, start, end, wend, period.calendar)


_NINE = [rf"^{_YEAR}[-/]?9m$", rf"^9m[-/]?{_YEAR}$", rf"^9tháng[-/]?(?:năm)?{_YEAR}$"]
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def parse_label(value: str) -> tuple[str, int, int] | str | None:
    """``(kind, year, index)`` of a period named by its label or the way a clerk writes it
    (``2022-H1``, ``H1/2022``, ``2022-Q2``, ``2022-03``, ``2022-9M``, ``2022``), the label itself
    for a date range (``2022-03-01..2022-03-31``), or None."""
    text = _norm(value)
    m = _RANGE.match(text)
    if m:
        try:
            a, b = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
        except ValueError:
            return None
        return f"{a.isoformat()}..{b.isoformat()}" if a <= b else None
    if re.fullmatch(r"\d{4}", text):
        return ("year", int(text), 0) if 1900 <= int(text) <= 2200 else None
    for pattern in _NINE:
        m = re.match(pattern, text)
        if m:
            return ("nine-months", int(m.group(1)), 0)
    for kind in ("semester", "quarter", "month"):
        try:
            year, index = parse(kind, value)
        except InputError:
            continue
        return kind, year, index
    return None


def canonical_label(value: str) -> str | None:
    """The label a period's notes are kept under (``H1/2022`` -> ``2022-H1``), or None."""
    found = parse_label(value)
    if found is None or isinstance(found, str):
        return found
    return label_of(*found)
