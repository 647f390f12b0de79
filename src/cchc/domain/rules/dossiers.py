"""A dossier received at the one-stop desk, its one outcome, its waits for the applicant's
supplements (yêu cầu bổ sung) and the apology slip's new date (phiếu xin lỗi và hẹn lại).

The record is the ``dossiers`` row (``COLUMNS``); its pause history, when the caller has it, is a
list of ``{paused_on, resumed_on, days, reason}`` oldest first (the ``dossier_pauses`` rows). The
same function checks a clerk's ``dossier add``/``resolve``/``pause``, every row of an import and
every row ``cchc check`` reads back, so it is written for a million rows a run: the common, sound
record goes through a handful of comparisons.
"""

from __future__ import annotations

from datetime import date

from cchc.domain.channels import CHANNELS
from cchc.domain.errors import Day, Label, Msg
from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = (
    "code",
    "procedure",
    "field",
    "applicant",
    "channel",
    "received_on",
    "due_on",
    "outcome",
    "finished_on",
    "return_reason",
    "note",
    "paused_on",
    "pause_reason",
    "rescheduled_due_on",
    "reschedule_reason",
    # the service-quality facts (Decision 766/QĐ-TTg): appended, never reordered
    "online_service",
    "digitised",
    "result_digitised",
    "paid_online",
    "rating",
)
SERVICE_COLUMNS = ("online_service", "digitised", "result_digitised", "paid_online", "rating")
ONLINE_SERVICES = ("full", "partial")  # toàn trình, một phần
FLAGS = ("digitised", "result_digitised", "paid_online")
OUTCOMES = ("resolved", "returned", "withdrawn")
PAUSE_COLUMNS = ("paused_on", "resumed_on", "days", "reason")
_OPTIONAL_TEXT = ("field", "applicant", "note")


def validate(rec: dict, *, today: str, pauses: list[dict] | None = None) -> list[Problem]:
    """The problems of one dossier (empty when sound). ``today``: ISO; ``pauses``: its history
    as it will be stored (None: not known to the caller, not checked)."""
    if not pauses and _plainly_sound(rec, today):
        return []
    return _problems(rec, today, pauses)


_GOOD_TEXT: dict[str, bool] = {}  # text seen to pass the text rule (names and fields repeat)


def _good_text(value) -> bool:
    hit = _GOOD_TEXT.get(value)
    if hit is None:
        if type(value) is not str:
            return False
        hit = not value.isspace() and v.text([], {"t": value}, "t", required=True) is not None
        if len(_GOOD_TEXT) < 1 << 16:
            _GOOD_TEXT[value] = hit
    return hit


_FAST = (  # the columns ``_plainly_sound`` checks itself; any other column must be empty for it
    "code",
    "procedure",
    "field",
    "applicant",
    "channel",
    "received_on",
    "due_on",
    "outcome",
    "finished_on",
    "return_reason",
    "note",
)


def _plainly_sound(rec: dict, today: str) -> bool:
    """A fast acceptance test for the common record (an ASCII code, known words, ISO dates in
    order, no wait, no new date): True only when the full rules below find nothing — a property
    test holds the two together. Anything unusual falls through to ``_problems``."""
    code = rec.get("code")
    if type(code) is not str or not code.isascii() or not code.isprintable() or code.strip() != code or not code:
        return False
    for col in _NOT_FAST:  # a column this test does not look at holds a value: the full rules decide
        if rec.get(col) is not None:
            return False
    if rec.get("channel") not in CHANNELS:
        return False
    received, due = rec.get("received_on"), rec.get("due_on")
    if type(received) is not str or type(due) is not str or not v._iso_ok(received) or not v._iso_ok(due):
        return False
    if due < received or received > today:
        return False
    outcome, finished = rec.get("outcome"), rec.get("finished_on")
    if outcome is None:
        if finished is not None or rec.get("return_reason") is not None:
            return False
    elif (
        outcome not in OUTCOMES
        or type(finished) is not str
        or not v._iso_ok(finished)
        or finished < received
        or finished > today
        or (outcome == "returned" and not _good_text(rec.get("return_reason")))
        or (outcome != "returned" and rec.get("return_reason") is not None)
    ):
        return False
    if not _good_text(rec.get("procedure")):
        return False
    for col in _OPTIONAL_TEXT:
        value = rec.get(col)
        if value is not None and not _good_text(value):
            return False
    return True


