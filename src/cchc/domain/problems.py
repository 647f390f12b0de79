"""A problem with a record: which column, which rule (a message key) and the values it names.

Validators return problems and never raise for bad data; whoever called them decides what a
problem means: a command stops with the first (``Invalid``), an import lists every one as
``FILE:LINE: column: message``, ``cchc check`` names the record it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cchc.domain.errors import Label


@dataclass(frozen=True, slots=True)
class Problem:
    column: str  # the record's canonical column ("received_on"), or "-" for the whole record
    key: str  # message key, rendered in the user's language at the edge
    params: dict = field(default_factory=dict)


def raise_first(problems: list[Problem]) -> None:
    """For a command (a batch of one): stop with the first problem, if any."""
    if problems:
        from cchc.domain.errors import Invalid

        raise Invalid(problems)


@dataclass(frozen=True, slots=True)
class Finding:
    """What ``cchc check`` or ``cchc audit verify`` found in a ledger: which check, which
    record (its kind and key), and the problem (a message key and its values)."""

    check: str  # stable English name: integrity, foreign_key, rules, codes, audit_chain, audit_record
    kind: str  # dossier, task, plan, ... or "ledger", "audit"
    key: str
    message: str
    params: dict = field(default_factory=dict)
    entry: int | None = None  # the audit entry concerned
    column: str | None = None  # set when a shared rule found it (the record's column)

    def public(self) -> dict:
        out: dict = {"check": self.check, "kind": self.kind, "key": self.key}
        if self.entry is not None:
            out["entry"] = self.entry
        if self.column is not None:
            out["column"] = self.column
        return out


def audit_finding(
    check: str, message: str, kind: str = "audit", key: object = "", entry: int | None = None, **params
) -> Finding:
    """A finding of ``audit verify`` (the chain, the records, what the digests do not cover): the
    record's kind shown as a label, its key as text."""
    label = Label("kind_" + kind) if kind != "audit" else kind
    return Finding(check, kind, key_text(key), message, {"kind": label, "ref": key_text(key), **params}, entry=entry)


def key_text(value: object) -> str:
    """A record's key as text, whatever a hand edit stored in it (a blob, a number)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return "x'" + value.hex() + "'"
    return repr(value)
