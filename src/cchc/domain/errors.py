"""Errors a user can cause. Each carries a message key and its parameters, rendered in the
user's language when shown; the CLI maps them to exit code 1 (2 for usage errors)."""

from __future__ import annotations


class CchcError(Exception):
    """Something the user asked for cannot be done; shown as one line on stderr."""

    exit_code = 1

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def __str__(self) -> str:
        from cchc.i18n import msg

        return msg(self.key, **self.params)


class InputError(CchcError):
    """A value typed or imported is not valid."""


class NotFound(CchcError):
    """The record named does not exist."""


class Conflict(CchcError):
    """The record exists already, or is in a state that forbids the action."""


class LedgerError(CchcError):
    """The ledger file cannot be used (not SQLite, damaged, newer, busy)."""
