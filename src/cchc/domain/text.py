"""Text as it arrives from different Vietnamese input methods: one name, one form (NFC)."""

from __future__ import annotations

import unicodedata

from cchc.domain.errors import InputError

MAX_TEXT = 4000  # characters in one text value (the record rules refuse longer)


def clean(value: str | None) -> str | None:
    """NFC-normalise and strip; blank becomes None. NUL bytes and undecodable bytes (lone
    surrogates from a wrongly-encoded argument or file) are refused: SQLite and every file
    format downstream would choke on them."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip()
    why = unstorable(text)
    if why:
        raise InputError("bad_text", value=text[:60], why=why)
    return text or None


def unstorable(text: str) -> str | None:
    """Why SQLite and the file formats downstream cannot keep ``text`` as written ("NUL", or
    "not UTF-8" for a lone surrogate), or None when they can."""
    if "\x00" in text:
        return "NUL"
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return "not UTF-8"
    return None


def required(value: str | None, field: str) -> str:
    text = clean(value)  # NUL and lone surrogates already refused
    if not text:
        raise InputError("empty_text", field=field)
    return text


def key(value: str) -> str:
    """A comparison key: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
# then the tones (none, huyền, hỏi, ngã, sắc, nặng) as a second level.
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve, circumflex, horn
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vi_sort_key(value: str | None) -> tuple:
    """A sort key that puts Vietnamese words in dictionary order (Đ after D, not after Z)."""
    if value is None:
        return ((), ())
    primary, tones = [], []
    for ch in unicodedata.normalize("NFD", value.casefold()):
        if ch in _LETTER_MARKS and primary:
            primary[-1] = (primary[-1][0], _LETTER_MARKS[ch])
        elif ch in _TONES:
            tones.append(_TONES[ch])
        elif ch == "đ":
            primary.append(("d", 9))
        else:
            primary.append((ch, 0))
    return (tuple(primary), tuple(tones))


def vi_collate(a: str, b: str) -> int:
    """SQLite collation ``vi`` (registered on every ledger connection)."""
    ka, kb = vi_sort_key(a), vi_sort_key(b)
    return (ka > kb) - (ka < kb)


def _printable(ch: str) -> str:
    if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"):
        return ch.encode("unicode_escape", "backslashreplace").decode("ascii")
    return ch


def one_line(message: str, keep: str = "") -> str:
    """Control, format (zero-width, bidi) and line-break characters from user input shown
    escaped (``\\u202e``): an error stays one line, reads in order, and cannot drive the terminal.
    ``keep``: characters left as they are (a table cell keeps its line breaks)."""
    if message.isprintable():
        return message
    return "".join(ch if ch in keep else _printable(ch) for ch in message)
