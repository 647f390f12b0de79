"""Labels and messages in Vietnamese (default) and English.

The language is chosen once per process (``--lang`` or ``CCHC_LANG``); JSON keys never change.
Keep this module free of heavy imports: it is loaded on every command.
"""

from __future__ import annotations

import os

LANGS = ("vi", "en")
_lang = os.environ.get("CCHC_LANG", "vi") if os.environ.get("CCHC_LANG") in LANGS else "vi"

# key -> (vi, en). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # generic input
    "bad_date": (
        "ngày không hợp lệ: {value!r} (dùng 09/06/2022, 2022-06-09 hoặc today)",
        "invalid date: {value!r} (use 09/06/2022, 2022-06-09 or today)",
    ),
    "empty_text": ("{field} không được để trống", "{field} must not be empty"),
    "bad_choice": (
        "{field} không hợp lệ: {value!r} (chọn một trong: {choices})",
        "invalid {field}: {value!r} (choose one of: {choices})",
    ),
    "bad_year": ("năm không hợp lệ: {value!r}", "invalid year: {value!r}"),
    "bad_ref": (
        "mã nhiệm vụ không hợp lệ: {value!r} (dạng KẾ-HOẠCH#SỐ, ví dụ 02/KH-VPUB#7)",
        "invalid task reference: {value!r} (form PLAN#N, e.g. 02/KH-VPUB#7)",
    ),
    "bad_due": (
        "hạn không hợp lệ: {value!r} (ngày, quý như Q2 hoặc 'cả năm')",
        "invalid deadline: {value!r} (a date, a quarter such as Q2, or 'year')",
    ),
    "future_date": (
        "{what}: ngày {value} chưa đến (không ghi trước kết quả)",
        "{what}: {value} is in the future (outcomes are recorded when they happen)",
    ),
    "bad_range": ("--from {start} sau --to {end}", "--from {start} is after --to {end}"),
    "nothing_to_edit": ("không có gì để sửa", "nothing to edit"),
    # ledger
    "not_sqlite": (
        "{path}: không phải tệp sổ cái SQLite; tệp được giữ nguyên",
        "{path}: not a SQLite ledger file; left untouched",
    ),
    "corrupt": (
        "{path}: tệp sổ cái bị hỏng ({detail}); tệp được giữ nguyên",
        "{path}: the ledger file is damaged ({detail}); left untouched",
    ),
    "newer_ledger": (
        "{path}: sổ cái do phiên bản cchc mới hơn ghi (migration {names}); hãy nâng cấp cchc",
        "{path}: the ledger was written by a newer cchc (migration {names}); upgrade cchc",
    ),
    "no_ledger": (
        "chưa có sổ cái tại {path}; chạy 'cchc init' hoặc thêm dữ liệu trước",
        "no ledger at {path}; run 'cchc init' or add a record first",
    ),
    "locked": (
        "sổ cái đang bận (người khác đang ghi) sau {seconds} giây; thử lại sau",
        "the ledger is busy (someone else is writing) after {seconds} s; try again later",
    ),
    "invalid_record": (
        "{record}: giá trị {column}={value!r} trong sổ cái không hợp lệ (sửa ngoài cchc?); chạy 'cchc check'",
        "{record}: the stored {column}={value!r} is not valid (edited outside cchc?); run 'cchc check'",
    ),
    "cannot_open": ("không mở được sổ cái {path}: {detail}", "cannot open the ledger {path}: {detail}"),
    # plans
    "plan_exists": ("kế hoạch {code} đã có", "plan {code} already exists"),
    "plan_missing": ("không có kế hoạch {code}", "no plan {code}"),
    # tasks
    "task_missing": ("không có nhiệm vụ {ref}", "no task {ref}"),
    "task_already": ("nhiệm vụ {ref} đã ở trạng thái '{state}'", "task {ref} is already {state}"),
    "task_closed": (
        "nhiệm vụ {ref} ở trạng thái '{state}', không thể chuyển trạng thái",
        "task {ref} is {state}; its state cannot change",
    ),
    "task_date_order": (
        "{what} ({when}) trước ngày bắt đầu ({start}) của nhiệm vụ {ref}",
        "{what} ({when}) is before task {ref} was started ({start})",
    ),
    "bad_area": (
        "lĩnh vực cải cách không hợp lệ: {value!r} (xem 'cchc task areas')",
        "unknown reform area: {value!r} (see 'cchc task areas')",
    ),
    # dossiers
    "dossier_exists": ("hồ sơ {code} đã có", "dossier {code} already exists"),
    "dossier_missing": ("không có hồ sơ {code}", "no dossier {code}"),
    "due_before_received": (
        "ngày hẹn trả {due} trước ngày nhận {received}",
        "due date {due} is before the received date {received}",
    ),
    "finished_before_received": (
        "ngày {what} {when} trước ngày nhận {received} của hồ sơ {code}",
        "{what} date {when} is before dossier {code} was received ({received})",
    ),
    "dossier_finished": (
        "hồ sơ {code} đã kết thúc ({outcome} ngày {when})",
        "dossier {code} is already finished ({outcome} on {when})",
    ),
    # meetings
    "kind_missing": (
        "không có loại cuộc họp {kind!r} (xem 'cchc meeting kinds')",
        "unknown meeting kind {kind!r} (see 'cchc meeting kinds')",
    ),
    "kind_exists": ("loại cuộc họp {kind} đã có", "meeting kind {kind} already exists"),
    "meeting_exists": (
        "đã có cuộc họp {kind} ngày {held_on} với tiêu đề {title!r}",
        "a {kind} meeting on {held_on} titled {title!r} already exists",
    ),
    # success
    "created_ledger": ("đã tạo sổ cái {path}", "created ledger {path}"),
    "ledger_ready": ("sổ cái {path} đã sẵn sàng", "ledger {path} is ready"),
    "added_plan": ("đã thêm kế hoạch {code}", "added plan {code}"),
    "added_task": ("đã thêm nhiệm vụ {ref}", "added task {ref}"),
    "task_updated": ("nhiệm vụ {ref}: {state}", "task {ref}: {state}"),
    "added_dossier": ("đã tiếp nhận hồ sơ {code}, hẹn trả {due}", "received dossier {code}, due {due}"),
    "dossier_updated": ("hồ sơ {code}: {status}", "dossier {code}: {status}"),
    "added_meeting": ("đã ghi cuộc họp {kind} ngày {held_on}", "recorded {kind} meeting on {held_on}"),
    "added_kind": ("đã thêm loại cuộc họp {kind}", "added meeting kind {kind}"),
    "none_found": ("không có bản ghi nào", "no records"),
}

