"""SIGINT and SIGTERM, honestly: a command interrupted before its transaction commits rolls back
and says nothing was written (exit 130); one interrupted after its COMMIT finishes normally
(exit 0), since what it reports was written. Installed first thing by ``cchc.cli.main``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class Signals:
    """SIGINT/SIGTERM for the whole process: raised as ``KeyboardInterrupt`` while nothing is
    being committed, only recorded while a COMMIT runs and once one has succeeded (the command
    then finishes normally: what it reports was written)."""

    def __init__(self) -> None:
        self.received: int | None = None
        self.committed = False
        self._held = 0

    def handler(self, signum, _frame) -> None:
        self.received = signum
        if self._held or self.committed:
            return
        raise KeyboardInterrupt

    @contextmanager
    def held(self) -> Iterator[None]:
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1

    def reset(self) -> None:
        """A new command (the test runner runs many in one process)."""
        self.received, self.committed, self._held = None, False, 0

    def install(self) -> None:
        import signal

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self.handler)

    @property
    def aborted(self) -> bool:
        """A signal arrived and nothing the command did was committed."""
        return self.received is not None and not self.committed


SIGNALS = Signals()
