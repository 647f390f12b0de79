"""The bad rows of one import file: every problem with its line and the file's heading, kept as
keys and values (the CLI renders ``FILE:LINE: column: message`` in the chosen language)."""

from __future__ import annotations

from dataclasses import dataclass

from cchc.domain.errors import CchcError

MAX_SHOWN = 50


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    column: str  # as the file heads it
    key: str
    params: dict


class Problems:
    def __init__(self, name: str) -> None:
        self.name = name
        self.shown: list[RowProblem] = []
        self.total = 0

    def add(self, line: int | None, column: str, key: str, params: dict) -> None:
        self.total += 1
        if len(self.shown) < MAX_SHOWN:
            self.shown.append(RowProblem(line or 0, column, key, params))

    def __bool__(self) -> bool:
        return self.total > 0

    def raise_if_any(self) -> None:
        if self.total:
            raise ImportFailed(self.name, self.shown, self.total)


class ImportFailed(CchcError):
    """Bad rows: nothing was written. ``problems`` holds the first ``MAX_SHOWN``."""

    def __init__(self, path: str, problems: list[RowProblem], total: int) -> None:
        super().__init__("imp_failed", path=path, count=total)
        self.path = path
        self.problems = problems
        self.total = total
