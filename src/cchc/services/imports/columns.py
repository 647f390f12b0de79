"""Column names of import files: canonical names (the keys of ``cchc <noun> list --json``), the
Vietnamese headings of the books clerks keep, and the book's columns cchc knowingly ignores.

Headings are compared in NFC, ignoring case, repeated spaces, ``_`` and a trailing ``:``/``*``.
The header row is found among the first rows (title lines above it are skipped); a second
heading row under it (the dossier book's "Ngày, tháng, năm" group) and a row of column numbers
``(1) (2) ...`` are understood too.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

from cchc.domain.errors import InputError

# The first name of each column is the heading ``cchc export --headings vi`` writes (so it is
# written as a person would; headings are compared ignoring case).
DOSSIER = {
    "code": ["Mã hồ sơ", "mã số hồ sơ", "số hồ sơ", "ma ho so"],
    "procedure": ["Tên TTHC", "tên thủ tục hành chính", "tên thủ tục", "thủ tục hành chính", "thủ tục", "tthc"],
    "field": ["Lĩnh vực", "linh vuc"],
    "applicant": [
        "Tên cá nhân, tổ chức",
        "tên tổ chức, cá nhân",
        "cá nhân, tổ chức",
        "người nộp",
        "người nộp hồ sơ",
        "tổ chức, cá nhân",
    ],
    "channel": ["Hình thức", "hình thức nộp", "hình thức tiếp nhận", "kênh"],
    "received_on": ["Ngày nhận", "nhận hồ sơ", "ngày nhận hồ sơ", "ngày tiếp nhận", "received"],
    "due_on": ["Hẹn trả kết quả", "ngày hẹn trả", "ngày hẹn trả kết quả", "hẹn trả", "due"],
    "resolved_on": [
        "Ngày trả kết quả",
        "trả kết quả cho cá nhân, tổ chức",
        "trả kết quả cho tổ chức, cá nhân",
        "resolved",
    ],
    "returned_on": ["Ngày trả lại", "trả lại hồ sơ", "returned"],
    "return_reason": ["Lý do trả lại", "lý do", "reason"],
    "withdrawn_on": ["Ngày rút", "ngày rút hồ sơ", "withdrawn"],
    "finished_on": ["Ngày kết thúc", "finished"],
    "status": ["Trạng thái", "outcome", "tình trạng", "kết quả giải quyết"],
    "note": ["Ghi chú", "notes"],
    "paused_on": ["Tạm dừng từ", "ngày tạm dừng"],
    "pause_reason": ["Lý do tạm dừng", "nội dung yêu cầu bổ sung"],
    "rescheduled_due_on": ["Hẹn lại", "ngày hẹn lại"],
    "reschedule_reason": ["Lý do hẹn lại"],
    "pauses": ["Lịch sử tạm dừng"],
}
DOSSIER_IGNORED = [
    "tt",
    "stt",
    "số tt",
    "số lượng hồ sơ",
    "số lượng hồ sơ (bộ)",
    "số lượng",
    "địa chỉ",
    "địa chỉ, số điện thoại",
    "số điện thoại",
    "cơ quan chủ trì giải quyết",
    "chuyển hồ sơ đến cơ quan giải quyết",
    "nhận kết quả từ cơ quan giải quyết",
    "ký nhận",
    "ngày, tháng, năm",
    "overdue",
    "quá hạn",  # what `cchc export --headings vi` calls the derived overdue flag
    "id",
]
TASK = {
    "plan": ["Kế hoạch", "mã kế hoạch", "số kế hoạch"],
    "number": ["STT", "tt", "số tt", "số thứ tự", "no"],
    "title": ["Nhiệm vụ", "tên nhiệm vụ", "nội dung", "nội dung nhiệm vụ"],
    "area": ["Lĩnh vực cải cách", "lĩnh vực"],
    "unit": ["Đơn vị chủ trì", "đơn vị thực hiện", "cơ quan chủ trì", "đơn vị"],
    "due_on": ["Thời hạn", "thời gian hoàn thành", "hạn", "thời hạn hoàn thành", "due"],
    "status": ["Trạng thái", "tình trạng"],
    "started_on": ["Ngày bắt đầu"],
    "done_on": ["Ngày hoàn thành"],
    "evidence": ["Kết quả", "sản phẩm", "tài liệu kiểm chứng", "kết quả, sản phẩm"],
    "cancelled_on": ["Ngày hủy"],
    "cancel_reason": ["Lý do hủy"],
}
TASK_IGNORED = ["ref", "mã nhiệm vụ", "ghi chú", "cơ quan phối hợp", "đơn vị phối hợp", "id"]
MEETING = {
    "kind": ["Loại cuộc họp", "loại", "loại họp"],
    "held_on": ["Ngày họp", "ngày", "thời gian"],
    "title": ["Nội dung", "tiêu đề", "tên cuộc họp"],
    "chair": ["Chủ trì", "người chủ trì"],
    "note": ["Ghi chú"],
}
MEETING_IGNORED = ["tt", "stt", "id"]
PLAN = {
    "code": ["Số kế hoạch", "số hiệu", "mã kế hoạch", "số, ký hiệu"],
    "title": ["Trích yếu", "tên kế hoạch", "tên"],
    "year": ["Năm"],
    "issued_on": ["Ngày ban hành", "ngày ký"],
    "basis": ["Căn cứ", "thực hiện"],
}
PLAN_IGNORED = ["tasks_total", "tasks_done", "tt", "stt", "id"]
PROCEDURE = {
    "code": ["Mã thủ tục", "mã tthc", "mã", "ma thu tuc"],
    "name": ["Tên thủ tục", "tên tthc", "tên thủ tục hành chính", "thủ tục", "ten thu tuc"],
    "field": ["Lĩnh vực", "linh vuc"],
    "days": [
        "Thời hạn giải quyết",
        "thời hạn giải quyết (ngày làm việc)",
        "thời hạn",
        "số ngày",
        "thoi han giai quyet",
    ],
}
PROCEDURE_IGNORED = ["tt", "stt", "id", "cơ quan thực hiện", "cấp thực hiện"]

MEETING_KIND = {
    "key": ["Khóa", "mã loại", "mã"],
    "name": ["Tên", "tên loại cuộc họp", "loại cuộc họp"],
    "name_en": ["Tên tiếng Anh", "english name"],
}
MEETING_KIND_IGNORED = ["tt", "stt", "id"]
CALENDAR = {
    "day": ["Ngày", "date"],
    "kind": ["Loại", "nghỉ/làm"],
    "reason": ["Lý do", "căn cứ", "lý do, căn cứ"],
}
CALENDAR_IGNORED = ["tt", "stt", "thứ", "weekday", "source", "nguồn"]

SETTING = {"key": ["Khóa", "mục"], "value": ["Giá trị", "nội dung"]}

NOUNS = {
    "dossiers": (DOSSIER, DOSSIER_IGNORED, ("code", "procedure", "received_on")),
    "tasks": (TASK, TASK_IGNORED, ("plan", "number", "title")),
    "meetings": (MEETING, MEETING_IGNORED, ("kind", "held_on")),
    "plans": (PLAN, PLAN_IGNORED, ("code", "title")),
    "procedures": (PROCEDURE, PROCEDURE_IGNORED, ("code", "name", "days")),
    "meeting-kinds": (MEETING_KIND, MEETING_KIND_IGNORED, ("key", "name")),
    "calendar": (CALENDAR, CALENDAR_IGNORED, ("day", "kind", "reason")),
    "settings": (SETTING, [], ("key", "value")),
}
_NUMBERING = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")


def norm(heading: object) -> str:
    text = unicodedata.normalize("NFC", str(heading or "")).replace("_", " ").casefold()
    return " ".join(text.split()).rstrip(":*").strip()


def aliases(noun: str) -> tuple[dict[str, str], set[str], tuple[str, ...]]:
    table, ignored, required = NOUNS[noun]
    out: dict[str, str] = {}
    for col, names in table.items():
        out[norm(col)] = col
        for name in names:
            out[norm(name)] = col
    return out, {norm(i) for i in ignored}, required


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
                self.header_line = line or 1
                self._set_header(cells)
                self._pending = []
                self._second_heading()
                break
            self._pending.append(item)
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
            item = next(self._rows, None)
            if item is None:
                return
            line, cells = item
        filled = [c for c in cells if c is not None and str(c).strip()]
        if filled and all(_NUMBERING.match(str(c).strip()) for c in filled) and len(filled) > 2:
            return
        self._pending.append(item)

    def rows(self) -> Iterator[tuple[int, list]]:
        """(line, cells) of the data rows, padded to the header's width; JSON header changes
        are applied on the way; blank rows (a spreadsheet's empty lines) are skipped."""
        width = self.width
        json_like = self.source.format in ("json", "jsonl")
        for line, cells in itertools.chain(self._pending, self._rows):
            if json_like and line == 0:
                self._set_header(cells)
                width = self.width
                continue
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


def vi_heading(noun: str, column: str) -> str:
    """The Vietnamese heading ``cchc export --headings vi`` writes for a column: its first name
    here (read back by the importers), or the key for a column without one."""
    names = NOUNS[noun][0].get(column)
    if names:
        return names[0]
    return {"overdue": "Quá hạn", "ref": "Mã nhiệm vụ"}.get(column, column)
