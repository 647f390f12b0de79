"""The clerk's actions on plans: add and edit, each one transaction through the document
register's write path (a plan is a document with a year)."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, InputError
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean
from cchc.store import documents, plans
from cchc.store.records import exists, write_one


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _write(tx, rec: dict, action: str | None = None, reason: str | None = None) -> dict:
    context = documents.context(tx.conn, date.today().isoformat())
    write_one(tx, documents.NOUN, plans.as_document(rec), action, reason=reason, **context)
    return {k: v for k, v in plans.get(tx, rec["code"]).items() if k != "id"}


def add(ledger, code: str, title: str, year: int, issued_on: date | None = None, basis: str | None = None) -> dict:
    rec = {
        "code": normal_code(clean(code) or ""),
        "title": clean(title),
        "year": year,
        "issued_on": _iso(issued_on),
        "basis": clean(basis),
    }
    with ledger.write() as tx:
        if rec["code"] and exists(tx, documents.NOUN, (rec["code"],)):
            raise Conflict("plan_exists", code=rec["code"])
        return _write(tx, rec)


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
        return _write(tx, rec, "edit" if why else None, why)
