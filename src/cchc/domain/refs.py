"""Task references: ``PLAN#N``, e.g. ``02/KH-VPUB#7``."""

from __future__ import annotations

from cchc.domain.errors import InputError
from cchc.domain.text import clean


def parse_ref(ref: str) -> tuple[str, int]:
    text = clean(ref) or ""
    plan, sep, num = text.rpartition("#")
    if not sep or not plan or not num.isdigit() or int(num) < 1:
        raise InputError("bad_ref", value=ref)
    return plan.strip(), int(num)


def make_ref(plan: str, number: int) -> str:
    return f"{plan}#{number}"
