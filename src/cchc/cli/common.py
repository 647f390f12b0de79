"""What every noun shares: the chosen ledger, date options, output and error lines."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cchc.domain.dates import parse_date, parse_optional_date


@dataclass
class State:
    db: str | None = None
    command: str = "cchc"

    def db_path(self) -> Path:
        from cchc.store.location import resolve

        return resolve(self.db)


STATE = State()


def ledger(create: bool = False):
    """Open the chosen ledger; ``create`` for commands that write."""
    from cchc.store.ledger import Ledger

    led = Ledger.open(STATE.db_path(), create=create)
    led.command = STATE.command
    return led


def _printable(ch: str) -> str:
    import unicodedata

    if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
        return ch.encode("unicode_escape", "backslashreplace").decode("ascii")
    return ch


def one_line(message: str) -> str:
    """Control characters, line breaks and undecodable bytes from user input shown escaped:
    an error stays one line and cannot drive the terminal."""
    if message.isprintable():
        return message
    return "".join(_printable(ch) for ch in message)


def error(message: str) -> None:
    sys.stderr.write(f"cchc: {one_line(message)}\n")


def info(message: str) -> None:
    """A message for the person at the terminal: stderr, so stdout stays data."""
    sys.stderr.write(message + "\n")


def day(value: str | None, default_today: bool = False) -> date | None:
    if value is None:
        return date.today() if default_today else None
    return parse_date(value)


def optional_day(value: str | None) -> date | None:
    return parse_optional_date(value)
