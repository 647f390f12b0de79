"""The report as data: the JSON contract for scripts (stable English keys).

Every figure is as of ``period.end``. The identities of the issue are checked when a model is
built, so a report that does not add up can never be rendered:
carried_over + received = resolved + returned + withdrawn + pending;
resolved = early + on_time + late; pending = pending_in_time + pending_overdue;
received = received_online + received_direct + received_postal.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, computed_field, model_validator

from cchc.domain.report_sections import (
    Agency,
    DocumentsOut,
    IndexOut,
    InspectionsOut,
    NextPeriod,
    OutreachOut,
    Regime,
)
from cchc.domain.service_index import ServiceIndex
from cchc.domain.timeliness import in_time_rate

DOSSIER_KEYS = (
    "carried_over",
    "received",
    "received_online",
    "received_direct",
    "received_postal",
    "resolved",
    "early",
    "on_time",
    "late",
    "returned",
    "withdrawn",
    "pending",
    "pending_in_time",
    "pending_overdue",
)
TASK_KEYS = ("total", "done", "doing", "todo", "cancelled", "overdue")


class PeriodOut(BaseModel):
    kind: str
    label: str
    start: date
    end: date
    window_end: date
    boundaries: str  # "decree-09" (cut-off windows) or "calendar"
    year: int
    index: int  # half (1-2), quarter (1-4) or month (1-12); 0 otherwise


class TaskCounts(BaseModel):
    total: int = 0  # cancelled tasks are outside the total
    done: int = 0
    doing: int = 0
    todo: int = 0
    cancelled: int = 0
    overdue: int = 0

    @model_validator(mode="after")
    def _adds_up(self):
        if self.total != self.done + self.doing + self.todo:
            raise ValueError(f"tasks: total {self.total} != done + doing + todo")
        return self


class TaskGroup(TaskCounts):
    key: str | None
    name: str


class OverdueTask(BaseModel):
    ref: str
    title: str
    area: str | None
    unit: str | None
    due_on: date
    status: str


class TaskItem(BaseModel):
    """A task of the report's plans as it stood at the window's end."""

    ref: str
    title: str
    area: str | None
    unit: str | None
    due_on: date | None
    status: str
    done_on: date | None = None  # set when done by the window's end
    evidence: str | None = None


class PlanRef(BaseModel):
    code: str
    title: str
    year: int
    issued_on: date | None
    basis: str | None


class Tasks(TaskCounts):
    plans: list[PlanRef] = []
    by_area: list[TaskGroup] = []
    by_unit: list[TaskGroup] = []
    overdue_tasks: list[OverdueTask] = []
    items: list[TaskItem] = []  # every task, in plan order (what the report's areas are written from)


class DossierCounts(BaseModel):
    carried_over: int = 0
    received: int = 0
    received_online: int = 0
    received_direct: int = 0
    received_postal: int = 0
    resolved: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    returned: int = 0
    withdrawn: int = 0
    pending: int = 0
    pending_in_time: int = 0
    pending_overdue: int = 0

    @computed_field
    @property
    def online_rate(self) -> float | None:
        """Share of the dossiers received in the period that came in online, in percent."""
        if not self.received:
            return None
        return round(100.0 * self.received_online / self.received, 1)

    @computed_field
    @property
    def in_time_rate(self) -> float | None:
        """Share of resolved dossiers resolved early or on time, in percent (1 decimal)."""
        return in_time_rate(self.early, self.on_time, self.resolved)

    @model_validator(mode="after")
    def _adds_up(self):
        checks = {
            "carried_over + received = resolved + returned + withdrawn + pending": self.carried_over + self.received
            == self.resolved + self.returned + self.withdrawn + self.pending,
            "resolved = early + on_time + late": self.resolved == self.early + self.on_time + self.late,
            "pending = pending_in_time + pending_overdue": self.pending == self.pending_in_time + self.pending_overdue,
            "received = online + direct + postal": self.received
            == self.received_online + self.received_direct + self.received_postal,
        }
        broken = [name for name, ok in checks.items() if not ok]
        if broken:
            raise ValueError("dossier counts do not add up: " + "; ".join(broken))
        return self

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in DOSSIER_KEYS}


class FieldCounts(DossierCounts):
    field: str | None


class Dossiers(DossierCounts):
    by_field: list[FieldCounts] = []
    # dossiers of the window whose date was put back by an apology letter (phiếu xin lỗi và hẹn
    # lại; from 01/07/2025 the extension request, Mẫu 04) issued by the window's end
    apology_letters: int = 0


class MeetingKind(BaseModel):
    kind: str
    name: str
    name_en: str | None = None
    count: int


class Meetings(BaseModel):
    total: int
    by_kind: list[MeetingKind]


class FormRow(BaseModel):
    """One row of Biểu 06/VPCP/KSTT; attribute names carry the column number."""

    no: int | None  # column 1 (None on the total row)
    field: str | None  # column 2
    c3_total: int
    c4_online: int
    c5_direct_postal: int
    c6_carried_over: int
    c7_resolved: int
    c8_early: int
    c9_on_time: int  # includes returned and withdrawn dossiers, per the form's note
    c10_late: int
    c11_pending: int
    c12_pending_in_time: int
    c13_pending_overdue: int

    @model_validator(mode="after")
    def _adds_up(self):
        ok = (
            self.c3_total
            == self.c4_online + self.c5_direct_postal + self.c6_carried_over
            == self.c7_resolved + self.c11_pending
            and self.c7_resolved == self.c8_early + self.c9_on_time + self.c10_late
            and self.c11_pending == self.c12_pending_in_time + self.c13_pending_overdue
        )
        if not ok:
            raise ValueError(f"form row {self.field!r} does not add up")
        return self

    @classmethod
    def from_counts(cls, c: DossierCounts, no: int | None, field: str | None) -> FormRow:
        return cls(
            no=no,
            field=field,
            c3_total=c.carried_over + c.received,
            c4_online=c.received_online,
            c5_direct_postal=c.received_direct + c.received_postal,
            c6_carried_over=c.carried_over,
            c7_resolved=c.resolved + c.returned + c.withdrawn,
            c8_early=c.early,
            c9_on_time=c.on_time + c.returned + c.withdrawn,
            c10_late=c.late,
            c11_pending=c.pending,
            c12_pending_in_time=c.pending_in_time,
            c13_pending_overdue=c.pending_overdue,
        )


class Form(BaseModel):
    """Biểu số 06/VPCP/KSTT (Circular 01/2020/TT-VPCP)."""

    name: str = "Biểu số 06/VPCP/KSTT"
    start: date
    end: date
    rows: list[FormRow]
    total: FormRow
    note: str = "returned and withdrawn dossiers are counted in column 9 (on time)"
    regime: str = "01/2020/TT-VPCP"  # the reporting regime the period falls under
    verified: bool = True  # False: the regime's own form was not checked; Biểu 06's columns are used


class Figures(BaseModel):
    """The counts of a period, without lists: what ``--compare`` sets side by side."""

    period: PeriodOut
    tasks: TaskCounts
    dossiers: DossierCounts
    meetings: Meetings


class Comparison(BaseModel):
    previous: Figures
    change: dict[str, dict[str, int]]  # section -> key -> current - previous


class Report(BaseModel):
    period: PeriodOut
    tasks: Tasks
    dossiers: Dossiers
    meetings: Meetings
    form: Form
    compare: Comparison | None = None
    documents: DocumentsOut = DocumentsOut()
    outreach: OutreachOut = OutreachOut()
    inspections: InspectionsOut = InspectionsOut()
    index: IndexOut = IndexOut()
    notes: dict[str, str] = {}  # the clerk's own texts, by section (strengths, causes, ...)
    next_period: NextPeriod = NextPeriod()
    agency: Agency = Agency()
    regime: Regime | None = None
    service_index: ServiceIndex | None = None  # Decision 766/QĐ-TTg (cchc.domain.service_index)

    def figures(self) -> Figures:
        return Figures(
            period=self.period,
            tasks=TaskCounts(**self.tasks.model_dump(include=set(TASK_KEYS))),
            dossiers=DossierCounts(**self.dossiers.counts()),
            meetings=self.meetings,
        )
