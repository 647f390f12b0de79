"""Reporting periods and the report command.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "bad_period": (
        "kỳ báo cáo {kind} không hợp lệ: {value!r} (ví dụ {example})",
        "invalid {kind} period: {value!r} (e.g. {example})",
    ),
    "until_outside": (
        "--until {until} nằm ngoài kỳ báo cáo {start} – {end}",
        "--until {until} is outside the reporting window {start} – {end}",
    ),
    "range_order": ("--from {start} sau --to {end}", "--from {start} is after --to {end}"),
    "range_missing": ("báo cáo theo khoảng cần cả --from và --to", "a range report needs both --from and --to"),
    "period_not_started": (
        "kỳ báo cáo {label} bắt đầu ngày {start}, chưa đến",
        "the period {label} starts on {start}, which has not come yet",
    ),
    "bad_extension": (
        "không biết định dạng của tệp {path} (dùng .json, .csv, .md, .txt, .docx hoặc --format)",
        "cannot tell the format of {path} from its extension (use .json, .csv, .md, .txt, .docx or --format)",
    ),
    "report_written": ("đã ghi báo cáo {label} vào {path}", "wrote the {label} report to {path}"),
    "cannot_write": ("không ghi được {path}: {detail}", "cannot write {path}: {detail}"),
}

LABELS: dict[str, tuple[str, str]] = {}
