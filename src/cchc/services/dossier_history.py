"""A dossier's date changes, oldest first, for ``dossier show``: its waits for supplements (with
the working days they added) and its new dates, each with its reason — read from the pause rows
(the record) and the audit trail (the dates before and after each change)."""

from __future__ import annotations


def changes(ledger, code: str) -> list[dict]:
    """Every change of the dossier's dates, oldest first: pauses (with the working days they
    added) and reschedules, each with its reason."""
    from cchc.store.audit import history

    out = []
    for e in history(ledger, "dossier", code):
        b, a = e["before"] or {}, e["after"] or {}
        if e["action"] == "pause":
            out.append(
                {
                    "change": "pause",
                    "on": a.get("paused_on"),
                    "until": None,
                    "workdays": None,
                    "due_before": b.get("due_on"),
                    "due_after": a.get("due_on"),
                    "reason": a.get("pause_reason"),
                }
            )
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
                {
                    "change": "reschedule",
                    "on": a.get("on") or e["at"][:10],  # the slip's date (`reschedule --on`), else the entry's
                    "until": None,
                    "workdays": None,
                    "due_before": b.get("rescheduled_due_on") or b.get("due_on"),
                    "due_after": a.get("rescheduled_due_on"),
                    "reason": a.get("reschedule_reason"),
                }
            )
    # the pause rows are the record: they know the resume date and the working days; the audit
    # entries of `dossier pause` add the dates before and after. A history that came with an
    # import has rows and no such entries.
    rows = ledger.rows(
        "SELECT p.paused_on, p.resumed_on, p.days, p.reason FROM dossier_pauses p"
        " JOIN dossiers d ON d.id = p.dossier_id WHERE d.code = ? ORDER BY p.id",
        (code,),
    )
    logged = [c for c in out if c["change"] == "pause"]
    out = [c for c in out if c["change"] != "pause"]
    for r in rows:
        c = next((c for c in logged if c["on"] == r["paused_on"]), None)
        if c is None:
            c = {
                "change": "pause",
                "on": r["paused_on"],
                "until": None,
                "workdays": None,
                "due_before": None,
                "due_after": None,
                "reason": r["reason"],
            }
        else:
            logged.remove(c)
        c["until"], c["workdays"] = r["resumed_on"], r["days"]
        out.append(c)
    _imported_new_date(ledger, code, out)
    out.sort(key=lambda c: (c["on"] or "", c["change"]))
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
    out.append(
        {
            "change": "reschedule",
            "on": (at["at"] or "")[:10] or None,
            "until": None,
            "workdays": None,
            "due_before": row["due_on"],
            "due_after": row["rescheduled_due_on"],
            "reason": row["reschedule_reason"],
        }
    )
