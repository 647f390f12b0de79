"""A directive document (văn bản chỉ đạo, điều hành): its number and symbol exactly as written
(``02/KH-VPUB``), kind, issue date, issuer, summary (trích yếu), reform area, and the plan or
tasks it serves. A document with a ``year`` is a reform plan: its tasks are counted in that
year's reports (``cchc plan`` shows these)."""

from __future__ import annotations

from collections.abc import Container

from cchc.domain.areas import AREA_KEYS
from cchc.domain.documents import KIND_KEYS, split_refs
from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = ("code", "kind", "issued_on", "issuer", "summary", "area", "serves", "year", "basis")


def validate(
    rec: dict, *, today: str, plans: Container[str] | None = None, tasks: Container[str] | None = None
) -> list[Problem]:
    """``plans``/``tasks``: the plan codes and task references of the ledger, for ``serves``
    (None: not checked)."""
    out: list[Problem] = []
    v.code(out, rec, "code")
    v.choice(out, rec, "kind", KIND_KEYS, required=True)
    issued = v.iso_date(out, rec, "issued_on")
    v.not_future(out, "issued_on", issued, today)
    v.text(out, rec, "issuer")
    v.text(out, rec, "summary", required=True)
    area = rec.get("area")
    if area is not None and area not in AREA_KEYS:
        out.append(Problem("area", "bad_area", {"value": area}))
    serves = v.text(out, rec, "serves")
    if serves is not None and plans is not None and tasks is not None:
        for ref in split_refs(serves):
            if ref not in (tasks if "#" in ref else plans):
                out.append(Problem("serves", "document_serves_missing", {"ref": ref}))
    v.integer(out, rec, "year", v.MIN_YEAR, v.MAX_YEAR)
    v.text(out, rec, "basis")
    return out
