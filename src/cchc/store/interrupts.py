"""SIGINT and SIGTERM, honestly: a command interrupted before its transaction commits rolls back
and says nothing was written (exit 130); one interrupted after its COMMIT finishes normally
(exit 0), since what it reports was written. Installed first thing by ``cchc.cli.main``."""

from __future__ import annotations


class Signals:
    """SIGINT/SIGTERM for the whole process: raised as ``KeyboardInterrupt`` while nothing is
    being committed, only recorded while a COMMIT runs and once one has succeeded (the command
    then finishes normally: what it reports was written)."""

    def __init__(self) -> None:
        self.received: int | None = None
        self.committed = False
        self.reported = False  # the "nothing was written" line was printed
        self.installed = False
        self._held = 0

    def handler(self, signum, _frame) -> None:
        self.received = signum
        if self._held or self.committed:
            return
        raise KeyboardInterrupt

    def held(self) -> _Held:
        """``with SIGNALS.held():`` signals are only recorded inside the block."""
        return _Held(self)

    def reset(self) -> None:
        """A new command in the same process (the test runner runs many); a real process runs
        one, and a signal it already received stays received."""
        if not self.installed:
            self.received, self.committed, self.reported, self._held = None, False, False, 0

    def settle(self) -> None:
        """The command's outcome is decided (it returned or failed): from now on signals are only
        recorded, so the exit code stays the one that matches the ledger. In a real process they
        are ignored outright: Python's shutdown would otherwise restore the default action and a
        late signal would kill the process after it reported its outcome."""
        self._held += 1
        if self.installed:
            import signal

            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, signal.SIG_IGN)

    def install(self) -> None:
        import signal

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self.handler)
        self.installed = True

    @property
    def aborted(self) -> bool:
        """A signal arrived and nothing the command did was committed."""
        return self.received is not None and not self.committed


SIGNALS = Signals()


class _Held:
    """The context of ``Signals.held`` (a plain class: this module is imported before anything
    else, so it imports nothing)."""

    __slots__ = ("signals",)

    def __init__(self, signals: Signals) -> None:
        self.signals = signals

    def __enter__(self) -> None:
        self.signals._held += 1

    def __exit__(self, *_exc) -> None:
        self.signals._held -= 1
