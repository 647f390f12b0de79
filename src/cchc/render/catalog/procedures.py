"""The procedure catalog.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "procedure_exists": (
        "thủ tục {code} đã có trong danh mục ({name}); dùng 'cchc procedure edit'",
        "procedure {code} is already in the catalog ({name}); use 'cchc procedure edit'",
    ),
    "procedure_missing": ("không có thủ tục {code} trong danh mục", "no procedure {code} in the catalog"),
    "procedure_ambiguous": (
        "tên thủ tục {name!r} trùng ở nhiều mã ({codes}); dùng mã thủ tục",
        "procedure name {name!r} matches several codes ({codes}); use the code",
    ),
    "procedure_unknown": (
        "thủ tục {name!r} không có trong danh mục: thêm bằng 'cchc procedure add', hoặc cho --days N hay --due NGÀY",
        "procedure {name!r} is not in the catalog: add it with 'cchc procedure add', or give --days N or --due DATE",
    ),
    "added_procedure": (
        "đã thêm thủ tục {code}: {name} ({days} ngày làm việc)",
        "added procedure {code}: {name} ({days} working days)",
    ),
    "procedure_updated": ("đã sửa thủ tục {code}", "updated procedure {code}"),
    "procedures_imported": (
        "{file}: {rows} thủ tục — thêm {inserted}, cập nhật {updated}, giữ nguyên {unchanged}",
        "{file}: {rows} procedures — {inserted} added, {updated} updated, {unchanged} unchanged",
    ),
    "procfile_error": ("{where}: {column}: {problem}{more}", "{where}: {column}: {problem}{more}"),
    "procfile_more": (" (và {n} lỗi khác)", " (and {n} more errors)"),
    "procfile_missing_column": ("thiếu cột {column}", "missing column {column}"),
    "procfile_duplicate": ("mã {code} trùng với dòng {first}", "code {code} repeats line {first}"),
    "procfile_bad_days": (
        "thời hạn không hợp lệ: {value!r} (số ngày làm việc, 1–365)",
        "invalid processing time: {value!r} (working days, 1–365)",
    ),
    "procfile_unreadable": ("{path}: không đọc được tệp ({detail})", "{path}: cannot read the file ({detail})"),
    "procfile_empty": ("{path}: tệp không có dòng dữ liệu nào", "{path}: the file has no rows"),
    "procfile_bad_json": ("{path}: JSON không hợp lệ ({detail})", "{path}: invalid JSON ({detail})"),
}

LABELS: dict[str, tuple[str, str]] = {"days": ("Thời hạn (ngày LV)", "Days"), "procedures": ("Thủ tục", "Procedures")}