def _problems(rec: dict, today: str, pauses: list[dict] | None) -> list[Problem]:
    out: list[Problem] = []
    code = v.code(out, rec, "code")
    v.text(out, rec, "procedure", required=True)
    for col in _OPTIONAL_TEXT:
        v.text(out, rec, col)
    v.choice(out, rec, "channel", CHANNELS, required=True)
    received = v.iso_date(out, rec, "received_on", required=True)
    due = v.iso_date(out, rec, "due_on", required=True)
    if received is not None:
        if received > today:
            params = _future_reading(received, today)
            key = "received_future_swapped" if params["other"] else "received_future"
            out.append(Problem("received_on", key, params))
        if due is not None and due < received:
            out.append(Problem("due_on", "due_before_received", {"due": Day(due), "received": Day(received)}))
    _outcome(out, rec, received, today)
    _pause(out, rec, code, received)
    _new_date(out, rec, code, due)
    if pauses is not None and not any(p.column in ("paused_on", "pause_reason") for p in out):
        # (the open wait of a history is the record's pause: its problems are named once)
        _history(out, pauses, code, received, rec.get("paused_on"), rec.get("outcome"))
    if (
        rec.get("online_service") is not None
        or rec.get("rating") is not None
        or any(rec.get(f) is not None for f in FLAGS)
    ):
        _service(out, rec)
    return out


def _service(out: list[Problem], rec: dict) -> None:
    """The service-quality facts: a dossier received fully or partly online came in online; the
    flags are 0 or 1 (NULL: not recorded; for ``paid_online``: no fee); a rating is 1–5."""
    mode = v.choice(out, rec, "online_service", ONLINE_SERVICES)
    if mode is not None and rec.get("channel") not in (None, "online"):
        out.append(Problem("online_service", "online_service_channel", {"channel": Label(rec.get("channel"))}))
    for col in FLAGS:
        value = rec.get(col)
        if value is not None and not (type(value) is int and value in (0, 1)):
            out.append(Problem(col, "bad_flag", {"column": Label(col), "value": value}))
    v.integer(out, rec, "rating", 1, 5)


def _future_reading(received: str, today: str) -> dict:
    """A received date after today, and the other reading of it when that one is not
    (09/06 typed for 6 September by a hand used to month-first dates)."""
    params: dict = {"value": Day(received), "other": None}
    y, m, d = int(received[:4]), int(received[5:7]), int(received[8:])
    if d <= 12 and d != m:  # day and month swapped: always a real date (both are <= 12)
        other = date(y, d, m).isoformat()
        if other <= today:
            params["other"] = Day(other)
    return params


def _outcome(out: list[Problem], rec: dict, received: str | None, today: str) -> None:
    outcome, finished = rec.get("outcome"), rec.get("finished_on")
    if outcome is None and finished is None:
        if rec.get("return_reason") is not None:
            v.text(out, rec, "return_reason")  # kept on a reopened or pending dossier
        return
    outcome = v.choice(out, rec, "outcome", OUTCOMES)
    finished = v.iso_date(out, rec, "finished_on")
    if (rec.get("outcome") is None) != (rec.get("finished_on") is None):
        out.append(
            Problem(
                "finished_on" if rec.get("finished_on") is None else "outcome",
                "outcome_and_date",
                {"outcome": rec.get("outcome"), "finished": rec.get("finished_on")},
            )
        )
    if finished is not None:
        if received is not None and finished < received:
            out.append(
                Problem("finished_on", "finished_before_received", {"when": Day(finished), "received": Day(received)})
            )
        v.not_future(out, "finished_on", finished, today)
    reason = v.text(out, rec, "return_reason")
    if outcome == "returned" and (rec.get("return_reason") in (None, "") or (reason is not None and reason.isspace())):
        out.append(Problem("return_reason", "return_needs_reason", {}))


def _pair(out: list[Problem], rec: dict, when_col: str, why_col: str) -> tuple[str | None, bool]:
    """A date and its reason go together. Returns (the date if sound, both present)."""
    raw_when, raw_why = rec.get(when_col), rec.get(why_col)
    if raw_when is None and raw_why is None:
        return None, False
    when = v.iso_date(out, rec, when_col)
    why = v.text(out, rec, why_col, required=raw_when is not None)
    if raw_why is not None and raw_when is None:
        out.append(Problem(when_col, "reason_without_date", {"column": Label(when_col)}))
    return when, when is not None and why is not None


def _pause(out: list[Problem], rec: dict, code: str | None, received: str | None) -> None:
    paused, _ = _pair(out, rec, "paused_on", "pause_reason")
    if paused is None:
        return
    if rec.get("outcome") is not None:
        out.append(Problem("paused_on", "paused_finished", {}))
    if received is not None and paused < received:
        out.append(
            Problem("paused_on", "pause_before_received", {"when": Day(paused), "other": Day(received), "code": code})
        )


