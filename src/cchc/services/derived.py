"""What the audit digests do not cover, checked by ``audit verify``: derived columns (recomputed
from their record) and the holiday cache (compared with the installed ``holidays`` package).

Every stored column is in a kind's digest (``audit_kinds.kinds``), derived (``DERIVED``) or
structural (``STRUCTURAL``: row ids and links, covered through the digests' joins); a test keeps
it so, so a column added later cannot slip past ``audit verify``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from cchc.domain.problems import Finding, audit_finding, key_text


@dataclass(frozen=True)
class Derived:
    """A stored column computed from a record's other values: SQL yielding (key, stored, inputs...)
    and the function recomputing it from the inputs."""

    kind: str
    column: str
    sql: str
    compute: Callable[..., object]


def _derived_columns() -> list[Derived]:
    from cchc.domain.text import key

    return [
        Derived("procedure", "name_key", "SELECT code, name_key, name FROM procedures ORDER BY code", key),
    ]


# every stored column is in a kind's digest, is derived (above), or is one of these: row ids and
# the links between tables (whose meaning the digests cover through their joins)
STRUCTURAL = {
    ("plans", "id"),
    ("tasks", "id"),
    ("tasks", "plan_id"),
    ("meetings", "id"),
    ("dossiers", "id"),
    ("procedures", "id"),
    ("dossier_pauses", "id"),
    ("dossier_pauses", "dossier_id"),
    ("documents", "id"),
    ("outreach", "id"),
    ("inspections", "id"),
    ("index_criteria", "id"),
    ("index_evidence", "id"),
}


def columns(conn) -> list[Finding]:
    """Every derived column equals what its record's values give."""
    out = []
    for spec in _derived_columns():
        try:
            cur = conn.execute(spec.sql)
        except sqlite3.OperationalError as exc:
            if "no such" in str(exc):
                continue
            raise
        for key, stored, *inputs in cur:
            try:
                want = spec.compute(*inputs)
            except (TypeError, ValueError, AttributeError):  # an input a hand edit broke: the rules name it
                continue
            if stored != want:
                out.append(audit_finding("derived", "derived_differs", spec.kind, key, column=spec.column))
    return out


def holiday_cache(conn) -> list[Finding]:
    """The cached holidays of the installed ``holidays`` version equal what the package gives
    (an edited cache would move due dates). Rows of other versions are never read: skipped."""
    from datetime import date

    from cchc.domain.workdays import _package_year
    from cchc.store.calendar import holidays_version

    try:
        rows = conn.execute("SELECT year, days, work FROM holiday_cache WHERE version = ?", (holidays_version(),))
        rows = rows.fetchall()
    except sqlite3.OperationalError as exc:
        if "no such" in str(exc):
            return []
        raise
    out = []
    for year, days, work in rows:
        try:
            stored = (
                {date.fromisoformat(d): n for d, n in json.loads(days).items()},
                frozenset(date.fromisoformat(d) for d in json.loads(work)),
            )
        except (TypeError, ValueError, AttributeError):
            out.append(
                audit_finding("derived", "holiday_cache_bad", "holiday_cache", key_text(year), year=key_text(year))
            )
            continue
        if not isinstance(year, int) or stored != _package_year(year):
            out.append(
                audit_finding(
                    "derived",
                    "holiday_cache_differs",
                    "holiday_cache",
                    key_text(year),
                    year=key_text(year),
                    version=holidays_version(),
                )
            )
    return out
