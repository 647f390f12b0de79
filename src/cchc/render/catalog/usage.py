"""Command lines that cannot be run as typed: misspelt commands, missing or unknown options.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "usage_no_command": ("không có lệnh {name!r} (xem '{help}')", "no command {name!r} (see '{help}')"),
    "usage_no_command_close": (
        "không có lệnh {name!r}; có phải là {close}? (xem '{help}')",
        "no command {name!r}; did you mean {close}? (see '{help}')",
    ),
    "usage_missing_option": ("thiếu tùy chọn {name}", "missing option {name}"),
    "usage_missing_argument": ("thiếu {name}", "missing {name}"),
    "usage_no_option": ("không có tùy chọn {name}", "no option {name}"),
    "usage_no_option_close": (
        "không có tùy chọn {name}; có phải là {close}?",
        "no option {name}; did you mean {close}?",
    ),
    "usage_option_needs_value": ("tùy chọn {name} cần một giá trị", "option {name} needs a value"),
    "usage_option_no_value": ("tùy chọn {name} không nhận giá trị", "option {name} takes no value"),
    "usage_bad_value": ("giá trị không hợp lệ cho {name}: {detail}", "invalid value for {name}: {detail}"),
    "usage_not_integer": ("cần một số nguyên", "a whole number is needed"),
    "usage_too_small": ("phải từ {min} trở lên", "must be {min} or more"),
    "usage_too_large": ("phải không quá {max}", "must be at most {max}"),
    "usage_extra": ("thừa đối số: {args}", "unexpected argument(s): {args}"),
    "usage_missing_command": ("thiếu lệnh", "a command is missing"),
    "usage_see_help": ("(xem '{help}')", "(see '{help}')"),
    "count_dossiers": ("{n} hồ sơ", "{n} dossiers"),
    "count_dossiers_one": ("{n} hồ sơ", "{n} dossier"),
    "count_tasks": ("{n} nhiệm vụ", "{n} tasks"),
    "count_tasks_one": ("{n} nhiệm vụ", "{n} task"),
    "count_meetings": ("{n} cuộc họp", "{n} meetings"),
    "count_meetings_one": ("{n} cuộc họp", "{n} meeting"),
    "count_procedures": ("{n} thủ tục", "{n} procedures"),
    "count_procedures_one": ("{n} thủ tục", "{n} procedure"),
    "count_entries": ("{n} mục nhật ký", "{n} audit entries"),
    "count_entries_one": ("{n} mục nhật ký", "{n} audit entry"),
}

LABELS: dict[str, tuple[str, str]] = {}
