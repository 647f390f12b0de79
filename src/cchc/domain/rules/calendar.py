"""The office's calendar overrides: an extra day off or an extra working day, with its reason."""

from __future__ import annotations

from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = ("day", "kind", "reason")
KINDS = ("off", "work")


def validate(rec: dict) -> list[Problem]:
    out: list[Problem] = []
    v.iso_date(out, rec, "day", required=True)
    v.choice(out, rec, "kind", KINDS, required=True)
    v.text(out, rec, "reason", required=True)
    return out
