"""The ledger's own particulars, used as defaults by reports and by a province's roll-up: the
agency (cơ quan báo cáo), its parent (cơ quan chủ quản), the place written before the date, the
unit code, the signer and the signer's title."""

from __future__ import annotations

from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = ("key", "value")
KEYS = ("agency", "parent", "place", "unit_code", "signer", "signer_title")


def validate(rec: dict) -> list[Problem]:
    out: list[Problem] = []
    v.choice(out, rec, "key", KEYS, required=True)
    v.text(out, rec, "value", required=True)
    return out
