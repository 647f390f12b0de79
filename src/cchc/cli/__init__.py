"""The command line. Kept light: nouns are imported only when invoked (see ``app.NOUNS``)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> None:
    from cchc.store.interrupts import SIGNALS

    SIGNALS.install()  # first: an interrupt from here on is rolled back and reported honestly
    import os
    import sys

    if not os.environ.get("CCHC_DEBUG"):  # a library's finalizer failing after a reported error
        sys.unraisablehook = lambda _unraisable: None
    from cchc.cli.app import run

    run(argv)
