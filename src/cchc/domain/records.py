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
    online_service: Literal["full", "partial"] | None = None
    digitised: bool | None = None
    result_digitised: bool | None = None
    paid_online: bool | None = None
    rating: int | None = None


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


class DocumentRecord(Record):
    code: str
    kind: str
    issued_on: date | None = None
    issuer: str | None = None
    summary: str
    area: str | None = None
    serves: str | None = None
    year: int | None = None
    basis: str | None = None


class OutreachRecord(Record):
    kind: str
    held_on: date
    title: str
    outlet: str | None = None
    count: int
    note: str | None = None


class InspectionRecord(Record):
    ref: str
    year: int
    number: int
    held_on: date
    unit: str
    body: str | None = None
    findings: str | None = None
    follow_up: str | None = None
    due_on: date | None = None
    done_on: date | None = None
    evidence: str | None = None
    document: str | None = None
    note: str | None = None
    status: Literal["open", "done", "overdue"] | None = None  # the follow-up's, as of today


class CriterionRecord(Record):
    year: int
    code: str
    title: str
    max_points: float
    self_score: float | None = None
    council_score: float | None = None
    area: str | None = None
    evidence: str | None = None
    note: str | None = None


class EvidenceRecord(Record):
    year: int
    criterion: str
    kind: Literal["document", "task", "meeting", "file"]
    ref: str
    sha256: str | None = None
    note: str | None = None


class IndexResultRecord(Record):
    year: int
    score: float | None = None
    max_points: float | None = None
    rank: int | None = None
    of: int | None = None
    document: str | None = None
    note: str | None = None


class NoteRecord(Record):
    period: str
    section: str
    text: str
