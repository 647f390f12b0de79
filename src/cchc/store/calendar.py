"""The office's calendar overrides (extra days off, extra working days) and the calendar they
make with the ``holidays`` package: ``load_calendar(ledger) -> WorkCalendar``.

Every change is audited (kind ``calendar``, key = ISO date, before/after = the stored row).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from cchc.domain.rules import calendar as rules
from cchc.domain.workdays import WorkCalendar
from cchc.store.records import table_noun

KINDS = rules.KINDS
NOUN = table_noun(
    "calendar_overrides",
    kind="calendar",
    columns=rules.COLUMNS,
    key=("day",),
    audit_key=lambda k: k[0],
    validate=lambda rec, **_: rules.validate(rec),
)


def _conn(ledger_or_conn):
    return getattr(ledger_or_conn, "conn", ledger_or_conn)


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


SPAN_BACK, SPAN_AHEAD = 10, 5  # the years around this one cached together (see ``_remember``)


def _cached_package_year(conn):
    """The package's holidays of a year, cached in the ledger per package version.

    Loading ``holidays`` and computing the lunar holidays costs a clerk's ``dossier add`` about
    a tenth of a second; the ledger keeps each year's result (derived data, not a record: it is
    not audited) and recomputes it when the package is upgraded. The cache is written only inside
    the transaction of the action that needed it, so a failed action leaves no row of it.
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
        if not conn.in_transaction:  # only an action's own transaction writes (and rolls back)
            return days, work
        try:
            _remember(conn, version, year)
        except sqlite3.Error:  # busy or read-only: the cache is only an optimisation
            pass
        return days, work

    return package_year


def _remember(conn, version: str, year: int) -> None:
    """Cache ``year`` and, while the package is loaded anyway (a further year costs well under a
    millisecond; loading it, a tenth of a second), every year of the span around this one the
    cache lacks — so the commands that only read (``today``, ``report``), which never write the
    cache, find the years a clerk works in."""
    from cchc.domain.workdays import _package_year

    this = date.today().year
    have = {r[0] for r in conn.execute("SELECT year FROM holiday_cache WHERE version = ?", (version,))}
    years = {year} | set(range(min(year, this - SPAN_BACK), max(year, this + SPAN_AHEAD) + 1))
    rows = []
    for y in sorted(years - have):
        days, work = _package_year(y)
        rows.append(
            (
                y,
                version,
                json.dumps({d.isoformat(): n for d, n in days.items()}, ensure_ascii=False),
                json.dumps(sorted(d.isoformat() for d in work)),
            )
        )
    conn.executemany("INSERT OR REPLACE INTO holiday_cache (year, version, days, work) VALUES (?,?,?,?)", rows)


def warm(conn) -> None:
    """Inside an action's transaction: make sure the cache holds the span around this year."""
    try:
        _remember(conn, holidays_version(), date.today().year)
    except sqlite3.Error:  # read-only or busy: the cache is only an optimisation
        pass
