"""What shell completion offers from the ledger: codes starting with what was typed.

Read-only and quick on a ledger of a million dossiers: the ledger is opened read-only (never
created or migrated), and each lookup is a range over a unique index (``code >= prefix AND
code < prefix + U+10FFFF``) with a LIMIT — a handful of index pages, whatever the size."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

LIMIT = 50
_TOP = "\U0010ffff"


def connect(path: Path) -> sqlite3.Connection | None:
    """The ledger, read-only; None when there is none (completion offers nothing then)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=0.5)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
    except sqlite3.DatabaseError:
        return None
    return conn


def _range(conn, sql: str, prefix: str, limit: int) -> list[tuple]:
    try:
        return conn.execute(sql, (prefix, prefix + _TOP, limit)).fetchall()
    except sqlite3.DatabaseError:  # an old or damaged ledger: nothing to offer
        return []


def dossiers(conn, prefix: str, limit: int = LIMIT) -> list[tuple[str, str]]:
    """(code, procedure) of the dossiers whose code starts with ``prefix``."""
    return _range(
        conn, "SELECT code, procedure FROM dossiers WHERE code >= ? AND code < ? ORDER BY code LIMIT ?", prefix, limit
    )


def plans(conn, prefix: str, limit: int = LIMIT) -> list[tuple[str, str]]:
    return _range(
        conn, "SELECT code, title FROM plans WHERE code >= ? AND code < ? ORDER BY code LIMIT ?", prefix, limit
    )


def procedures(conn, prefix: str, limit: int = LIMIT) -> list[tuple[str, str]]:
    return _range(
        conn, "SELECT code, name FROM procedures WHERE code >= ? AND code < ? ORDER BY code LIMIT ?", prefix, limit
    )


def meeting_kinds(conn, prefix: str, limit: int = LIMIT) -> list[tuple[str, str]]:
    return _range(
        conn, "SELECT key, name FROM meeting_kinds WHERE key >= ? AND key < ? ORDER BY key LIMIT ?", prefix, limit
    )


def tasks(conn, prefix: str, limit: int = LIMIT) -> list[tuple[str, str]]:
    """(PLAN#N, title) of the tasks whose reference starts with ``prefix``."""
    plan, sep, number = prefix.partition("#")
    try:
        if sep:
            rows = conn.execute(
                "SELECT p.code || '#' || t.number, t.title FROM tasks t JOIN plans p ON p.id = t.plan_id"
                " WHERE p.code = ? AND CAST(t.number AS TEXT) LIKE ? ORDER BY t.number LIMIT ?",
                (plan, number.replace("%", "").replace("_", "") + "%", limit),
            )
        else:
            rows = conn.execute(
                "SELECT p.code || '#' || t.number, t.title FROM plans p JOIN tasks t ON t.plan_id = p.id"
                " WHERE p.code >= ? AND p.code < ? ORDER BY p.code, t.number LIMIT ?",
                (plan, plan + _TOP, limit),
            )
        return rows.fetchall()
    except sqlite3.DatabaseError:
        return []
