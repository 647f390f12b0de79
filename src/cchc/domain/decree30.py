"""Rules of Decree 30/2020/NĐ-CP (Appendix I) on how an administrative document writes its
number and its date; pure, no I/O.

- "Số": numbers below 10 take a zero ("05/BC-VPUB"); the symbol is in capitals, its groups
  joined by hyphens ("BC-VPUB").
- Dates: "ngày 09 tháng 6 năm 2022" — days below 10 and months 1 and 2 take a zero.
- Headings: parts in Roman numerals ("I."), items in figures ("1."), points in letters of the
  Vietnamese alphabet ("a)", ..., "d)", "đ)", "e)").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from cchc.domain.errors import InputError

_NUMBER = re.compile(r"^\s*(\d{1,6})?\s*(?:/\s*(\S+?))?\s*$")
_SYMBOL = re.compile(r"^[0-9A-ZĐ]+(?:[-.&][0-9A-ZĐ]+)*$")


def date_parts(d: date) -> tuple[str, str, str]:
    """Day, month and year as the annex writes them ("09", "6", "2022"; "15", "02", "2022")."""
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return day, month, str(d.year)


def short_date(d: date) -> str:
    """``09/6/2022``: the annex's zeros, for running text."""
    return "/".join(date_parts(d))


def parse_number(text: str) -> tuple[int | None, str | None]:
    """``45/BC-VPUB`` -> (45, "BC-VPUB"); ``45`` -> (45, None); ``/bc-vpub`` -> (None, "BC-VPUB").
    Raises InputError("docx.bad_number") for anything else (0, spaces in the symbol, …)."""
    m = _NUMBER.match(unicodedata.normalize("NFC", text or ""))
    if not m or not (m.group(1) or m.group(2)):
        raise InputError("docx.bad_number", value=text)
    number = int(m.group(1)) if m.group(1) else None
    symbol = m.group(2).upper() if m.group(2) else None
    if number == 0 or (symbol is not None and not _SYMBOL.match(symbol)):
        raise InputError("docx.bad_number", value=text)
    return number, symbol


def number_text(number: int | None, symbol: str) -> str:
    """``45/BC-VPUB``, ``05/BC-VPUB``, or a blank to fill in by hand when the number is not known
    yet (it is given when the document is issued): ``            /BC-VPUB``."""
    return (f"{number:02d}" if number is not None else " " * 12) + "/" + symbol


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese order of points: a) b) c) d) đ) e) ...


def heading_label(level: int, number: int) -> str:
    """The number a heading of ``level`` (1–3) starts with: ``I. ``, ``1. ``, ``a) ``."""
    if level == 1:
        return f"{ROMAN[number - 1]}. "
    if level == 2:
        return f"{number}. "
    return f"{LETTERS[number - 1]}) "
