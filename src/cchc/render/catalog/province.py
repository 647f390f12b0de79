"""Province scale: the service-quality facts and indicators (Decision 766/QĐ-TTg), the units'
particulars, the roll-up of many ledgers and the Parquet export.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the facts of a dossier
    "dossier_facts": ("hồ sơ {code}: {facts}", "dossier {code}: {facts}"),
    "online_service_channel": (
        "hồ sơ tiếp nhận trực tuyến (toàn trình/một phần) phải có hình thức trực tuyến, không phải {channel}",
        "a dossier received fully or partly online must have the online channel, not {channel}",
    ),
    "bad_flag": ("{column}: {value!r} không phải có/không (1/0)", "{column}: {value!r} is not yes/no (1/0)"),
    "imp_bad_flag": ("không hiểu {value!r} (có/không, 1/0, yes/no)", "cannot read {value!r} (có/không, 1/0, yes/no)"),
    "imp_bad_rating": (
        "mức độ hài lòng không hiểu: {value!r} (1–5, rất hài lòng, hài lòng, bình thường, không hài lòng)",
        "unknown rating: {value!r} (1–5, rất hài lòng, hài lòng, bình thường, không hài lòng)",
    ),
    "imp_bad_online": (
        "mức độ trực tuyến không hiểu: {value!r} (toàn trình/full, một phần/partial)",
        "unknown online service: {value!r} (toàn trình/full, một phần/partial)",
    ),
    # the units' particulars
    "bad_unit_code": (
        "mã đơn vị không hợp lệ: {value!r} (chữ, số, '.', '-', '_'; tối đa 64 ký tự; dùng làm tên thư mục)",
        "invalid unit code: {value!r} (letters, digits, '.', '-', '_'; at most 64; it names folders)",
    ),
    "warn_merged_province": (
        "lưu ý: {what} '{value}': tỉnh {old} đã hợp nhất vào {new} từ 01/07/2025 (Nghị quyết 202/2025/QH15)",
        "note: {what} '{value}': the province of {old} was merged into {new} on 01/07/2025 (Resolution 202/2025/QH15)",
    ),
    "warn_unknown_province": (
        "lưu ý: {what} '{value}': '{name}' không có trong danh sách 34 tỉnh, thành phố từ 01/07/2025",
        "note: {what} '{value}': '{name}' is not among the 34 provinces and cities since 01/07/2025",
    ),
    "warn_district": (
        "lưu ý: {what} '{value}': từ 01/07/2025 không còn cấp huyện (chính quyền hai cấp: tỉnh và xã)",
        "note: {what} '{value}': there is no district tier since 01/07/2025 (two tiers: province and commune)",
    ),
    # the roll-up
    "rollup_no_inputs": ("không có sổ cái hay thư mục Parquet nào: {path}", "no ledger or Parquet folder: {path}"),
    "rollup_nothing": (
        "không còn đơn vị nào để tổng hợp ({excluded} bị loại; dùng --force để vẫn tổng hợp)",
        "no unit left to roll up ({excluded} left out; --force to include them anyway)",
    ),
    "rollup_excluded": ("bỏ qua {source}: {reason}", "left out {source}: {reason}"),
    "rollup_forced": ("vẫn tổng hợp {source} (--force): {reason}", "included anyway {source} (--force): {reason}"),
    "rollup_check_failed": (
        "không qua 'cchc check' ({count} vấn đề; đầu tiên: {first})",
        "fails 'cchc check' ({count} problems; first: {first})",
    ),
    "rollup_anchor_failed": ("mốc nhật ký không khớp: {detail}", "the audit anchor does not verify: {detail}"),
    "rollup_bad_anchor": (
        "--anchor không hợp lệ: {value!r} (dạng MÃ-ĐƠN-VỊ=SỐ:HASH hoặc SỐ:HASH)",
        "invalid --anchor: {value!r} (UNIT-CODE=N:HASH or N:HASH)",
    ),
    "rollup_cannot_open": ("không mở được: {detail}", "cannot be opened: {detail}"),
    "rollup_report_failed": ("không lập được báo cáo: {detail}", "its report cannot be built: {detail}"),
    "rollup_duplicate_unit": (
        "mã đơn vị {unit} trùng với {other}",
        "unit code {unit} is also the code of {other}",
    ),
    "rollup_no_unit_code": (
        "chưa có mã đơn vị (cchc --db … init --unit-code MÃ)",
        "has no unit code (cchc --db … init --unit-code CODE)",
    ),
    "rollup_no_index": (
        "không đơn vị nào có điểm Chỉ số CCHC để xếp hạng theo --rank-by index",
        "no unit has a reform-index score to rank by (--rank-by index)",
    ),
    "rollup_needs_duckdb": (
        "tổng hợp từ Parquet cần DuckDB: pip install 'cchc[province]'",
        "a roll-up of Parquet needs DuckDB: pip install 'cchc[province]'",
    ),
    "rollup_written": (
        "đã ghi báo cáo tổng hợp {label} ({units} đơn vị) vào {path}",
        "wrote the {label} roll-up ({units} units) to {path}",
    ),
    "rollup_checking": ("kiểm tra {count} sổ cái…", "checking {count} ledgers…"),
    "bad_points_file": ("{path}: tệp điểm không hợp lệ: {detail}", "{path}: invalid points file: {detail}"),
    # the Parquet export
    "parquet_needs_pyarrow": (
        "xuất Parquet cần pyarrow: pip install 'cchc[province]'",
        "the Parquet export needs pyarrow: pip install 'cchc[province]'",
    ),
    "parquet_needs_folder": ("--format parquet cần -o THƯ-MỤC", "--format parquet needs -o FOLDER"),
    "parquet_needs_unit_code": (
        "xuất Parquet cần mã đơn vị: cchc init --unit-code MÃ",
        "the Parquet export needs the unit code: cchc init --unit-code CODE",
    ),
    "parquet_done": (
        "đã xuất {rows} dòng ({noun}) của đơn vị {unit} vào {path}",
        "exported {rows} rows ({noun}) of unit {unit} to {path}",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    "online_service": ("Trực tuyến", "Online service"),
    "digitised": ("Số hóa hồ sơ", "Digitised"),
    "result_digitised": ("Kết quả điện tử", "E-result"),
    "paid_online": ("Thanh toán trực tuyến", "Paid online"),
    "rating": ("Mức độ hài lòng", "Rating"),
    "online_full": ("toàn trình", "fully online"),
    "online_partial": ("một phần", "partly online"),
    "yes": ("có", "yes"),
    "no": ("không", "no"),
    "parent_label": ("cơ quan chủ quản", "the parent agency"),
    "place_label": ("địa danh", "the place"),
    "agency_label": ("tên cơ quan", "the agency"),
}
