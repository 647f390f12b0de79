"""A record's history, from the audit trail."""

from __future__ import annotations

from cchc.i18n import label


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


def print_history(entries: list[dict]) -> None:
    from rich.markup import escape
    from rich.table import Table

    from cchc.render.console import out

    t = Table(title=label("history"))
    for col in ("at", "actor", "command", "action", "changes"):
        t.add_column(col)
    for e in entries:
        t.add_row(
            e["at"][:19].replace("T", " "),
            e["actor"],
            e["command"],
            e["action"],
            escape(changes(e["before"], e["after"])),
        )
    out().print(t)
