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

DOSSIER = {
    "code": ["mã hồ sơ", "mã số hồ sơ", "số hồ sơ", "ma ho so"],
    "procedure": ["tên tthc", "tên thủ tục hành chính", "tên thủ tục", "thủ tục hành chính", "thủ tục", "tthc"],
    "field": ["lĩnh vực", "linh vuc"],
    "applicant": [
        "tên cá nhân, tổ chức",
        "tên tổ chức, cá nhân",
        "cá nhân, tổ chức",
        "người nộp",
        "người nộp hồ sơ",
        "tổ chức, cá nhân",
    ],
    "channel": ["hình thức", "hình thức nộp", "hình thức tiếp nhận", "kênh"],
    "received_on": ["nhận hồ sơ", "ngày nhận", "ngày nhận hồ sơ", "ngày tiếp nhận", "received"],
    "due_on": ["hẹn trả kết quả", "ngày hẹn trả", "ngày hẹn trả kết quả", "hẹn trả", "due"],
    "resolved_on": [
        "trả kết quả cho cá nhân, tổ chức",
        "trả kết quả cho tổ chức, cá nhân",
        "ngày trả kết quả",
        "resolved",
    ],
    "returned_on": ["ngày trả lại", "trả lại hồ sơ", "returned"],
    "return_reason": ["lý do trả lại", "lý do", "reason"],
    "withdrawn_on": ["ngày rút", "ngày rút hồ sơ", "withdrawn"],
    "finished_on": ["ngày kết thúc", "finished"],
    "status": ["outcome", "trạng thái", "tình trạng", "kết quả giải quyết"],
    "note": ["ghi chú", "notes"],
    "paused_on": ["tạm dừng từ", "ngày tạm dừng"],
    "pause_reason": ["lý do tạm dừng", "nội dung yêu cầu bổ sung"],
    "rescheduled_due_on": ["hẹn lại", "ngày hẹn lại"],
    "reschedule_reason": ["lý do hẹn lại"],
    "pauses": ["lịch sử tạm dừng"],
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
    "id",
]
TASK = {
    "plan": ["kế hoạch", "mã kế hoạch", "số kế hoạch"],
    "number": ["stt", "tt", "số tt", "số thứ tự", "no"],
    "title": ["nhiệm vụ", "tên nhiệm vụ", "nội dung", "nội dung nhiệm vụ"],
    "area": ["lĩnh vực", "lĩnh vực cải cách"],
    "unit": ["đơn vị chủ trì", "đơn vị thực hiện", "cơ quan chủ trì", "đơn vị"],
    "due_on": ["thời hạn", "thời gian hoàn thành", "hạn", "thời hạn hoàn thành", "due"],
    "status": ["trạng thái", "tình trạng"],
    "started_on": ["ngày bắt đầu"],
    "done_on": ["ngày hoàn thành"],
    "evidence": ["kết quả", "sản phẩm", "tài liệu kiểm chứng", "kết quả, sản phẩm"],
    "cancelled_on": ["ngày hủy"],
    "cancel_reason": ["lý do hủy"],
}
TASK_IGNORED = ["ref", "ghi chú", "cơ quan phối hợp", "đơn vị phối hợp", "id"]
MEETING = {
    "kind": ["loại", "loại cuộc họp", "loại họp"],
    "held_on": ["ngày họp", "ngày", "thời gian"],
    "title": ["nội dung", "tiêu đề", "tên cuộc họp"],
    "chair": ["chủ trì", "người chủ trì"],
    "note": ["ghi chú"],
}
MEETING_IGNORED = ["tt", "stt", "id"]
PLAN = {
    "code": ["số kế hoạch", "số hiệu", "mã kế hoạch", "số, ký hiệu"],
    "title": ["tên kế hoạch", "trích yếu", "tên"],
    "year": ["năm"],
    "issued_on": ["ngày ban hành", "ngày ký"],
    "basis": ["căn cứ", "thực hiện"],
}
PLAN_IGNORED = ["tasks_total", "tasks_done", "tt", "stt", "id"]
PROCEDURE = {
    "code": ["mã thủ tục", "mã tthc", "mã", "ma thu tuc"],
    "name": ["tên thủ tục", "tên tthc", "tên thủ tục hành chính", "thủ tục", "ten thu tuc"],
    "field": ["lĩnh vực", "linh vuc"],
    "days": [
        "thời hạn giải quyết",
        "thời hạn giải quyết (ngày làm việc)",
        "thời hạn",
        "số ngày",
        "thoi han giai quyet",
    ],
}
PROCEDURE_IGNORED = ["tt", "stt", "id", "cơ quan thực hiện", "cấp thực hiện"]

MEETING_KIND = {
    "key": ["khóa", "mã loại", "mã"],
    "name": ["tên", "tên loại cuộc họp", "loại cuộc họp"],
    "name_en": ["tên tiếng anh", "english name"],
}
MEETING_KIND_IGNORED = ["tt", "stt", "id"]
CALENDAR = {
    "day": ["ngày", "date"],
    "kind": ["loại", "nghỉ/làm"],
    "reason": ["lý do", "căn cứ", "lý do, căn cứ"],
}
CALENDAR_IGNORED = ["tt", "stt", "thứ", "weekday", "source", "nguồn"]

SETTING = {"key": ["khóa", "mục"], "value": ["giá trị", "nội dung"]}

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
        watched = self._merged() if self.source.format == "xlsx" else {}
        for line, cells in itertools.chain(self._pending, self._rows):
            for i, (cell, ref) in watched.items():
                if i < len(cells) and cells[i] is not None and str(cells[i]).strip():
                    raise InputError("imp_merged_heading", path=self.name, cell=cell, range=ref)
            if json_like and line == 0:
                self._set_header(cells)
                width = self.width
                continue
            if len(cells) < width:
                cells = list(cells) + [None] * (width - len(cells))
            if not any(cells) or not any(c is not None and str(c).strip() for c in cells):
                continue
            for i, first in self._also:
                if cells[first] is None and cells[i] is not None:
                    cells[first] = cells[i]
            yield line, cells
