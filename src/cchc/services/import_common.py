"""What every import shares: the summary, the list of bad rows, cached value parsers."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field

from cchc import i18n
from cchc.domain.dates import parse_date
from cchc.domain.errors import CchcError, InputError
from cchc.services.readers import restore as _restore

MAX_SHOWN = 50
SAMPLE = 20  # keys listed per action by --dry-run

i18n.register(
    {
        "imp_failed": (
            "{path}: {count} dòng lỗi; không ghi gì vào sổ cái",
            "{path}: {count} bad rows; nothing was written to the ledger",
        ),
        "imp_more": ("... và {count} lỗi khác", "... and {count} more errors"),
        "imp_required": ("bắt buộc, không được để trống", "required, must not be empty"),
        "imp_duplicate": (
            "{what} xuất hiện nhiều lần trong tệp{first}",
            "{what} appears more than once in the file{first}",
        ),
        "imp_first_at": (" (lần đầu ở dòng {line})", " (first on line {line})"),
        "imp_conflict": ("không ghi được: {detail}", "cannot be written: {detail}"),
        "imp_future": (
            "ngày {value} chưa đến (không ghi trước kết quả)",
            "{value} is in the future (outcomes are recorded when they happen)",
        ),
    }
)


@dataclass
class Summary:
    noun: str
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    samples: dict[str, list[str]] = field(default_factory=lambda: {"insert": [], "update": []})
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "noun": self.noun,
            "rows": self.rows,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "seconds": round(self.seconds, 3),
            "dry_run": self.dry_run,
            "would_insert": self.samples["insert"],
            "would_update": self.samples["update"],
        }


class ImportFailed(CchcError):
    """Bad rows: ``lines`` holds the first ``MAX_SHOWN`` as ``FILE:LINE: column: message``."""

    def __init__(self, path: str, lines: list[str], total: int) -> None:
        super().__init__("imp_failed", path=path, count=total)
        self.lines = lines
        self.total = total


class Problems:
    """Bad rows of one file, reported as ``FILE:LINE: column: message``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: list[str] = []
        self.total = 0

    def add(self, line: int, column: str, message: str) -> None:
        self.total += 1
        if len(self.lines) < MAX_SHOWN:
            self.lines.append(f"{self.name}:{line}: {column}: {message}")

    def __bool__(self) -> bool:
        return self.total > 0

    def raise_if_any(self) -> None:
        if self.total:
            lines = list(self.lines)
            if self.total > len(lines):
                lines.append(i18n.msg("imp_more", count=self.total - len(lines)))
            raise ImportFailed(self.name, lines, self.total)


class RowError(Exception):
    """One bad cell: the column (canonical) and the message."""

    def __init__(self, column: str, message: str) -> None:
        self.column = column
        self.message = message


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
def iso_date(value: str) -> str:
    """A day-first or ISO date cell as ISO text; raises InputError (its message) when bad."""
    return parse_date(value).isoformat()


def date_cell(value: str | None, column: str) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return iso_date(value)
    except InputError as exc:
        raise RowError(column, str(exc)) from None


def need(value, column: str):
    if value is None:
        raise RowError(column, i18n.msg("imp_required"))
    return value
