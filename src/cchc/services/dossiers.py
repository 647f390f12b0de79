"""The clerk's actions on dossiers: receive, finish (resolved, returned, withdrawn), wait for
supplements and resume, reschedule, and the corrections (edit, reopen, delete) — each one
transaction through the dossier's one write path
(``store.dossier_writer.Writer``), so the commands obey exactly the rules an import does."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, Day, InputError, Label
from cchc.domain.rules import dossiers as rules
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean, required
from cchc.store import dossiers
from cchc.store.dossier_writer import Item, Writer, write_one


def add(
    ledger,
    code: str,
    procedure: str,
    received_on: date,
    *,
    due_on: date | None = None,
    days: int | None = None,
    field: str | None = None,
    channel: str | None = None,
    applicant: str | None = None,
    note: str | None = None,
    facts: dict | None = None,
) -> dict:
    """Receive a dossier; its appointment date is ``due_on``, else ``days`` working days, else the
    catalog's processing time (the calendar is read inside this action's transaction).
    ``facts``: its service-quality facts (``facts_of``); received fully or partly online means
    the online channel when none is given."""
    from cchc.services.procedures import for_dossier

    facts = facts or {}
    if channel is None and facts.get("online_service"):
        channel = "online"
    code = normal_code(clean(code) or "")
    with ledger.write() as tx:
        if code and dossiers.snapshot(tx.conn, code):
            raise Conflict("dossier_exists", code=code)
        p = for_dossier(tx.conn, procedure, received_on, due_on=due_on, days=days, field=field)
        rec = {
            "code": code,
            "procedure": p["procedure"],
            "field": p["field"],
            "applicant": clean(applicant),
            "channel": channel_of(channel),
            "received_on": received_on.isoformat(),
            "due_on": p["due_on"].isoformat(),
            "note": clean(note),
            **facts,
        }
        return write_one(tx, Item(rec))


def facts_of(
    online: str | None = None,
    digitised: str | None = None,
    result_digitised: str | None = None,
    paid_online: str | None = None,
    rating: str | None = None,
) -> dict:
    """The service-quality facts from the words typed (``toàn trình``, ``có``, ``4`` or
    ``hài lòng``...); only the ones given. ``-`` clears one (not recorded / no fee)."""
    from cchc.domain import service_words as w

    given = {
        "online_service": (online, w.online_service),
        "digitised": (digitised, lambda v: w.flag(v, "digitised")),
        "result_digitised": (result_digitised, lambda v: w.flag(v, "result_digitised")),
        "paid_online": (paid_online, lambda v: w.flag(v, "paid_online")),
        "rating": (rating, w.rating),
    }
    out = {}
    for col, (raw, read) in given.items():
        text = clean(raw)
        if raw is None:
            continue
        out[col] = None if text in (None, "-") else read(text)
    return out


def set_facts(ledger, code: str, facts: dict) -> dict:
    """Record (or correct) a dossier's service-quality facts: one transaction, one audit entry."""
    from cchc.domain.errors import InputError

    if not facts:
        raise InputError("nothing_to_edit")
    with ledger.write() as tx:
        row = _current(tx, code)
        return write_one(tx, Item({"code": row["code"], **facts}, action="facts"))


def channel_of(channel: str | None) -> str:
    """online/direct/postal, or the Vietnamese words the importer also reads (trực tuyến ...)."""
    from cchc.domain.channels import CHANNEL_WORDS
    from cchc.domain.text import key

    text = clean(channel) or "direct"
    found = CHANNEL_WORDS.get(key(text))
    if found is None:
        raise InputError(
            "bad_choice",
            field=Label("channel"),
            value=text,
            choices="online/trực tuyến, direct/trực tiếp, postal/bưu chính",
        )
    return found


def _current(tx, code: str) -> dict:
    from cchc.domain.errors import NotFound

    code = normal_code(clean(code) or "")
    row = dossiers.snapshot(tx.conn, code)
    if row is None:
        raise NotFound("dossier_missing", code=code)
    return row


def finish(ledger, code: str, outcome: str, on: date, reason: str | None = None) -> dict:
    """Record the dossier's one outcome: resolved, returned (with a reason) or withdrawn. A
    dossier waiting for supplements stops waiting that day (its dates move by the days waited)."""
    assert outcome in rules.OUTCOMES
    with ledger.write() as tx:
        row = _current(tx, code)
        if row["outcome"] is not None:
            raise Conflict("dossier_finished", code=row["code"], outcome=Label(_status(row)), when=row["finished_on"])
        if row["paused_on"] is not None:  # the wait ends that day: its own entry, as `dossier resume`
            _resume(tx, row, on)
        rec = {"code": row["code"], "outcome": outcome, "finished_on": on.isoformat()}
        if outcome == "returned" or clean(reason):
            rec["return_reason"] = clean(reason)
        write_one(tx, Item(rec, action=outcome))
        return dossiers.get(tx, row["code"], as_of=on)


def _status(row: dict) -> str:
    from cchc.domain.timeliness import status

    return status(row["due_on"], row["outcome"], row["finished_on"])


def _not_finished(row: dict, action: str) -> None:
    if row["outcome"] is not None:
        raise Conflict(
            "dossier_pause_finished",
            code=row["code"],
            outcome=Label(row["outcome"]),
            when=Day(row["finished_on"]),
            action=Label(action),
        )


