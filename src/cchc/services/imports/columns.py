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
    # the service-quality facts (Decision 766/QĐ-TTg); the last heading of each is the field
    # name of the national portal's synchronised dossier data
    "online_service": [
        "Toàn trình",
        "trực tuyến toàn trình",
        "mức độ dịch vụ công",
        "mức độ dvc",
        "loại dịch vụ công",
        "dịch vụ công trực tuyến",
    ],
    "digitised": ["Số hóa hồ sơ", "hồ sơ số hóa", "đã số hóa", "hồ sơ có thành phần số hóa", "hosocothanhphansohoa"],
    "result_digitised": [
        "Kết quả điện tử",
        "số hóa kết quả",
        "kết quả số hóa",
        "cấp kết quả điện tử",
        "có kết quả điện tử",
    ],
    "paid_online": [
        "Thanh toán trực tuyến",
        "được thanh toán trực tuyến",
        "nộp phí trực tuyến",
        "duocthanhtoantructuyen",
    ],
    "rating": ["Mức độ hài lòng", "đánh giá", "kết quả đánh giá", "đánh giá mức độ hài lòng", "điểm đánh giá"],
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

DOCUMENT = {
    "code": ["số, ký hiệu", "số ký hiệu", "số, ký hiệu văn bản", "số hiệu", "số văn bản", "ký hiệu"],
    "kind": ["loại", "loại văn bản", "tên loại", "hình thức văn bản"],
    "issued_on": ["ngày ban hành", "ngày ký", "ngày văn bản", "ngày, tháng văn bản"],
    "issuer": ["cơ quan ban hành", "đơn vị ban hành", "nơi ban hành"],
    "summary": ["trích yếu", "trích yếu nội dung", "nội dung", "tên văn bản", "title", "tên kế hoạch"],
    "area": ["lĩnh vực", "lĩnh vực cải cách", "lĩnh vực cchc"],
    "serves": ["phục vụ", "thực hiện nhiệm vụ", "kế hoạch, nhiệm vụ", "nhiệm vụ"],
    "year": ["năm", "năm kế hoạch"],
    "basis": ["căn cứ"],
}
DOCUMENT_IGNORED = ["tt", "stt", "id", "ghi chú", "người ký", "tasks_total", "tasks_done"]
OUTREACH = {
    "kind": ["hình thức", "loại", "hình thức tuyên truyền"],
    "held_on": ["ngày", "ngày đăng", "ngày thực hiện", "thời gian"],
    "title": ["tiêu đề", "tên tin, bài", "tên", "nội dung"],
    "outlet": ["cơ quan báo chí", "nơi đăng", "kênh", "trang", "phương tiện"],
    "count": ["số lượng", "số tin, bài", "số tin bài", "số lượt"],
    "note": ["ghi chú"],
}
OUTREACH_IGNORED = ["tt", "stt", "id"]
INSPECTION = {
    "ref": ["số hiệu", "mã"],
    "year": ["năm"],
    "number": ["số", "số thứ tự"],
    "held_on": ["ngày kiểm tra", "ngày", "thời gian kiểm tra"],
    "unit": ["đơn vị được kiểm tra", "đơn vị", "cơ quan được kiểm tra"],
    "body": ["đoàn kiểm tra", "cơ quan kiểm tra", "đơn vị kiểm tra"],
    "findings": ["kết quả kiểm tra", "tồn tại, hạn chế", "nội dung phát hiện", "kết luận"],
    "follow_up": ["yêu cầu khắc phục", "kiến nghị", "nội dung khắc phục"],
    "due_on": ["thời hạn khắc phục", "hạn khắc phục", "thời hạn"],
    "done_on": ["ngày khắc phục xong", "ngày hoàn thành khắc phục", "ngày hoàn thành"],
    "evidence": ["kết quả khắc phục", "tài liệu kiểm chứng"],
    "document": ["văn bản", "số văn bản", "kế hoạch kiểm tra"],
    "note": ["ghi chú"],
}
INSPECTION_IGNORED = ["tt", "stt", "id", "status", "trạng thái"]
CRITERION = {
    "year": ["năm", "năm đánh giá"],
    "code": ["stt", "tt", "mã", "mã tiêu chí", "số thứ tự"],
    "title": [
        "tiêu chí",
        "lĩnh vực, tiêu chí",
        "lĩnh vực/tiêu chí",
        "lĩnh vực, tiêu chí, tiêu chí thành phần",
        "nội dung",
        "tên tiêu chí",
        "tiêu chí, tiêu chí thành phần",
    ],
    "max_points": ["điểm tối đa", "điểm chuẩn", "thang điểm", "điểm tối đa của tiêu chí"],
    "self_score": ["điểm tự đánh giá", "tự đánh giá", "điểm tự chấm", "điểm đơn vị tự chấm"],
    "council_score": ["điểm thẩm định", "điểm hội đồng thẩm định", "hội đồng thẩm định", "điểm thẩm định của hội đồng"],
    "area": ["lĩnh vực cải cách", "lĩnh vực cchc"],
    "evidence": ["tài liệu kiểm chứng", "tài liệu kiểm chứng (tên, số, ký hiệu văn bản)"],
    "note": ["ghi chú", "giải trình"],
}
CRITERION_IGNORED = ["id", "level", "leaf", "final", "share", "previous_share", "tỷ lệ", "tỷ lệ (%)"]
EVIDENCE = {
    "year": ["năm"],
    "criterion": ["tiêu chí", "mã tiêu chí"],
    "kind": ["loại", "loại tài liệu"],
    "ref": ["tài liệu", "số, ký hiệu", "tên tệp", "tham chiếu"],
    "sha256": ["mã băm", "sha-256"],
    "note": ["ghi chú"],
}
RESULT = {
    "year": ["năm"],
    "score": ["điểm", "tổng điểm", "điểm đạt được", "chỉ số"],
    "max_points": ["điểm tối đa"],
    "rank": ["xếp hạng", "thứ hạng", "xếp thứ"],
    "of": ["trên tổng số", "số đơn vị", "tổng số đơn vị"],
    "document": ["văn bản công bố", "quyết định công bố", "văn bản"],
    "note": ["ghi chú"],
}
NOTE = {"period": ["kỳ báo cáo", "kỳ"], "section": ["mục", "phần"], "text": ["nội dung", "văn bản"]}

