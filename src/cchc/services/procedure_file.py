"""Reading a procedure catalog file (CSV or JSON) for ``cchc procedure import``.

CSV: UTF-8 with or without a byte-order mark, comma or semicolon separated, CRLF or LF; the
headings ``code,name,field,days`` or the published catalog's Vietnamese ones (Mã thủ tục, Tên thủ
tục, Lĩnh vực, Thời hạn giải quyết); other columns (STT, ...) are ignored. JSON: a list of
objects with the same keys, or ``{"procedures": [...]}``. Days may be written ``15`` or
``15 ngày làm việc``.

Every row is checked before anything is written; the first problem is reported as
``FILE:LINE: column: message`` (JSON: ``FILE:#N``), with the count of the others.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from cchc import i18n
from cchc.domain.errors import CchcError, InputError
from cchc.domain.text import key

i18n.register(
    {
        "procfile_error": ("{where}: {column}: {problem}{more}", "{where}: {column}: {problem}{more}"),
        "procfile_more": (" (và {n} lỗi khác)", " (and {n} more errors)"),
        "procfile_missing_column": ("thiếu cột {column}", "missing column {column}"),
        "procfile_duplicate": ("mã {code} trùng với dòng {first}", "code {code} repeats line {first}"),
        "procfile_bad_days": (
            "thời hạn không hợp lệ: {value!r} (số ngày làm việc, 1–365)",
            "invalid processing time: {value!r} (working days, 1–365)",
        ),
        "procfile_unreadable": ("{path}: không đọc được tệp ({detail})", "{path}: cannot read the file ({detail})"),
        "procfile_empty": ("{path}: tệp không có dòng dữ liệu nào", "{path}: the file has no rows"),
        "procfile_bad_json": ("{path}: JSON không hợp lệ ({detail})", "{path}: invalid JSON ({detail})"),
    }
)

COLUMNS = ("code", "name", "field", "days")
HEADINGS = {
    "code": ("code", "mã thủ tục", "mã tthc", "mã", "ma thu tuc"),
    "name": ("name", "tên thủ tục", "tên tthc", "tên thủ tục hành chính", "thủ tục", "ten thu tuc"),
    "field": ("field", "lĩnh vực", "linh vuc"),
    "days": (
        "days",
        "thời hạn giải quyết",
        "thời hạn giải quyết (ngày làm việc)",
        "thời hạn",
        "số ngày",
        "thoi han giai quyet",
    ),
}
_ALIASES = {key(h): col for col, names in HEADINGS.items() for h in names}
_DAYS = re.compile(r"^\s*(\d{1,4})\s*(?:ngày(?:\s*làm\s*việc)?|days?)?\s*$", re.I)


def _days(value) -> int:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    m = _DAYS.match(str(value or ""))
    if not m:
        raise ValueError(value)
    return int(m.group(1))


def _check_row(raw: dict) -> dict:
    """A checked catalog row; raises _RowError naming the first bad column."""
    from cchc.domain.text import clean, required
    from cchc.domain.workdays import MAX_DAYS

    row = {}
    for col in ("code", "name"):
        try:
            row[col] = required(None if raw.get(col) is None else str(raw.get(col)), col)
        except CchcError as exc:
            raise _RowError(col, exc) from None
    row["field"] = clean(None if raw.get("field") is None else str(raw.get("field")))
    try:
        row["days"] = _days(raw.get("days"))
        if not 1 <= row["days"] <= MAX_DAYS:
            raise ValueError
    except ValueError:
        raise _RowError("days", InputError("procfile_bad_days", value=raw.get("days"))) from None
    return row


class _RowError(Exception):
    def __init__(self, column: str, error: CchcError) -> None:
        self.column, self.error = column, error


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        raise InputError("procfile_unreadable", path=str(path), detail=detail) from None


def _csv_records(path: Path, text: str) -> list[tuple[str, dict]]:
    from cchc.services.readers import guess_delimiter

    delimiter = guess_delimiter(text[:65536].encode("utf-8"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise InputError("procfile_empty", path=str(path))
    cols = {i: _ALIASES.get(key(h)) for i, h in enumerate(header)}
    for col in COLUMNS:
        if col not in cols.values() and col != "field":
            raise InputError(
                "procfile_error",
                where=f"{path}:1",
                column=col,
                problem=i18n.msg("procfile_missing_column", column=col),
                more="",
            )
    out = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        raw = {cols[i]: v for i, v in enumerate(values) if cols.get(i)}
        out.append((f"{path}:{reader.line_num}", raw))
    return out


def _json_records(path: Path, text: str) -> list[tuple[str, dict]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("procfile_bad_json", path=str(path), detail=str(exc)) from None
    if isinstance(data, dict):
        data = data.get("procedures")
    if not isinstance(data, list):
        raise InputError("procfile_bad_json", path=str(path), detail="expected a list of procedures")
    out = []
    for n, item in enumerate(data, 1):
        where = f"{path}:#{n}"
        if not isinstance(item, dict):
            out.append((where, {}))
            continue
        out.append((where, {_ALIASES.get(key(str(k)), ""): v for k, v in item.items()}))
    return out


def read(path: str | Path) -> list[dict]:
    """Checked catalog rows from a file, or InputError for the first problem."""
    path = Path(path)
    text = _read_text(path)
    is_json = path.suffix.lower() == ".json" or text.lstrip()[:1] in ("[", "{")
    records = _json_records(path, text) if is_json else _csv_records(path, text)
    if not records:
        raise InputError("procfile_empty", path=str(path))
    rows, errors, seen = [], [], {}
    for where, raw in records:
        try:
            row = _check_row(raw)
        except _RowError as exc:
            errors.append((where, exc.column, str(exc.error)))
            continue
        if row["code"] in seen:
            errors.append(
                (
                    where,
                    "code",
                    i18n.msg("procfile_duplicate", code=row["code"], first=seen[row["code"]].rsplit(":", 1)[-1]),
                )
            )
            continue
        seen[row["code"]] = where
        rows.append(row)
    if errors:
        where, column, problem = errors[0]
        more = i18n.msg("procfile_more", n=len(errors) - 1) if len(errors) > 1 else ""
        raise InputError("procfile_error", where=where, column=column, problem=problem, more=more)
    return rows
