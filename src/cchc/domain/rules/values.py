"""Rules for single stored values, shared by every record's validator.

A record is a dict of its stored columns: text in NFC, dates as ISO ``YYYY-MM-DD`` text, whole
numbers as ints, ``None`` for an empty cell. Each rule appends a ``Problem`` for its column
and returns the value when it is sound (``None`` otherwise), so the record's own rules can go
on with the values that are usable. They run on what a command typed, on every row of an
import and on rows read back from the ledger by ``cchc check`` (which may hold anything a hand
edit left there), so they never assume a type.
"""

from __future__ import annotations

import functools
import unicodedata
from datetime import date

from cchc.domain.errors import Day, Label
from cchc.domain.problems import Problem
from cchc.domain.text import MAX_TEXT, unstorable

MIN_YEAR, MAX_YEAR = 1900, 2200


def text(out: list[Problem], rec: dict, col: str, *, required: bool = False) -> str | None:
    value = rec.get(col)
    if value is None or value == "":
        if required:
            out.append(Problem(col, "required", {"field": Label(col)}))
        return None
    if type(value) is not str:
        out.append(Problem(col, "bad_text", {"value": str(value)[:60], "why": "not text"}))
        return None
    why = _text_flaw(value) if not value.isascii() or "\x00" in value or len(value) > MAX_TEXT else None
    if why is not None:
        out.append(Problem(col, "bad_text", {"value": value[:60], "why": why}))
        return None
    if required and value.isspace():
        out.append(Problem(col, "required", {"field": Label(col)}))
        return None
    return value


@functools.lru_cache(maxsize=1 << 15)  # names, fields and procedures repeat row after row
def _text_flaw(value: str) -> str | None:
    why = unstorable(value)
    if why is None and len(value) > MAX_TEXT:
        why = f"> {MAX_TEXT}"
    if why is None and not unicodedata.is_normalized("NFC", value):
        why = "not NFC"
    return why


@functools.lru_cache(maxsize=1 << 14)
def _iso_ok(value: str) -> bool:
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return False
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return False
    return MIN_YEAR <= d.year <= MAX_YEAR


def iso_date(out: list[Problem], rec: dict, col: str, *, required: bool = False) -> str | None:
    value = rec.get(col)
    if value is None:
        if required:
            out.append(Problem(col, "required", {"field": Label(col)}))
        return None
    if type(value) is str and _iso_ok(value):
        return value
    out.append(Problem(col, "bad_stored_date", {"column": col, "value": value}))
    return None


def not_future(out: list[Problem], col: str, value: str | None, today: str) -> None:
    """Outcomes and completions are recorded when they happen: a date after today is a typo."""
    if value is not None and value > today:
        out.append(Problem(col, "future_date", {"value": Day(value)}))


def integer(out: list[Problem], rec: dict, col: str, lo: int, hi: int, *, required: bool = False) -> int | None:
    value = rec.get(col)
    if value is None:
        if required:
            out.append(Problem(col, "required", {"field": Label(col)}))
        return None
    if type(value) is int and lo <= value <= hi:
        return value
    out.append(Problem(col, "bad_number", {"column": Label(col), "value": value, "lo": lo, "hi": hi}))
    return None


def choice(out: list[Problem], rec: dict, col: str, choices: tuple, *, required: bool = False) -> str | None:
    value = rec.get(col)
    if value is None:
        if required:
            out.append(Problem(col, "required", {"field": Label(col)}))
        return None
    if value in choices:
        return value
    out.append(Problem(col, "bad_choice", {"field": Label(col), "value": value, "choices": ", ".join(choices)}))
    return None


# -- codes -------------------------------------------------------------------------------------
# A code (dossier, plan, procedure, meeting kind) is typed, pasted and imported: two codes that
# look the same must be the same code. So a code is kept in NFKC (full-width letters fold to
# ASCII, "Ａ" is "A"), and characters a reader cannot see or that reorder the text (controls,
# zero-width and bidi format characters, unusual spaces) or a mix of scripts (a Cyrillic "А"
# among Latin letters) are refused.

_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "COPTIC", "CHEROKEE")


def normal_code(value: str) -> str:
    """The form a code is kept and compared in (what the commands look a typed code up by)."""
    return unicodedata.normalize("NFKC", value).strip()


def code_flaw(value: str) -> str | None:
    """Why ``value`` cannot be a code, or None. Pure ASCII codes (nearly all) return at once."""
    if value.isascii():
        if value.isprintable():
            return None
        return "invisible"
    for ch in value:
        cat = unicodedata.category(ch)
        if cat[0] == "C" or cat in ("Zl", "Zp") or (cat == "Zs" and ch != " "):
            return "invisible"
    scripts = set()
    for ch in value:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            scripts.add(next((s for s in _SCRIPTS if name.startswith(s)), "OTHER"))
    if len(scripts) > 1:
        return "mixed scripts"
    return None


def code(out: list[Problem], rec: dict, col: str) -> str | None:
    value = text(out, rec, col, required=True)
    if value is None:
        return None
    flaw = code_flaw(value)
    if flaw is None and value != normal_code(value):
        flaw = "not NFKC"
    if flaw is not None:
        out.append(Problem(col, "bad_code", {"value": value, "why": flaw}))
        return None
    return value