def pause(ledger, code: str, on: date, reason: str | None) -> dict:
    """The office waits for the applicant's supplements from ``on``."""
    with ledger.write() as tx:
        row = _current(tx, code)
        _not_finished(row, "pause")
        if row["paused_on"]:
            raise Conflict(
                "dossier_already_paused", code=row["code"], since=row["paused_on"], reason=row["pause_reason"]
            )
        hist = dossiers.history(tx.conn, row["code"])
        why = clean(reason)  # none: the shared rules say so, as for an import
        item = Item(
            {"code": row["code"], "paused_on": on.isoformat(), "pause_reason": why},
            action="pause",
            pauses=[*hist, {"paused_on": on.isoformat(), "resumed_on": None, "days": None, "reason": why}],
        )
        return write_one(tx, item)


def resume(ledger, code: str, on: date) -> dict:
    """End the wait; the appointment date(s) move by the working days waited."""
    with ledger.write() as tx:
        row = _current(tx, code)
        if not row["paused_on"]:
            raise Conflict("dossier_not_paused", code=row["code"])
        return _resume(tx, row, on)


def _resume(tx, row: dict, on: date) -> dict:
    from cchc.store.calendar import load_calendar

    hist = dossiers.history(tx.conn, row["code"])
    rec, hist, days = rules.end_pause(row, hist, on.isoformat(), load_calendar(tx.conn))
    after = write_one(tx, Item(rec, action="resume", pauses=hist))
    return {**after, "paused_days": days}


def reschedule(ledger, code: str, new_due: date, reason: str | None, on: date | None = None) -> dict:
    """The apology slip's new date; timeliness is still judged against the original date. ``on``:
    the slip's own date (default today), kept in the audit entry and shown by ``dossier show``."""
    from cchc.domain.problems import raise_first

    slip = (on or date.today()).isoformat()
    with ledger.write() as tx:
        row = _current(tx, code)
        _not_finished(row, "reschedule")
        raise_first(rules.slip_problems(row, slip, today=date.today().isoformat()))
        rec = {
            "code": row["code"],
            "rescheduled_due_on": new_due.isoformat(),
            "reschedule_reason": clean(reason),
        }
        return write_one(tx, Item(rec, action="reschedule", audit_extra={"on": slip}))


# -- corrections ------------------------------------------------------------------------------------
DATE_COLUMNS = ("received_on", "due_on")


def edit(
    ledger,
    code: str,
    *,
    procedure: str | None = None,
    field: str | None = None,
    applicant: str | None = None,
    channel: str | None = None,
    note: str | None = None,
    received_on: date | None = None,
    due_on: date | None = None,
    reason: str | None = None,
) -> dict:
    """Correct what was typed at the desk. A text given empty clears it; a procedure is looked
    up in the catalog as ``add`` does (its field too, unless one is given). A changed date needs
    its reason; a new received date without ``due_on`` keeps the appointment date's number of
    working days after receipt. The shared rules decide the rest, as for ``add``."""
    from cchc.store import procedures

    texts = {"field": field, "applicant": applicant, "note": note}
    if all(v is None for v in (procedure, channel, received_on, due_on, *texts.values())):
        raise InputError("nothing_to_edit")
    why = clean(reason)
    with ledger.write() as tx:
        row = _current(tx, code)
        rec: dict = {"code": row["code"]}
        if procedure is not None:
            found = procedures.find(tx.conn, procedure)
            rec["procedure"] = found["name"] if found else required(procedure, "procedure")
            if found and found["field"] and field is None:
                rec["field"] = found["field"]
        rec.update({col: clean(value) for col, value in texts.items() if value is not None})
        if channel is not None:
            rec["channel"] = channel_of(channel)
        if received_on is not None:
            rec["received_on"] = received_on.isoformat()
        if due_on is not None:
            rec["due_on"] = due_on.isoformat()
        elif received_on is not None and rec["received_on"] != row["received_on"]:
            rec["due_on"] = _same_span(tx, row, received_on).isoformat()
        moved = [c for c in DATE_COLUMNS if c in rec and rec[c] != row[c]]
        if moved and not why:
            raise InputError("edit_needs_reason", code=row["code"], column=Label("edit_" + moved[0]))
        item = Item(rec, action="edit", audit_extra={"reason": why} if why else None)
        return write_one(tx, item)


def _same_span(tx, row: dict, received_on: date) -> date:
    """The appointment date ``received_on`` gives with as many working days as the stored one."""
    from cchc.store.calendar import load_calendar

    cal = load_calendar(tx.conn)
    days = cal.workdays(date.fromisoformat(row["received_on"]), date.fromisoformat(row["due_on"]))
    return cal.due(received_on, days) if days >= 1 else received_on


def reopen(ledger, code: str, reason: str | None) -> dict:
    """Undo an outcome recorded by mistake: the dossier is pending again (a wait that finishing
    ended stays ended, with the days it added; pause again if the office is still waiting)."""
    why = required(reason, "reason")
    with ledger.write() as tx:
        row = _current(tx, code)
        if row["outcome"] is None:
            raise Conflict("dossier_not_finished", code=row["code"])
        rec = {"code": row["code"], "outcome": None, "finished_on": None, "return_reason": None}
        write_one(tx, Item(rec, action="reopen", audit_extra={"reason": why}))
        return dossiers.get(tx, row["code"])


def delete(ledger, code: str, reason: str | None) -> dict:
    """Remove a dossier typed by mistake (twice, say); the audit trail keeps all of it and why."""
    why = required(reason, "reason")
    with ledger.write() as tx:
        row = _current(tx, code)
        return Writer(tx).delete(row["code"], why)
