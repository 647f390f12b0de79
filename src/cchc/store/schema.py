"""The ledger's schema, as ordered migrations: what the rest of cchc uses of them.

The machinery (the registry, ``apply_pending``) is ``cchc.store.migrate``; the bodies are in
``cchc.store.migrations``, a module per era, loaded here in the order they apply. Append new
migrations at the end, never edit or reorder applied ones: their names and SQL are recorded in
ledgers in the field, and ``cchc check`` compares a ledger's schema with what they build. This
module must not import sqlite_utils: it is read on every open to see whether anything is pending.
"""

from __future__ import annotations

from cchc.store.migrate import MIGRATION_SET, MIGRATIONS, apply_pending, names
from cchc.store.migrations import foundation, write_path

__all__ = ["BUILT_IN_MEETING_KINDS", "MIGRATIONS", "MIGRATION_SET", "apply_pending", "names", "shipped_calendar"]

BUILT_IN_MEETING_KINDS = foundation.BUILT_IN_MEETING_KINDS  # the kinds m001 seeds (renamable)
SHIPPED_CALENDAR = (foundation.M002_CALENDAR, write_path.M010_CALENDAR)  # every seeded override, in order


def shipped_calendar() -> dict[str, tuple]:
    """day -> (day, kind, reason) of every override the migrations ship."""
    return {row[0]: row for rows in SHIPPED_CALENDAR for row in rows}
