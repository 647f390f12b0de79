"""The reform-index self-assessment's records: a criterion of a year's tree (its maximum, the
unit's own score, the appraisal council's score), a piece of evidence for it (a document, a
task, a meeting, or a file recorded by name and SHA-256), and the year's result (final score,
rank among N units). The tree's sums are checked by ``cchc.domain.reform_index.tree_problems``."""

from __future__ import annotations

import re
from collections.abc import Container

from cchc.domain.areas import AREA_KEYS
from cchc.domain.errors import Label
from cchc.domain.problems import Problem
from cchc.domain.reform_index import is_code, parent_of
from cchc.domain.rules import values as v

CRITERION_COLUMNS = ("year", "code", "title", "max_points", "self_score", "council_score", "area", "evidence", "note")
EVIDENCE_COLUMNS = ("year", "criterion", "kind", "ref", "sha256", "note")
RESULT_COLUMNS = ("year", "score", "max_points", "rank", "of", "document", "note")
EVIDENCE_KINDS = ("document", "task", "meeting", "file")
MAX_POINTS = 1000.0
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def points(out: list[Problem], rec: dict, col: str, hi: float = MAX_POINTS, *, required: bool = False) -> float | None:
    value = rec.get(col)
    if value is None:
        if required:
            out.append(Problem(col, "required", {"field": Label(col)}))
        return None
    if type(value) in (int, float) and 0 <= value <= hi:
        return float(value)
    out.append(Problem(col, "bad_points", {"column": Label(col), "value": value, "hi": hi}))
    return None


def validate_criterion(rec: dict, *, codes: Container[tuple] | None = None) -> list[Problem]:
    """``codes``: the (year, code) pairs of the tree being written, for the parent (None: not
    checked)."""
    out: list[Problem] = []
    year = v.integer(out, rec, "year", v.MIN_YEAR, v.MAX_YEAR, required=True)
    code = v.text(out, rec, "code", required=True)
    if code is not None and not is_code(code):
        out.append(Problem("code", "bad_criterion_code", {"value": code}))
        code = None
    if code is not None and year is not None and codes is not None:
        parent = parent_of(code)
        if parent is not None and (year, parent) not in codes:
            out.append(Problem("code", "criterion_parent_missing", {"code": code, "parent": parent}))
    v.text(out, rec, "title", required=True)
    top = points(out, rec, "max_points", required=True)
    for col in ("self_score", "council_score"):
        score = points(out, rec, col)
        if score is not None and top is not None and score > top + 1e-9:
            out.append(Problem(col, "score_above_max", {"column": Label(col), "score": score, "max": top}))
    area = rec.get("area")
    if area is not None and area not in AREA_KEYS:
        out.append(Problem("area", "bad_area", {"value": area}))
    v.text(out, rec, "evidence")
    v.text(out, rec, "note")
    return out


def validate_evidence(
    rec: dict,
    *,
    criteria: Container[tuple] | None = None,
    documents: Container[str] | None = None,
    tasks: Container[str] | None = None,
    meetings: Container[str] | None = None,
) -> list[Problem]:
    """The containers (None: not checked): the ledger's (year, code) criteria, document codes,
    task references and meeting keys (``office@2022-01-10/Title``)."""
    out: list[Problem] = []
    year = v.integer(out, rec, "year", v.MIN_YEAR, v.MAX_YEAR, required=True)
    criterion = v.text(out, rec, "criterion", required=True)
    if criterion is not None and year is not None and criteria is not None and (year, criterion) not in criteria:
        out.append(Problem("criterion", "criterion_missing", {"year": year, "code": criterion}))
    kind = v.choice(out, rec, "kind", EVIDENCE_KINDS, required=True)
    ref = v.text(out, rec, "ref", required=True)
    sha = v.text(out, rec, "sha256")
    if kind == "file":
        if sha is None or not _SHA256.match(sha):
            out.append(Problem("sha256", "bad_sha256", {"value": rec.get("sha256")}))
    elif sha is not None:
        out.append(Problem("sha256", "sha256_not_file", {}))
    known = {"document": documents, "task": tasks, "meeting": meetings}.get(kind or "")
    if ref is not None and known is not None and ref not in known:
        out.append(Problem("ref", "evidence_missing", {"kind": Label(kind), "ref": ref}))
    v.text(out, rec, "note")
    return out


def validate_result(rec: dict) -> list[Problem]:
    out: list[Problem] = []
    v.integer(out, rec, "year", v.MIN_YEAR, v.MAX_YEAR, required=True)
    top = points(out, rec, "max_points")
    score = points(out, rec, "score")
    if score is not None and top is not None and score > top + 1e-9:
        out.append(Problem("score", "score_above_max", {"column": Label("score"), "score": score, "max": top}))
    rank = v.integer(out, rec, "rank", 1, 10_000)
    of = v.integer(out, rec, "of", 1, 10_000)
    if rank is not None and of is not None and rank > of:
        out.append(Problem("rank", "rank_above_of", {"rank": rank, "of": of}))
    if (rank is None) != (of is None) and not any(p.column in ("rank", "of") for p in out):
        out.append(Problem("of" if of is None else "rank", "rank_needs_of", {}))
    v.text(out, rec, "document")
    v.text(out, rec, "note")
    return out
