"""The clerk's own text for a section of a period's report: the assessment (strengths,
shortcomings, causes), the directions for the next period, the proposals, or what a reform
area's results need said beyond the figures. Keyed by the period's label (``2022-H1``)."""

from __future__ import annotations

from cchc.domain.areas import AREA_KEYS
from cchc.domain.periods import canonical_label
from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = ("period", "section", "text")
SECTIONS = ("strengths", "shortcomings", "causes", "directions", "proposals")
ALL_SECTIONS = SECTIONS + AREA_KEYS


def validate(rec: dict) -> list[Problem]:
    out: list[Problem] = []
    period = v.text(out, rec, "period", required=True)
    if period is not None and canonical_label(period) != period:
        out.append(Problem("period", "bad_period_label", {"value": period}))
    v.choice(out, rec, "section", ALL_SECTIONS, required=True)
    v.text(out, rec, "text", required=True)
    return out
