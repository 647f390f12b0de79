"""Timeliness of a dossier, derived from its dates — never typed.

As of a date D:
- finished (outcome date <= D) and resolved: before the due date = ``early``, on it = ``on_time``,
  after it = ``late``; ``returned``; ``withdrawn``;
- otherwise ``pending``, and ``overdue`` when its due date is before D.
"""

from __future__ import annotations

from datetime import date

OUTCOMES = ("resolved", "returned", "withdrawn")
STATUSES = ("early", "on_time", "late", "returned", "withdrawn", "pending")


def status(due_on: date, outcome: str | None, finished_on: date | None, as_of: date | None = None) -> str:
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


def is_overdue(due_on: date, outcome: str | None, finished_on: date | None, as_of: date) -> bool:
    """Pending as of ``as_of`` and its due date has passed."""
    return status(due_on, outcome, finished_on, as_of) == "pending" and due_on < as_of
