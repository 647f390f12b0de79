"""A list's or an export's ``--from``/``--to``: both days included, on the date column the noun
is listed by; a window that ends before it starts is refused (one rule for every list)."""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import Day, InputError


def check(date_from: date | None, date_to: date | None) -> None:
    """Refuse ``--from`` after ``--to``."""
    if date_from and date_to and date_from > date_to:
        raise InputError("bad_range", start=Day(date_from.isoformat()), end=Day(date_to.isoformat()))


def between(where: list[str], params: dict, column: str, date_from: date | None, date_to: date | None) -> None:
    """Add the window's conditions on ``column`` to ``where`` (parameters ``:from``, ``:to``)."""
    check(date_from, date_to)
    if date_from:
        where.append(f"{column} >= :from")
        params["from"] = date_from.isoformat()
    if date_to:
        where.append(f"{column} <= :to")
        params["to"] = date_to.isoformat()
