"""Streaming readers for import files: csv, tsv, json, jsonl, xlsx.

Every reader yields ``(line, cells)``: the physical line of the row in the file (the header is
line 1; for xlsx the sheet's row number; for a JSON array the line its object starts on) and the
row's cells (text or None). Input is read as it goes, never loaded whole (xlsx is read with
openpyxl's read-only mode). Spreadsheet habits are handled here: a UTF-8 byte-order mark, CRLF
line ends, ``;``-separated CSV, and cells neutralised by ``cchc export`` (``'=...``) restored.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from cchc.domain.errors import InputError
from cchc.domain.text import unstorable

FORMATS = ("csv", "tsv", "json", "jsonl", "xlsx")
EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def detect_format(path: str, fmt: str | None) -> str:
    if fmt:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise InputError("bad_choice", field="--format", value=fmt, choices=", ".join(FORMATS))
        return fmt
    if path == "-":
        return "csv"
    found = EXTENSIONS.get(Path(path).suffix.lower())
    if not found:
        raise InputError("imp_unknown_format", path=path)
    return found


def display_name(path: str) -> str:
    return "<stdin>" if path == "-" else path


class _Counting(io.RawIOBase):
    """A raw stream that counts the bytes read (for the progress bar)."""

    def __init__(self, raw) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self.raw.readinto(b)
        self.count += n or 0
        return n


def _open_binary(path: str):
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by Source.close
    except OSError as exc:
        raise InputError("imp_cannot_open", path=path, detail=exc.strerror) from None


def _sniff_kind(head: bytes) -> str | None:
    if head.startswith(b"PK\x03\x04"):
        return "xlsx/zip"
    if head.startswith(b"SQLite format 3"):
        return "SQLite"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls (Excel 97-2003)"
    if head.startswith(b"%PDF"):
        return "PDF"
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return None


def looks_like_formula(value: str) -> bool:
    """Starts with a formula character, after any leading quotes (``=x``, ``'=x``, ``''=x``)."""
    rest = value.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_START


def restore(value: str) -> str:
    """Undo the export's formula neutralisation: ``'=1+1`` -> ``=1+1``."""
    if value[:1] == "'" and looks_like_formula(value):
        return value[1:]
    return value


class Source:
    """One input file or stdin, opened for one format."""

    def __init__(self, path: str, fmt: str | None = None, encoding: str | None = None) -> None:
        self.path = path
        self.name = display_name(path)
        self.format = detect_format(path, fmt)
        enc = (encoding or "utf-8").lower().replace("_", "-")
        self.encoding = "utf-8-sig" if enc in ("utf-8", "utf8") else enc
        try:
            "".encode(self.encoding)
        except LookupError:
            raise InputError("imp_bad_encoding", encoding=encoding) from None
        self._raw = _open_binary(path)
        self._counter: _Counting | None = None
        try:
            self.size = Path(path).stat().st_size if path != "-" else 0
        except OSError:
            self.size = 0

    def bytes_read(self) -> int:
        return self._counter.count if self._counter else 0

    def close(self) -> None:
        if self._raw is not sys.stdin.buffer:
            self._raw.close()

    # -- reading ----------------------------------------------------------------------------
    def rows(self) -> Iterator[tuple[int, list]]:
        if self.format == "xlsx":
            return self._xlsx()
        buffered = self._raw if hasattr(self._raw, "peek") else io.BufferedReader(self._raw)
        head = buffered.peek(4096)[:4096]
        kind = _sniff_kind(head)
        if kind:
            raise InputError("imp_wrong_kind", path=self.name, actual=kind, fmt=self.format)
        self._counter = _Counting(buffered)
        text = io.TextIOWrapper(io.BufferedReader(self._counter, 1 << 16), encoding=self.encoding, newline="")
        if self.format in ("csv", "tsv"):
            delim = "\t" if self.format == "tsv" else guess_delimiter(head)
            return self._csv(text, delim)
        if self.format == "jsonl":
            return self._jsonl(text)
        return self._json(text)

    def _decode_error(self, exc: UnicodeDecodeError, line: int) -> InputError:
        enc = "utf-8" if self.encoding == "utf-8-sig" else self.encoding
        if self.path != "-":  # text is decoded in blocks: find the line itself
            import codecs

            decoder = codecs.getincrementaldecoder(self.encoding)()
            with open(self.path, "rb") as fh:
                for n, raw in enumerate(fh, 1):
                    try:
                        decoder.decode(raw)
                    except UnicodeDecodeError as again:
                        line, exc = n, again
                        break
        return InputError(
            "imp_decode", path=self.name, line=line, encoding=enc, detail=f"byte 0x{exc.object[exc.start]:02x}"
        )

    def _csv(self, text, delim: str) -> Iterator[tuple[int, list]]:
        reader = csv.reader(text, delimiter=delim)
        last = 0
        try:
            for cells in reader:
                yield last + 1, cells
                last = reader.line_num
        except UnicodeDecodeError as exc:
            raise self._decode_error(exc, last + 1) from None
        except csv.Error as exc:
            raise InputError("imp_bad_csv", path=self.name, line=last + 1, detail=str(exc)) from None

    def _jsonl(self, text) -> Iterator[tuple[int, list]]:
        line = 0
        keys: list[str] | None = None
        try:
            for raw in text:
                line += 1
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except ValueError as exc:
                    raise InputError("imp_bad_json", path=self.name, line=line, detail=str(exc)) from None
                keys = yield from _object_row(obj, keys, line, self.name)
        except UnicodeDecodeError as exc:
            raise self._decode_error(exc, line + 1) from None

    def _json(self, text) -> Iterator[tuple[int, list]]:
        """A JSON array of objects (or {"noun": [...]}) read object by object."""
        decoder = json.JSONDecoder()
        buf, pos, line, keys = "", 0, 1, None
        started = False

        def fill() -> bool:
            nonlocal buf, pos
            try:
                chunk = text.read(1 << 16)
            except UnicodeDecodeError as exc:
                raise self._decode_error(exc, line) from None
            if not chunk:
                return False
            buf = buf[pos:] + chunk
            pos = 0
            return True

        def skip(chars: str) -> str | None:
            nonlocal pos, line
            while True:
                while pos < len(buf) and buf[pos] in chars:
                    line += buf[pos] == "\n"
                    pos += 1
                if pos < len(buf):
                    return buf[pos]
                if not fill():
                    return None

        def bad(detail: str) -> InputError:
            return InputError("imp_bad_json", path=self.name, line=line, detail=detail)

        ch = skip(" \t\r\n\ufeff")
        if ch == "{":  # {"dossiers": [...]}: find the array inside
            while fill():
                pass
            try:
                obj = json.loads(buf[pos:])
            except ValueError as exc:
                raise bad(str(exc)) from None
            arrays = [v for v in obj.values() if isinstance(v, list)] if isinstance(obj, dict) else []
            if len(arrays) != 1:
                raise bad("expected a list of objects")
            for i, item in enumerate(arrays[0], 1):
                keys = yield from _object_row(item, keys, i, self.name)
            return
        if ch != "[":
            raise bad("expected a list of objects [...]")
        pos += 1
        while True:
            ch = skip(" \t\r\n," if started else " \t\r\n")
            if ch is None:
                raise bad("unexpected end of file")
            if ch == "]":
                return
            started = True
            while True:
                try:
                    obj, end = decoder.raw_decode(buf, pos)
                    break
                except ValueError as exc:
                    if not fill():
                        raise bad(str(exc)) from None
            at = line
            line += buf.count("\n", pos, end)
            pos = end
            keys = yield from _object_row(obj, keys, at, self.name)

    def _xlsx(self) -> Iterator[tuple[int, list]]:
        try:
            import openpyxl
        except ImportError:  # pragma: no cover - declared dependency
            raise InputError("imp_bad_xlsx", path=self.name, detail="openpyxl is not installed") from None
        data = self._raw
        if self.path == "-":
            data = io.BytesIO(self._raw.read())
        head = data.read(8)
        data.seek(0)
        if not head.startswith(b"PK\x03\x04"):
            actual = _sniff_kind(head) or "text"
            raise InputError("imp_wrong_kind", path=self.name, actual=actual, fmt="xlsx")
        try:
            wb = openpyxl.load_workbook(data, read_only=True, data_only=True)
        except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException ...
            raise InputError("imp_bad_xlsx", path=self.name, detail=type(exc).__name__) from None
        try:
            ws = wb.worksheets[0]
            for n, row in enumerate(ws.iter_rows(values_only=True), 1):
                yield n, [_xlsx_cell(v) for v in row]
        finally:
            wb.close()


def _xlsx_cell(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date().isoformat() if not (v.hour or v.minute or v.second) else v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def guess_delimiter(head: bytes) -> str:
    """``;`` or ``,``: whichever the first lines use more (title lines above the header have
    neither, and headings such as "Tên cá nhân, tổ chức" carry a comma or two)."""
    lines = head.split(b"\n")[:10]
    semi = sum(line.count(b";") for line in lines)
    return ";" if semi > sum(line.count(b",") for line in lines) else ","


def _object_row(obj, keys: list[str] | None, line: int, name: str):
    """Yield one JSON object as cells; the first object's keys (plus any new ones) are the
    header, yielded once as line 0 (the header has no line of its own in JSON)."""
    if not isinstance(obj, dict):
        raise InputError("imp_json_not_object", path=name, line=line)
    if keys is None:
        keys = list(obj)
        yield 0, list(keys)
    else:
        extra = [k for k in obj if k not in keys]
        if extra:  # a new column: re-announce the header (columns only ever grow)
            keys = keys + extra
            yield 0, list(keys)
    cells = [None if obj.get(k) is None else _json_text(obj.get(k)) for k in keys]
    for k, cell in zip(keys, cells, strict=True):
        if unstorable(k):  # a key is a column name, printed in warnings
            raise InputError("imp_json_bad_text", path=name, line=line, column=repr(k))
        if cell is not None and unstorable(cell):  # a JSON string may hold \u0000
            raise InputError("imp_json_bad_text", path=name, line=line, column=k)
    yield line, cells
    return keys


def _json_text(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)
