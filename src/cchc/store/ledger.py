"""Opening the ledger file and running one transaction per user action.

Open is cheap on purpose (``cchc dossier add`` runs it all day): a header check, one plain
``sqlite3`` connection, one query for the applied migrations. sqlite-utils is only imported when a
migration is pending.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cchc.domain.errors import LedgerError
from cchc.domain.text import vi_collate
from cchc.store import schema

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = float(os.environ.get("CCHC_BUSY_TIMEOUT", "15"))
WRITE_ATTEMPTS = 3


def _is_busy(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _waited() -> str:
    return f"{BUSY_TIMEOUT_S * WRITE_ATTEMPTS:g}"


def _check_header(path: Path) -> bool:
    """True when the file exists and has content; raise when that content is not SQLite."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    if size == 0:
        return False
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head != SQLITE_HEADER:
        raise LedgerError("not_sqlite", path=str(path))
    return True


def _create_file(path: Path) -> None:
    """Create an empty ledger file readable by its owner only (SQLite fills it)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


class Ledger:
    """One open ledger: a sqlite3 connection in autocommit mode; writes go through ``write``."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.command = "api"  # the user command being run, recorded in the audit trail
        self.created = False

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Ledger:
        path = Path(path)
        exists = _check_header(path)
        created = False
        if not exists:
            if not create:
                raise LedgerError("no_ledger", path=str(path))
            if not path.exists():
                try:
                    _create_file(path)
                except FileExistsError:
                    pass  # another process created it a moment ago: use it
                except OSError as exc:
                    raise LedgerError("cannot_open", path=str(path), detail=exc.strerror) from None
            else:  # an empty file made beforehand (``touch``) becomes a ledger: owner only too
                with contextlib.suppress(OSError):
                    os.chmod(path, 0o600)
            created = True
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise LedgerError("cannot_open", path=str(path), detail=str(exc)) from None
        conn.create_collation("vi", vi_collate)
        ledger = cls(conn, path)
        ledger.created = created
        try:
            applied, has_tables = ledger._read_state()
            known = schema.names()
            unknown = [name for name in applied if name not in known]
            if unknown:
                raise LedgerError("newer_ledger", path=str(path), names=", ".join(unknown))
            if not applied and has_tables:
                raise LedgerError("not_sqlite", path=str(path))
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            if len(applied) < len(known):
                ledger._migrate()
            elif conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            conn.close()
            if _is_busy(exc):  # another process holds the file (migrating, checkpointing)
                raise LedgerError("locked", seconds=_waited()) from None
            raise LedgerError("corrupt", path=str(path), detail=str(exc)) from None
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise LedgerError("corrupt", path=str(path), detail=str(exc)) from None
        except BaseException:
            conn.close()
            raise
        return ledger

    def _read_state(self) -> tuple[list[str], bool]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        tables = {r[0] for r in rows}
        if "_sqlite_migrations" not in tables:
            return [], bool(tables)
        applied = self.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (schema.MIGRATION_SET,),
        ).fetchall()
        return [r[0] for r in applied], True

    def _migrate(self) -> None:
        self.conn.execute("PRAGMA journal_mode = WAL")
        self._begin()
        try:
            # re-read under the write lock: another process may have migrated meanwhile
            applied, _ = self._read_state()
            if len(applied) < len(schema.names()):
                schema.apply_pending(self.conn)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None and self.created:
            self._discard_if_untouched()
        self.close()

    def _discard_if_untouched(self) -> None:
        """A command that created the ledger and then failed leaves no file behind.

        Only when nothing was ever recorded in it (the audit trail is empty) and no other
        connection holds it (an exclusive lock is free right now).
        """
        conn = self.conn
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("BEGIN EXCLUSIVE")
            empty = conn.execute("SELECT NOT EXISTS (SELECT 1 FROM audit)").fetchone()[0]
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            return
        if not empty:
            return
        conn.close()
        for suffix in ("-wal", "-shm", ""):
            try:
                os.unlink(f"{self.path}{suffix}")
            except OSError:
                pass

    # -- transactions ----------------------------------------------------------------------
    def _begin(self) -> None:
        for attempt in range(WRITE_ATTEMPTS):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
                if attempt == WRITE_ATTEMPTS - 1:
                    raise LedgerError("locked", seconds=_waited()) from None
                time.sleep(0.05 * (attempt + 1))

    @contextmanager
    def write(self, source=None) -> Iterator:
        """One user action = one transaction: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error.
        Yields the transaction's audit ``Trail`` (``.conn`` is the connection); ``source``: an
        import's ``audit.Source`` (default: the command being run)."""
        from cchc.store.audit import Source, Trail

        self._begin()
        try:
            yield Trail(self.conn, source or Source(self.command))
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # -- reading helpers -------------------------------------------------------------------
    def rows(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def row(self, sql: str, params: tuple | dict = ()) -> dict | None:
        cur = self.conn.execute(sql, params)
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def scalar(self, sql: str, params: tuple | dict = ()) -> object:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None
