"""Readers of the registers' import files: documents (plans among them), communication work,
inspections, the reform index (criteria, evidence, results) and the report's notes. Each reads
one row into a record of the columns the file has; the shared rules judge it afterwards."""

from __future__ import annotations

import re

from cchc.domain import reform_index as tree
from cchc.domain.areas import REFORM_AREAS
from cchc.domain.documents import join_refs, kind_key, split_refs
from cchc.domain.outreach import kind_key as outreach_kind
from cchc.domain.periods import canonical_label
from cchc.domain.rules.values import normal_code
from cchc.domain.text import key as text_key
from cchc.services.imports import cells as c

_AREAS = {text_key(v): k for k, vi, en in REFORM_AREAS for v in (k, vi, en)}
_POINTS = re.compile(r"^\s*(\d{1,4})(?:[.,](\d{1,6}))?\s*(?:điểm|đ)?\s*$", re.I)
_RANK = re.compile(r"^\s*(\d{1,5})\s*/\s*(\d{1,5})\s*$")
_TOTAL = re.compile(r"^\s*tổng", re.I)


def points(value: str | None, column: str) -> float | None:
    """Points as a province's file writes them: ``2``, ``1,5``, ``1.25``, ``2 điểm``."""
    if value is None:
        return None
    m = _POINTS.match(value)
    if not m:
        raise c.CellError(column, "imp_bad_points", value=value)
    return float(f"{m.group(1)}.{m.group(2) or 0}")


def area(r, rec: dict) -> None:
    if r.has("area"):
        raw = r.text("area")
        rec["area"] = None if raw is None else _AREAS.get(text_key(raw), raw)


def document(r, conn) -> dict:
    rec = {"code": normal_code(c.need(r.text("code"), "code"))}
    if r.has("kind"):
        rec["kind"] = kind_key(r.text("kind"))
    if r.has("issued_on"):
        rec["issued_on"] = r.date("issued_on")
    r.optional(rec, "issuer", "summary", "basis")
    area(r, rec)
    if r.has("serves"):
        rec["serves"] = join_refs([normal_code(x) for x in split_refs(r.text("serves"))])
    if r.has("year"):
        rec["year"] = c.whole(r.text("year"), "year")
    return rec


def outreach(r, conn) -> dict:
    rec = {
        "kind": outreach_kind(c.need(r.text("kind"), "kind")),
        "held_on": c.need(r.date("held_on"), "held_on"),
        "title": c.need(r.text("title"), "title"),
    }
    r.optional(rec, "outlet", "note")
    if r.has("count"):
        rec["count"] = c.whole(r.text("count"), "count") or 1
    return rec


def inspection(r, conn) -> dict:
    from cchc.store.inspections import parse_ref

    rec: dict = {}
    if r.has("held_on"):
        rec["held_on"] = r.date("held_on")
    ref = r.text("ref") if r.has("ref") else None
    if ref is not None and not (r.has("number") and r.text("number")):
        try:
            rec["year"], rec["number"] = parse_ref(ref)
        except Exception:
            raise c.CellError("ref", "bad_inspection_ref", value=ref) from None
    else:
        rec["number"] = c.need(c.whole(r.text("number"), "number"), "number")
        year = c.whole(r.text("year"), "year") if r.has("year") else None
        rec["year"] = year if year is not None else (int(rec["held_on"][:4]) if rec.get("held_on") else None)
    r.optional(rec, "unit", "body", "findings", "follow_up", "evidence", "note")
    for col in ("due_on", "done_on"):
        if r.has(col):
            rec[col] = r.date(col)
    if r.has("document"):
        doc = r.text("document")
        rec["document"] = normal_code(doc) if doc else None
    return rec


def criterion(r, conn) -> dict | None:
    raw = r.text("code")
    code = tree.normal_code(raw)
    if raw is None and _TOTAL.match(r.text("title") or ""):
        return None  # the file's total row: the tree's sum, computed
    if code is None:
        raise c.CellError("code", "bad_criterion_code", value=raw or "")
    year = c.whole(r.text("year"), "year") if r.has("year") else None
    rec = {"year": year if year is not None else r.defaults.get("year"), "code": code}
    c.need(rec["year"], "year")
    r.optional(rec, "title", "evidence", "note")
    for col in ("max_points", "self_score", "council_score"):
        if r.has(col):
            rec[col] = points(r.text(col), col)
    area(r, rec)
    return rec


