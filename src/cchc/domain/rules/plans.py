"""A reform plan: ``02/KH-VPUB``, its title, year, issue date and the decision it implements."""

from __future__ import annotations

from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = ("code", "title", "year", "issued_on", "basis")


def validate(rec: dict) -> list[Problem]:
    out: list[Problem] = []
    v.code(out, rec, "code")
    v.text(out, rec, "title", required=True)
    v.integer(out, rec, "year", v.MIN_YEAR, v.MAX_YEAR, required=True)
    v.iso_date(out, rec, "issued_on")
    v.text(out, rec, "basis")
    return out
