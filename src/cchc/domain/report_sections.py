"""The report's parts that come from the registers: the documents issued, the communication
work, the inspections, the reform index, what is left for the next period, the agency and the
rules the period falls under. JSON keys are a contract: add, never rename."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel


class KindCount(BaseModel):
    kind: str
    name: str
    name_en: str
    count: int


class DocumentItem(BaseModel):
    code: str
    kind: str
    issued_on: date | None
    summary: str
    area: str | None = None
    serves: str | None = None


class DocumentsOut(BaseModel):
    """Documents issued in the window (issue date inside it), plans among them."""

    total: int = 0
    by_kind: list[KindCount] = []
    items: list[DocumentItem] = []


class OutreachItem(BaseModel):
    kind: str
    held_on: date
    title: str
    outlet: str | None = None
    count: int


class OutreachKind(KindCount):
    activities: int  # rows recorded; ``count`` adds up their items


class OutreachOut(BaseModel):
    total: int = 0  # items (news, bulletins, ...): the sum of the activities' counts
    activities: int = 0
    by_kind: list[OutreachKind] = []
    items: list[OutreachItem] = []


class InspectionItem(BaseModel):
    ref: str
    held_on: date
    unit: str
    body: str | None = None
    findings: str | None = None
    follow_up: str | None = None
    due_on: date | None = None
    done_on: date | None = None
    status: str | None = None  # of the follow-up as of the window's end: open, done, overdue


class InspectionsOut(BaseModel):
    total: int = 0  # held in the window
    follow_ups: int = 0
    follow_ups_done: int = 0
    follow_ups_overdue: int = 0
    items: list[InspectionItem] = []


class CriterionOut(BaseModel):
    code: str
    title: str
    max_points: float
    self_score: float | None = None
    council_score: float | None = None
    final: float | None = None
    share: float | None = None  # percent of the maximum
    previous_share: float | None = None
    area: str | None = None


class IndexOut(BaseModel):
    """The latest reform-index year assessed before the period's year (a 2022 report speaks of
    the 2021 index); every key null when the ledger has none."""

    year: int | None = None
    score: float | None = None
    max: float | None = None
    rank: int | None = None
    of: int | None = None
    previous_rank: int | None = None
    previous_of: int | None = None
    previous_score: float | None = None
    self_score: float | None = None
    council_score: float | None = None
    weakest: list[CriterionOut] = []


class NextTask(BaseModel):
    ref: str
    title: str
    area: str | None = None
    unit: str | None = None
    due_on: date | None = None
    status: str


class FollowUp(BaseModel):
    ref: str
    unit: str
    follow_up: str
    due_on: date | None = None
    status: str


class NextPeriod(BaseModel):
    """What the directions for the next period start from: the plan's unfinished tasks with
    their deadlines, the inspections' open follow-ups, the index's weakest criteria."""

    tasks: list[NextTask] = []
    follow_ups: list[FollowUp] = []
    criteria: list[CriterionOut] = []


class Agency(BaseModel):
    """The ledger's particulars (``cchc init --agency ...``); null when not recorded."""

    name: str | None = None
    full_name: str | None = None
    short_name: str | None = None
    parent: str | None = None
    place: str | None = None
    signer: str | None = None
    signer_title: str | None = None


class Regime(BaseModel):
    reporting: str  # the circular: 01/2020/TT-VPCP, 5/2025/TT-VPCP
    form_verified: bool
    one_stop: str  # the decree: 61/2018/NĐ-CP, 118/2025/NĐ-CP
    apology: str  # phieu-xin-loi (2018) or mau-04 (2025: extension request)