# Labels for statuses, headings and fields: key -> (vi, en)
LABELS: dict[str, tuple[str, str]] = {
    "todo": ("chưa làm", "to do"),
    "doing": ("đang làm", "doing"),
    "done": ("hoàn thành", "done"),
    "cancelled": ("đã hủy", "cancelled"),
    "early": ("trước hạn", "early"),
    "on_time": ("đúng hạn", "on time"),
    "late": ("quá hạn", "late"),
    "returned": ("trả lại", "returned"),
    "withdrawn": ("rút hồ sơ", "withdrawn"),
    "pending": ("đang giải quyết", "pending"),
    "overdue": ("quá hạn", "overdue"),
    "resolved": ("đã giải quyết", "resolved"),
    "online": ("trực tuyến", "online"),
    "direct": ("trực tiếp", "in person"),
    "postal": ("bưu chính", "postal"),
    # headings
    "code": ("Mã", "Code"),
    "ref": ("Mã NV", "Ref"),
    "title": ("Tiêu đề", "Title"),
    "year": ("Năm", "Year"),
    "issued_on": ("Ngày ban hành", "Issued"),
    "basis": ("Căn cứ", "Basis"),
    "tasks": ("Nhiệm vụ", "Tasks"),
    "completion": ("Hoàn thành", "Completion"),
    "number": ("STT", "No."),
    "area": ("Lĩnh vực CCHC", "Reform area"),
    "unit": ("Đơn vị chủ trì", "Unit"),
    "due_on": ("Hạn", "Due"),
    "status": ("Trạng thái", "Status"),
    "pauses": ("Các lần tạm dừng", "Pauses"),
    "done_on": ("Ngày xong", "Done on"),
    "evidence": ("Kết quả/kiểm chứng", "Evidence"),
    "procedure": ("Thủ tục", "Procedure"),
    "field": ("Lĩnh vực", "Field"),
    "applicant": ("Cá nhân, tổ chức", "Applicant"),
    "channel": ("Hình thức", "Channel"),
    "received_on": ("Nhận", "Received"),
    "finished_on": ("Kết thúc", "Finished"),
    "note": ("Ghi chú", "Note"),
    "kind": ("Loại", "Kind"),
    "key": ("Khóa", "Key"),
    "name": ("Tên", "Name"),
    "held_on": ("Ngày họp", "Date"),
    "chair": ("Chủ trì", "Chair"),
    "count": ("Số lượng", "Count"),
    "history": ("Lịch sử", "History"),
    "plans": ("Kế hoạch", "Plans"),
    "dossiers": ("Hồ sơ", "Dossiers"),
    "meetings": ("Cuộc họp", "Meetings"),
    "total": ("Tổng", "Total"),
    "reason": ("Lý do", "Reason"),
    "started_on": ("Bắt đầu", "Started"),
    "cancelled_on": ("Ngày hủy", "Cancelled on"),
    "return_reason": ("Lý do trả lại", "Return reason"),
    "as_of": ("tính đến", "as of"),
    "resolved_on": ("Ngày trả kết quả", "Resolved on"),
    "returned_on": ("Ngày trả lại", "Returned on"),
    "withdrawn_on": ("Ngày rút", "Withdrawn on"),
    "plan": ("Kế hoạch", "Plan"),
    "name_en": ("Tên tiếng Anh", "Name"),
}


def register(
    messages: dict[str, tuple[str, str]] | None = None, labels: dict[str, tuple[str, str]] | None = None
) -> None:
    """Add a feature's own messages and labels (call at import time of its module)."""
    MESSAGES.update(messages or {})
    LABELS.update(labels or {})


def set_lang(lang: str) -> None:
    global _lang
    if lang not in LANGS:
        raise ValueError(lang)
    _lang = lang


def lang() -> str:
    return _lang


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if _lang == "en" else pair[0]


def msg(key: str, **params: object) -> str:
    pair = MESSAGES.get(key)
    if pair is None:
        return key + (" " + repr(params) if params else "")
    field = params.get("field")
    if isinstance(field, str) and field in LABELS:  # "title" -> "Tiêu đề" in Vietnamese
        params = {**params, "field": label(field)}
    return _pick(pair).format(**params)


def label(key: str) -> str:
    pair = LABELS.get(key)
    return _pick(pair) if pair else key
