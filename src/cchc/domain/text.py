"""Text as it arrives from different Vietnamese input methods: one name, one form (NFC)."""

from __future__ import annotations

import unicodedata

from cchc import i18n
from cchc.domain.errors import InputError

i18n.register({"bad_text": (
    "văn bản không hợp lệ ({why}): {value!a}", "invalid text ({why}): {value!a}")})

MAX_TEXT = 4000


def clean(value: str | None) -> str | None:
    """NFC-normalise and strip; blank becomes None. NUL bytes and undecodable bytes (lone
    surrogates from a wrongly-encoded argument or file) are refused: SQLite and every file
    format downstream would choke on them."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip()
    if "\x00" in text:
        raise InputError("bad_text", value=text[:60], why="NUL")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("bad_text", value=text[:60], why="not UTF-8") from None
    return text or None


def required(value: str | None, field: str) -> str:
    text = clean(value)
    if not text:
        raise InputError("empty_text", field=field)
    if "\x00" in text:
        raise InputError("bad_choice", field=field, value=text[:40], choices="text without NUL")
    return text


def key(value: str) -> str:
    """A comparison key: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())
