"""Streaming readers for import files: csv, tsv, json, jsonl, xlsx.

Every reader yields ``(line, cells)``: the physical line of the row in the file (the header is
line 1; for xlsx the sheet's row number; for a JSON array the line its object starts on) and the
row's cells (text or None). Input is read as it goes, never loaded whole (xlsx: see
``xlsx.py``), within stated limits (a line, a JSON record, its nesting). Spreadsheet habits are
handled here: the encoding named by a byte-order mark (UTF-8, UTF-16 LE/BE as Excel's "Unicode
text" writes it), CRLF line ends, ``;``- or tab-separated CSV and ``.txt``, and cells
neutralised by ``cchc export`` (``'=...``) restored.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from cchc.domain.errors import InputError
from cchc.services.imports.json_rows import MAX_DEPTH, _check_depth, _loads, _object_row

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
    ".txt": "csv",  # Excel's "Text (tab delimited)" and "Unicode text": the delimiter is sniffed
}
MAX_LINE = 1 << 20  # characters in one physical line of a CSV/TSV/JSONL file
MAX_RECORD = 16 << 20  # characters in one JSON record (an object of the array)
MAX_WRAPPED = 64 << 20  # a {"noun": [...]} file is read whole: 64 MiB at most
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
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
        self.given_encoding = encoding
        enc = (encoding or "utf-8").lower().replace("_", "-")
        self.encoding = "utf-8-sig" if enc in ("utf-8", "utf8") else enc
        try:
            "".encode(self.encoding)
        except LookupError:
            raise InputError("imp_bad_encoding", encoding=encoding) from None
        self.merges: list = []  # an xlsx's merged ranges (xlsx.Merge)
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
        bom = next((enc for mark, enc in BOMS if head.startswith(mark)), None)
        if bom:
            self.encoding = bom  # the file says how it is written, whatever --encoding guessed
        kind = _sniff_kind(head) if not self.encoding.startswith(("utf-16", "utf-32")) else None
        if kind:
            raise InputError("imp_wrong_kind", path=self.name, actual=kind, fmt=self.format)
        self._counter = _Counting(buffered)
        text = io.TextIOWrapper(io.BufferedReader(self._counter, 1 << 16), encoding=self.encoding, newline="")
        if self.format in ("csv", "tsv"):
            delim = "\t" if self.format == "tsv" else guess_delimiter(_head_text(head, self.encoding))
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
        reader = csv.reader(self._lines(text), delimiter=delim)
        last = 0
        try:
            for cells in reader:
                yield last + 1, cells
                last = reader.line_num
        except UnicodeDecodeError as exc:
            raise self._decode_error(exc, last + 1) from None
        except csv.Error as exc:
            raise InputError("imp_bad_csv", path=self.name, line=last + 1, detail=str(exc)) from None

    def _lines(self, text) -> Iterator[str]:
        """The file's physical lines, each at most ``MAX_LINE`` characters (a file with no line
        ends must not be read into memory whole)."""
        n = 0
        while raw := text.readline(MAX_LINE + 1):
            n += 1
            if len(raw) > MAX_LINE and not raw.endswith(("\n", "\r")):
                raise InputError(
                    "imp_too_big",
                    path=self.name,
                    what=f"line {n} (characters)",
                    value=f"> {MAX_LINE:,}",
                    limit=f"{MAX_LINE:,}",
                )
            yield raw

    def _jsonl(self, text) -> Iterator[tuple[int, list]]:
        line = 0
        keys: list[str] | None = None
        try:
            for raw in self._lines(text):
                line += 1
                if not raw.strip():
                    continue
                obj = _loads(raw, self.name, line)
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
            try:  # a record longer than a block: read as much again (linear, not quadratic)
                chunk = text.read(max(1 << 16, len(buf) - pos))
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
        if ch == "{":  # {"dossiers": [...]}: find the array inside (read whole, within a limit)
            while fill():  # each read doubles what is held, so the whole costs linear time
                if len(buf) > MAX_WRAPPED:
                    raise InputError(
                        "imp_too_big",
                        path=self.name,
                        what="a {...} file (characters)",
                        value=f"> {MAX_WRAPPED:,}",
                        limit=f"{MAX_WRAPPED:,}",
                    )
            obj = _loads(buf[pos:], self.name, line)
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
                except RecursionError:
                    raise InputError("imp_too_deep", path=self.name, line=line, limit=MAX_DEPTH) from None
                except ValueError as exc:
                    if len(buf) - pos <= MAX_RECORD and fill():
                        continue
                    if len(buf) - pos <= MAX_RECORD:
                        raise bad(str(exc)) from None
                    end = len(buf)
                if end - pos > MAX_RECORD:
                    raise InputError(
                        "imp_too_big",
                        path=self.name,
                        what=f"record at line {line} (characters)",
                        value=f"> {MAX_RECORD:,}",
                        limit=f"{MAX_RECORD:,}",
                    )
                break
            _check_depth(obj, self.name, line)
            at = line
            line += buf.count("\n", pos, end)
            pos = end
            keys = yield from _object_row(obj, keys, at, self.name)

    def _xlsx(self) -> Iterator[tuple[int, list]]:
        from cchc.services.imports import xlsx

        data = xlsx.open_data(self._raw, self.name, self.path == "-")
        head = data.read(8)
        data.seek(0)
        if not head.startswith(b"PK\x03\x04"):
            actual = _sniff_kind(head) or "text"
            raise InputError("imp_wrong_kind", path=self.name, actual=actual, fmt="xlsx")
        found = xlsx.XlsxGuard(data, self.name).check()
        data.seek(0)
        self.merges = found.merges
        return xlsx.rows(data, self.name, found)


def _head_text(head: bytes, encoding: str) -> str:
    """The first few kilobytes decoded (a character cut at the end is dropped)."""
    import codecs

    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head)


def guess_delimiter(head: str | bytes) -> str:
    """Tab, ``;`` or ``,``: tab when every line that has content has one (Excel's "Text (tab
    delimited)" and "Unicode text"), else whichever of ``;`` and ``,`` the first lines use more
    (title lines above the header have neither, and headings such as "Tên cá nhân, tổ chức"
    carry a comma or two)."""
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    lines = [line for line in head.split("\n")[:10] if line.strip()]
    if len(lines) > 1:
        lines = lines[:-1]  # the last may be cut short
    tabs = [line.count("\t") for line in lines]
    if lines and all(tabs[-3:]) and sum(tabs) >= sum(line.count(",") for line in lines):
        return "\t"
    semi = sum(line.count(";") for line in lines)
    return ";" if semi > sum(line.count(",") for line in lines) else ","
