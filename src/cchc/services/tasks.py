"""The clerk's actions on tasks: add, start, done, cancel, edit — each one transaction through
the task's write path, so the shared rules (dates in order, none in the future, a reason for a
cancellation) hold for every one of them."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, InputError, Label
from cchc.domain.refs import make_ref, parse_ref
from cchc.domain.rules import tasks as rules
from cchc.domain.text import clean, required
from cchc.store import plans, tasks
from cchc.store.records import write_one


def _today() -> str:
    return date.today().isoformat()


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _write(tx, rec: dict, action: str | None = None, reason: str | None = None) -> dict:
    write_one(tx, tasks.NOUN, rec, action, reason=reason, today=_today(), plans=tasks.plan_codes(tx.conn))
    return tasks.get(tx, make_ref(rec["plan"], rec["number"]))


def add(ledger, plan: str, title: str, area=None, unit=None, due_on: date | None = None) -> dict:
    with ledger.write() as tx:
        code = plans.get(tx, plan)["code"]
        rec = {
            "plan": code,
            "number": tasks.next_number(tx.conn, code),
            "title": clean(title),
            "area": clean(area),
            "unit": clean(unit),
            "due_on": _iso(due_on),
        }
        return _write(tx, rec, "insert")


def _move(ledger, ref: str, action: str, values: dict) -> dict:
    with ledger.write() as tx:
        task = tasks.get(tx, ref)
        why = rules.transition(task["status"], action)
        if why is not None:
            raise Conflict(why[0], ref=task["ref"], **why[1])
        return _write(tx, {"plan": task["plan"], "number": task["number"], **values})


def start(ledger, ref: str, on: date) -> dict:
    return _move(ledger, ref, "start", {"started_on": on.isoformat()})


def done(ledger, ref: str, on: date, evidence: str | None = None) -> dict:
    values = {"done_on": on.isoformat()}
    if clean(evidence):
        values["evidence"] = clean(evidence)
    return _move(ledger, ref, "done", values)


def cancel(ledger, ref: str, on: date, reason: str | None) -> dict:
    return _move(ledger, ref, "cancel", {"cancelled_on": on.isoformat(), "cancel_reason": clean(reason)})


DATE_COLUMNS = ("started_on", "done_on", "cancelled_on")


def edit(ledger, ref: str, reason: str | None = None, **changes) -> dict:
    """Change a task's fields (title, area, unit, due_on, evidence, started_on, done_on,
    cancelled_on); an empty text clears a field. Correcting a start, done or cancel date needs
    its reason, kept in the audit entry; the shared rules decide the rest (dates in order, none
    in the future, a cancellation with its reason)."""
    values = {}
    for col, value in changes.items():
        if value is not None:
            values[col] = _iso(value) if isinstance(value, date) else clean(value)
    if not values:
        raise InputError("nothing_to_edit")
    why = clean(reason)
    plan, number = parse_ref(ref)
    with ledger.write() as tx:
        task = tasks.get(tx, ref)
        moved = [c for c in DATE_COLUMNS if c in values and values[c] != task[c]]
        if moved and not why:
            raise InputError("edit_needs_reason", code=task["ref"], column=Label("edit_" + moved[0]))
        action = "edit" if why or moved else None
        return _write(tx, {"plan": task["plan"], "number": number, **values}, action, why)


def reopen(ledger, ref: str, reason: str | None) -> dict:
    """Undo a done or cancelled state recorded by mistake: the task is doing again (or to do,
    when it was never started); the audit trail keeps the dates, the evidence and why."""
    why = required(reason, "reason")
    with ledger.write() as tx:
        task = tasks.get(tx, ref)
        if task["status"] not in ("done", "cancelled"):
            raise Conflict("task_not_closed", ref=task["ref"], state=Label(task["status"]))
        rec = {
            "plan": task["plan"],
            "number": task["number"],
            "done_on": None,
            "evidence": None,
            "cancelled_on": None,
            "cancel_reason": None,
        }
        return _write(tx, rec, "reopen", why)
