"""A task of a plan (``PLAN#N``). Its state is derived from its dates — started, done,
cancelled — so it can be read as it stood on any day; the dates must tell one story."""

from __future__ import annotations

from collections.abc import Container

from cchc.domain.areas import AREA_KEYS
from cchc.domain.errors import Day, Label
from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = (
    "plan",
    "number",
    "title",
    "area",
    "unit",
    "due_on",
    "started_on",
    "done_on",
    "evidence",
    "cancelled_on",
    "cancel_reason",
)
MAX_NUMBER = 100_000


def validate(rec: dict, *, today: str, plans: Container[str]) -> list[Problem]:
    """``plans``: the codes of the plans in the ledger."""
    out: list[Problem] = []
    plan = v.text(out, rec, "plan", required=True)
    if plan is not None and plan not in plans:
        out.append(Problem("plan", "plan_missing", {"code": plan}))
    v.integer(out, rec, "number", 1, MAX_NUMBER, required=True)
    v.text(out, rec, "title", required=True)
    area = rec.get("area")
    if area is not None and area not in AREA_KEYS:
        out.append(Problem("area", "bad_area", {"value": area}))
    v.text(out, rec, "unit")
    v.text(out, rec, "evidence")
    v.iso_date(out, rec, "due_on")
    started = v.iso_date(out, rec, "started_on")
    done = v.iso_date(out, rec, "done_on")
    cancelled = v.iso_date(out, rec, "cancelled_on")
    reason = v.text(out, rec, "cancel_reason", required=rec.get("cancelled_on") is not None)
    for col, when in (("started_on", started), ("done_on", done), ("cancelled_on", cancelled)):
        v.not_future(out, col, when, today)
    for col, when in (("done_on", done), ("cancelled_on", cancelled)):
        if when is not None and started is not None and when < started:
            out.append(
                Problem(col, "task_before_start", {"what": Label(col), "when": Day(when), "start": Day(started)})
            )
    if done is not None and cancelled is not None:
        out.append(Problem("cancelled_on", "task_done_and_cancelled", {}))
    if reason is not None and rec.get("cancelled_on") is None:
        out.append(Problem("cancelled_on", "reason_without_date", {"column": Label("cancelled_on")}))
    return out


_TARGET = {"start": "doing", "done": "done", "cancel": "cancelled"}


def transition(status: str, action: str) -> tuple[str, dict] | None:
    """Why a task that is ``status`` cannot be started/done/cancelled (``action``): a message
    key and its values, or None when it can."""
    if status == _TARGET[action]:
        return "task_already", {"state": Label(status)}
    if status in ("done", "cancelled"):
        return "task_closed", {"state": Label(status)}
    return None
