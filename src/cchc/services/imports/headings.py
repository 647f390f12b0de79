"""The headings of import files, by noun: each column's canonical name (the key of ``cchc <noun>
list --json``) with the Vietnamese headings of the books clerks keep, the book's columns cchc
knowingly ignores, and the columns a file must have. Data, and the functions that read it.

Headings are compared in NFC, ignoring case, repeated spaces, ``_`` and a trailing ``:``/``*``.
"""

from __future__ import annotations

import unicodedata

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


def vi_heading(noun: str, column: str) -> str:
    """The Vietnamese heading ``cchc export --headings vi`` writes for a column: its first name
    here (read back by the importers), or the key for a column without one."""
    names = NOUNS[noun][0].get(column)
    if names:
        return names[0]
    return {"overdue": "Quá hạn", "ref": "Mã nhiệm vụ"}.get(column, column)
