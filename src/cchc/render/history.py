"""A record's history, from the audit trail."""

from __future__ import annotations


def changes(before: dict | None, after: dict | None) -> str:
    """``field: old → new`` for the fields that changed."""
    b = before or {}
    a = after or {}
    parts = []
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            if not b:
                continue
            parts.append(f"{k}: {b.get(k)!s} → {a.get(k)!s}")
    return "; ".join(parts)


def describe(event: dict) -> str:
    """What an event changed: ``field: old → new``, or where an import's row came from."""
    src = event.get("source")
    if src is not None:
        return f"{src['file']}:{src['line']} (sha256 {str(src['sha256'])[:12]}…)"
    return changes(event["before"], event["after"])


def print_history(entries: list[dict], tr) -> None:
    from rich.markup import escape
    from rich.table import Table

    from cchc.render.console import out

    t = Table(title=tr.label("history"))
    for col in ("at", "actor", "command", "action", "changes"):
        t.add_column(col)
    for e in entries:
        t.add_row(
            e["at"][:19].replace("T", " "),
            e["actor"],
            e["command"],
            e["action"],
            escape(describe(e)),
        )
    out().print(t)
