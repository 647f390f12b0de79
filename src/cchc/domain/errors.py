"""Errors a user can cause. Each carries a message key and its values; the language is chosen at
the edge (``cchc.render.i18n``), never here. The CLI maps them to exit code 1 (2 for usage).

A value that is itself a label to translate (a status, a field name) is wrapped in ``Label``;
an ISO date to show the reader's way in ``Day``.
"""

from __future__ import annotations


class Label(str):
    """A label key among a message's values: shown translated (``Label("done")`` -> "hoàn thành")."""

    __slots__ = ()


class Day(str):
    """An ISO date among a message's values: shown in the reader's form (``09/06/2022``)."""

    __slots__ = ()


class Msg(tuple):
    """A message inside another message's values: ``Msg(key, params)``, shown translated."""

    __slots__ = ()

    def __new__(cls, key: str, params: dict | None = None):
        return super().__new__(cls, (key, params or {}))


class CchcError(Exception):
    """Something the user asked for cannot be done; shown as one line on stderr."""

    exit_code = 1

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def __str__(self) -> str:  # for logs and debugging; users see the translated message
        return self.key + (" " + repr(self.params) if self.params else "")


class InputError(CchcError):
    """A value typed or imported is not valid."""


class NotFound(CchcError):
    """The record named does not exist."""


class Conflict(CchcError):
    """The record exists already, or is in a state that forbids the action."""


class LedgerError(CchcError):
    """The ledger file cannot be used (not SQLite, damaged, newer, busy)."""


class Invalid(InputError):
    """A record broke the shared rules: its problems (``cchc.domain.problems.Problem``), the
    first of which is the message shown for a command."""

    def __init__(self, problems: list) -> None:
        first = problems[0]
        super().__init__(first.key, **first.params)
        self.problems = problems
        self.column = first.column
