"""Text as it arrives from different Vietnamese input methods: one name, one form (NFC)."""

from __future__ import annotations

import unicodedata

from cchc.domain.errors import InputError

MAX_TEXT = 4000


def clean(value: str | None) -> str | None:
    """NFC-normalise and strip; blank becomes None."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip()
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
