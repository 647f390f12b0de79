"""Timeliness of a dossier, derived from its dates — never typed. The one definition; the SQL in
``store.dossiers`` (``STATUS_SQL``, ``OVERDUE_SQL``) says the same and a property test over random
ledgers with pauses and new dates keeps the two in agreement.

As of a day D (dates are ISO text or ``date``s, compared as such):
- finished (outcome date <= D) and resolved: before the due date = ``early``, on it = ``on_time``,
  after it = ``late``; ``returned``; ``withdrawn``;
- otherwise ``pending``; ``overdue`` when its due date is before D and it is not waiting for the
  applicant's supplements on D (waiting time does not count: a paused dossier is within time).
  An apology slip's new date does not change the date it is judged against.
"""

from __future__ import annotations

OUTCOMES = ("resolved", "returned", "withdrawn")
STATUSES = ("early", "on_time", "late", "returned", "withdrawn", "pending")


def status(due_on, outcome: str | None, finished_on, as_of=None) -> str:
    """The bucket a dossier is in as of ``as_of`` (default: counts every outcome)."""
    if outcome is None or finished_on is None or (as_of is not None and finished_on > as_of):
        return "pending"
    if outcome == "resolved":
        if finished_on < due_on:
            return "early"
        if finished_on == due_on:
            return "on_time"
        return "late"
    return outcome


def paused_on_day(paused_on, pauses, as_of) -> bool:
    """Waiting for supplements on ``as_of``: the open wait began by then, or a closed one spans it
    (began on or before it and resumed after it). ``pauses``: dicts with paused_on/resumed_on."""
    if paused_on is not None and paused_on <= as_of:
        return True
    return any(p["resumed_on"] is not None and p["paused_on"] <= as_of < p["resumed_on"] for p in pauses or ())


def is_overdue(due_on, outcome: str | None, finished_on, as_of, paused: bool = False) -> bool:
    """Pending as of ``as_of``, its due date has passed, and it is not waiting for supplements."""
    return not paused and status(due_on, outcome, finished_on, as_of) == "pending" and due_on < as_of


def in_time_rate(early: int, on_time: int, resolved: int) -> float | None:
    """Share of the resolved dossiers resolved early or on time, in percent (one decimal); None
    when none was resolved. The report's figure and each month of its charts."""
    if not resolved:
        return None
    return round(100.0 * (early + on_time) / resolved, 1)
