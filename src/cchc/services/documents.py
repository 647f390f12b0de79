"""The clerk's actions on the document register: add, edit, delete (with its reason) — each one
transaction through the document's write path. A plan is a document with a year."""

from __future__ import annotations

from datetime import date

from cchc.domain.documents import join_refs, kind_key, split_refs
from cchc.domain.errors import Conflict, InputError, NotFound
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean, required
from cchc.store import documents
from cchc.store.records import delete as delete_record
from cchc.store.records import exists, write_one


def _today() -> str:
    return date.today().isoformat()


def _values(changes: dict) -> dict:
    out: dict = {}
    for col, value in changes.items():
        if value is None:
            continue
        if isinstance(value, date):
            out[col] = value.isoformat()
        elif col == "kind":
            out[col] = kind_key(clean(value))
        elif col == "serves":
            refs = [normal_code(r) for r in split_refs(clean(value))]
            out[col] = join_refs(refs)
        elif col == "area":
            out[col] = (clean(value) or "").lower() or None
        elif isinstance(value, str):
            out[col] = clean(value)
        else:
            out[col] = value
    return out


def add(ledger, code: str, summary: str, **fields) -> dict:
    """A new document; its kind, when not given, from its symbol (or a plan's, with a year)."""
    rec = {"code": normal_code(clean(code) or ""), "summary": clean(summary), **_values(fields)}
    with ledger.write() as tx:
        if rec["code"] and exists(tx, documents.NOUN, (rec["code"],)):
            raise Conflict("document_exists", code=rec["code"])
        if rec.get("kind") is None and documents.NOUN.defaults(rec)["kind"] is None:
            raise InputError("document_kind_needed", code=rec["code"])
        return write_one(tx, documents.NOUN, rec, **documents.context(tx.conn, _today()))


def edit(ledger, code: str, **changes) -> dict:
    """Change a document's fields (the number and symbol is its identity). An empty text clears
    a field (``--area ""``)."""
    values = _values({k: v for k, v in changes.items() if v != ""})
    cleared = {k: None for k, v in changes.items() if v == "" and k not in ("kind", "summary")}
    if not values and not cleared:
        raise InputError("nothing_to_edit")
    with ledger.write() as tx:
        current = documents.get(tx, code)
        if "year" in cleared and documents.references(tx.conn, current["code"])["tasks"]:
            n = documents.references(tx.conn, current["code"])["tasks"]
            raise Conflict("document_used_tasks", code=current["code"], n=n)
        rec = {"code": current["code"], **values, **cleared}
        return write_one(tx, documents.NOUN, rec, **documents.context(tx.conn, _today()))


def delete(ledger, code: str, reason: str | None) -> dict:
    """Remove a document nothing points at; the audit entry keeps it and the reason."""
    why = required(reason, "reason")
    with ledger.write() as tx:
        current = documents.get(tx, code)
        used = {k: n for k, n in documents.references(tx.conn, current["code"]).items() if n}
        if used:
            what, n = next(iter(used.items()))
            raise Conflict(f"document_used_{what}", code=current["code"], n=n)
        before = delete_record(tx, documents.NOUN, (current["code"],), why)
        if before is None:  # pragma: no cover - read just above in the same transaction
            raise NotFound("document_missing", code=code)
        return before
