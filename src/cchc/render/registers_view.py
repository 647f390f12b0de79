"""The registers' lists on the terminal, readable at 80 columns: codes, dates and numbers never
wrap (``fixed``), the long texts share what is left. From plain rows (no SQL)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cchc.render.tables import cell


def print_rows(
    rows: Sequence[dict],
    columns: Sequence[str],
    *,
    tr,
    fixed: Sequence[str] = (),
    right: Sequence[str] = (),
    formats: dict[str, Callable] | None = None,
    title: str | None = None,
    caption: str | None = None,
    bold: Callable[[dict], bool] | None = None,
) -> None:
    from cchc.render.console import out
    from cchc.render.tables import compact

    formats = formats or {}
    t = compact(title=title, caption=caption)
    for col in columns:
        t.add_column(
            tr.label(col),
            no_wrap=col in fixed,
            overflow="fold",
            justify="right" if col in right else "left",
            ratio=None if col in fixed or col in right else 1,
        )
    for row in rows:
        t.add_row(
            *[cell(row.get(c), formats.get(c), c) for c in columns],
            style="bold" if bold is not None and bold(row) else None,
        )
    out().print(t)
