"""The ledger's own particulars, used as defaults by reports and by a province's roll-up: the
agency (cơ quan báo cáo), its parent (cơ quan chủ quản), the place written before the date, the
unit code, the signer and the signer's title."""

from __future__ import annotations

import re

from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = ("key", "value")
KEYS = ("agency", "parent", "place", "unit_code", "signer", "signer_title")
# a unit code names the unit's folder in a province's Parquet dataset (unit=CODE/year=...)
UNIT_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def validate(rec: dict) -> list[Problem]:
    out: list[Problem] = []
    key = v.choice(out, rec, "key", KEYS, required=True)
    value = v.text(out, rec, "value", required=True)
    if key == "unit_code" and value is not None and not UNIT_CODE.fullmatch(value):
        out.append(Problem("value", "bad_unit_code", {"value": value}))
    return out
