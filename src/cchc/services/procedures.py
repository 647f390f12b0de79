"""The clerk's actions on the procedure catalog, and what a new dossier takes from it."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, InputError
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean, required
from cchc.store import procedures
from cchc.store.records import write_one


def add(ledger, code: str, name: str, field: str | None, days: int) -> dict:
    rec = {"code": normal_code(clean(code) or ""), "name": clean(name), "field": clean(field), "days": days}
    with ledger.write() as tx:
        old = procedures.snapshot(tx.conn, rec["code"]) if rec["code"] else None
        if old:
            raise Conflict("procedure_exists", code=rec["code"], name=old["name"])
        return write_one(tx, procedures.NOUN, rec)


def edit(ledger, code: str, name: str | None = None, field: str | None = None, days: int | None = None) -> dict:
    if name is None and field is None and days is None:
        raise InputError("nothing_to_edit")
    with ledger.write() as tx:
        rec = {"code": procedures.get(tx, code)["code"]}
        if name is not None:
            rec["name"] = clean(name)
        if field is not None:
            rec["field"] = clean(field)
        if days is not None:
            rec["days"] = days
        return write_one(tx, procedures.NOUN, rec)


def for_dossier(
    conn, procedure: str, received_on: date, *, due_on: date | None = None, days: int | None = None, field=None
) -> dict:
    """The procedure name, field and appointment date of a new dossier, inside the caller's
    transaction. ``due_on`` (typed) wins; else ``days`` working days; else the catalog's days.
    The catalog names the procedure and gives the field unless one is typed. The calendar (and
    so the ``holidays`` package) is only loaded when a date has to be computed."""
    from cchc.domain.workdays import MAX_DAYS

    proc = procedures.find(conn, procedure)
    name = proc["name"] if proc else required(procedure, "procedure")
    field = clean(field) or (proc["field"] if proc else None)
    if due_on is None:
        if days is None:
            if proc is None:
                raise InputError("procedure_unknown", name=name)
            days = proc["days"]
        if not 1 <= days <= MAX_DAYS:
            raise InputError("calendar_bad_days", value=days, max=MAX_DAYS)
        from cchc.store.calendar import load_calendar

        due_on = load_calendar(conn).due(received_on, days)
    return {"procedure": name, "field": field, "due_on": due_on, "procedure_code": proc["code"] if proc else None}
