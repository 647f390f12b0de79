"""Backups through SQLite's online backup API, and restores as one locked step.

``backup_into`` copies a consistent snapshot while others keep writing (the API copies under a
read transaction and restarts if a writer changes a page mid-copy) into a private temporary file
that the caller (``cchc.cli.output``) renames into place.

A restore is two steps:

* ``stage``: the backup is copied — together with its ``-wal`` file when one beside it holds
  frames, so no committed row is left behind — into a private temporary file beside the ledger,
  and checked there (SQLite, intact, a cchc ledger, not newer than this cchc). The caller then
  opens the staged copy (which migrates it) and runs ``cchc check`` on it.
* ``swap``: under the ledger's write lock, taken once and held to the end, the current contents
  are copied aside (a complete file, renamed to ``ledger.db.before-restore-STAMP`` only when
  complete) and the ledger's schema and rows are replaced by the staged copy's, in the same
  transaction. A write confirmed before the lock is in the copy kept aside; one attempted during
  the restore waits and lands in the restored ledger (or gets the busy message). Processes that
  have the ledger open see the restored contents. A killed restore leaves the ledger as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from cchc.domain.errors import Conflict, LedgerError
from cchc.store import audit, files, schema
from cchc.store.interrupts import SIGNALS
from cchc.store.ledger import BUSY_TIMEOUT_S, SQLITE_HEADER, WRITE_ATTEMPTS, _is_busy, _waited, environment

WAL_HEADER = 32  # bytes: a -wal file larger than its header holds frames


def _copy(src: sqlite3.Connection, target: Path) -> None:
    """Copy ``src`` into ``target`` (an empty private file) as one self-contained file."""
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
        dst.close()


def backup_into(ledger, target: Path) -> dict:
    """Write a consistent copy of the open ledger into ``target`` (an empty private file the
    caller made, renamed into place by the caller when this returns); what was written. A
    SQLite error writing the copy is raised as it is (the caller names the user's file)."""
    _copy(ledger.conn, target)
    return {"bytes": target.stat().st_size, **_summary(target)}


def _read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A read-only connection (the path quoted: a name may hold '?', '#' or '%')."""
    from urllib.parse import quote

    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=timeout)


def _summary(path: Path) -> dict:
    conn = _read_only(path)
    try:
        from cchc.store.info import record_count

        return {"records": record_count(conn), "anchor": audit.head(conn)["anchor"]}
    finally:
        conn.close()


# -- restore, step 1: a private, checked copy of the backup ------------------------------------------
def stage(ledger_path: Path, source: str | os.PathLike[str]) -> tuple[Path, bool]:
    """Copy the backup (with its WAL) to a private temporary file beside the ledger and check it
    is an intact cchc ledger this cchc can use; (the staged path, whether a WAL was read)."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise LedgerError("backup_missing", path=str(source))
    if files.is_ledger(source, ledger_path):
        raise Conflict("backup_same_file", path=str(source))

    def bad(detail: str) -> LedgerError:
        return LedgerError("backup_bad", path=str(source), detail=detail)

    with open(source, "rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise bad("not SQLite")
    wal = Path(f"{source}-wal")
    with_wal = wal.is_file() and wal.stat().st_size > WAL_HEADER
    folder = ledger_path.parent
    files.private_dir(folder)
    files.sweep(folder)
    staged = files.new_temp(ledger_path)
    try:
        shutil.copyfile(source, staged)
        if with_wal:  # replayed into the private copy; the backup's own files are not touched
            files.create_private(Path(f"{staged}-wal"))
            shutil.copyfile(wal, f"{staged}-wal")
        conn = sqlite3.connect(staged, isolation_level=None)
        try:
            if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] != "delete":
                raise bad("cannot read its write-ahead log")
            _inspect(conn, bad)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        files.remove_temp(staged)
        raise bad(str(exc)) from None
    except BaseException:
        files.remove_temp(staged)
        raise
    return staged, with_wal


def _inspect(conn: sqlite3.Connection, bad) -> None:
    result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        raise bad("integrity_check: " + "; ".join(result[:3]))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "_sqlite_migrations" not in tables or "audit" not in tables:
        raise bad("not a cchc ledger")
    applied = [
        r[0]
        for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (schema.MIGRATION_SET,))
    ]
    unknown = sorted(set(applied) - set(schema.names()))
    if unknown:
        raise bad("written by a newer cchc (" + ", ".join(unknown) + ")")
    if not applied:
        raise bad("not a cchc ledger")