NOUNS = {
    "dossiers": (DOSSIER, DOSSIER_IGNORED, ("code", "procedure", "received_on")),
    "tasks": (TASK, TASK_IGNORED, ("plan", "number", "title")),
    "meetings": (MEETING, MEETING_IGNORED, ("kind", "held_on")),
    "plans": (PLAN, PLAN_IGNORED, ("code", "title")),
    "procedures": (PROCEDURE, PROCEDURE_IGNORED, ("code", "name", "days")),
    "meeting-kinds": (MEETING_KIND, MEETING_KIND_IGNORED, ("key", "name")),
    "calendar": (CALENDAR, CALENDAR_IGNORED, ("day", "kind", "reason")),
    "settings": (SETTING, [], ("key", "value")),
    "documents": (DOCUMENT, DOCUMENT_IGNORED, ("code", "summary")),
    "outreach": (OUTREACH, OUTREACH_IGNORED, ("kind", "held_on", "title")),
    "inspections": (INSPECTION, INSPECTION_IGNORED, ("held_on", "unit")),
    "index-criteria": (CRITERION, CRITERION_IGNORED, ("code", "title", "max_points")),
    "index-evidence": (EVIDENCE, ["id", "tt", "stt"], ("criterion", "kind", "ref")),
    "index-results": (RESULT, ["id"], ("year",)),
    "report-notes": (NOTE, [], ("period", "section", "text")),
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


def vi_heading(noun: str, column: str) -> str:
    """The Vietnamese heading ``cchc export --headings vi`` writes for a column: its first name
    here (read back by the importers), or the key for a column without one."""
    names = NOUNS[noun][0].get(column)
    if names:
        return names[0]
    return {"overdue": "Quá hạn", "ref": "Mã nhiệm vụ"}.get(column, column)
