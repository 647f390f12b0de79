"""The public shape of each record: the JSON contract of ``list --json`` and ``show --json``,
and the canonical columns of import/export. Scripts rely on these names; add fields at the end,
never rename or remove one."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

Channel = Literal["online", "direct", "postal"]
DossierStatus = Literal["early", "on_time", "late", "returned", "withdrawn", "pending"]
TaskStatus = Literal["todo", "doing", "done", "cancelled"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TaskRecord(Record):
    ref: str
    plan: str
    number: int
    title: str
    area: str | None = None
    unit: str | None = None
    due_on: date | None = None
    status: TaskStatus
    done_on: date | None = None
    evidence: str | None = None
    started_on: date | None = None
    cancelled_on: date | None = None
    cancel_reason: str | None = None


class PauseRecord(Record):
    """One wait for the applicant's supplements (yêu cầu bổ sung); ``days``: working days added
    to the appointment date when it ended (None while it lasts)."""

    paused_on: date
    resumed_on: date | None = None
    days: int | None = None
    reason: str


class DossierRecord(Record):
    code: str
    procedure: str
    field: str | None = None
    applicant: str | None = None
    channel: Channel
    received_on: date
    due_on: date
    resolved_on: date | None = None
    returned_on: date | None = None
    return_reason: str | None = None
    withdrawn_on: date | None = None
    note: str | None = None
    status: DossierStatus
    overdue: bool
    paused_on: date | None = None
    pause_reason: str | None = None
    rescheduled_due_on: date | None = None
    reschedule_reason: str | None = None
    pauses: list[PauseRecord] | None = None


class MeetingRecord(Record):
    kind: str
    held_on: date
    title: str
    chair: str | None = None
    note: str | None = None


def dump(model: type[Record], rows: list[dict]) -> list[dict]:
    """Validate rows against the contract and return them as JSON-ready dicts, in field order.

    A stored value that breaks the contract (a ledger edited outside cchc) is one clear error
    naming the record, never a traceback.
    """
    from pydantic import ValidationError

    from cchc.domain.errors import LedgerError

    out = []
    for row in rows:
        try:
            out.append(model.model_validate(row).model_dump(mode="json"))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            key = row.get("code") or row.get("ref") or row.get("held_on") or "?"
            raise LedgerError("invalid_record", record=key, column=where, value=first.get("input")) from None
    return out
