"""Opening another unit's ledger read-only (a province's roll-up): SQLite's ``mode=ro``, nothing
created, migrated or written. A ledger from an older cchc (migrations pending) is copied into
memory and migrated there, so today's report code reads it; the file itself is never touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from cchc.domain.errors import LedgerError
from cchc.domain.text import vi_collate
from cchc.store import schema
from cchc.store.ledger import SQLITE_HEADER, Ledger


def open_readonly(path: str | Path) -> Ledger:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise LedgerError("cannot_open", path=str(path), detail=exc.strerror or str(exc)) from None
    if head != SQLITE_HEADER:
        raise LedgerError("not_sqlite", path=str(path))
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.create_collation("vi", vi_collate)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "_sqlite_migrations" not in tables:
            raise LedgerError("not_sqlite", path=str(path))
        applied = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", (schema.MIGRATION_SET,)
            )
        ]
    except sqlite3.DatabaseError as exc:
        raise LedgerError("corrupt", path=str(path), detail=str(exc)) from None
    known = schema.names()
    unknown = [n for n in applied if n not in known]
    if unknown:
        conn.close()
        raise LedgerError("newer_ledger", path=str(path), names=", ".join(unknown))
    if len(applied) < len(known):
        conn = _migrated_copy(conn, path)
    ledger = Ledger(conn, path)
    ledger.command = "rollup"
    return ledger


def _migrated_copy(conn: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    mem.create_collation("vi", vi_collate)
    try:
        conn.backup(mem)
    except sqlite3.DatabaseError as exc:
        raise LedgerError("corrupt", path=str(path), detail=str(exc)) from None
    finally:
        conn.close()
    mem.execute("BEGIN")
    schema.apply_pending(mem)
    mem.execute("COMMIT")
    return mem
