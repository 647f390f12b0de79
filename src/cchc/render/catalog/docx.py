"""Every user-facing string of the Word report (``report … -o FILE.docx``): key -> (vi, en).

Keys start with ``docx.`` so they never clash with other catalogs once merged. ``LABELS`` are the
document's own texts (Decree 30/2020/NĐ-CP Appendix I wording, Biểu 06/VPCP/KSTT headings);
``MESSAGES`` are what the command line says. Placeholders use ``str.format`` names.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "docx.needs_output": (
        "--format docx ghi ra tệp: thêm -o TỆP.docx",
        "--format docx writes a file: add -o FILE.docx",
    ),
    "docx.bad_number": (
        "số, ký hiệu văn bản không hợp lệ: {value!r} (dạng 45/BC-VPUB, 45 hoặc /BC-VPUB)",
        "invalid document number: {value!r} (use 45/BC-VPUB, 45 or /BC-VPUB)",
    ),
    "docx.blank": ("{option} không được để trống", "{option} must not be blank"),
    # --help texts
    "docx.help_number": (
        "Số, ký hiệu của báo cáo, ví dụ 45/BC-VPUB (bỏ trống: để trống số) / document number",
        "Document number and symbol, e.g. 45/BC-VPUB (left blank to fill in by hand when not given)",
    ),
    "docx.help_place": ("Địa danh, ví dụ Sơn La / place name", "Place name before the date, e.g. Sơn La"),
    "docx.help_issued_on": (
        "Ngày ban hành (mặc định: ngày cuối của kỳ) / issue date",
        "Issue date (default: the period's last day)",
    ),
    "docx.help_to": (
        "Nơi nhận, lặp lại được; dòng cuối luôn là 'Lưu: VT, ...' / recipient, repeatable",
        "Recipient, repeatable; the list always ends with 'Lưu: VT, ...' (give your own 'Lưu: ...' to replace it)",
    ),
    "docx.help_signer": ("Họ tên người ký / signer's name", "Signer's name"),
    "docx.help_signer_title": (
        "Quyền hạn, chức vụ người ký, lặp lại cho nhiều dòng (KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG)",
        "Signer's authority and title, repeatable for several lines (KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG)",
    ),
    "docx.help_agency": ("Cơ quan ban hành, ví dụ Văn phòng / issuing agency", "Issuing agency, e.g. Văn phòng"),
    "docx.help_parent": (
        "Cơ quan chủ quản, ví dụ UBND tỉnh Sơn La / parent agency",
        "Parent agency, e.g. UBND tỉnh Sơn La",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    # the national header
    "docx.nation": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    "docx.motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "docx.number": ("Số: {number}", "No.: {number}"),
    "docx.place_date": ("{place}, ngày {day} tháng {month} năm {year}", "{place}, {day} {month} {year}"),
    "docx.date": ("ngày {day} tháng {month} năm {year}", "{day} {month} {year}"),
    "docx.months": (
        "",
        "January|February|March|April|May|June|July|August|September|October|November|December",
    ),
    "docx.doc_kind": ("BÁO CÁO", "REPORT"),
    "docx.kind_code": ("BC", "BC"),
    "docx.subject": (
        "Kết quả thực hiện công tác cải cách hành chính {period}",
        "Results of administrative reform work in {period}",
    ),
    "docx.intro": (
        "{agency} báo cáo kết quả thực hiện công tác cải cách hành chính {period} (số liệu tính từ"
        " ngày {start} đến ngày {end}) như sau:",
        "{agency} reports on its administrative reform work in {period} (figures from {start} to {end}) as follows:",
    ),
    # the sections built from the ledger
    "docx.sec_results": (
        "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
        "RESULTS OF ADMINISTRATIVE REFORM WORK",
    ),
    "docx.sec_direction": (
        "Công tác chỉ đạo, điều hành cải cách hành chính",
        "Direction and management of administrative reform",
    ),
    "docx.sec_procedures": ("Cải cách thủ tục hành chính", "Reform of administrative procedures"),
    "docx.sec_compare": ("So sánh với kỳ trước", "Compared with the previous period"),
    "docx.by_area_caption": ("Kết quả thực hiện nhiệm vụ theo lĩnh vực cải cách:", "Tasks by reform area:"),
    "docx.overdue_caption": ("Các nhiệm vụ quá hạn:", "Overdue tasks:"),
    "docx.see_appendix": (
        "Số liệu chi tiết theo từng lĩnh vực tại Phụ lục kèm theo Báo cáo này.",
        "The figures for each field are in the Appendix to this report.",
    ),
    "docx.col_no": ("TT", "No."),
    "docx.col_area": ("Lĩnh vực cải cách", "Reform area"),
    "docx.col_total": ("Tổng số", "Total"),
    "docx.col_done": ("Hoàn thành", "Done"),
    "docx.col_doing": ("Đang thực hiện", "In progress"),
    "docx.col_todo": ("Chưa thực hiện", "Not started"),
    "docx.col_overdue": ("Quá hạn", "Overdue"),
    "docx.col_task": ("Nhiệm vụ", "Task"),
    "docx.col_unit": ("Đơn vị chủ trì", "Unit"),
    "docx.col_due": ("Thời hạn", "Due"),
    "docx.sum": ("Tổng cộng", "Total"),
    "docx.not_recorded": ("(chưa ghi)", "(not recorded)"),
    # recipients and signature
    "docx.recipients": ("Nơi nhận:", "Recipients:"),
    "docx.filed": ("Lưu: VT", "Lưu: VT"),
    "docx.filed_prefix": ("Lưu", "Lưu"),
    "docx.blank_name": ("……………………", "……………………"),
    # the appendix: Biểu số 06/VPCP/KSTT (Circular 01/2020/TT-VPCP)
    "docx.appendix": ("Phụ lục", "Appendix"),
    "docx.appendix_n": ("Phụ lục {n}", "Appendix {n}"),
    "docx.charts_title": ("BIỂU ĐỒ THEO THÁNG CỦA KỲ BÁO CÁO", "MONTHLY CHARTS OF THE PERIOD"),
    "docx.appendix_of": (
        "(Kèm theo Báo cáo số {number} {date} của {agency})",
        "(Attached to Report No. {number} of {date}, {agency})",
    ),
    "docx.form_id": ("Biểu số 06/VPCP/KSTT", "Form 06/VPCP/KSTT"),
    "docx.form_basis": (
        "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020",
        "Issued with Circular 01/2020/TT-VPCP of 21/10/2020",
    ),
    "docx.form_title": (
        "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
        "ADMINISTRATIVE PROCEDURES: STATUS AND RESULTS AT THE AGENCY RESOLVING THEM",
    ),
    "docx.form_range": ("(Từ ngày {start} đến ngày {end})", "(From {start} to {end})"),
    "docx.form_reporting": ("- Đơn vị báo cáo: {unit}", "- Reporting unit: {unit}"),
    "docx.form_receiving": ("- Đơn vị nhận báo cáo: {unit}", "- Receiving unit: {unit}"),
    "docx.form_unit": ("Đơn vị tính: Số hồ sơ TTHC", "Unit: number of dossiers"),
    "docx.form_note": (
        "Ghi chú: hồ sơ trả lại và hồ sơ tổ chức, cá nhân xin rút được tính vào cột (9) Đúng hạn;"
        " cột (3) = (4) + (5) + (6) = (7) + (11); cột (7) = (8) + (9) + (10); cột (11) = (12) + (13).",
        "Note: dossiers returned and withdrawn are counted in column (9) On time;"
        " (3) = (4) + (5) + (6) = (7) + (11); (7) = (8) + (9) + (10); (11) = (12) + (13).",
    ),
    "docx.f_no": ("STT", "No."),
    "docx.f_field": ("Lĩnh vực, công việc giải quyết theo cấp", "Field, work resolved by level"),
    "docx.f_received": ("Số hồ sơ nhận giải quyết", "Dossiers to resolve"),
    "docx.f_resolved": ("Số hồ sơ đã giải quyết", "Dossiers resolved"),
    "docx.f_pending": ("Số lượng hồ sơ đang giải quyết", "Dossiers being resolved"),
    "docx.f_total": ("Tổng số", "Total"),
    "docx.f_of_which": ("Trong đó", "Of which"),
    "docx.f_online": ("Trực tuyến", "Online"),
    "docx.f_direct": ("Trực tiếp, dịch vụ bưu chính", "In person, by post"),
    "docx.f_carried": ("Từ kỳ trước", "Carried over"),
    "docx.f_early": ("Trước hạn", "Early"),
    "docx.f_on_time": ("Đúng hạn", "On time"),
    "docx.f_late": ("Quá hạn", "Late"),
    "docx.f_in_time": ("Trong hạn", "Within time"),
    "docx.f_overdue": ("Quá hạn", "Past due"),
    "docx.f_sum": ("Tổng cộng", "Total"),
    "docx.f_no_field": ("(chưa ghi lĩnh vực)", "(no field recorded)"),
}


def t(key: str, lang: str, **params: object) -> str:
    """The text of ``key`` in ``lang`` (the document's language, chosen by the caller)."""
    pair = LABELS.get(key) or MESSAGES[key]
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**params) if params else text
