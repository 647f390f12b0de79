"""The service-quality indicators of Decision 766/QĐ-TTg (23/06/2022) that a unit's dossier
ledger can compute, and the points the decision gives them. Pure: counts in, indicators out.

The decision scores a unit out of 100 in five groups — publicity and transparency 18,
progress and results 20, digitisation 22, online services 22, satisfaction 18 (verified). The
formulas below follow the national portal's technical description of the indicators ("Mô tả
công thức tính chỉ số 766"), a secondary source; where it states no points rule, the rule used is
marked ``verified: False`` and every number is configurable (``POINTS``; a JSON file of
overrides, see ``merge_points``). Shares are percentages rounded to 2 decimals, ``None`` when the
denominator is 0 ("N/A"), as the portal's notes say.

Indicators (key: the portal's number, the formula):

- ``on_time`` (2.1): dossiers handled early or on time / dossiers received or carried into the
  period. A finished dossier (resolved, returned, withdrawn) is on time when it ended on or before
  its appointment date; one still pending at the period's end when its date is not past; one
  waiting for supplements at the end when it was paused on or before its date and asked for
  supplements only once ("trừ trường hợp yêu cầu bổ sung hơn 01 lần thì tính quá hạn"). Time
  waiting for supplements does not count (the ledger moves the date by it).
- ``processing_time`` (2.2): per procedure, the average working days from receipt to result of
  the dossiers received in the period and resolved by its end, less the days waited for
  supplements, beside the average time allowed. Points (not stated by the source): the share of
  procedures whose average is within the allowed average.
- ``online`` (3.3): dossiers received online / dossiers received; full points from 50 %.
- ``fully_online``: received fully online (toàn trình) / received — no dossier-level points
  rule found (the decision's 3.1 counts procedures, not dossiers): shown, not scored.
- ``paid_online`` (3.6): dossiers whose fee was paid online / dossiers with a fee.
- ``result_digitised`` (4.1): resolved dossiers with an electronic result / resolved dossiers
  (of those received in the period).
- ``digitised`` (4.2): dossiers whose inputs were digitised and, once resolved, their result
  too / dossiers received; full points from 80 %.
- ``digitised_inputs``: inputs digitised / received (shown, not scored).
- ``satisfaction`` (5.4): 100 % − (share handled late + share rated unsatisfied, 1–2 of 5);
  full points from 90 %; 6 of the group's 18 points.
- ``satisfied``: rated 4–5 / rated (shown, not scored).

Points of an indicator with a threshold T and a maximum M: M × min(1, value / T) — the linear
rule the source gives for 3.3, 4.2, 4.3 and 5.4 ("Dưới X% tính theo công thức: tỷ lệ × Điểm tối
đa / X%").
"""

from __future__ import annotations

from pydantic import BaseModel, computed_field

GROUP_MAX = {"publicity": 18, "progress": 20, "digitisation": 22, "online": 22, "satisfaction": 18}

# key -> (the portal's number, group, max points, threshold %, verified): the shipped table.
# Unverified maxima: the group's maximum split equally among the indicators the portal lists in
# it (group 2: 2.1, 2.2; groups 3 and 4: five each), 5.4 = 6 points (quoted from the decision).
POINTS: dict[str, dict] = {
    "on_time": {"code": "2.1", "group": "progress", "max": 10.0, "threshold": 100.0, "verified": False},
    "processing_time": {"code": "2.2", "group": "progress", "max": 10.0, "threshold": 100.0, "verified": False},
    "online": {"code": "3.3", "group": "online", "max": 4.4, "threshold": 50.0, "verified": False},
    "fully_online": {"code": None, "group": "online", "max": 0.0, "threshold": 100.0, "verified": False},
    "paid_online": {"code": "3.6", "group": "online", "max": 4.4, "threshold": 80.0, "verified": False},
    "result_digitised": {"code": "4.1", "group": "digitisation", "max": 4.4, "threshold": 80.0, "verified": False},
    "digitised": {"code": "4.2", "group": "digitisation", "max": 4.4, "threshold": 80.0, "verified": False},
    "digitised_inputs": {"code": None, "group": "digitisation", "max": 0.0, "threshold": 100.0, "verified": False},
    "satisfaction": {"code": "5.4", "group": "satisfaction", "max": 6.0, "threshold": 90.0, "verified": True},
    "satisfied": {"code": None, "group": "satisfaction", "max": 0.0, "threshold": 100.0, "verified": False},
}
INDICATORS = tuple(POINTS)
DISLIKE_MAX = 2  # a rating of 1 or 2 (of 5) is "không hài lòng" (the portal's dislike)
LIKE_MIN = 4


