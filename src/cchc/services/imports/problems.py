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
        self.total = 0  # problems
        self.rows = 0  # bad rows (a row's problems are added one after another)
        self._line: int | None = None

    def add(self, line: int | None, column: str, key: str, params: dict) -> None:
        self.total += 1
        if line is None or line != self._line:
            self.rows += 1
            self._line = line
        if len(self.shown) < MAX_SHOWN:
            self.shown.append(RowProblem(line or 0, column, key, params))

    def __bool__(self) -> bool:
        return self.total > 0

    def raise_if_any(self) -> None:
        if self.total:
            raise ImportFailed(self.name, self.shown, self.total, self.rows)


class ImportFailed(CchcError):
    """Bad rows: nothing was written. ``problems`` holds the first ``MAX_SHOWN`` of ``total``
    problems, found on ``rows`` rows."""

    def __init__(self, path: str, problems: list[RowProblem], total: int, rows: int | None = None) -> None:
        super().__init__("imp_failed", path=path, count=total if rows is None else rows)
        self.path = path
        self.problems = problems
        self.total = total