# -- restore, step 2: one locked step ---------------------------------------------------------------
def kept_name(path: Path) -> Path:
    """A new name beside ``path`` for the ledger being replaced; never an existing file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.before-restore-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.before-restore-{stamp}-{n}")
    return candidate


def swap(ledger_path: Path, staged: Path) -> dict:
    """Put the staged copy's contents in place of the ledger's; the previous ledger is kept
    beside it. Returns ``{"path", "kept"}`` (kept None when there was no ledger)."""
    ledger_path = Path(ledger_path)
    try:
        if not ledger_path.exists() or ledger_path.stat().st_size == 0:
            if _place_new(ledger_path, staged):
                return {"path": str(ledger_path), "kept": None}
        if not _healthy(ledger_path):
            kept = _move_aside(ledger_path)
            if not _place_new(ledger_path, staged):
                raise LedgerError("locked", seconds=_waited())
            return {"path": str(ledger_path), "kept": str(kept)}
        return {"path": str(ledger_path), "kept": str(_replace_locked(ledger_path, staged))}
    except OSError as exc:
        from cchc.store.ledger import os_reason

        raise LedgerError("backup_failed", path=str(ledger_path), detail=os_reason(exc)) from None
    except sqlite3.Error as exc:
        known = environment(exc, ledger_path)
        raise known or LedgerError("backup_failed", path=str(ledger_path), detail=str(exc)) from None


def _place_new(ledger_path: Path, staged: Path) -> bool:
    """No ledger yet: link a complete copy into place (never over a ledger made meanwhile)."""
    files.private_dir(ledger_path.parent)
    tmp = files.new_temp(ledger_path)
    try:
        src = sqlite3.connect(staged)
        try:
            _copy(src, tmp)
        finally:
            src.close()
        files.sync(tmp)
        if ledger_path.exists() and ledger_path.stat().st_size == 0:
            os.unlink(ledger_path)  # an empty file made beforehand: nothing in it to keep
        try:
            os.link(tmp, ledger_path)  # fails if a ledger appeared meanwhile
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links
            if ledger_path.exists():
                return False
            os.rename(tmp, ledger_path)
        SIGNALS.committed = True
        return True
    finally:
        files.remove_temp(tmp)


def _move_aside(ledger_path: Path) -> Path:
    """A damaged or foreign file is moved aside exactly as it is, with its side files."""
    kept = kept_name(ledger_path)
    os.rename(ledger_path, kept)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{ledger_path}{suffix}")
        if side.exists():
            os.rename(side, Path(f"{kept}{suffix}"))
    return kept


def _begin(conn: sqlite3.Connection) -> None:
    for attempt in range(WRITE_ATTEMPTS):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _replace_locked(ledger_path: Path, staged: Path) -> Path:
    from cchc.domain.text import vi_collate

    conn = sqlite3.connect(ledger_path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.create_collation("vi", vi_collate)  # for any index a migration makes with it
    try:
        conn.execute("ATTACH DATABASE ? AS staged", (str(staged),))
        _begin(conn)  # from here to COMMIT no one else writes the ledger
        try:
            kept = _keep_aside(ledger_path)
            _replace_contents(conn)
        except BaseException:
            with SIGNALS.held():
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            raise
        with SIGNALS.held():
            if SIGNALS.received is not None:
                conn.execute("ROLLBACK")
                raise KeyboardInterrupt
            conn.execute("COMMIT")
            SIGNALS.committed = True
        return kept
    finally:
        conn.close()


def _keep_aside(ledger_path: Path) -> Path:
    """Copy the ledger as it stands under our lock (a second connection reads the last committed
    state, which no one can change now) to a temporary file, then give it its kept name."""
    kept = kept_name(ledger_path)
    tmp = files.new_temp(kept)
    try:
        reader = _read_only(ledger_path)
        try:
            _copy(reader, tmp)
        finally:
            reader.close()
        files.sync(tmp)
        os.rename(tmp, kept)
    except BaseException:
        files.remove_temp(tmp)
        raise
    return kept


def _replace_contents(conn: sqlite3.Connection) -> None:
    """Inside the caller's transaction: drop every object of the ledger, then create the staged
    copy's tables, copy their rows (rowids kept), and create its indexes, triggers and views."""
    mine = conn.execute(
        "SELECT type, name FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('view', 'table')"
    ).fetchall()
    for kind, name in sorted(mine, key=lambda r: r[0] != "view"):  # views first
        conn.execute(f'DROP {kind.upper()} IF EXISTS main."{_q(name)}"')
    theirs = conn.execute(
        "SELECT type, name, sql FROM staged.sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL"
        " ORDER BY rowid"
    ).fetchall()
    for kind, name, sql in theirs:
        if kind == "table":
            conn.execute(sql)
            cols = [r[1] for r in conn.execute(f'PRAGMA staged.table_xinfo("{_q(name)}")') if r[6] in (0, 1)]
            listed = ", ".join(f'"{_q(c)}"' for c in cols)
            rowid = "" if _has_rowid_alias(conn, name) or "WITHOUT ROWID" in sql.upper() else "rowid, "
            conn.execute(
                f'INSERT INTO main."{_q(name)}" ({rowid}{listed}) SELECT {rowid}{listed} FROM staged."{_q(name)}"'
            )
    for kind, _name, sql in theirs:
        if kind != "table":
            conn.execute(sql)
    if conn.execute("SELECT 1 FROM staged.sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        conn.execute("DELETE FROM main.sqlite_sequence")
        conn.execute("INSERT INTO main.sqlite_sequence SELECT * FROM staged.sqlite_sequence")
    version = conn.execute("PRAGMA staged.user_version").fetchone()[0]
    conn.execute(f"PRAGMA main.user_version = {int(version)}")


def _q(name: str) -> str:
    return name.replace('"', '""')


def _has_rowid_alias(conn: sqlite3.Connection, table: str) -> bool:
    pk = [r for r in conn.execute(f'PRAGMA staged.table_info("{_q(table)}")') if r[5]]
    return len(pk) == 1 and (pk[0][2] or "").upper() == "INTEGER"


def _healthy(path: Path) -> bool:
    """The current ledger can be opened and read as SQLite (then it can be replaced in place)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                return False
        conn = _read_only(path, timeout=15)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False