class ServiceCounts(BaseModel):
    """The raw counts of a unit's period: every one a sum over dossiers, so units add up."""

    window: int = 0  # carried over + received: the dossiers handled in the period
    received: int = 0
    in_time: int = 0  # 2.1's numerator
    received_online: int = 0
    received_full_online: int = 0
    received_partial_online: int = 0
    digitised_inputs: int = 0  # received with their inputs digitised
    digitised: int = 0  # 4.2: inputs digitised and, once resolved, the result too
    resolved_received: int = 0  # received in the period and resolved by its end
    result_digitised: int = 0  # of those, with an electronic result
    fee_dossiers: int = 0  # received with a fee (paid online or otherwise)
    paid_online: int = 0
    rated: int = 0
    satisfied: int = 0  # rated 4-5
    unsatisfied: int = 0  # rated 1-2
    apologies: int = 0  # with an apology slip and a new date
    late_without_apology: int = 0  # handled late, no apology slip recorded

    @computed_field
    @property
    def late(self) -> int:
        return self.window - self.in_time


class ProcedureTime(BaseModel):
    """2.2 for one procedure: sums, so that units and periods add up; averages derived."""

    procedure: str
    resolved: int = 0
    workdays: int = 0  # total working days taken (supplement waits left out)
    allowed_workdays: int = 0  # total working days allowed by the appointment dates

    @computed_field
    @property
    def average(self) -> float | None:
        return round(self.workdays / self.resolved, 2) if self.resolved else None

    @computed_field
    @property
    def allowed_average(self) -> float | None:
        return round(self.allowed_workdays / self.resolved, 2) if self.resolved else None

    @computed_field
    @property
    def within(self) -> bool | None:
        return self.workdays <= self.allowed_workdays if self.resolved else None


class Indicator(BaseModel):
    code: str | None  # the portal's number ("2.1"); None for a figure it does not score
    value: float | None  # percent, 2 decimals; None when nothing to count (N/A)
    numerator: int | None
    denominator: int
    points: float | None  # None when not scored or N/A
    max_points: float
    threshold: float  # the value that earns the maximum
    verified: bool  # the points rule was found in the decision or its guidance


class ServiceIndex(BaseModel):
    basis: str = "766/QĐ-TTg"
    counts: ServiceCounts
    procedures: list[ProcedureTime] = []
    indicators: dict[str, Indicator]
    score: float | None  # points earned by the indicators that could be computed
    max_score: float  # their maximum
    percent: float | None  # score / max_score, the figure units are ranked by


def _share(num: int, den: int) -> float | None:
    return round(100.0 * num / den, 2) if den else None


def points_of(value: float | None, max_points: float, threshold: float) -> float | None:
    """The linear rule: full points from the threshold, proportional below it."""
    if value is None or not max_points:
        return None
    return round(max_points * min(1.0, max(0.0, value) / threshold), 2)


