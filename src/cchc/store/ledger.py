"""Opening the ledger file and running one transaction per user action.

Open is cheap on purpose (``cchc dossier add`` runs it all day): a header check, one plain
``sqlite3`` connection, one query for the applied migrations. sqlite-utils is only imported when a
migration is pending.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cchc.domain.errors import LedgerError
from cchc.domain.text import vi_collate
from cchc.store import schema
from cchc.store.interrupts import SIGNALS

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
        st = path.stat()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise LedgerError("cannot_open", path=str(path), detail=os_reason(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise LedgerError("ledger_is_folder", path=str(path))
    if st.st_size == 0:
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise LedgerError("cannot_open", path=str(path), detail=os_reason(exc)) from None
    if head != SQLITE_HEADER:
        raise LedgerError("not_sqlite", path=str(path))
    return True


def os_reason(exc: OSError) -> object:
    """Why a file operation failed, as a message the edge translates (common causes by errno;
    else the system's own words)."""
    import errno

    from cchc.domain.errors import Msg

    keys = {
        errno.ENOSPC: "os_full",
        errno.EDQUOT: "os_full",
        errno.EACCES: "os_denied",
        errno.EPERM: "os_denied",
        errno.EROFS: "os_read_only",
        errno.ENOENT: "os_missing",
        errno.EISDIR: "os_is_folder",
        errno.ENOTDIR: "os_not_folder",
    }
    key = keys.get(exc.errno)
    return Msg(key) if key else (exc.strerror or str(exc))


def explain(exc: sqlite3.Error, path: Path) -> LedgerError:
    """A SQLite error on the ledger as one message the user can act on."""
    known = environment(exc, path)
    return known if known is not None else LedgerError("corrupt", path=str(path), detail=str(exc))


def environment(exc: sqlite3.Error, path: Path) -> LedgerError | None:
    """The error when it comes from the ledger's surroundings (busy, read-only file or folder,
    full disk, cannot open), else None."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if _is_busy(exc):
        return LedgerError("locked", seconds=_waited())
    if primary == sqlite3.SQLITE_READONLY or "readonly" in text:
        return LedgerError("ledger_read_only", path=str(path))
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return LedgerError("disk_full", path=str(path))
    if primary in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR) or "unable to open" in text:
        if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            return LedgerError("ledger_read_only", path=str(path))
        if primary == sqlite3.SQLITE_IOERR and _disk_full(path):
            return LedgerError("disk_full", path=str(path))
        return LedgerError("cannot_open", path=str(path), detail=text)
    return None


def _disk_full(path: Path) -> bool:
    try:
        st = os.statvfs(path.parent)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < (1 << 20)


def _create_file(path: Path) -> None:
    """Create an empty ledger file readable by its owner only (SQLite fills it); its missing
    folders are made owner-only too, whatever the umask."""
    from cchc.store.files import create_private, private_dir

    private_dir(path.parent)
    create_private(path)


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
                    raise LedgerError("cannot_open", path=str(path), detail=os_reason(exc)) from None
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
        except sqlite3.DatabaseError as exc:  # busy, read-only, full, damaged
            conn.close()
            raise explain(exc, path) from None
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
        self.close()  # never deletes anything: a ledger file, once made, stays

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
        import's ``audit.Source`` (default: the command being run).

        Interrupts (``SIGNALS``): a signal before COMMIT rolls the action back (the caller sees
        ``KeyboardInterrupt``); from COMMIT on, signals are only recorded, so a command whose
        action was committed finishes normally."""
        from cchc.store.audit import Source, Trail

        try:
            self._begin()
            yield Trail(self.conn, source or Source(self.command))
        except BaseException:
            self._rollback()
            raise
        self._commit()

    def _rollback(self) -> None:
        with SIGNALS.held():
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:  # closing the connection rolls back too
                    pass

    def _commit(self) -> None:
        with SIGNALS.held():
            if SIGNALS.received is not None:  # a signal swallowed by a SQLite callback
                self._rollback()
                raise KeyboardInterrupt
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
            SIGNALS.committed = True

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
