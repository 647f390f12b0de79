"""The clerk's actions on inspections of reform work: add (numbered within its year), edit,
done (the follow-up completed, with its evidence), delete (with its reason)."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Conflict, InputError
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean, required
from cchc.store import documents, inspections
from cchc.store.records import delete as delete_record
from cchc.store.records import write_one


def _today() -> str:
    return date.today().isoformat()


def _values(changes: dict) -> dict:
    out = {}
    for col, value in changes.items():
        if value is None:
            continue
        if isinstance(value, date):
            out[col] = value.isoformat()
        elif col == "document":
            out[col] = normal_code(clean(value) or "") or None
        else:
            out[col] = clean(value) if isinstance(value, str) else value
    return out


def _write(tx, rec: dict) -> dict:
    write_one(tx, inspections.NOUN, rec, today=_today(), documents=documents.codes(tx.conn))
    return inspections.get(tx, inspections.make_ref(rec["year"], rec["number"]), _today())


def add(ledger, held_on: date, unit: str, **fields) -> dict:
    with ledger.write() as tx:
        rec = {
            "year": held_on.year,
            "number": inspections.next_number(tx.conn, held_on.year),
            "held_on": held_on.isoformat(),
            "unit": clean(unit),
            **_values(fields),
        }
        return _write(tx, rec)


def edit(ledger, ref: str, **changes) -> dict:
    """Change an inspection's fields; its date stays within its year (the reference's)."""
    values = _values({k: v for k, v in changes.items() if v != ""})
    cleared = {k: None for k, v in changes.items() if v == "" and k not in ("unit", "held_on")}
    if not values and not cleared:
        raise InputError("nothing_to_edit")
    with ledger.write() as tx:
        current = inspections.get(tx, ref, _today())
        return _write(tx, {"year": current["year"], "number": current["number"], **values, **cleared})


def done(ledger, ref: str, on: date, evidence: str | None = None) -> dict:
    """The follow-up the inspection required is done."""
    with ledger.write() as tx:
        current = inspections.get(tx, ref, _today())
        if not current["follow_up"]:
            raise Conflict("inspection_no_follow_up", ref=current["ref"])
        if current["done_on"]:
            raise Conflict("inspection_already_done", ref=current["ref"], when=current["done_on"])
        values = {"done_on": on.isoformat()}
        if clean(evidence):
            values["evidence"] = clean(evidence)
        return _write(tx, {"year": current["year"], "number": current["number"], **values})


def delete(ledger, ref: str, reason: str | None) -> dict:
    why = required(reason, "reason")
    with ledger.write() as tx:
        current = inspections.get(tx, ref, _today())
        return delete_record(tx, inspections.NOUN, (current["year"], current["number"]), why)
