"""The working-day calendar and its overrides.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "calendar_already_off": (
        "{day} đã là ngày nghỉ ({why}); không cần thêm",
        "{day} is already a day off ({why}); nothing to add",
    ),
    "calendar_already_work": (
        "{day} đã là ngày làm việc ({why}); không cần thêm",
        "{day} is already a working day ({why}); nothing to add",
    ),
    "calendar_no_override": (
        "{day} không có điều chỉnh lịch của cơ quan (ngày lễ của gói holidays "
        "không xoá được; dùng 'cchc calendar work')",
        "{day} has no office override (package holidays cannot be removed; use 'cchc calendar work')",
    ),
    "calendar_bad_days": (
        "số ngày làm việc không hợp lệ: {value} (từ 1 đến {max})",
        "invalid number of working days: {value} (1 to {max})",
    ),
    "calendar_set_off": ("{day}: ngày nghỉ ({reason})", "{day}: day off ({reason})"),
    "calendar_set_work": ("{day}: ngày làm việc ({reason})", "{day}: working day ({reason})"),
    "calendar_removed": ("{day}: đã xoá điều chỉnh của cơ quan", "{day}: office override removed"),
    "calendar_caption": (
        "Năm {year}: {off} ngày nghỉ rơi vào ngày thường, {work} ngày làm bù",
        "{year}: {off} days off on weekdays, {work} extra working days",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    "weekend": ("cuối tuần", "weekend"),
    "weekday_day": ("ngày thường", "weekday"),
    "substitute_workday": ("Ngày làm bù", "Substitute working day"),
    "cal_day": ("Ngày", "Date"),
    "cal_weekday": ("Thứ", "Weekday"),
    "cal_status": ("Trạng thái", "Status"),
    "cal_name": ("Tên, lý do", "Name or reason"),
    "cal_source": ("Nguồn", "Source"),
    "cal_off": ("nghỉ", "off"),
    "cal_work": ("làm việc", "working"),
    "cal_source_package": ("lịch nghỉ lễ (holidays)", "public holidays (holidays)"),
    "cal_source_office": ("cơ quan", "office"),
}
