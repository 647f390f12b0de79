"""The clerk's own texts of a period's report: set (typed or read from a file) and delete."""

from __future__ import annotations

from cchc.domain.errors import InputError, NotFound
from cchc.domain.periods import canonical_label
from cchc.domain.text import clean, required
from cchc.store import report_notes
from cchc.store.records import delete as delete_record
from cchc.store.records import write_one


def period_label(value: str) -> str:
    label = canonical_label(value or "")
    if label is None:
        raise InputError("bad_period_label", value=value)
    return label


def read_text(path: str) -> str:
    """A note's text from a file (UTF-8, with or without BOM; ``-`` is stdin)."""
    import sys

    try:
        if path == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                raw = fh.read()
        return raw.decode("utf-8-sig").replace("\r\n", "\n")
    except OSError as exc:
        raise InputError("cannot_read", path=path, detail=exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise InputError("note_not_utf8", path=path) from None


def set_note(ledger, period: str, section: str, text: str) -> dict:
    rec = {"period": period_label(period), "section": (clean(section) or "").lower() or None, "text": clean(text)}
    with ledger.write() as tx:
        return write_one(tx, report_notes.NOUN, rec)


def delete(ledger, period: str, section: str, reason: str | None) -> dict:
    why = required(reason, "reason")
    label = period_label(period)
    with ledger.write() as tx:
        before = delete_record(tx, report_notes.NOUN, (label, (clean(section) or "").lower()), why)
        if before is None:
            raise NotFound("note_missing", period=label, section=section)
        return before
