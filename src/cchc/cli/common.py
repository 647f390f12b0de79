"""What every noun shares: the invocation's state (ledger path, language) kept in the Typer
context, date options, and the lines written to stderr in the chosen language."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import typer

from cchc.domain.dates import parse_date, parse_optional_date
from cchc.domain.text import one_line  # noqa: F401  (common.one_line: the CLI's name for it)


@dataclass
class Invocation:
    """Chosen once per command line by the root callback (``--db``, ``--lang``)."""

    db: str | None = None
    lang: str = "vi"

    def db_path(self) -> Path:
        from cchc.store.location import resolve

        return resolve(self.db)

    def db_explicit(self) -> bool:
        """The ledger was named (``--db`` or ``$CCHC_DB``), not the per-user default."""
        from cchc.store.location import explicit

        return explicit(self.db)

    @property
    def tr(self):
        from cchc.render.i18n import Translator

        return Translator(self.lang)


def invocation(ctx: typer.Context) -> Invocation:
    found = ctx.find_object(Invocation)
    return found if found is not None else Invocation(lang=default_lang())


def default_lang() -> str:
    import os

    env = os.environ.get("CCHC_LANG")
    return env if env in ("vi", "en") else "vi"


def command_name(ctx: typer.Context) -> str:
    """The words of the command being run (``dossier add``), recorded in the audit trail."""
    words = ctx.command_path.split()[1:]
    return " ".join(words) or "cchc"


def ledger(ctx: typer.Context, create: bool = False, init: bool = False):
    """Open the chosen ledger. A ledger is created on purpose: by ``init`` (``init=True``), or —
    for a command that writes (``create``) — the per-user default one on first use, saying so.
    A ledger named with ``--db``/``$CCHC_DB`` that does not exist is never created by another
    command (a mistyped path must not quietly start a new ledger)."""
    from cchc.store.ledger import Ledger

    inv = invocation(ctx)
    path = inv.db_path()
    make = init or (create and not inv.db_explicit())
    led = Ledger.open(path, create=make)
    led.command = command_name(ctx)
    if led.created and not init:
        info(ctx, "created_default_ledger", path=str(path))
    return led


def tr(ctx: typer.Context):
    return invocation(ctx).tr


def reason(ctx: typer.Context, why: object) -> str:
    """A reason from ``store.ledger.os_reason`` (a message key, or the system's words) as text."""
    from cchc.domain.errors import Msg

    if isinstance(why, Msg):
        return tr(ctx).msg(why[0], **why[1])
    return str(why)


def error(message: str) -> None:
    sys.stderr.write(f"cchc: {one_line(message)}\n")


def say(message: str) -> None:
    """A line for the person at the terminal: stderr, so stdout stays data."""
    sys.stderr.write(message + "\n")


def info(ctx: typer.Context, key: str, **params: object) -> None:
    """A message by key, in the chosen language, on stderr."""
    say(one_line(tr(ctx).msg(key, **params)))


def day(value: str | None, default_today: bool = False) -> date | None:
    if value is None:
        return date.today() if default_today else None
    return parse_date(value)


def optional_day(value: str | None) -> date | None:
    return parse_optional_date(value)
