"""The clerk's actions on the reform-index self-assessment — criteria (add, edit with the scores,
delete), their evidence (documents, tasks, meetings, files by name and SHA-256), the year's
result (final score, rank) — and what is read from it: the tree with its sums, the weakest
criteria, the change from the year before, and tasks to work on the weakest."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from cchc.domain import reform_index as tree
from cchc.domain.errors import Conflict, InputError, Label, NotFound
from cchc.domain.problems import raise_first
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean, required
from cchc.store import reform_index as store
from cchc.store.records import delete as delete_record
from cchc.store.records import exists, write_one

DEFAULT_TOP = 5


def _code(code: str) -> str:
    found = tree.normal_code(code)
    if found is None:
        raise InputError("bad_criterion_code", value=code)
    return found


def tree_warnings(ledger, year: int) -> list[tuple[str, dict]]:
    """What does not add up in the year's tree (message key, values): a tree built criterion by
    criterion is incomplete on the way, so commands warn; an import (a whole tree) and ``cchc
    check`` refuse it."""
    return [(key, params) for _, key, params in tree.tree_problems(store.criteria(ledger, year))]


def add_criterion(ledger, year: int, code: str, title: str, max_points: float, **fields) -> dict:
    rec = {"year": year, "code": _code(code), "title": clean(title), "max_points": max_points}
    rec |= {k: (clean(v) if isinstance(v, str) else v) for k, v in fields.items() if v is not None}
    with ledger.write() as tx:
        if exists(tx, store.CRITERION, (year, rec["code"])):
            raise Conflict("criterion_exists", year=year, code=rec["code"])
        return write_one(tx, store.CRITERION, rec, codes=store.criterion_keys(tx.conn))


def edit_criterion(ledger, year: int, code: str, **changes) -> dict:
    """Title, maximum, the self-score and the council's score, area, evidence text, note; an
    empty text clears a field."""
    values = {k: (clean(v) if isinstance(v, str) else v) for k, v in changes.items() if v is not None and v != ""}
    cleared = {k: None for k, v in changes.items() if v == "" and k not in ("title", "max_points")}
    if not values and not cleared:
        raise InputError("nothing_to_edit")
    with ledger.write() as tx:
        current = store.criterion(tx, year, _code(code))
        rec = {"year": year, "code": current["code"], **values, **cleared}
        return write_one(tx, store.CRITERION, rec, codes=store.criterion_keys(tx.conn))


def delete_criterion(ledger, year: int, code: str, reason: str | None) -> dict:
    why = required(reason, "reason")
    with ledger.write() as tx:
        current = store.criterion(tx, year, _code(code))
        below = tx.conn.execute(
            "SELECT COUNT(*) FROM index_criteria WHERE year = ? AND code LIKE ? ESCAPE '!'",
            (year, current["code"].replace("!", "!!") + ".%"),
        ).fetchone()[0]
        if below:
            raise Conflict("criterion_has_children", year=year, code=current["code"], n=below)
        if store.evidence(tx, year, current["code"]):
            raise Conflict("criterion_has_evidence", year=year, code=current["code"])
        return delete_record(tx, store.CRITERION, (year, current["code"]), why)


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError as exc:
        raise InputError("cannot_read", path=path, detail=exc.strerror or str(exc)) from None
    return h.hexdigest()


def evidence_item(kind: str, ref: str) -> tuple[str, str, str | None]:
    """(kind, reference as stored, SHA-256): a file is recorded by its name and its digest."""
    if kind == "file":
        return kind, Path(ref).name, sha256_of(ref)
    text = clean(ref) or ""
    return kind, (normal_code(text) if kind in ("document", "task") else text), None


def add_evidence(ledger, year: int, code: str, kind: str, ref: str, note: str | None = None) -> dict:
    kind, stored, sha = evidence_item(kind, ref)
    rec = {"year": year, "criterion": _code(code), "kind": kind, "ref": stored, "sha256": sha, "note": clean(note)}
    with ledger.write() as tx:
        before = exists(tx, store.EVIDENCE, (year, rec["criterion"], kind, stored))
        if before is not None and before.get("sha256") == sha and (note is None or before.get("note") == rec["note"]):
            raise Conflict("evidence_exists", year=year, code=rec["criterion"], kind=Label(kind), ref=stored)
        if note is None and before is not None:
            rec["note"] = before.get("note")
        return write_one(tx, store.EVIDENCE, rec, **store.evidence_context(tx.conn))


def remove_evidence(ledger, year: int, code: str, kind: str, ref: str, reason: str | None) -> dict:
    why = required(reason, "reason")
    stored = (
        Path(ref).name
        if kind == "file"
        else (normal_code(clean(ref) or "") if kind in ("document", "task") else clean(ref))
    )
    with ledger.write() as tx:
        before = delete_record(tx, store.EVIDENCE, (year, _code(code), kind, stored), why)
        if before is None:
            raise NotFound("evidence_missing_record", year=year, code=_code(code), kind=Label(kind), ref=stored)
        return before


def set_result(ledger, year: int, **values) -> dict:
    """Record or change the year's result: final score, maximum, rank among how many, the
    document that published it, a note."""
    given = {k: (clean(v) if isinstance(v, str) else v) for k, v in values.items() if v is not None}
    if not given:
        raise InputError("nothing_to_edit")
    if "document" in given and given["document"]:
        given["document"] = normal_code(given["document"])
    with ledger.write() as tx:
        return write_one(tx, store.RESULT, {"year": year, **given})


def delete_result(ledger, year: int, reason: str | None) -> dict:
    why = required(reason, "reason")
    with ledger.write() as tx:
        before = delete_record(tx, store.RESULT, (year,), why)
        if before is None:
            raise NotFound("index_result_missing", year=year)
        return before


# -- reading ------------------------------------------------------------------------------------


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 2)


def _node_out(n: tree.Node, depth: int, previous: dict[str, tree.Node]) -> dict:
    before = previous.get(n.code)
    share = tree.share(n)
    prev_share = tree.share(before) if before is not None else None
    return {
        "code": n.code,
        "title": n.title,
        "level": depth + 1,
        "max_points": n.max_points,
        "self_score": _round(n.points("self")),
        "council_score": _round(n.points("council")),
        "final": _round(n.final()),
        "share": None if share is None else round(100 * share, 1),
        "previous_share": None if prev_share is None else round(100 * prev_share, 1),
        "area": n.area,
        "leaf": n.leaf,
    }


def summary(ledger, year: int, top: int = DEFAULT_TOP) -> dict:
    """A year's assessment: totals, result, the year before's, every criterion, the weakest."""
    rows = store.criteria(ledger, year)
    result = store.result(ledger, year)
    if not rows and result is None:
        raise NotFound("index_year_missing", year=year)
    nodes = tree.build_tree(rows)
    prev_rows = store.criteria(ledger, year - 1)
    prev_nodes = {n.code: n for n, _ in tree.walk(tree.build_tree(prev_rows))}
    prev_result = store.result(ledger, year - 1)
    self_total = _sum(nodes, "self")
    council_total = _sum(nodes, "council")
    top_max = sum(n.max_points for n in nodes) if nodes else None
    score = (result or {}).get("score")
    if score is None:
        score = council_total if council_total is not None else self_total
    prev_score = (prev_result or {}).get("score")
    if prev_score is None and prev_rows:
        prev_tree = tree.build_tree(prev_rows)
        prev_score = _sum(prev_tree, "council")
        if prev_score is None:
            prev_score = _sum(prev_tree, "self")
    weak = tree.weakest(nodes, top)
    return {
        "year": year,
        "score": _round(score),
        "max": (result or {}).get("max_points") or top_max,
        "rank": (result or {}).get("rank"),
        "of": (result or {}).get("of"),
        "previous_rank": (prev_result or {}).get("rank"),
        "previous_of": (prev_result or {}).get("of"),
        "previous_score": _round(prev_score),
        "self_score": _round(self_total),
        "council_score": _round(council_total),
        "document": (result or {}).get("document"),
        "criteria": [_node_out(n, d, prev_nodes) for n, d in tree.walk(nodes)],
        "weakest": [_node_out(n, _depth(n.code), prev_nodes) for n in weak],
        "evidence": store.evidence(ledger, year),
    }


def _depth(code: str) -> int:
    return code.count(".")


def _sum(nodes: list[tree.Node], which: str) -> float | None:
    if not nodes:
        return None
    total = 0.0
    for n in nodes:
        p = n.points(which)
        if p is None:
            return None
        total += p
    return total


def latest_year_before(ledger, year: int) -> int | None:
    """The most recent assessed year before ``year`` (a report of 2022 speaks of the 2021 index,
    assessed during 2022)."""
    found = [y for y in store.years(ledger) if y < year]
    return found[-1] if found else None


def weak_tasks(summary_: dict, lang_titles) -> list[dict]:
    """One task per weakest criterion: its title (``lang_titles(criterion) -> str``), its area."""
    return [{"criterion": c["code"], "title": lang_titles(c), "area": c["area"]} for c in summary_["weakest"]]


def add_weak_tasks(ledger, plan: str, items: list[dict], due_on: date | None = None) -> list[str]:
    """Add the tasks to ``plan`` in one transaction; returns their references."""
    from cchc.domain.refs import make_ref
    from cchc.store import plans, tasks
    from cchc.store.records import Item, upsert_many

    with ledger.write() as tx:
        code = plans.get(tx, plan)["code"]
        first = tasks.next_number(tx.conn, code)
        recs = [
            {
                "plan": code,
                "number": first + i,
                "title": it["title"],
                "area": it["area"],
                "unit": None,
                "due_on": due_on.isoformat() if due_on else None,
            }
            for i, it in enumerate(items)
        ]
        out = upsert_many(
            tx,
            tasks.NOUN,
            [Item(r, action="insert") for r in recs],
            today=date.today().isoformat(),
            plans=tasks.plan_codes(tx.conn),
        )
        raise_first([p for _, p in out.problems])
        return [make_ref(code, r["number"]) for r in recs]
