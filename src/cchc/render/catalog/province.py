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
    # the service-quality indicators in the report
    "si_part": ("{what} {value}%", "{what} {value}%"),
    "si_sentence": (
        "Chất lượng phục vụ (Quyết định 766/QĐ-TTg): {parts}.",
        "Service quality (Decision 766/QĐ-TTg): {parts}.",
    ),
    "si_score_sentence": (
        "Các chỉ tiêu tính được từ sổ đạt {score}/{max} điểm ({percent}%).",
        "The indicators computed from the ledger score {score} of {max} points ({percent}%).",
    ),
    "si_apologies": (
        "Đã gửi {count} văn bản xin lỗi và hẹn lại ngày trả kết quả; {missing} hồ sơ quá hạn chưa có văn bản xin lỗi.",
        "{count} apology letters with a new date were sent; {missing} late dossiers have none.",
    ),
    "rollup_ranked": (
        "{unit} xếp thứ {rank}/{of} về {criterion} ({value}).",
        "{unit} ranks {rank}/{of} by {criterion} ({value}).",
    ),
    "rollup_unranked": (
        "{unit} chưa được xếp hạng về {criterion} (không có số liệu).",
        "{unit} is not ranked by {criterion} (no figure).",
    ),
    "rollup_intro": (
        "Tổng hợp {units} đơn vị, xếp hạng theo {criterion}.",
        "Roll-up of {units} units, ranked by {criterion}.",
    ),
    "rollup_heading": ("Tổng hợp {units} đơn vị — {report}", "Roll-up of {units} units — {report}"),
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
        "đã xuất đơn vị {unit} vào {path}: {dossiers} hồ sơ, {pauses} lần tạm dừng{others}",
        "exported unit {unit} to {path}: {dossiers} dossiers, {pauses} waits for supplements{others}",
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
    # the service-quality indicators (Decision 766/QĐ-TTg)
    "si_title": (
        "Chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)",
        "Service quality (Decision 766/QĐ-TTg)",
    ),
    "si_note": (
        "Các chỉ tiêu tính được từ sổ theo dõi hồ sơ. Điểm có dấu * là quy ước của cchc, chưa đối chiếu"
        " được với văn bản hướng dẫn (sửa được: CCHC_SERVICE_POINTS).",
        "The indicators a dossier ledger can compute. Points marked * are cchc's assumption, not verified"
        " against the guidance (configurable: CCHC_SERVICE_POINTS).",
    ),
    "si_code": ("Mã", "No."),
    "si_indicator": ("Chỉ tiêu", "Indicator"),
    "si_value": ("Tỷ lệ (%)", "Value (%)"),
    "si_count": ("Số lượng", "Count"),
    "si_points": ("Điểm", "Points"),
    "si_max": ("Tối đa", "Max"),
    "si_on_time": ("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", "Handled early or on time"),
    "si_processing_time": (
        "Thủ tục có thời gian giải quyết trung bình trong hạn",
        "Procedures resolved within their time on average",
    ),
    "si_online": ("Tỷ lệ hồ sơ nộp trực tuyến", "Received online"),
    "si_fully_online": ("Tỷ lệ hồ sơ trực tuyến toàn trình", "Received fully online"),
    "si_paid_online": ("Tỷ lệ hồ sơ thanh toán trực tuyến", "Fees paid online"),
    "si_result_digitised": ("Tỷ lệ hồ sơ có kết quả điện tử", "With an electronic result"),
    "si_digitised": ("Tỷ lệ hồ sơ thực hiện số hóa", "Digitised (inputs and result)"),
    "si_digitised_inputs": ("Tỷ lệ hồ sơ số hóa thành phần", "Inputs digitised"),
    "si_satisfaction": ("Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", "Satisfaction with dossier handling"),
    "si_satisfied": ("Tỷ lệ đánh giá hài lòng, rất hài lòng", "Rated satisfied or very satisfied"),
    "si_score": ("Tổng điểm (% điểm tối đa tính được)", "Score (% of the computable maximum)"),
    "si_procedures": (
        "Thời gian giải quyết trung bình theo thủ tục (ngày làm việc)",
        "Average processing time by procedure (working days)",
    ),
    "si_procedure": ("Thủ tục", "Procedure"),
    "si_resolved": ("Đã giải quyết", "Resolved"),
    "si_average": ("Trung bình", "Average"),
    "si_allowed": ("Thời hạn TB", "Allowed (avg)"),
    "si_nothing": ("Trong kỳ không có hồ sơ.", "No dossiers in the period."),
    # the roll-up
    "rollup_by_index": ("điểm Chỉ số CCHC", "the reform-index score"),
    "rollup_by_service": ("chất lượng phục vụ (QĐ 766, % điểm)", "service quality (Decision 766, % of points)"),
    "rollup_by_on_time": ("tỷ lệ hồ sơ xử lý trước hạn, đúng hạn (%)", "the share handled early or on time (%)"),
    "rollup_rank": ("Hạng", "Rank"),
    "rollup_col_index": ("Chỉ số CCHC", "Index"),
    "rollup_col_service": ("Phục vụ (%)", "Service (%)"),
    "rollup_col_on_time": ("Đúng hạn (%)", "On time (%)"),
    "rollup_unit": ("Đơn vị", "Unit"),
    "rollup_received": ("Tiếp nhận", "Received"),
    "rollup_resolved": ("Đã giải quyết", "Resolved"),
    "rollup_on_time": ("Đúng hạn (%)", "On time (%)"),
    "rollup_online": ("Trực tuyến (%)", "Online (%)"),
    "rollup_tasks": ("Nhiệm vụ", "Tasks"),
    "rollup_total": ("Toàn tỉnh", "All units"),
    "rollup_the_units": ("Các đơn vị", "The units"),
    "rollup_ranking": ("Xếp hạng các đơn vị", "Ranking of the units"),
    "rollup_whole": ("Tổng hợp chung", "All units together"),
    "rollup_sheet_figures": ("Số liệu các đơn vị", "Figures by unit"),
    "rollup_sheet_form": ("Biểu 06", "Form 06"),
}
