"""The procedure catalog: code, name, field and processing time in working days."""

from __future__ import annotations

from cchc.domain.problems import Problem
from cchc.domain.rules import values as v
from cchc.domain.workdays import MAX_DAYS

COLUMNS = ("code", "name", "field", "days")


def validate(rec: dict) -> list[Problem]:
    out: list[Problem] = []
    v.code(out, rec, "code")
    v.text(out, rec, "name", required=True)
    v.text(out, rec, "field")
    v.integer(out, rec, "days", 1, MAX_DAYS, required=True)
    return out
