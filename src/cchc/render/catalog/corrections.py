"""Corrections: editing, reopening and deleting records typed by mistake, each with its reason.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "edit_needs_reason": (
        "sửa {column} của {code} cần lý do (--reason)",
        "changing {code}'s {column} needs a reason (--reason)",
    ),
    "dossier_not_finished": (
        "hồ sơ {code} chưa có kết quả; không có gì để mở lại",
        "dossier {code} has no outcome; there is nothing to reopen",
    ),
    "slip_before_received": (
        "ngày phiếu hẹn lại {when} trước ngày nhận {received}",
        "the apology slip's date {when} is before the dossier was received ({received})",
    ),
    "task_not_closed": (
        "nhiệm vụ {ref} đang ở trạng thái '{state}'; chỉ mở lại nhiệm vụ đã hoàn thành hoặc đã hủy",
        "task {ref} is {state}; only a done or cancelled task can be reopened",
    ),
    "meeting_missing": (
        "không có cuộc họp {kind} ngày {held_on}",
        "no {kind} meeting on {held_on}",
    ),
    "meeting_ambiguous": (
        "có nhiều cuộc họp {kind} ngày {held_on}; chọn một bằng --title: {titles}",
        "there are several {kind} meetings on {held_on}; pick one with --title: {titles}",
    ),
    "meeting_used_evidence": (
        "cuộc họp {ref} là tài liệu kiểm chứng của {n} tiêu chí Chỉ số CCHC: không xóa được"
        " (gỡ tài liệu bằng 'cchc index evidence-remove' trước)",
        "meeting {ref} is evidence for {n} reform-index criteria: it cannot be deleted"
        " (remove the evidence with 'cchc index evidence-remove' first)",
    ),
    "meeting_move_needs_reason": (
        "đổi loại, ngày hoặc tiêu đề cuộc họp cần lý do (--reason)",
        "changing a meeting's kind, date or title needs a reason (--reason)",
    ),
    "dossier_edited": (
        "hồ sơ {code}: đã sửa; hẹn trả {due}, {status}",
        "dossier {code}: corrected; due {due}, {status}",
    ),
    "dossier_unchanged": ("hồ sơ {code}: không có gì thay đổi", "dossier {code}: nothing changed"),
    "dossier_reopened": ("hồ sơ {code}: đã mở lại, {status}", "dossier {code}: reopened, {status}"),
    "dossier_deleted": (
        "đã xóa hồ sơ {code}; nhật ký thay đổi vẫn giữ toàn bộ hồ sơ (cchc audit log --key {code})",
        "deleted dossier {code}; the audit trail keeps all of it (cchc audit log --key {code})",
    ),
    "task_edited": ("nhiệm vụ {ref}: đã sửa, {state}", "task {ref}: corrected, {state}"),
    "task_reopened": ("nhiệm vụ {ref}: đã mở lại, {state}", "task {ref}: reopened, {state}"),
    "meeting_edited": ("đã sửa cuộc họp {kind} ngày {held_on}", "corrected the {kind} meeting on {held_on}"),
    "meeting_deleted": ("đã xóa cuộc họp {kind} ngày {held_on}", "deleted the {kind} meeting on {held_on}"),
    "plan_edited": ("đã sửa kế hoạch {code}", "corrected plan {code}"),
}

LABELS: dict[str, tuple[str, str]] = {
    "edit": ("sửa", "edit"),
    "reopen": ("mở lại", "reopen"),
    "delete": ("xóa", "delete"),
    "insert": ("thêm", "add"),
    "update": ("cập nhật", "update"),
    "overdue_pending": ("đang giải quyết quá hạn", "overdue"),
    "edit_received_on": ("ngày nhận", "received date"),
    "edit_due_on": ("ngày hẹn trả", "due date"),
    "edit_started_on": ("ngày bắt đầu", "start date"),
    "edit_done_on": ("ngày hoàn thành", "done date"),
    "edit_cancelled_on": ("ngày hủy", "cancel date"),
    "rescheduled_on": ("Ngày phiếu hẹn lại", "Apology slip dated"),
    "corrections": ("Sửa chữa", "Corrections"),
    "at": ("Thời điểm (UTC)", "When (UTC)"),
}
