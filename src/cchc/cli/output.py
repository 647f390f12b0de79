"""The one way cchc writes an output file (``export -o``, ``export all``, ``report -o``,
``backup``): it never clobbers.

* A target that is — or resolves to, through symbolic or hard links — the ledger or one of its
  ``-wal``/``-shm``/``-journal`` files is refused.
* A regular file is written to a temporary file in the same folder (``.NAME.PID-RANDOM.cchc-tmp``,
  owner-only), flushed to disk, then renamed into place: a crash leaves the old file or the new
  one, never half of one. A file replaced keeps its permissions; a new one is 0600.
* A character device or a FIFO (``/dev/null``, a pipe made with ``mkfifo``) is written in place,
  never replaced. ``-`` is stdout. A missing folder, a folder, a block device or a socket: one
  line, exit 1, nothing written.
* Stale temporary files of killed cchc processes in the target's folder are removed first.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cchc.domain.errors import Conflict, InputError
from cchc.store.files import is_ledger, sync


@dataclass(frozen=True)
class Target:
    """Where an output goes: ``kind`` is ``stdout``, ``file`` (written by rename) or ``stream``
    (a character device or FIFO, written in place); ``real`` the path after links."""

    name: str
    kind: str
    real: Path | None = None
    exists: bool = False
    overwrite: bool = True


def check(name: str, ledger_path: Path, *, overwrite: bool = True) -> Target:
    """What writing to ``name`` would do, or the reason it must not be done (raised)."""
    if name == "-":
        return Target(name, "stdout")
    try:
        path = Path(name).expanduser()
        real = Path(os.path.realpath(path))
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        raise InputError("out_failed", path=name, detail=str(exc)) from None
    if is_ledger(path, ledger_path):
        raise Conflict("out_is_ledger", path=name)
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        from cchc.store.ledger import os_reason

        raise InputError("out_failed", path=name, detail=os_reason(exc)) from None
    if st is None:
        folder = real.parent
        if not folder.is_dir():  # an unmounted drive must not silently become a local folder
            raise InputError("out_no_folder", path=name, folder=str(path.parent))
        return Target(name, "file", real, exists=False, overwrite=overwrite)
    if stat.S_ISDIR(st.st_mode):
        raise InputError("out_is_folder", path=name)
    if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
        return Target(name, "stream", real, exists=True)
    if not stat.S_ISREG(st.st_mode):
        raise InputError("out_not_file", path=name)
    if not overwrite:
        raise Conflict("backup_exists", path=name)
    return Target(name, "file", real, exists=True)


def _failed(name: str, exc: OSError) -> InputError:
    from cchc.store.ledger import os_reason

    return InputError("out_failed", path=name, detail=os_reason(exc))


@contextmanager
def produced(target: Target, temp_near: Path) -> Iterator[Path]:
    """A new private temporary file for a writer that needs a path (SQLite's backup): yields
    its path; on success it becomes the target (renamed into place, or copied into a stream;
    ``temp_near``: where to keep the temporary for a stream or stdout)."""
    from cchc.store import files

    where = target.real if target.kind == "file" else temp_near
    files.sweep(where.parent)
    try:
        tmp = files.new_temp(where)
    except OSError as exc:
        raise _failed(target.name, exc) from None
    try:
        yield tmp
        if target.kind == "file":
            sync(tmp)
            _place(tmp, target)
        else:
            with open(tmp, "rb") as src, _stream(target) as dst:
                while block := src.read(1 << 20):
                    dst.write(block)
    except OSError as exc:
        raise _failed(target.name, exc) from None
    finally:
        files.remove_temp(tmp)


def _place(tmp: Path, target: Target) -> None:
    """Rename the finished temporary file onto the target (keeping a replaced file's mode)."""
    if target.exists:
        try:
            os.chmod(tmp, stat.S_IMODE(os.stat(target.real).st_mode))
        except OSError:
            pass
    if target.overwrite:
        os.replace(tmp, target.real)
    else:  # never over a file that appeared since it was checked
        try:
            os.link(tmp, target.real)
        except FileExistsError:
            raise Conflict("backup_exists", path=target.name) from None
        except OSError:  # a file system without hard links
            if target.real.exists():
                raise Conflict("backup_exists", path=target.name) from None
            os.replace(tmp, target.real)
    try:  # the rename itself, on disk
        sync(target.real.parent)
    except OSError:
        pass


@contextmanager
def _stream(target: Target) -> Iterator[io.BufferedWriter]:
    if target.kind == "stdout":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    fd = os.open(target.real, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))  # never created, never truncated
    with io.BufferedWriter(_Unseekable(fd), 1 << 16) as fh:
        yield fh


class _Unseekable(io.RawIOBase):
    """A device or FIFO as a stream with no position: zip writers (xlsx, docx) then write it
    front to back, as they do a pipe (``/dev/null`` would otherwise claim to seek)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        return os.write(self.fd, b)

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        raise io.UnsupportedOperation("tell")

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


@contextmanager
def _file(target: Target) -> Iterator[io.BufferedWriter]:
    from cchc.store import files

    files.sweep(target.real.parent)
    tmp = files.new_temp(target.real)
    try:
        with open(tmp, "wb") as raw:
            yield raw
            raw.flush()
            os.fsync(raw.fileno())
        _place(tmp, target)
    finally:
        files.remove_temp(tmp)


@contextmanager
def _as_text(raw, bom: bool) -> Iterator[io.TextIOWrapper]:
    fh = io.TextIOWrapper(raw, encoding="utf-8-sig" if bom else "utf-8", newline="", write_through=True)
    try:
        yield fh
        fh.flush()
    finally:
        fh.detach()  # the raw file is closed (or, for stdout, kept) by its own owner


@contextmanager
def opened(target: Target, *, text: bool = False, bom: bool = False) -> Iterator:
    """The target open for writing (bytes, or UTF-8 text with ``text``; ``bom`` for Excel)."""
    try:
        with _file(target) if target.kind == "file" else _stream(target) as raw:
            if text:
                with _as_text(raw, bom) as fh:
                    yield fh
            else:
                yield raw
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _failed(target.name, exc) from None
    except Exception as exc:
        if type(exc).__module__.startswith("lxml"):  # openpyxl's writer meeting a full disk
            raise InputError("out_failed", path=target.name, detail=str(exc)) from None
        raise


def writer(ctx, name: str, *, text: bool = False, bom: bool = False, overwrite: bool = True):
    """``opened(check(...))`` for the command's ledger: the usual way a command writes ``-o``."""
    from cchc.cli import common

    return opened(check(name, common.invocation(ctx).db_path(), overwrite=overwrite), text=text, bom=bom)


def folder(ctx, name: str) -> Path:
    """A folder to write several files into (``export all -o``): made owner-only when missing,
    if its parent exists (an unmounted drive must not become a local folder)."""
    from cchc.store import files

    path = Path(name).expanduser()
    if path.exists() and not path.is_dir():
        raise InputError("out_not_folder", path=name)
    if not path.exists():
        if not path.resolve().parent.is_dir():
            raise InputError("out_no_folder", path=name, folder=str(path.parent))
        try:
            files.private_dir(path)
        except OSError as exc:
            raise _failed(name, exc) from None
    return path
