"""Working days and appointment dates: the one counting rule.

A working day is Monday–Friday, minus the public holidays of the ``holidays`` package (country
VN, which includes the swaps it knows), minus the office's extra days off, plus the package's and
the office's extra working days (làm bù Saturdays).

The rule (``due``): counting starts on the first working day AFTER the receipt date; the
appointment date is the DAYS-th working day. ``workdays(a, b)`` counts the working days d with
a < d <= b, so ``workdays(received, due(received, n)) == n`` always.

Speed: the calendar is precomputed over a span of whole years as two lists (the ordinals of the
working days, and for each day of the span how many working days there are up to it), so
``due`` and ``workdays`` are two list lookups; the span grows when a date outside it comes in.
The package's holidays are cached per year for the process.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, timedelta

MAX_DAYS = 365  # an appointment more than a year of working days away is a typo
# how far beyond the receipt year the span reaches, so that any due(received, <= MAX_DAYS)
# lands inside it without growing (365 working days is about 1.5 calendar years)
_AHEAD_YEARS = 2


@functools.lru_cache(maxsize=512)
def _package_year(year: int, language: str | None = None) -> tuple[dict[date, str], frozenset]:
    """The package's VN holidays of one year (date -> name) and its extra working days."""
    import holidays

    kw = {"language": language} if language else {}
    try:
        h = holidays.country_holidays("VN", years=year, **kw)
    except NotImplementedError:  # the package's calendar stops somewhere
        return {}, frozenset()
    days = {d: name for d, name in h.items() if d.year == year}
    work = frozenset(d for d in getattr(h, "weekend_workdays", ()) or () if d.year == year)
    return days, work


def package_holidays(year: int, language: str | None = None) -> dict[date, str]:
    """Public holidays of ``year`` from the ``holidays`` package, named in ``language``."""
    return dict(_package_year(year, language)[0])


def package_workdays(year: int) -> frozenset:
    """Weekend days the package knows to be worked (làm bù) in ``year``."""
    return _package_year(year)[1]


class WorkCalendar:
    """Working days = Mon–Fri − package holidays − ``off`` + package làm bù + ``work``.

    ``off`` and ``work`` map a date to the office's reason; an office override wins over the
    package for its date.
    """

    def __init__(
        self,
        off: Mapping[date, str] | None = None,
        work: Mapping[date, str] | None = None,
        *,
        use_package: bool = True,
        package_year=None,
    ) -> None:
        """``package_year(year) -> (holidays {date: name}, extra working days)`` replaces the
        ``holidays`` package lookup (the ledger passes its cache of it)."""
        self.off = dict(off or {})
        self.work = dict(work or {})
        both = set(self.off) & set(self.work)
        if both:
            raise ValueError(f"a date cannot be both off and worked: {sorted(both)[0]}")
        self.use_package = use_package
        self._package_year = package_year or _package_year
        self._y0 = self._y1 = 0
        self._base = 0  # ordinal of 1 January of _y0
        self._cum: list[int] = []  # _cum[i] = working days in [base, base + i]
        self._ords: list[int] = []  # ordinals of the working days, in order

    # -- the per-day rule -------------------------------------------------------------------
    def _year_nonworking(self, year: int) -> tuple[set[date], set[date]]:
        if self.use_package:
            hol, pkg_work = self._package_year(year)
            return set(hol), set(pkg_work)
        return set(), set()

    def is_working(self, d: date) -> bool:
        self._cover(d.year, d.year)
        i = d.toordinal() - self._base
        return self._cum[i] - (self._cum[i - 1] if i else 0) == 1

    # -- the precomputed span ----------------------------------------------------------------
    def _cover(self, lo: int, hi: int) -> None:
        if self._cum and self._y0 <= lo and hi <= self._y1:
            return
        if self._cum:
            lo, hi = min(lo, self._y0), max(hi, self._y1)
        self._build(lo, hi)

    def _build(self, y0: int, y1: int) -> None:
        y0, y1 = max(y0, date.min.year), min(y1, date.max.year)
        off: set[date] = set()
        work: set[date] = set()
        for y in range(y0, y1 + 1):
            o, w = self._year_nonworking(y)
            off |= o
            work |= w
        off -= set(self.work)
        work -= set(self.off)
        off |= set(self.off)
        work |= set(self.work)
        off_ords = {d.toordinal() for d in off}
        work_ords = {d.toordinal() for d in work}
        start = date(y0, 1, 1).toordinal()
        end = date(y1, 12, 31).toordinal()
        cum: list[int] = []
        ords: list[int] = []
        n = 0
        wd = date(y0, 1, 1).weekday()  # 0 = Monday
        for o in range(start, end + 1):
            if o in work_ords or (wd < 5 and o not in off_ords):
                n += 1
                ords.append(o)
            cum.append(n)
            wd = wd + 1 if wd < 6 else 0
        self._y0, self._y1, self._base, self._cum, self._ords = y0, y1, start, cum, ords

    # -- the rule -------------------------------------------------------------------------------
    def due(self, received: date, days: int) -> date:
        """The appointment date: the ``days``-th working day after ``received``."""
        i = received.toordinal() - self._base
        cum = self._cum
        if 0 <= i < len(cum):
            k = cum[i] + days - 1
            if 0 <= k < len(self._ords) and days >= 1:
                return date.fromordinal(self._ords[k])
        if days < 1:
            raise ValueError(f"days must be >= 1, not {days}")
        y = received.year
        self._cover(y, y + _AHEAD_YEARS + days // 250)
        k = self._cum[received.toordinal() - self._base] + days - 1
        return date.fromordinal(self._ords[k])

    def workdays(self, start: date, end: date) -> int:
        """Working days d with start < d <= end (negative when end is before start)."""
        if end < start:
            return -self.workdays(end, start)
        self._cover(start.year, end.year)
        base = self._base
        return self._cum[end.toordinal() - base] - self._cum[start.toordinal() - base]

    # -- what a person reads --------------------------------------------------------------------
    def days_of_year(self, year: int, language: str | None = None) -> list[dict]:
        """Every day off that is not a plain weekend, and every extra working day, of ``year``.

        Each: ``date`` (ISO), ``weekday`` (0 = Monday), ``working`` (bool), ``name`` and
        ``source`` (``package`` or ``office``).
        """
        hol = package_holidays(year, language) if self.use_package else {}
        pkg_work = package_workdays(year) if self.use_package else frozenset()
        out: dict[date, dict] = {}
        for d, name in hol.items():
            out[d] = {"name": name, "source": "package"}
        for d in pkg_work:
            out[d] = {"name": None, "source": "package"}
        for table in (self.off, self.work):
            for d, reason in table.items():
                if d.year == year:
                    out[d] = {"name": reason, "source": "office"}
        rows = []
        for d in sorted(out):
            rows.append({"date": d.isoformat(), "weekday": d.weekday(), "working": self.is_working(d), **out[d]})
        return rows


def naive_due(received: date, days: int, holiday_days, work_days=()) -> date:
    """The rule written the slow, obvious way (for tests and the benchmark's baseline)."""
    d = received
    while days:
        d += timedelta(days=1)
        if d in work_days or (d.weekday() < 5 and d not in holiday_days):
            days -= 1
    return d
