"""Files and folders cchc makes: owner-only whatever the umask, and temporary files with one
recognisable name that the next command finding them stale removes.

A temporary file is ``.NAME.PID-RANDOM.cchc-tmp`` beside the file it becomes (``NAME``), so a
half-written output never has the target's name and a leftover is easy to recognise. It is
*stale* when the process that made it is gone (or, whatever the process, after a day): then
``sweep`` removes it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path

TMP_SUFFIX = ".cchc-tmp"
SIDE_FILES = ("", "-wal", "-shm", "-journal")
STALE_AFTER_S = 24 * 3600


def private_dir(path: Path) -> None:
    """Make ``path`` and any missing parent, each 0700 whatever the umask (folders that exist
    are left as they are)."""
    missing = []
    p = Path(path)
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(folder, 0o700)


def create_private(path: Path) -> None:
    """Create the empty file ``path`` (which must not exist), 0600 whatever the umask."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def temp_path(target: Path) -> Path:
    """A new temporary name beside ``target`` (nothing is created)."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TMP_SUFFIX}")


def new_temp(target: Path) -> Path:
    """Create an empty private temporary file beside ``target`` and return its path."""
    for _ in range(20):
        tmp = temp_path(target)
        try:
            create_private(tmp)
            return tmp
        except FileExistsError:
            continue
    raise FileExistsError(str(target))


def sync(path: Path) -> None:
    """Flush a written file (or a folder, after a rename in it) to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_temp(tmp: Path) -> None:
    """Remove a temporary file and any SQLite side files it grew."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.unlink(f"{tmp}{suffix}")


def _owner_alive(name: str) -> bool:
    """Whether the process named in a temporary file's name is still running here."""
    try:
        pid = int(name[: -len(TMP_SUFFIX)].rsplit(".", 1)[1].split("-", 1)[0])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def sweep(folder: Path) -> list[str]:
    """Remove the stale temporary files cchc left in ``folder`` (killed backups, restores,
    exports); returns their names. Quiet about anything it cannot read or remove."""
    removed: list[str] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        base = name
        for side in ("-journal", "-wal", "-shm"):
            if base.endswith(side):
                base = base[: -len(side)]
        if not (base.startswith(".") and base.endswith(TMP_SUFFIX)):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        age = now - st.st_mtime
        if age < STALE_AFTER_S and _owner_alive(base):
            continue
        try:
            os.unlink(entry.path)
            removed.append(name)
        except OSError:
            pass
    return removed


def _ledger_files(ledger_path: Path) -> list[Path]:
    real = os.path.realpath(ledger_path)
    return [Path(os.path.realpath(f"{base}{s}")) for base in (real, ledger_path) for s in SIDE_FILES]


def is_ledger(path: Path, ledger_path: Path) -> bool:
    """``path`` is the ledger or a side file of it, by name after links or by identity."""
    real = Path(os.path.realpath(path))
    files = _ledger_files(ledger_path)
    if real in files:
        return True
    try:
        st = os.stat(real)
    except OSError:
        return False
    for f in files:
        try:
            if os.path.samestat(st, os.stat(f)):
                return True
        except OSError:
            continue
    return False
