"""The problems the shared rules (``cchc.domain.rules``) find, worded once for the clerk's
commands, every import (``FILE:LINE: column: message``) and ``cchc check`` (``kind key: message``).

key -> (Vietnamese, English); values are named ``str.format`` fields.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("{field} không được để trống", "{field} must not be empty"),
    "bad_stored_date": ("{column} không phải ngày hợp lệ: {value!r}", "{column} is not a valid date: {value!r}"),
    "bad_number": (
        "{column}: {value!r} không phải số nguyên từ {lo} đến {hi}",
        "{column}: {value!r} is not a whole number from {lo} to {hi}",
    ),
    "bad_code": ("mã không hợp lệ ({why}): {value!a}", "invalid code ({why}): {value!a}"),
    "future_date": (
        "ngày {value} chưa đến (không ghi trước kết quả)",
        "{value} is in the future (outcomes are recorded when they happen)",
    ),
    "received_future": (
        "ngày nhận {value} chưa đến (không nhận hồ sơ trước)",
        "the received date {value} is in the future",
    ),
    "received_future_swapped": (
        "ngày nhận {value} chưa đến; có phải là {other}? (ngày viết trước tháng: 09/06/2022 là 9 tháng 6)",
        "the received date {value} is in the future; did you mean {other}? (day first: 09/06/2022 is 9 June)",
    ),
    "task_before_start": (
        "{what} ({when}) trước ngày bắt đầu ({start}) của nhiệm vụ",
        "{what} ({when}) is before the task was started ({start})",
    ),
    "task_done_and_cancelled": (
        "nhiệm vụ không thể vừa hoàn thành vừa bị hủy",
        "a task cannot be both done and cancelled",
    ),
    "needs_reason": ("cần lý do (cột {column})", "needs its reason (the {column} column)"),
    "reason_without_date": (
        "có lý do nhưng không có ngày (cột {column})",
        "a reason but no date (the {column} column)",
    ),
    "bad_kind_key": (
        "mã loại cuộc họp không hợp lệ: {value!r} (chữ thường a-z, số, - và _)",
        "invalid meeting kind key: {value!r} (a-z, 0-9, - and _)",
    ),
    "outcome_and_date": (
        "hồ sơ đã kết thúc phải có đúng một kết quả và ngày kết thúc (kết quả {outcome!r}, ngày {finished!r})",
        "a finished dossier needs exactly one outcome and its date (outcome {outcome!r}, finished on {finished!r})",
    ),
    "finished_before_received": (
        "ngày kết thúc {when} trước ngày nhận {received}",
        "finished on {when}, before it was received ({received})",
    ),
    "return_needs_reason": (
        "hồ sơ trả lại cần lý do (cột return_reason hoặc Ghi chú)",
        "a returned dossier needs its reason (return_reason or note)",
    ),
    "paused_finished": (
        "hồ sơ đã kết thúc không thể đang tạm dừng chờ bổ sung",
        "a finished dossier cannot be waiting for supplements",
    ),
    "pause_incomplete": (
        "lịch sử tạm dừng không hợp lệ: #{n}: cần paused_on và reason",
        "invalid pause history: #{n}: paused_on and reason are required",
    ),
    "pause_item": (
        "lịch sử tạm dừng không hợp lệ: #{n}: {detail}",
        "invalid pause history: #{n}: {detail}",
    ),
    "pause_order": (
        "ngày tạm dừng {when} trước lần tạm dừng trước ({other}) của hồ sơ {code}",
        "the pause date {when} is before dossier {code}'s previous pause ({other})",
    ),
    "pause_bad_days": (
        "lịch sử tạm dừng không hợp lệ: #{n}: days là số ngày làm việc >= 0 khi đã tiếp tục, null khi chưa",
        "invalid pause history: #{n}: days: a whole number of working days >= 0 once resumed, else null",
    ),
    "duplicate": ("{what} xuất hiện nhiều lần trong tệp", "{what} appears more than once in the file"),
    "duplicate_at": (
        "{what} xuất hiện nhiều lần trong tệp (lần đầu ở dòng {line})",
        "{what} appears more than once in the file (first on line {line})",
    ),
    "pauses_open": (
        "chỉ lần tạm dừng cuối cùng được chưa kết thúc, và phải khớp paused_on",
        "only the last pause may still be open, and it must match paused_on",
    ),
}

LABELS: dict[str, tuple[str, str]] = {}
