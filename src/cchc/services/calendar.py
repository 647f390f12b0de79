"""The clerk's actions on the office calendar: an extra day off, an extra working day, or
removing one; and the days of a year as a person reads them."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, Label, NotFound
from cchc.domain.text import required
from cchc.store import calendar
from cchc.store.records import delete, write_one


def _why(cal, day: date) -> object:
    """Why ``day`` is what it is: the office's reason, the holiday's name, or a label."""
    from cchc.domain.workdays import package_holidays

    if day in cal.off:
        return cal.off[day]
    if day in cal.work:
        return cal.work[day]
    name = package_holidays(day.year, "vi").get(day)
    if name:
        return name
    return Label("weekend") if day.weekday() >= 5 else Label("weekday_day")


def set_override(ledger, day: date, kind: str, reason: str | None) -> dict:
    """Make ``day`` a day off (``off``) or a working day (``work``) for the office."""
    rec = {"day": day.isoformat(), "kind": kind, "reason": required(reason, "reason")}
    with ledger.write() as tx:
        cal = calendar.load_calendar(tx.conn)
        if cal.is_working(day) == (kind == "work"):
            raise Conflict(f"calendar_already_{kind}", day=rec["day"], why=_why(cal, day))
        return write_one(tx, calendar.NOUN, rec)


def remove_override(ledger, day: date) -> dict:
    with ledger.write() as tx:
        before = delete(tx, calendar.NOUN, (day.isoformat(),))
        if before is None:
            raise NotFound("calendar_no_override", day=day.isoformat())
        return before


def keep_holidays(ledger) -> None:
    """Cache the package's holidays of the years around this one in the ledger (``cchc init``
    does it), so the commands that only read never load the package for the years in use."""
    with ledger.write() as tx:
        calendar.warm(tx.conn)
