"""The office's calendar overrides (extra days off, extra working days) and the calendar they
make with the ``holidays`` package: ``load_calendar(ledger) -> WorkCalendar``.

Every change is audited (kind ``calendar``, key = ISO date, before/after = the stored row).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from cchc import i18n
from cchc.domain.errors import Conflict, InputError, NotFound
from cchc.domain.text import required
from cchc.domain.workdays import WorkCalendar
from cchc.store import audit

KINDS = ("off", "work")
SHIPPED_FILE = "calendar_overrides.json"

i18n.register(
    {
        "calendar_already_off": (
            "{day} đã là ngày nghỉ ({why}); không cần thêm",
            "{day} is already a day off ({why}); nothing to add",
        ),
        "calendar_already_work": (
            "{day} đã là ngày làm việc ({why}); không cần thêm",
            "{day} is already a working day ({why}); nothing to add",
        ),
        "calendar_no_override": (
            "{day} không có điều chỉnh lịch của cơ quan (ngày lễ của gói holidays không xoá được;"
            " dùng 'cchc calendar work')",
            "{day} has no office override (package holidays cannot be removed; use 'cchc calendar work')",
        ),
        "calendar_bad_days": (
            "số ngày làm việc không hợp lệ: {value} (từ 1 đến {max})",
            "invalid number of working days: {value} (1 to {max})",
        ),
    },
    labels={
        "weekend": ("cuối tuần", "weekend"),
        "weekday_day": ("ngày thường", "weekday"),
        "office_override": ("điều chỉnh của cơ quan", "office override"),
        "substitute_workday": ("Ngày làm bù", "Substitute working day"),
    },
)


def _conn(ledger_or_conn):
    return getattr(ledger_or_conn, "conn", ledger_or_conn)


def shipped_overrides() -> list[dict]:
    """The announced swaps shipped with cchc (``cchc/data/calendar_overrides.json``)."""
    from importlib.resources import files

    text = files("cchc").joinpath("data", SHIPPED_FILE).read_text(encoding="utf-8")
    return [{"day": r["date"], "kind": r["kind"], "reason": r["reason"]} for r in json.loads(text)["overrides"]]


def seed_shipped(conn) -> int:
    """Insert the shipped overrides a ledger does not have yet; returns the count.

    Run by the migration that creates the table, like the schema's other reference rows: it is
    part of creating the ledger, so it writes no audit entries (a new ledger's trail is empty).
    """
    n = 0
    for row in shipped_overrides():
        cur = conn.execute(
            "INSERT OR IGNORE INTO calendar_overrides (day, kind, reason) VALUES (?, ?, ?)",
            (row["day"], row["kind"], row["reason"]),
        )
        n += cur.rowcount
    return n


def overrides(ledger_or_conn, year: int | None = None) -> list[dict]:
    sql = "SELECT day, kind, reason FROM calendar_overrides"
    params: tuple = ()
    if year is not None:
        sql += " WHERE day LIKE ?"
        params = (f"{year:04d}-%",)
    cur = _conn(ledger_or_conn).execute(sql + " ORDER BY day", params)
    return [{"day": d, "kind": k, "reason": r} for d, k, r in cur.fetchall()]


def load_calendar(ledger) -> WorkCalendar:
    """The ledger's working-day calendar (package holidays + the office's overrides).

    Accepts a ``Ledger`` or a sqlite3 connection (e.g. inside ``with ledger.write() as conn``).
    """
    off: dict[date, str] = {}
    work: dict[date, str] = {}
    for r in overrides(ledger):
        (off if r["kind"] == "off" else work)[date.fromisoformat(r["day"])] = r["reason"]
    return WorkCalendar(off, work, package_year=_cached_package_year(_conn(ledger)))


def holidays_version() -> str:
    """The installed ``holidays`` version, read from its metadata folder without importing it."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("holidays")
    if spec and spec.origin:
        found = sorted(Path(spec.origin).parent.parent.glob("holidays-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len("holidays-") : -len(".dist-info")]
    from importlib.metadata import version

    return version("holidays")


def _cached_package_year(conn):
    """The package's holidays of a year, cached in the ledger per package version.

    Loading ``holidays`` and computing the lunar holidays costs a clerk's ``dossier add`` about
    a tenth of a second; the ledger keeps each year's result (derived data, not a record: it is
    not audited) and recomputes it when the package is upgraded.
    """
    from cchc.domain.workdays import _package_year

    version = holidays_version()

    def package_year(year: int) -> tuple[dict, frozenset]:
        try:
            row = conn.execute(
                "SELECT days, work FROM holiday_cache WHERE year = ? AND version = ?",
                (year, version),
            ).fetchone()
        except sqlite3.Error:  # the ledger was closed after the calendar was loaded
            return _package_year(year)
        if row:
            days = {date.fromisoformat(d): name for d, name in json.loads(row[0]).items()}
            return days, frozenset(date.fromisoformat(d) for d in json.loads(row[1]))
        days, work = _package_year(year)
        try:
            conn.execute(
                "INSERT OR REPLACE INTO holiday_cache (year, version, days, work) VALUES (?,?,?,?)",
                (
                    year,
                    version,
                    json.dumps({d.isoformat(): n for d, n in days.items()}, ensure_ascii=False),
                    json.dumps(sorted(d.isoformat() for d in work)),
                ),
            )
        except sqlite3.Error:  # busy or read-only: the cache is only an optimisation
            pass
        return days, work

    return package_year


def check_days(days: int) -> int:
    from cchc.domain.workdays import MAX_DAYS

    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_DAYS:
        raise InputError("calendar_bad_days", value=days, max=MAX_DAYS)
    return days


def _why(cal: WorkCalendar, day: date) -> str:
    from cchc.domain.workdays import package_holidays

    if day in cal.off:
        return cal.off[day]
    if day in cal.work:
        return cal.work[day]
    name = package_holidays(day.year, _language()).get(day)
    if name:
        return name
    return i18n.label("weekend") if day.weekday() >= 5 else i18n.label("weekday_day")


def _language() -> str:
    return "vi" if i18n.lang() == "vi" else "en_US"


def set_override(ledger, day: date, kind: str, reason: str | None) -> dict:
    """Make ``day`` a day off (``off``) or a working day (``work``) for the office."""
    assert kind in KINDS
    reason = required(reason, "reason")
    key = day.isoformat()
    with ledger.write() as conn:
        cal = load_calendar(conn)
        if cal.is_working(day) == (kind == "work"):
            raise Conflict(f"calendar_already_{kind}", day=key, why=_why(cal, day))
        before = conn.execute("SELECT day, kind, reason FROM calendar_overrides WHERE day = ?", (key,)).fetchone()
        after = {"day": key, "kind": kind, "reason": reason}
        conn.execute(
            "INSERT INTO calendar_overrides (day, kind, reason) VALUES (:day, :kind, :reason)"
            " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, reason = excluded.reason",
            after,
        )
        old = dict(zip(("day", "kind", "reason"), before, strict=True)) if before else None
        audit.record(conn, ledger.command, "calendar", key, "update" if old else "insert", old, after)
    return after


def remove_override(ledger, day: date) -> dict:
    key = day.isoformat()
    with ledger.write() as conn:
        row = conn.execute("SELECT day, kind, reason FROM calendar_overrides WHERE day = ?", (key,)).fetchone()
        if row is None:
            raise NotFound("calendar_no_override", day=key)
        before = dict(zip(("day", "kind", "reason"), row, strict=True))
        conn.execute("DELETE FROM calendar_overrides WHERE day = ?", (key,))
        audit.record(conn, ledger.command, "calendar", key, "delete", before, None)
    return before


def year_days(ledger, year: int) -> list[dict]:
    """Every holiday, office day off and extra working day of ``year``, for ``calendar show``."""
    cal = load_calendar(ledger)
    rows = cal.days_of_year(year, _language())
    for r in rows:
        if r["name"] is None:
            r["name"] = i18n.label("substitute_workday")
    return rows