def evidence(r, conn) -> dict:
    year = c.whole(r.text("year"), "year") if r.has("year") else None
    rec = {
        "year": c.need(year if year is not None else r.defaults.get("year"), "year"),
        "criterion": tree.normal_code(c.need(r.text("criterion"), "criterion")) or r.text("criterion"),
        "kind": (c.need(r.text("kind"), "kind")).lower(),
        "ref": c.need(r.text("ref"), "ref"),
    }
    if rec["kind"] in ("document", "task"):
        rec["ref"] = normal_code(rec["ref"])
    if r.has("sha256"):
        sha = r.text("sha256")
        rec["sha256"] = sha.lower() if sha else None
    r.optional(rec, "note")
    return rec


def result(r, conn) -> dict:
    year = c.whole(r.text("year"), "year") if r.has("year") else None
    rec = {"year": c.need(year if year is not None else r.defaults.get("year"), "year")}
    for col in ("score", "max_points"):
        if r.has(col):
            rec[col] = points(r.text(col), col)
    if r.has("rank"):
        raw = r.text("rank")
        m = _RANK.match(raw or "")
        if m:  # "6/20", as a result is written
            rec["rank"], rec["of"] = int(m.group(1)), int(m.group(2))
        else:
            rec["rank"] = c.whole(raw, "rank")
    if r.has("of") and "of" not in rec:
        rec["of"] = c.whole(r.text("of"), "of")
    r.optional(rec, "note")
    if r.has("document"):
        doc = r.text("document")
        rec["document"] = normal_code(doc) if doc else None
    return rec


def note(r, conn) -> dict:
    raw = c.need(r.text("period"), "period")
    label = canonical_label(raw)
    if label is None:
        raise c.CellError("period", "bad_period_label", value=raw)
    rec = {"period": label, "section": (c.need(r.text("section"), "section")).lower()}
    if r.has("text"):
        rec["text"] = c.text(r.cells[r.pos["text"]], r.restore)  # kept as written (line breaks)
    return rec


READERS = {
    "documents": document,
    "outreach": outreach,
    "inspections": inspection,
    "index-criteria": criterion,
    "index-evidence": evidence,
    "index-results": result,
    "report-notes": note,
}


def nouns() -> dict:
    from cchc.store import documents, inspections, outreach, reform_index, report_notes

    return {
        "documents": documents.NOUN,
        "outreach": outreach.NOUN,
        "inspections": inspections.NOUN,
        "index-criteria": reform_index.CRITERION,
        "index-evidence": reform_index.EVIDENCE,
        "index-results": reform_index.RESULT,
        "report-notes": report_notes.NOUN,
    }


def context(noun: str, conn, recs: list[dict]) -> dict:
    """What the noun's validator needs of the ledger (and of the file, for a tree's parents)."""
    from datetime import date

    today = date.today().isoformat()
    if noun in ("documents", "plans"):
        from cchc.store.documents import context as doc_context

        return doc_context(conn, today)
    if noun == "outreach":
        return {"today": today}
    if noun == "inspections":
        from cchc.store.documents import codes

        return {"today": today, "documents": codes(conn)}
    if noun == "index-criteria":
        from cchc.store.reform_index import criterion_keys

        return {"codes": criterion_keys(conn) | {(r.get("year"), r.get("code")) for r in recs}}
    if noun == "index-evidence":
        from cchc.store.reform_index import evidence_context

        return evidence_context(conn)
    return {}


def tree_problems(conn, recs: list[tuple[int | None, dict]]) -> list[tuple[int | None, str, str, dict]]:
    """A criteria file is a whole tree: each year it touches must add up once it is written.
    Returns (line, column, key, values) for the rows concerned."""
    from cchc.store.reform_index import criteria

    out = []
    for year in sorted({r["year"] for _, r in recs if isinstance(r.get("year"), int)}):
        merged = {row["code"]: row for row in criteria(conn, year)}
        lines = {}
        for line, r in recs:
            if r.get("year") == year:
                merged[r["code"]] = {**merged.get(r["code"], {}), **r}
                lines[r["code"]] = line
        rows = [m for m in merged.values() if isinstance(m.get("max_points"), float) and m.get("title")]
        for code, key, params in tree.tree_problems(rows):
            out.append((lines.get(code), "code", key, params))
    return out
