"""Reading an xlsx import file within stated limits, and its merged cells.

``XlsxGuard`` looks at the workbook before any reader expands it: the zip's directory (how many
parts, how large each says it is once decompressed — zipfile never returns more than that — and
how much it is compressed), then one streaming pass over the first sheet counting its rows and
cells and collecting its merged ranges (they follow the cells). A file past a limit is refused in
one line; openpyxl (read-only, streaming) then reads only what passed, and ``rows`` checks the
width of every row as it comes. Peak memory stays bounded: the sheet is streamed, the shared
strings (which every reader keeps in memory) are capped.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from cchc.domain.errors import InputError

# the limits (README "Import and export")
MAX_PARTS = 1_000  # files inside the zip
MAX_UNZIPPED = 1 << 30  # 1 GiB: all parts together, decompressed
MAX_RATIO = 100  # a part over 1 MiB may not be compressed more than 100:1 (XML sheets: ~13:1)
MAX_SHARED = 64 << 20  # 64 MiB: the shared-strings part, decompressed
MAX_ROWS = 1_048_576  # Excel's own
MAX_CELLS = 20_000_000  # cells in the sheet (a 1M-row book of 20 columns)
MAX_COLUMNS = 1_000  # columns a row may reach (books have ~20)
MAX_MERGES = 100_000
MAX_STDIN = 256 << 20  # an xlsx read from stdin is held in memory: 256 MiB at most

_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_END = re.compile(rb"</(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*/>")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"')


def too_big(name: str, what: str, value: int, limit: int) -> InputError:
    return InputError("imp_too_big", path=name, what=what, value=f"{value:,}", limit=f"{limit:,}")


def column_number(letters: bytes | str) -> int:
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode("ascii"):
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def cell_name(row: int, col: int) -> str:
    return f"{column_letters(col)}{row}"


@dataclass
class Merge:
    """A merged range, 1-based and inclusive."""

    r1: int
    c1: int
    r2: int
    c2: int

    def ref(self) -> str:
        return f"{cell_name(self.r1, self.c1)}:{cell_name(self.r2, self.c2)}"


@dataclass
class Inspection:
    sheet: str
    rows: int = 0
    cells: int = 0
    merges: list[Merge] = field(default_factory=list)


class XlsxGuard:
    """The checks made before a reader expands the workbook (see the module's docstring)."""

    def __init__(self, data, name: str) -> None:
        self.data = data
        self.name = name

    def check(self) -> Inspection:
        try:
            zf = zipfile.ZipFile(self.data)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise InputError("imp_bad_xlsx", path=self.name, detail=type(exc).__name__) from None
        with zf:
            infos = zf.infolist()
            if len(infos) > MAX_PARTS:
                raise too_big(self.name, "parts", len(infos), MAX_PARTS)
            total = sum(i.file_size for i in infos)
            if total > MAX_UNZIPPED:
                raise too_big(self.name, "decompressed bytes", total, MAX_UNZIPPED)
            for i in infos:
                if i.file_size > (1 << 20) and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                    raise too_big(
                        self.name, f"compression ratio of {i.filename}", i.file_size // i.compress_size, MAX_RATIO
                    )
                if i.filename.lower().endswith("sharedstrings.xml") and i.file_size > MAX_SHARED:
                    raise too_big(self.name, "shared strings (bytes)", i.file_size, MAX_SHARED)
            found = Inspection(self._first_sheet(zf))
            self._scan(zf, found)
        return found

    def _first_sheet(self, zf: zipfile.ZipFile) -> str:
        """The part of the workbook's first sheet (as openpyxl reads it: the first in order)."""
        import posixpath
        import xml.etree.ElementTree as ET

        def small(name: str) -> bytes:
            info = zf.getinfo(name)
            if info.file_size > (16 << 20):
                raise too_big(self.name, name, info.file_size, 16 << 20)
            return zf.read(name)

        try:
            book = ET.fromstring(small("xl/workbook.xml"))
            rels = ET.fromstring(small("xl/_rels/workbook.xml.rels"))
        except (KeyError, ET.ParseError):
            raise InputError("imp_bad_xlsx", path=self.name, detail="no workbook") from None
        sheet = next((e for e in book.iter() if e.tag.endswith("}sheet") or e.tag == "sheet"), None)
        rid = next((v for k, v in (sheet.attrib.items() if sheet is not None else ()) if k.endswith("}id")), None)
        target = next((r.get("Target") for r in rels if r.get("Id") == rid), None)
        if not target:
            raise InputError("imp_bad_xlsx", path=self.name, detail="no worksheet")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        if part not in zf.namelist():
            raise InputError("imp_bad_xlsx", path=self.name, detail="no worksheet")
        return part

    def _scan(self, zf: zipfile.ZipFile, found: Inspection) -> None:
        """Stream the sheet once: count rows and cells (refusing past the limits as soon as they
        are passed) and collect the merged ranges after the cells."""
        tail = pending = b""
        after = bytearray()
        ended = False

        def count(part: bytes) -> None:
            nonlocal tail
            buf = tail + part
            found.rows += len(_ROW.findall(buf))
            found.cells += len(_CELL.findall(buf))
            tail = buf[-6:]
            if found.rows > MAX_ROWS:
                raise too_big(self.name, "rows", found.rows, MAX_ROWS)
            if found.cells > MAX_CELLS:
                raise too_big(self.name, "cells", found.cells, MAX_CELLS)

        try:
            with zf.open(found.sheet) as fh:
                while chunk := fh.read(1 << 20):
                    if ended:
                        after += chunk
                        if len(after) > (64 << 20):
                            raise too_big(self.name, "sheet after its cells (bytes)", len(after), 64 << 20)
                        continue
                    data = pending + chunk
                    end = _END.search(data)
                    if end:
                        count(data[: end.start()])
                        after += data[end.start() :]
                        ended = True
                    else:  # a closing tag may be cut by the chunk's end: keep a little back
                        count(data[:-16])
                        pending = data[-16:]
                if not ended:
                    count(pending)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:  # a bad CRC, a lying size
            raise InputError("imp_bad_xlsx", path=self.name, detail=type(exc).__name__) from None
        for m in _MERGE.finditer(bytes(after)):
            c1, r1 = column_number(m[1]), int(m[2])
            c2, r2 = (column_number(m[3]), int(m[4])) if m[3] else (c1, r1)
            found.merges.append(Merge(min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
            if len(found.merges) > MAX_MERGES:
                raise too_big(self.name, "merged ranges", len(found.merges), MAX_MERGES)


def open_data(raw, name: str, from_stdin: bool):
    """The workbook as a seekable binary file (stdin is read into memory, within a limit)."""
    if not from_stdin:
        return raw
    data = raw.read(MAX_STDIN + 1)
    if len(data) > MAX_STDIN:
        raise too_big(name, "bytes read from stdin", len(data), MAX_STDIN)
    return io.BytesIO(data)


def rows(data, name: str, inspection: Inspection) -> Iterator[tuple[int, list]]:
    """(row number, cells) of the first sheet, read by openpyxl in read-only mode; a vertically
    merged cell's value is given to every row of its range (as the sheet shows it)."""
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - declared dependency
        raise InputError("imp_bad_xlsx", path=name, detail="openpyxl is not installed") from None
    try:
        with _unsized():
            wb = openpyxl.load_workbook(data, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException ...
        raise InputError("imp_bad_xlsx", path=name, detail=type(exc).__name__) from None
    down = [m for m in inspection.merges if m.r2 > m.r1]
    starts: dict[int, list[Merge]] = {}
    for m in down:
        starts.setdefault(m.r1, []).append(m)
    carried: dict[tuple[int, int], object] = {}  # (column, last row) -> value
    cells = 0
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # never pad rows to a width the file merely claims
        for n, row in enumerate(ws.iter_rows(values_only=True), 1):
            width = len(row)
            while width and row[width - 1] is None:
                width -= 1
            if width > MAX_COLUMNS:
                raise too_big(name, f"columns in row {n}", width, MAX_COLUMNS)
            cells += width
            if cells > MAX_CELLS:
                raise too_big(name, "cells", cells, MAX_CELLS)
            out = [_cell(v) for v in row[:width]]
            for m in starts.pop(n, ()):
                if m.c1 <= width and out[m.c1 - 1] is not None:
                    carried[(m.c1, m.r2)] = out[m.c1 - 1]
            for (col, last), value in list(carried.items()):
                if n > last:
                    del carried[(col, last)]
                    continue
                if col > len(out):
                    out += [None] * (col - len(out))
                if out[col - 1] is None:
                    out[col - 1] = value
            yield n, out
    except RuntimeError as exc:  # zipfile: a part larger than it said
        raise InputError("imp_bad_xlsx", path=name, detail=type(exc).__name__) from None
    finally:
        wb.close()


@contextmanager
def _unsized() -> Iterator[None]:
    """openpyxl's read-only worksheet parses a whole sheet that lacks a <dimension> element
    just to size it, before the first row is read; cchc never uses that size (it resets it and
    checks each row's width), so the sizing is skipped while the workbook is opened."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    sizing = ReadOnlyWorksheet._get_size
    ReadOnlyWorksheet._get_size = lambda self: None
    try:
        yield
    finally:
        ReadOnlyWorksheet._get_size = sizing


def _cell(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date().isoformat() if not (v.hour or v.minute or v.second) else v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