def merge_points(overrides: dict) -> dict[str, dict]:
    """The shipped table with a file's overrides ({"on_time": {"max": 12, "threshold": 95}});
    raises ValueError naming what is wrong."""
    table = {k: dict(v) for k, v in POINTS.items()}
    if not isinstance(overrides, dict):
        raise ValueError("a JSON object of indicators is expected")
    for key, given in overrides.items():
        if key not in table:
            raise ValueError(f"unknown indicator {key!r} (known: {', '.join(INDICATORS)})")
        if not isinstance(given, dict) or set(given) - {"max", "threshold"}:
            raise ValueError(f"{key}: an object with max and/or threshold is expected")
        for name, value in given.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{key}.{name}: a number >= 0 is expected")
            if name == "threshold" and not 0 < value <= 100:
                raise ValueError(f"{key}.threshold: a percentage in (0, 100] is expected")
            table[key][name] = float(value)
        table[key]["verified"] = False  # an office's own rule
    return table


def compute(counts: ServiceCounts, procedures: list[ProcedureTime], points: dict | None = None) -> ServiceIndex:
    """The indicators and their points from a unit's (or a province's) counts."""
    table = points or POINTS
    c = counts
    timed = [p for p in procedures if p.resolved]
    within = sum(1 for p in timed if p.within)
    late_share = _share(c.late, c.window)
    dislike_share = _share(c.unsatisfied, c.window)
    satisfaction = None if late_share is None else round(max(0.0, 100.0 - late_share - (dislike_share or 0.0)), 2)
    raw: dict[str, tuple[float | None, int | None, int]] = {
        "on_time": (_share(c.in_time, c.window), c.in_time, c.window),
        "processing_time": (_share(within, len(timed)), within, len(timed)),
        "online": (_share(c.received_online, c.received), c.received_online, c.received),
        "fully_online": (_share(c.received_full_online, c.received), c.received_full_online, c.received),
        "paid_online": (_share(c.paid_online, c.fee_dossiers), c.paid_online, c.fee_dossiers),
        "result_digitised": (_share(c.result_digitised, c.resolved_received), c.result_digitised, c.resolved_received),
        "digitised": (_share(c.digitised, c.received), c.digitised, c.received),
        "digitised_inputs": (_share(c.digitised_inputs, c.received), c.digitised_inputs, c.received),
        "satisfaction": (satisfaction, None, c.window),
        "satisfied": (_share(c.satisfied, c.rated), c.satisfied, c.rated),
    }
    indicators: dict[str, Indicator] = {}
    score = max_score = 0.0
    for key, (value, num, den) in raw.items():
        rule = table[key]
        pts = points_of(value, rule["max"], rule["threshold"])
        indicators[key] = Indicator(
            code=rule["code"],
            value=value,
            numerator=num,
            denominator=den,
            points=pts,
            max_points=rule["max"],
            threshold=rule["threshold"],
            verified=rule["verified"],
        )
        if pts is not None:
            score += pts
            max_score += rule["max"]
    return ServiceIndex(
        counts=c,
        procedures=procedures,
        indicators=indicators,
        score=round(score, 2) if max_score else None,
        max_score=round(max_score, 2),
        percent=round(100.0 * score / max_score, 2) if max_score else None,
    )


def add(items: list[ServiceIndex], points: dict | None = None) -> ServiceIndex:
    """Several units' (or periods') indicators as one: counts and procedure sums added, every
    share and point recomputed (never averaged)."""
    fields = [f for f in ServiceCounts.model_fields]
    counts = ServiceCounts(**{f: sum(getattr(i.counts, f) for i in items) for f in fields})
    by_name: dict[str, ProcedureTime] = {}
    for item in items:
        for p in item.procedures:
            got = by_name.setdefault(p.procedure, ProcedureTime(procedure=p.procedure))
            got.resolved += p.resolved
            got.workdays += p.workdays
            got.allowed_workdays += p.allowed_workdays
    from cchc.domain.text import vi_sort_key

    procs = sorted(by_name.values(), key=lambda p: vi_sort_key(p.procedure))
    return compute(counts, procs, points)
