"""The header of an import file, found and mapped to canonical columns (``headings``).

The header row is found among the first rows (title lines above it are skipped); a second
heading row under it (the dossier book's "Ngày, tháng, năm" group) and a row of column numbers
``(1) (2) ...`` are understood too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from cchc.domain.errors import InputError
from cchc.services.imports.headings import NOUNS, aliases, norm

_NUMBERING = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")


class Table:
    """The rows of a source, with the header found and mapped to canonical columns.

    ``pos[column]`` is the column's index in each row's cells (absent columns are not in
    ``pos``); ``headings[column]`` the heading as the file writes it (for messages); ``unknown``
    the headings cchc does not know (warned about, never silently dropped); ``width`` the
    header's length (short rows are padded).
    """

    def __init__(self, source, noun: str) -> None:
        self.source = source
        self.name = source.name
        self.noun = noun
        self._alias, self._ignored, self.required = aliases(noun)
        self.pos: dict[str, int] = {}
        self.headings: dict[str, str] = {}
        self.unknown: list[str] = []
        self.width = 0
        self.header_line = 1
        self.heading_end = 1  # the last line of the header (its second heading row, if any)
        self._rows = source.rows()
        self._pending: list[tuple[int, list]] = []
        self._find_header()

    def _known(self, cells: list) -> int:
        return sum(1 for c in cells if c is not None and norm(c) in self._alias)

    def _set_header(self, cells: list) -> None:
        self.pos, self.headings, self.unknown = {}, {}, []
        self._also: list[tuple[int, int]] = []  # (position, the column's first position)
        for i, c in enumerate(cells):
            if c is None or not str(c).strip():
                continue
            k = norm(c)
            col = self._alias.get(k)
            if col and col not in self.pos:
                self.pos[col] = i
                self.headings[col] = " ".join(str(c).split())
            elif col:  # the same column under another heading (JSON objects that spell it two ways)
                self._also.append((i, self.pos[col]))
            elif k not in self._ignored:
                self.unknown.append(" ".join(str(c).split()))
        self.width = len(cells)
        self._header_raw = list(cells)

    def _find_header(self) -> None:
        first: tuple[int, list] | None = None
        for _ in range(12):
            item = next(self._rows, None)
            if item is None:
                break
            line, cells = item
            if first is None:
                first = item
            if self.source.format in ("json", "jsonl") or self._known(cells) >= min(2, len(self.required)):
                self.header_line = self.heading_end = line or 1
                self._set_header(cells)
                self._pending = []
                self._second_heading()
                break
            self._pending.append(item)
        if first is None and self.source.format in ("json", "jsonl"):
            # no object at all (``[]``, an empty JSONL file: the export of no records) has no
            # rows, as a CSV file with its headings only
            self._set_header(list(self.required))
            return
        if not self.pos:
            if first is None and not self._pending:
                raise InputError("imp_empty", path=self.name)
            raise InputError(
                "imp_no_columns", path=self.name, needed=", ".join(self.required), known=", ".join(NOUNS[self.noun][0])
            )
        missing = [c for c in self.required if c not in self.pos]
        if missing:
            raise InputError("imp_missing_column", path=self.name, column=missing[0])

    def _second_heading(self) -> None:
        """Merge a second heading row (sub-columns under a group) and skip a numbering row."""
        item = next(self._rows, None)
        if item is None:
            return
        line, cells = item
        first_key = self.pos.get(self.required[0])
        keyed = first_key is not None and first_key < len(cells) and (cells[first_key] or "").strip()
        if self._known(cells) and not keyed:
            merged = list(cells) + [None] * max(0, self.width - len(cells))
            raw = self._header_raw + [None] * max(0, len(merged) - len(self._header_raw))
            header = [
                merged[i] if merged[i] is not None and norm(merged[i]) in self._alias else h for i, h in enumerate(raw)
            ]
            self._set_header(header)
            self.heading_end = line
            item = next(self._rows, None)
            if item is None:
                return
            line, cells = item
        filled = [c for c in cells if c is not None and str(c).strip()]
        if filled and all(_NUMBERING.match(str(c).strip()) for c in filled) and len(filled) > 2:
            return
        self._pending.append(item)

    def _merged(self) -> dict[int, tuple[str, str]]:
        """An xlsx's merged cells against the header: a heading merged over columns that have no
        heading of their own gives those columns to it — if a data row fills one of them, the
        value would be cut, so the file is refused naming the cell. A merge inside the data that
        spans columns of two headings is refused at once. Returns position -> (cell, range) of
        the columns to watch."""
        from cchc.services.imports.xlsx import cell_name

        watched: dict[int, tuple[str, str]] = {}
        mapped = set(self.pos.values())
        for m in getattr(self.source, "merges", ()):
            if m.c2 == m.c1:
                continue
            covered = range(m.c1, m.c2)  # 0-based positions of the columns after the first
            if m.r2 < self.header_line:
                continue  # a title line above the header
            if m.r1 <= self.heading_end:  # the header (or its second row)
                for i in covered:
                    if i not in mapped:
                        watched[i] = (cell_name(m.r1, m.c1), m.ref())
            elif any(i in mapped for i in covered):
                raise InputError("imp_merged_data", path=self.name, cell=cell_name(m.r1, m.c1), range=m.ref())
        return watched

    def rows(self) -> Iterator[tuple[int, list]]:
        """(line, cells) of the data rows, padded to the header's width; JSON header changes
        are applied on the way; blank rows (a spreadsheet's empty lines) are skipped."""
        width = self.width
        json_like = self.source.format in ("json", "jsonl")
        grown = None
        watched = self._merged() if self.source.format == "xlsx" else {}
        for line, cells in itertools.chain(self._pending, self._rows):
            for i, (cell, ref) in watched.items():
                if i < len(cells) and cells[i] is not None and str(cells[i]).strip():
                    raise InputError("imp_merged_heading", path=self.name, cell=cell, range=ref)
            if json_like and line == 0:
                known = set(self.pos)
                self._set_header(cells)
                width = self.width
                # a column that an earlier object did not have: the row readers were made for
                # the first object's columns, and would drop its values without a word
                grown = next((col for col in self.pos if col not in known), None)
                continue
            if grown is not None:
                raise InputError("imp_json_new_key", path=self.name, line=line, column=self.headings[grown])
            if len(cells) < width:
                cells = list(cells) + [None] * (width - len(cells))
            first = cells[0] if cells else None
            if not first or first.isspace():  # cheap for the usual row; a blank row is all empty
                if not any(c is not None and str(c).strip() for c in cells):
                    continue
            if self._also:
                for i, at in self._also:
                    if cells[at] is None and cells[i] is not None:
                        cells[at] = cells[i]
            yield line, cells
