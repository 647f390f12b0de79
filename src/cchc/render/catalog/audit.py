"""The audit trail and `cchc check`.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "audit_bad_hash": (
        "mục nhật ký #{id} ({kind} {ref}, {at}) không khớp mã băm: nhật ký đã bị sửa, chèn hoặc xóa từ mục này",
        "audit entry #{id} ({kind} {ref}, {at}) does not match its hash: the trail was "
        "edited, inserted into or cut from this entry on",
    ),
    "audit_record_differs": (
        "{kind} {ref}: giá trị lưu khác với mục nhật ký cuối #{id} ({fields}) — đã bị sửa ngoài cchc",
        "{kind} {ref}: stored values differ from its last audit entry #{id} ({fields}) — changed outside cchc",
    ),
    "audit_record_differs_import": (
        "{kind} {ref}: giá trị lưu khác với bản nhập #{id} ({file}:{line}) — đã bị sửa ngoài cchc",
        "{kind} {ref}: stored values differ from what import #{id} wrote ({file}:{line}) — changed outside cchc",
    ),
    "audit_bad_rows": (
        "mục nhập #{id} ({ref}): các dòng nhật ký của lần nhập không khớp mã băm — đã bị sửa, thêm hoặc xóa",
        "import entry #{id} ({ref}): its audit rows do not match its hash — edited, added or removed",
    ),
    "audit_orphan_rows": (
        "có dòng nhật ký trỏ tới mục #{id} không phải một lần nhập — đã được thêm ngoài cchc",
        "audit rows point at entry #{id}, which is no import — added outside cchc",
    ),
    "audit_shipped_gone": (
        "{kind} {ref}: giá trị cài sẵn đã bị xóa mà không có trong nhật ký — đã bị xóa ngoài cchc",
        "{kind} {ref}: a shipped value is gone with no audit entry — deleted outside cchc",
    ),
    "audit_record_unlogged": (
        "{kind} {ref}: không có trong nhật ký — đã được thêm ngoài cchc",
        "{kind} {ref}: has no audit entry — added outside cchc",
    ),
    "audit_record_unshipped": (
        "{kind} {ref}: khác với giá trị cài sẵn ({fields}) mà không có trong nhật ký — đã bị sửa ngoài cchc",
        "{kind} {ref}: differs from the shipped values ({fields}) with no audit entry — changed outside cchc",
    ),
    "audit_record_gone": (
        "{kind} {ref}: nhật ký #{id} ghi là còn nhưng không có trong sổ — đã bị xóa ngoài cchc",
        "{kind} {ref}: audit entry #{id} says it exists but it is gone — deleted outside cchc",
    ),
    "audit_ok": (
        "nhật ký nguyên vẹn: {entries} mục, {records} bản ghi khớp",
        "audit trail intact: {entries} entries, {records} records match",
    ),
    "check_integrity": ("SQLite integrity_check: {detail}", "SQLite integrity_check: {detail}"),
    "check_fk": (
        "{table} dòng {rowid}: tham chiếu tới {parent} không tồn tại",
        "{table} row {rowid}: refers to a missing {parent}",
    ),
    "check_duplicate_code": (
        "{kind} {ref!a}: trùng mã với {other!a} khi chuẩn hóa Unicode (NFC)",
        "{kind} {ref!a}: same code as {other!a} once Unicode is normalised (NFC)",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    "kind_dossier": ("hồ sơ", "dossier"),
    "kind_task": ("nhiệm vụ", "task"),
    "kind_plan": ("kế hoạch", "plan"),
    "kind_meeting": ("cuộc họp", "meeting"),
    "kind_meeting_kind": ("loại cuộc họp", "meeting kind"),
    "kind_procedure": ("thủ tục", "procedure"),
    "kind_calendar": ("lịch", "calendar"),
    "kind_setting": ("thông tin sổ cái", "ledger setting"),
    "audit_entries": ("mục nhật ký", "audit entries"),
    "when": ("Thời điểm (UTC)", "When (UTC)"),
    "actor": ("Người", "Who"),
    "command": ("Lệnh", "Command"),
    "action": ("Thao tác", "Action"),
    "changes": ("Thay đổi", "Changes"),
}
