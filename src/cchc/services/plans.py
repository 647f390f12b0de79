"""The clerk's actions on plans: add and edit, each one transaction through the plan's write path."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, InputError
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean
from cchc.store import plans
from cchc.store.records import exists, write_one


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def add(ledger, code: str, title: str, year: int, issued_on: date | None = None, basis: str | None = None) -> dict:
    rec = {
        "code": normal_code(clean(code) or ""),
        "title": clean(title),
        "year": year,
        "issued_on": _iso(issued_on),
        "basis": clean(basis),
    }
    with ledger.write() as tx:
        if rec["code"] and exists(tx, plans.NOUN, (rec["code"],)):
            raise Conflict("plan_exists", code=rec["code"])
        return write_one(tx, plans.NOUN, rec)


def edit(ledger, code: str, reason: str | None = None, **changes) -> dict:
    """Change a plan's title, year, issue date or basis (the code is its identity); ``reason``,
    if given, is kept in the audit entry."""
    rec = {"code": normal_code(clean(code) or "")}
    for col, value in changes.items():
        if value is not None:
            rec[col] = _iso(value) if isinstance(value, date) else (clean(value) if isinstance(value, str) else value)
    if len(rec) == 1:
        raise InputError("nothing_to_edit")
    with ledger.write() as tx:
        plans.get(tx, rec["code"])
        why = clean(reason)
        return write_one(tx, plans.NOUN, rec, "edit" if why else None, reason=why)
