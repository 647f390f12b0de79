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
    "imp_finished_no_outcome": ("có ngày kết thúc nhưng không có trạng thái", "a finished date but no status"),
    "imp_bad_pauses": ("lịch sử tạm dừng không hợp lệ: {detail}", "invalid pause history: {detail}"),
    "imp_bad_int": ("không phải số nguyên dương: {value!r}", "not a positive whole number: {value!r}"),
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
