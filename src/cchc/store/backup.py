"""Backups through SQLite's online backup API, and restoring one without losing the current file.

``backup`` copies a consistent snapshot while others keep writing (the API copies under a read
transaction and restarts if a writer changes a page mid-copy). The copy is written to a private
temporary file beside the target, switched to a single-file journal, then renamed into place, so
a half-written backup never has the target's name. Backups are readable by their owner only.

``restore`` checks the backup first (SQLite, intact, a cchc ledger, not newer than this cchc),
then keeps the current ledger beside it under a new, timestamped name and copies the backup
into the ledger through the same API, so processes that have the ledger open see the restored
contents rather than writing into a file that was renamed away.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from cchc.domain.errors import Conflict, LedgerError
from cchc.store import schema
from cchc.store.ledger import SQLITE_HEADER


def _private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _copy(src: sqlite3.Connection, target: Path) -> None:
    """Copy ``src`` into a new private file ``target`` (which must not exist) as one file."""
    _private_file(target)
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
        dst.close()


def _tmp_beside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    return path.with_name(f".{path.name}.{stamp}.{os.getpid()}.tmp")


def backup(ledger, target: str | os.PathLike[str], force: bool = False) -> dict:
    """Write a consistent copy of the open ledger to ``target``; return what was written."""
    target = Path(target).expanduser()
    if _same(ledger.path, target):
        raise Conflict("backup_same_file", path=str(target))
    if target.exists() and not force:
        raise Conflict("backup_exists", path=str(target))
    if not target.parent.is_dir():  # an unmounted drive must not become a local folder
        raise LedgerError("backup_failed", path=str(target), detail="no such folder")
    tmp = _tmp_beside(target)
    try:
        _copy(ledger.conn, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise LedgerError("backup_failed", path=str(target), detail=exc.strerror or exc) from None
    except sqlite3.Error as exc:
        raise LedgerError("backup_failed", path=str(target), detail=str(exc)) from None
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
    return {"path": str(target), "bytes": target.stat().st_size, "records": _records(target)}


def _records(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sum(
            conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("plans", "tasks", "dossiers", "meetings")
        )
    finally:
        conn.close()


def inspect(path: Path) -> sqlite3.Connection:
    """Open a backup read-only after checking it is an intact cchc ledger this cchc can use."""
    if not path.is_file():
        raise LedgerError("backup_missing", path=str(path))

    def bad(detail: str) -> LedgerError:
        return LedgerError("backup_bad", path=str(path), detail=detail)

    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise bad("not SQLite")
    # immutable=1: read the file as it is, never create -wal/-shm files beside it
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise bad("integrity_check: " + "; ".join(result[:3]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "_sqlite_migrations" not in tables or "audit" not in tables:
            raise bad("not a cchc ledger")
        applied = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (schema.MIGRATION_SET,)
            )
        ]
        unknown = sorted(set(applied) - set(schema.names()))
        if unknown:
            raise bad("written by a newer cchc (" + ", ".join(unknown) + ")")
        if not applied:
            raise bad("not a cchc ledger")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise bad(str(exc)) from None
    except BaseException:
        conn.close()
        raise
    return conn


def kept_name(path: Path) -> Path:
    """A new name beside ``path`` for the ledger being replaced; never an existing file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.before-restore-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.before-restore-{stamp}-{n}")
    return candidate


def restore(ledger_path: Path, source: str | os.PathLike[str]) -> dict:
    """Replace the ledger's contents with the backup ``source``; keep the old ledger beside it."""
    source = Path(source).expanduser()
    ledger_path = Path(ledger_path)
    if _same(ledger_path, source):
        raise Conflict("backup_same_file", path=str(source))
    src = inspect(source)
    try:
        kept: Path | None = None
        healthy = _healthy(ledger_path)
        if ledger_path.exists() and ledger_path.stat().st_size > 0:
            kept = kept_name(ledger_path)
            if healthy:
                cur = sqlite3.connect(ledger_path, timeout=15, isolation_level=None)
                try:
                    _copy(cur, kept)
                    src.backup(cur)  # one step, under the ledger's write lock
                finally:
                    cur.close()
                return {"path": str(ledger_path), "kept": str(kept)}
            # a damaged or foreign file: move it aside exactly as it is, then copy
            os.rename(ledger_path, kept)
            for suffix in ("-wal", "-shm"):
                side = Path(str(ledger_path) + suffix)
                if side.exists():
                    os.rename(side, Path(str(kept) + suffix))
        ledger_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = _tmp_beside(ledger_path)
        try:
            _copy(src, tmp)
            os.replace(tmp, ledger_path)
        finally:
            tmp.unlink(missing_ok=True)
        return {"path": str(ledger_path), "kept": str(kept) if kept else None}
    except OSError as exc:
        raise LedgerError("backup_failed", path=str(ledger_path), detail=exc.strerror or exc) from None
    except sqlite3.Error as exc:
        raise LedgerError("backup_failed", path=str(ledger_path), detail=str(exc)) from None
    finally:
        src.close()


def _healthy(path: Path) -> bool:
    """The current ledger can be opened and read as SQLite (then the backup API can write it)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                return False
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=15)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False
