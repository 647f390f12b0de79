"""Reading one cell of an import file into the value the ledger stores: text in NFC with the
export's formula neutralisation undone, day-first dates as ISO, whole numbers, the Vietnamese
words for a channel or a status. A cell that cannot be read raises ``CellError`` (a message key
and its values); whether the record is sound is for the shared rules to say afterwards."""

from __future__ import annotations

import functools
import re
import unicodedata

from cchc.domain.dates import parse_date
from cchc.domain.errors import InputError
from cchc.services.imports.readers import restore as _restore


class CellError(Exception):
    """One cell that cannot be read: its canonical column, a message key and its values."""

    def __init__(self, column: str, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.column, self.key, self.params = column, key, params


def text(value: str | None, restore: bool = True) -> str | None:
    """A cell as stored text: stripped, NFC, blank -> None, export neutralisation undone."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if restore and value[0] == "'":
        value = _restore(value)
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    return value


cached_text = functools.lru_cache(maxsize=1 << 16)(text)


@functools.lru_cache(maxsize=1 << 15)
def _iso(value: str) -> str:
    return parse_date(value).isoformat()


def date(value: str | None, column: str) -> str | None:
    """A day-first or ISO date cell as ISO text."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return _iso(value)
    except InputError as exc:
        raise CellError(column, exc.key, **exc.params) from None


def need(value, column: str):
    if value is None:
        raise CellError(column, "required", field=column)
    return value


_WHOLE = re.compile(r"^\s*(\d{1,9})(?:\.0+)?\s*$")
_DAYS = re.compile(r"^\s*(\d{1,4})\s*(?:ngày(?:\s*làm\s*việc)?|days?)?\s*$", re.I)


def whole(value: str | None, column: str) -> int | None:
    """A whole number (``7``, ``7.0`` as spreadsheets write it)."""
    if value is None:
        return None
    m = _WHOLE.match(value)
    if not m:
        raise CellError(column, "imp_bad_int", value=value)
    return int(m.group(1))


def days(value: str | None, column: str) -> int | None:
    """A processing time: ``15`` or ``15 ngày làm việc``."""
    if value is None:
        return None
    m = _DAYS.match(value)
    if not m:
        raise CellError(column, "imp_bad_days", value=value)
    return int(m.group(1))


def lookup(words: dict[str, str], key: str):
    """A reader for a vocabulary cell (channel, status): the word's key, cached per raw cell."""
    from cchc.domain.text import key as text_key

    cache: dict[str, str] = {}

    def read(raw: str | None, column: str) -> str | None:
        if raw is None:
            return None
        hit = cache.get(raw)
        if hit is None:
            value = text(raw)
            if value is None:
                return None
            hit = words.get(text_key(value))
            if hit is None:
                raise CellError(column, key, value=value)
            cache[raw] = hit
        return hit

    return read
