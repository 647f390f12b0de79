"""A dossier's date changes, oldest first, for ``dossier show``: its waits for supplements (with
the working days they added) and its new dates, each with its reason — read from the pause rows
(the record) and the audit trail (the dates before and after each change)."""

from __future__ import annotations


def changes(ledger, code: str) -> list[dict]:
    """Every change of the dossier's dates, oldest first: pauses (with the working days they
    added) and reschedules, each with its reason."""
    logged = _from_audit(ledger, code)
    out = [c for c in logged if c["change"] != "pause"]
    out += _pauses(ledger, code, [c for c in logged if c["change"] == "pause"])
    _imported_new_date(ledger, code, out)
    out.sort(key=lambda c: (c["on"] or "", c["change"]))
    return out


def _change(change: str, on: str | None, reason: str | None, due_before=None, due_after=None) -> dict:
    """One change, its keys in the order ``dossier show --json`` prints them."""
    return {
        "change": change,
        "on": on,
        "until": None,
        "workdays": None,
        "due_before": due_before,
        "due_after": due_after,
        "reason": reason,
    }


def _from_audit(ledger, code: str) -> list[dict]:
    """The changes the audit trail's entries show, in their order: each ``dossier pause`` (the
    due date after a resume or a finish that ended it filled in), and each new date set by
    ``dossier reschedule`` or by an import that wrote full entries."""
    from cchc.store.audit import history

    out: list[dict] = []
    for e in history(ledger, "dossier", code):
        b, a = e["before"] or {}, e["after"] or {}
        if e["action"] == "pause":
            out.append(_change("pause", a.get("paused_on"), a.get("pause_reason"), b.get("due_on"), a.get("due_on")))
        elif b.get("paused_on") and not a.get("paused_on") and a:  # resumed, or finished while waiting
            last = next((c for c in reversed(out) if c["change"] == "pause"), None)
            if last is not None:
                last["due_after"] = a.get("due_on")
        elif (
            e["action"] in ("reschedule", "insert", "update")
            and a.get("rescheduled_due_on")
            and a.get("rescheduled_due_on") != b.get("rescheduled_due_on")
        ):  # by `dossier reschedule`, or by an import
            out.append(
                _change(
                    "reschedule",
                    a.get("on") or e["at"][:10],  # the slip's date (`reschedule --on`), else the entry's
                    a.get("reschedule_reason"),
                    b.get("rescheduled_due_on") or b.get("due_on"),
                    a.get("rescheduled_due_on"),
                )
            )
    return out


def _pauses(ledger, code: str, logged: list[dict]) -> list[dict]:
    """The waits, from the pause rows: they are the record, and know the resume date and the
    working days; the audit entries of ``dossier pause`` (``logged``) add the dates before and
    after. A history that came with an import has rows and no such entries."""
    rows = ledger.rows(
        "SELECT p.paused_on, p.resumed_on, p.days, p.reason FROM dossier_pauses p"
        " JOIN dossiers d ON d.id = p.dossier_id WHERE d.code = ? ORDER BY p.id",
        (code,),
    )
    out = []
    for r in rows:
        c = next((c for c in logged if c["on"] == r["paused_on"]), None)
        if c is None:
            c = _change("pause", r["paused_on"], r["reason"])
        else:
            logged.remove(c)
        c["until"], c["workdays"] = r["resumed_on"], r["days"]
        out.append(c)
    return out


def _imported_new_date(ledger, code: str, out: list[dict]) -> None:
    """A new date that came with an import (its audit row holds a digest, not the values) is
    read from the record, dated by the import that wrote it."""
    row = ledger.row("SELECT due_on, rescheduled_due_on, reschedule_reason FROM dossiers WHERE code = ?", (code,))
    if not row or not row["rescheduled_due_on"]:
        return
    if any(c["change"] == "reschedule" and c["due_after"] == row["rescheduled_due_on"] for c in out):
        return
    at = ledger.row("SELECT MAX(a.at) AS at FROM audit_rows r JOIN audit a ON a.id = r.entry WHERE r.key = ?", (code,))
    on = (at["at"] or "")[:10] or None
    out.append(_change("reschedule", on, row["reschedule_reason"], row["due_on"], row["rescheduled_due_on"]))
