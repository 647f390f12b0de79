"""The command line. Kept light: nouns are imported only when invoked (see ``app.NOUNS``)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> None:
    from cchc.store.interrupts import SIGNALS

    SIGNALS.install()  # first: an interrupt from here on is rolled back and reported honestly
    import os
    import sys

    try:
        from cchc.cli.app import run

        run(argv)
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    except KeyboardInterrupt:  # before or after a command ran (loading it, parsing the line)
        SIGNALS.settle()
        from cchc.cli.common import default_lang, error
        from cchc.render.i18n import Translator

        error(Translator(default_lang()).msg("interrupted_nothing"))
        code = 130
    if SIGNALS.received is not None and isinstance(code, int | None):
        # interrupted: the exit code is decided and matches the ledger; leave now, so that
        # nothing in the interpreter's shutdown turns it into "killed by a signal"
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code or 0)
    raise SystemExit(code)
