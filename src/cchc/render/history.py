"""A record's history, from the audit trail: what each change did, and why.

A correction's reason (and an apology slip's date) is kept in the audit entry's ``after`` beside
the record's columns; a key that the record before did not have is such an extra, not a change
of a column. A deletion's ``after`` holds only its reason."""

from __future__ import annotations

EXTRAS = ("reason", "on")


def _extras(before: dict | None, after: dict | None) -> set[str]:
    b, a = before or {}, after or {}
    return {k for k in EXTRAS if k in a and k not in b}


def changes(before: dict | None, after: dict | None) -> str:
    """``field: old → new`` for the fields that changed."""
    b = before or {}
    a = after or {}
    if not b:
        return ""
    skip = _extras(before, after)
    parts = []
    for k in sorted((set(a) | set(b)) - skip):
        if a.get(k) != b.get(k):
            parts.append(f"{k}: {b.get(k)!s} → {a.get(k)!s}")
    return "; ".join(parts)


def describe(event: dict) -> str:
    """What an event changed: ``field: old → new``, or where an import's row came from."""
    src = event.get("source")
    if src is not None:
        return f"{src['file']}:{src['line']} (sha256 {str(src['sha256'])[:12]}…)"
    if event["action"] == "delete":
        return ""
    return changes(event["before"], event["after"])


def reason(event: dict) -> str:
    """Why (a correction's reason, a deletion's), with an apology slip's own date."""
    after = event.get("after") or {}
    extra = _extras(event.get("before"), after) if event["action"] != "delete" else {"reason"}
    parts = []
    if "on" in extra and after.get("on"):
        from cchc.domain.dates import vn

        parts.append(vn(after["on"]))
    if "reason" in extra and after.get("reason"):
        parts.append(str(after["reason"]))
    return ": ".join(parts)


def rows(entries: list[dict], tr) -> list[dict]:
    """The history as table rows: when, who, action (translated), what changed, why."""
    return [
        {
            "at": e["at"][:16].replace("T", " "),
            "actor": e["actor"],
            "action": tr.label(e["action"]),
            "changes": describe(e),
            "reason": reason(e),
        }
        for e in entries
    ]


def print_history(entries: list[dict], tr) -> None:
    from cchc.render import tables

    tables.print_table(
        rows(entries, tr),
        ["at", "actor", "action", "changes", "reason"],
        tr=tr,
        title=tr.label("history"),
        drop=("actor",),
    )
