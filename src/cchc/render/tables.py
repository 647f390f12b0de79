"""Rich tables from lists of dicts, fitted to the console's width.

A table never breaks a code, a date or a number: those columns do not wrap. Text columns
(names, titles) wrap at spaces. When the table cannot fit even so, the columns the caller names
in ``drop`` go first, least important first. Headings wrap at spaces too. Overdue records are
marked: in colour on a terminal, with a visible ``!`` where there is no colour (NO_COLOR, a pipe).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

# never wrapped (a code, a date, a time, a number): as wide as their widest cell
STRICT = frozenset({"code", "ref", "id", "cal_day", "when", "at", "number", "year", "days", "completion"})
# short words (a kind, an action, a key that may hold a meeting's title): wrap at spaces only
WORDY = frozenset({"key", "kind", "plan", "action", "actor", "command", "channel"})
SEPARATOR = 2  # columns between two cells: one of padding, the box's blank divider
TEXT_WIDTH = 16  # a text column is not squeezed below this (or its content) before others drop
TEXT_CAP = 60  # nor made wider than this
SHORT_LABEL = 12  # a label column this narrow or less does not wrap


def _no_wrap(col: str) -> bool:
    return col in STRICT or col.endswith("_on") or col in ("dc_on", "dc_until", "dc_due_before", "dc_due_after")


def cell(value: Any, fmt: Callable[[Any], Any] | None, key: str = ""):
    """A value as a table shows it: dates day first, text with its control, bidi and invisible
    characters escaped (``\\u202e``, as messages show them: a stored code or name cannot
    reorder the terminal line) and its markup characters literal."""
    from cchc.domain.text import one_line

    if fmt is not None:
        shown = fmt(value)
        return one_line(shown, keep="\n") if isinstance(shown, str) else shown
    if value is None:
        return ""
    if key.endswith("_on") and isinstance(value, str) and len(value) == 10:
        from cchc.domain.dates import vn

        return vn(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    from rich.markup import escape

    return escape(one_line(str(value), keep="\n"))


def _plain(cell) -> str:
    return cell.plain if hasattr(cell, "plain") else str(cell)


def _longest_word(text: str) -> int:
    from rich.cells import cell_len

    return max((cell_len(w) for w in text.split()), default=0)


def _width(cell) -> int:
    from rich.cells import cell_len

    return max((cell_len(x) for x in _plain(cell).splitlines()), default=0)


def min_width(col: str, header: str, cells: list) -> int:
    """The narrowest a column is laid out: a code, date, time or number column its widest cell
    (it never wraps); any other its longest word, in a cell or the heading (so no word breaks),
    and a text column as wide as its content up to ``TEXT_WIDTH`` before others give up room."""
    words = max([_longest_word(header), *(_longest_word(_plain(c)) for c in cells)])
    if _no_wrap(col):
        return max(words, *(_width(c) for c in cells)) if cells else words
    if col in WORDY:  # a short label ("trực tuyến") stays on one line when it is short enough
        return max(words, min(max((_width(c) for c in cells), default=0), SHORT_LABEL))
    return max(words, min(max((_width(c) for c in cells), default=0), TEXT_WIDTH))


def layout(
    columns: Sequence[str],
    headers: dict[str, str],
    cells: dict[str, list],
    width: int | None,
    drop=(),
    at_least: dict[str, int] | None = None,
) -> dict[str, int | None]:
    """The columns kept and their widths. The ``drop`` ones go first, least important first,
    until the narrowest layout fits ``width``; then the widest columns give up room, one
    column at a time, down to their ``min_width`` (or ``at_least``: the room a column of long
    text needs to stay readable, kept before the ``drop`` columns). ``None``: no limit."""
    kept = list(columns)
    if width is None:
        return dict.fromkeys(kept)
    mins = {c: min_width(c, headers[c], cells[c]) for c in columns}
    maxs = {c: max(mins[c], _width(headers[c]), *(_width(x) for x in cells[c])) for c in columns}
    for c, w in (at_least or {}).items():
        if c in mins:
            mins[c] = max(mins[c], min(w, maxs[c]))
    seps = lambda: SEPARATOR * (len(kept) - 1)  # noqa: E731
    for col in drop:
        if sum(mins[c] for c in kept) + seps() <= width:
            break
        if col in kept and len(kept) > 1:
            kept.remove(col)
    widths = {c: min(maxs[c], TEXT_CAP) if not _no_wrap(c) else maxs[c] for c in kept}
    widths = {c: max(w, mins[c]) for c, w in widths.items()}
    excess = sum(widths.values()) + seps() - width
    while excess > 0:
        room = [c for c in kept if widths[c] > mins[c]]
        if not room:
            break  # cannot fit: the terminal crops, as it would anyway
        widest = max(room, key=lambda c: widths[c] - mins[c])
        step = min(excess, widths[widest] - mins[widest], max(1, (widths[widest] - mins[widest]) // 2))
        widths[widest] -= step
        excess -= step
    return widths


def table(
    rows: Iterable[dict],
    columns: Sequence[str],
    *,
    tr=None,
    headers: dict[str, str] | None = None,
    title: str | None = None,
    formats: dict[str, Callable[[Any], Any]] | None = None,
    caption: str | None = None,
    drop: Sequence[str] = (),
    width: int | None = None,
    at_least: dict[str, int] | None = None,
):
    formats = formats or {}
    rows = list(rows)
    headers = headers or {c: tr.label(c) for c in columns}
    cells = {c: [cell(r.get(c), formats.get(c), c) for r in rows] for c in columns}
    widths = layout(columns, headers, cells, width, drop, at_least)
    t = compact(title=title, caption=caption)
    for col, w in widths.items():
        numeric = bool(rows) and all(isinstance(r.get(col), int) and not isinstance(r.get(col), bool) for r in rows)
        t.add_column(headers[col], width=w, overflow="fold", justify="right" if numeric else "left")
    for i in range(len(rows)):
        t.add_row(*[cells[c][i] for c in widths])
    return t


def compact(**kw):
    """The table style of every list and report: a rule under the heading, no frame, two
    spaces between columns — the most data in the fewest columns."""
    from rich import box
    from rich.table import Table

    kw.setdefault("title_justify", "left")
    kw.setdefault("caption_justify", "left")
    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0), **kw)


def print_table(rows: list[dict], columns: Sequence[str], **kw: Any) -> None:
    from cchc.render.console import out

    con = out()
    con.print(table(rows, columns, width=con.width, **kw))


def overdue_cell(label: str, overdue: bool, console=None):
    """A status shown so an overdue record stands out: red on a terminal; ``! label`` without
    colour (NO_COLOR, a pipe)."""
    from rich.markup import escape
    from rich.text import Text

    from cchc.render.console import has_colour

    if not overdue:
        return escape(label)
    if has_colour(console):
        return Text(label, style="bold red")
    return "! " + escape(label)


def print_record(record: dict, keys: Sequence[str], *, tr, title: str | None = None) -> None:
    """A vertical key/value table for ``show`` commands: the labels never wrap, the values wrap
    at spaces."""
    from rich import box
    from rich.table import Table

    from cchc.render.console import out

    t = Table(title=title, show_header=False, box=box.SIMPLE, show_edge=False, pad_edge=False)
    t.add_column(style="bold", no_wrap=True)
    t.add_column(overflow="fold")
    for k in keys:
        v = record.get(k)
        if k in ("status", "channel") and isinstance(v, str):
            v = tr.label(v)
        t.add_row(tr.label(k), cell(v, None, k))
    out().print(t)
