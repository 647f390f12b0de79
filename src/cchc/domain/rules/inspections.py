"""An inspection of reform work (kiểm tra công tác CCHC), numbered within its year (``2022#1``):
when, the unit inspected, the inspecting body, the findings, and the follow-up it requires
with its deadline — tracked like a task: open, done (with its date and evidence), overdue."""

from __future__ import annotations

from collections.abc import Container

from cchc.domain.errors import Day, Label
from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = (
    "year",
    "number",
    "held_on",
    "unit",
    "body",
    "findings",
    "follow_up",
    "due_on",
    "done_on",
    "evidence",
    "document",
    "note",
)
MAX_NUMBER = 10_000


def validate(rec: dict, *, today: str, documents: Container[str] | None = None) -> list[Problem]:
    """``documents``: the document codes of the ledger (None: not checked)."""
    out: list[Problem] = []
    year = v.integer(out, rec, "year", v.MIN_YEAR, v.MAX_YEAR, required=True)
    v.integer(out, rec, "number", 1, MAX_NUMBER, required=True)
    held = v.iso_date(out, rec, "held_on", required=True)
    v.not_future(out, "held_on", held, today)
    if held is not None and year is not None and int(held[:4]) != year:
        out.append(Problem("year", "inspection_year", {"year": year, "held_on": Day(held)}))
    v.text(out, rec, "unit", required=True)
    for col in ("body", "findings", "evidence", "note"):
        v.text(out, rec, col)
    follow_up = v.text(out, rec, "follow_up")
    due = v.iso_date(out, rec, "due_on")
    done = v.iso_date(out, rec, "done_on")
    v.not_future(out, "done_on", done, today)
    for col, when in (("due_on", due), ("done_on", done)):
        if when is not None and held is not None and when < held:
            out.append(Problem(col, "before_inspection", {"what": Label(col), "when": Day(when), "held_on": Day(held)}))
    if (due is not None or done is not None) and follow_up is None and rec.get("follow_up") in (None, ""):
        out.append(Problem("follow_up", "needs_follow_up", {}))
    doc = v.text(out, rec, "document")
    if doc is not None and documents is not None and doc not in documents:
        out.append(Problem("document", "document_missing", {"code": doc}))
    return out


def follow_up_state(rec: dict, as_of: str) -> str | None:
    """The follow-up as of ``as_of`` (ISO): None (none required), done, overdue or open."""
    if not rec.get("follow_up"):
        return None
    if rec.get("done_on") and rec["done_on"] <= as_of:
        return "done"
    if rec.get("due_on") and rec["due_on"] < as_of:
        return "overdue"
    return "open"
