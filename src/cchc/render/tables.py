"""Rich tables from lists of dicts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any


def table(
    rows: Iterable[dict],
    columns: Sequence[str],
    *,
    tr,
    title: str | None = None,
    formats: dict[str, Callable[[Any], str]] | None = None,
    caption: str | None = None,
):
    from rich.table import Table

    formats = formats or {}
    t = Table(title=title, caption=caption, show_lines=False)
    for col in columns:
        t.add_column(tr.label(col), overflow="fold")
    for row in rows:
        t.add_row(*[_cell(row.get(col), formats.get(col), col) for col in columns])
    return t


def _cell(value: Any, fmt: Callable[[Any], str] | None, key: str = "") -> str:
    if fmt is not None:
        return fmt(value)
    if value is None:
        return ""
    if key.endswith("_on") and isinstance(value, str) and len(value) == 10:
        from cchc.domain.dates import vn

        return vn(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    from rich.markup import escape

    return escape(str(value))


def print_table(rows: list[dict], columns: Sequence[str], **kw: Any) -> None:
    from cchc.render.console import out

    out().print(table(rows, columns, **kw))


def print_record(record: dict, keys: Sequence[str], *, tr, title: str | None = None) -> None:
    """A vertical key/value table for ``show`` commands."""
    from rich.table import Table

    from cchc.render.console import out

    t = Table(title=title, show_header=False)
    t.add_column(style="bold")
    t.add_column(overflow="fold")
    for k in keys:
        v = record.get(k)
        if k in ("status", "channel") and isinstance(v, str):
            v = tr.label(v)
        t.add_row(tr.label(k), _cell(v, None, k))
    out().print(t)
