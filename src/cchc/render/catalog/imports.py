"""Reading, checking and writing import files; exports.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "imp_failed": (
        "{path}: {count} dòng lỗi; không ghi gì vào sổ cái",
        "{path}: {count} bad rows; nothing was written to the ledger",
    ),
    "imp_empty_folder": (
        "{path}: không có tệp nào do 'cchc export all' ghi (plans.json, dossiers.json, ...)",
        "{path}: no file written by 'cchc export all' (plans.json, dossiers.json, ...)",
    ),
    "imp_more": ("... và {count} lỗi khác", "... and {count} more errors"),
    "imp_required": ("bắt buộc, không được để trống", "required, must not be empty"),
    "imp_duplicate": (
        "{what} xuất hiện nhiều lần trong tệp{first}",
        "{what} appears more than once in the file{first}",
    ),
    "imp_first_at": (" (lần đầu ở dòng {line})", " (first on line {line})"),
    "imp_conflict": ("không ghi được: {detail}", "cannot be written: {detail}"),
    "imp_future": (
        "ngày {value} chưa đến (không ghi trước kết quả)",
        "{value} is in the future (outcomes are recorded when they happen)",
    ),
    "imp_no_columns": (
        "{path}: không tìm thấy dòng tiêu đề có các cột cần thiết ({needed}); các cột được biết: {known}",
        "{path}: no header row with the needed columns ({needed}); known columns: {known}",
    ),
    "imp_missing_column": ("{path}: thiếu cột {column}", "{path}: missing column {column}"),
    "imp_unknown_columns": (
        "{path}: bỏ qua cột không biết: {columns}",
        "{path}: ignoring columns cchc does not know: {columns}",
    ),
    "imp_empty": ("{path}: tệp không có dữ liệu", "{path}: the file has no data"),
    "imp_unknown_format": (
        "{path}: không nhận ra định dạng từ phần mở rộng; dùng --format csv|tsv|json|jsonl|xlsx",
        "{path}: cannot tell the format from the extension; use --format csv|tsv|json|jsonl|xlsx",
    ),
    "imp_cannot_open": ("{path}: không mở được tệp ({detail})", "{path}: cannot open the file ({detail})"),
    "imp_wrong_kind": (
        "{path}: tệp trông như {actual}, không phải {fmt}; đổi tên tệp hoặc dùng --format",
        "{path}: the file looks like {actual}, not {fmt}; rename it or use --format",
    ),
    "imp_decode": (
        "{path}:{line}: không giải mã được bằng {encoding} ({detail}); tệp cũ có thể cần "
        "--encoding cp1258 (hoặc utf-16, latin-1)",
        "{path}:{line}: cannot decode as {encoding} ({detail}); an older file may need "
        "--encoding cp1258 (or utf-16, latin-1)",
    ),
    "imp_bad_encoding": ("không biết bảng mã {encoding!r}", "unknown encoding {encoding!r}"),
    "imp_bad_json": ("{path}:{line}: JSON không hợp lệ ({detail})", "{path}:{line}: invalid JSON ({detail})"),
    "imp_json_bad_text": (
        "{path}:{line}: {column}: văn bản không hợp lệ (ký tự NUL hoặc \\ud800..\\udfff lẻ)",
        "{path}:{line}: {column}: invalid text (a NUL or a lone \\ud800..\\udfff character)",
    ),
    "imp_json_new_key": (
        '{path}:{line}: khóa "{column}" không có trong object đầu tiên; hãy ghi mọi khóa vào object đầu '
        "tiên (null nếu không có giá trị)",
        '{path}:{line}: key "{column}" is not in the first object; give the first object every key '
        "(null where it has no value)",
    ),
    "imp_json_not_object": (
        "{path}:{line}: mỗi bản ghi JSON phải là một object {{...}}",
        "{path}:{line}: each JSON record must be an object {{...}}",
    ),
    "imp_bad_xlsx": (
        "{path}: không đọc được bảng tính xlsx ({detail})",
        "{path}: cannot read the xlsx workbook ({detail})",
    ),
    "imp_bad_csv": ("{path}:{line}: CSV không hợp lệ ({detail})", "{path}:{line}: invalid CSV ({detail})"),
    "imp_due_before": (
        "ngày hẹn trả {due} trước ngày nhận {received}",
        "appointment date {due} is before the received date {received}",
    ),
    "imp_finished_before": ("ngày {when} trước ngày nhận {received}", "{when} is before the received date {received}"),
    "imp_two_outcomes": (
        "chỉ được một kết quả (trả kết quả, trả lại hoặc rút)",
        "only one outcome per dossier (resolved, returned or withdrawn)",
    ),
    "imp_status_conflict": (
        "trạng thái {status!r} mâu thuẫn với ngày {column}",
        "status {status!r} contradicts the {column} date",
    ),
    "imp_status_needs_date": (
        "trạng thái {status!r} cần ngày (cột finished_on hoặc {column})",
        "status {status!r} needs its date (a finished_on or {column} column)",
    ),
    "imp_bad_status": (
        "trạng thái không hiểu: {value!r} (resolved, returned, withdrawn, pending)",
        "unknown status: {value!r} (resolved, returned, withdrawn, pending)",
    ),
    "imp_bad_channel": (
        "hình thức không hợp lệ: {value!r} (online/trực tuyến, direct/trực tiếp, postal/bưu chính)",
        "invalid channel: {value!r} (online/trực tuyến, direct/trực tiếp, postal/bưu chính)",
    ),
    "imp_no_due": (
        "thiếu ngày hẹn trả và thủ tục {name!r} không có trong danh mục",
        "no appointment date, and procedure {name!r} is not in the catalog",
    ),
    "imp_return_needs_reason": (
        "hồ sơ trả lại cần lý do (cột return_reason hoặc Ghi chú)",
        "a returned dossier needs its reason (return_reason or note)",
    ),
    "imp_finished_no_outcome": ("có ngày kết thúc nhưng không có trạng thái", "a finished date but no status"),
    "imp_paused_finished": (
        "hồ sơ đã kết thúc không thể đang tạm dừng chờ bổ sung",
        "a finished dossier cannot be waiting for supplements",
    ),
    "imp_date_before": ("ngày {when} trước {other}", "{when} is before {other}"),
    "imp_needs_reason": ("cần lý do (cột {column})", "needs its reason (the {column} column)"),
    "imp_reason_no_date": ("có lý do nhưng không có ngày (cột {column})", "a reason but no date (the {column} column)"),
    "imp_reschedule_not_later": (
        "ngày hẹn lại {when} phải sau ngày hẹn trả {due}",
        "the new date {when} must be after the appointment date {due}",
    ),
    "imp_bad_pauses": ("lịch sử tạm dừng không hợp lệ: {detail}", "invalid pause history: {detail}"),
    "imp_pauses_open": (
        "chỉ lần tạm dừng cuối cùng được chưa kết thúc, và phải khớp paused_on",
        "only the last pause may still be open, and it must match paused_on",
    ),
    "imp_bad_int": ("không phải số nguyên dương: {value!r}", "not a positive whole number: {value!r}"),
    "imp_no_plan": (
        "không có kế hoạch {code} trong sổ cái (nhập kế hoạch trước)",
        "no plan {code} in the ledger (import the plans first)",
    ),
    "imp_no_kind": (
        "không có loại cuộc họp {kind!r} (xem 'cchc meeting kinds')",
        "no meeting kind {kind!r} (see 'cchc meeting kinds')",
    ),
    "imp_bad_area": (
        "lĩnh vực cải cách không hợp lệ: {value!r} (xem 'cchc task areas')",
        "unknown reform area: {value!r} (see 'cchc task areas')",
    ),
    "imp_done_and_cancelled": (
        "nhiệm vụ không thể vừa hoàn thành vừa bị hủy",
        "a task cannot be both done and cancelled",
    ),
    "imp_before_start": ("{when} trước ngày bắt đầu {start}", "{when} is before the start {start}"),
    "imp_bad_days": (
        "thời hạn không hợp lệ: {value!r} (số ngày làm việc, 1–365)",
        "invalid processing time: {value!r} (working days, 1–365)",
    ),
    "imp_summary": (
        "{noun}: thêm {inserted}, cập nhật {updated}, giữ nguyên {unchanged} ({seconds} giây)",
        "{noun}: {inserted} inserted, {updated} updated, {unchanged} unchanged ({seconds} s)",
    ),
    "imp_summary_dry": (
        "{noun} (chạy thử, không ghi gì): sẽ thêm {inserted}, cập nhật {updated}, giữ "
        "nguyên {unchanged} ({seconds} giây)",
        "{noun} (dry run, nothing written): would insert {inserted}, update "
        "{updated}, leave {unchanged} unchanged ({seconds} s)",
    ),
    "exp_done": ("{noun}: đã xuất {count} dòng ra {target}", "{noun}: {count} rows exported to {target}"),
}

LABELS: dict[str, tuple[str, str]] = {}