def _new_date(out: list[Problem], rec: dict, code: str | None, due: str | None) -> None:
    new_due, _ = _pair(out, rec, "rescheduled_due_on", "reschedule_reason")
    if new_due is not None and due is not None and new_due <= due:
        out.append(
            Problem("rescheduled_due_on", "reschedule_not_later", {"when": Day(new_due), "due": Day(due), "code": code})
        )


def _history(
    out: list[Problem], pauses: list[dict], code: str | None, received: str | None, paused_on, outcome
) -> None:
    """The waits follow one another after the receipt; each ends on or after it began and
    added between 0 and its calendar span of working days; only the last may still be open,
    and it is the dossier's current pause (``paused_on``)."""
    last = received
    last_was_resume = False
    for n, item in enumerate(pauses, 1):
        if item.get("paused_on") is None or item.get("reason") in (None, ""):
            out.append(Problem("pauses", "pause_incomplete", {"n": n}))
            return
        inner: list[Problem] = []
        start = v.iso_date(inner, item, "paused_on", required=True)
        end = v.iso_date(inner, item, "resumed_on")
        v.text(inner, item, "reason", required=True)
        if inner:
            out.append(Problem("pauses", "pause_item", {"n": n, "detail": Msg(inner[0].key, inner[0].params)}))
            return
        if last is not None and start < last:
            key = "pause_before_resume" if last_was_resume else "pause_before_received" if n == 1 else "pause_order"
            out.append(Problem("pauses", key, {"when": Day(start), "other": Day(last), "code": code}))
        days = item.get("days")
        if end is not None and end < start:
            out.append(Problem("pauses", "resume_before_pause", {"when": Day(end), "other": Day(start), "code": code}))
        elif (end is None) != (days is None) or not (
            days is None
            or (type(days) is int and 0 <= days <= (date.fromisoformat(end) - date.fromisoformat(start)).days)
        ):
            out.append(Problem("pauses", "pause_bad_days", {"n": n}))
        if end is None and n != len(pauses):
            out.append(Problem("pauses", "pauses_open", {}))
        last, last_was_resume = (end, True) if end is not None else (start, False)
    open_on = pauses[-1].get("paused_on") if pauses and pauses[-1].get("resumed_on") is None else None
    if open_on != paused_on and not any(p.column == "pauses" for p in out):
        out.append(Problem("pauses", "pauses_open", {}))
    if open_on is not None and outcome is not None and not any(p.key == "paused_finished" for p in out):
        out.append(Problem("pauses", "paused_finished", {}))


def slip_problems(rec: dict, on: str, *, today: str) -> list[Problem]:
    """The date of an apology slip (phiếu xin lỗi và hẹn lại) for the stored dossier ``rec``:
    written after the dossier was received, and not ahead of today (like an outcome)."""
    out: list[Problem] = []
    received = rec.get("received_on")
    if isinstance(received, str) and on < received:
        out.append(Problem("rescheduled_on", "slip_before_received", {"when": Day(on), "received": Day(received)}))
    v.not_future(out, "rescheduled_on", on, today)
    return out


def end_pause(rec: dict, pauses: list[dict], on: str, cal) -> tuple[dict, list[dict], int]:
    """The dossier and its history once its open wait ends on ``on`` (ISO): the working days
    waited do not count, so the appointment date — and the apology slip's new date, if any —
    move later by them (``cal``: the ledger's ``WorkCalendar``). Returns (record, history, days).
    The caller validates the result (a resume before the pause began is a problem there)."""
    start = rec["paused_on"]
    if on < start:  # left for the validator to name: the history says resumed before paused
        days = 0
    else:
        days = cal.workdays(date.fromisoformat(start), date.fromisoformat(on))
    out = dict(rec)
    if days:
        due = cal.due(date.fromisoformat(rec["due_on"]), days)
        out["due_on"] = due.isoformat()
        if rec.get("rescheduled_due_on"):
            new = cal.due(date.fromisoformat(rec["rescheduled_due_on"]), days)
            # a new date on a day off (a Saturday) and the appointment date before it can land on
            # the same working day: the new date stays after the appointment date, by one day
            out["rescheduled_due_on"] = (new if new > due else cal.due(due, 1)).isoformat()
    out["paused_on"] = out["pause_reason"] = None
    history = [dict(p) for p in pauses]
    if history and history[-1].get("resumed_on") is None:
        history[-1].update(resumed_on=on, days=days)
    else:  # a paused dossier without its open row (an old ledger): the row is made now
        history.append({"paused_on": start, "resumed_on": on, "days": days, "reason": rec.get("pause_reason")})
    return out, history, days


_NOT_FAST = tuple(c for c in COLUMNS if c not in _FAST)
