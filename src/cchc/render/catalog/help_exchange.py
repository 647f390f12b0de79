"""Help of ``cchc import`` and ``cchc export``, noun by noun (see ``help.py`` for the layout of an
entry)."""

from __future__ import annotations

# noun -> (what, vi; what, en; how a row is matched, vi; en; examples)
IMPORTS: dict[str, tuple[str, str, str, str, list]] = {
    "dossiers": (
        "hồ sơ (sổ theo dõi hồ sơ)",
        "dossiers (the tracking book)",
        "mã hồ sơ",
        "their code",
        [
            "cchc import dossiers data/sample/dossiers.csv --dry-run",
            ("cchc import dossiers so-theo-doi.xlsx --json", "tóm tắt dạng JSON", "the summary as JSON"),
        ],
    ),
    "tasks": ("nhiệm vụ của kế hoạch", "plan tasks", "kế hoạch và số thứ tự", "plan and number", []),
    "meetings": ("cuộc họp", "meetings", "loại, ngày và tiêu đề", "kind, date and title", []),
    "plans": ("kế hoạch CCHC", "reform plans", "số, ký hiệu", "their code", []),
    "procedures": ("danh mục thủ tục", "the procedure catalog", "mã thủ tục", "the procedure code", []),
    "meeting-kinds": (
        "loại cuộc họp",
        "meeting kinds",
        "khóa",
        "their key",
        ["cchc import meeting-kinds loai-hop.csv"],
    ),
    "calendar": (
        "điều chỉnh lịch của cơ quan (ngày nghỉ, ngày làm bù)",
        "the office's calendar overrides (days off, extra working days)",
        "ngày",
        "the date",
        ["cchc import calendar lich.csv --dry-run"],
    ),
    "settings": (
        "thông tin cơ quan (tên, cơ quan chủ quản, địa danh, người ký, mã đơn vị)",
        "the ledger's particulars (agency, parent, place, signer, unit code)",
        "khóa",
        "their key",
        [],
    ),
    "documents": (
        "văn bản chỉ đạo, điều hành (kể cả kế hoạch)",
        "directive documents (plans among them)",
        "số, ký hiệu",
        "their number and symbol",
        [],
    ),
    "outreach": (
        "hoạt động tuyên truyền CCHC",
        "communication work",
        "hình thức, ngày và tiêu đề",
        "kind, date and title",
        [],
    ),
    "inspections": (
        "cuộc kiểm tra CCHC và yêu cầu khắc phục",
        "inspections of reform work and their follow-ups",
        "số hiệu (2022#1)",
        "their reference (2022#1)",
        [],
    ),
    "index-criteria": (
        "tiêu chí Chỉ số CCHC của nhiều năm (tệp có cột năm, như 'cchc export' ghi; tệp của tỉnh cho một năm: "
        "'cchc index import')",
        "reform-index criteria of any years (a file with a year column, as 'cchc export' writes it; the "
        "province's file for one year: 'cchc index import')",
        "năm và mã tiêu chí",
        "year and criterion code",
        ["cchc import index-criteria ban-sao/index-criteria.json"],
    ),
    "index-evidence": (
        "tài liệu kiểm chứng của Chỉ số CCHC",
        "reform-index evidence",
        "năm, tiêu chí, loại và tài liệu",
        "year, criterion, kind and reference",
        [],
    ),
    "index-results": (
        "kết quả Chỉ số CCHC (điểm, xếp hạng viết 6/20)",
        "reform-index results (score, a rank written 6/20)",
        "năm",
        "the year",
        [],
    ),
    "report-notes": (
        "nội dung của cơ quan cho báo cáo các kỳ",
        "the office's own texts of the period reports",
        "kỳ và mục",
        "period and section",
        [],
    ),
}
IMPORT_PARAMS: dict[str, tuple[str, str]] = {
    "--format": (
        "csv, tsv, json, jsonl hoặc xlsx (mặc định: theo đuôi tệp; stdin: csv).",
        "csv, tsv, json, jsonl or xlsx (default: from the extension; stdin: csv).",
    ),
    "--json": ("In tóm tắt dạng JSON trên stdout.", "Print the summary as JSON on stdout."),
}

# noun -> (what, vi; en; what --from/--to filter, vi; en, or None: not filtered; examples)
EXPORTS: dict[str, tuple[str, str, tuple[str, str] | None, list]] = {
    "dossiers": (
        "hồ sơ (trạng thái tính đến hôm nay)",
        "dossiers (their status as of today)",
        ("ngày nhận", "received"),
        [
            "cchc export dossiers --from 15/12/2021 --to 09/06/2022 -o 6-thang-dau-nam.csv",
            ("cchc export dossiers -o so-theo-doi.xlsx --headings vi", "cho Excel", "for Excel"),
        ],
    ),
    "tasks": ("nhiệm vụ", "tasks", ("hạn", "deadline"), ["cchc export tasks --format json -o nhiem-vu.json"]),
    "meetings": ("cuộc họp", "meetings", ("ngày họp", "held"), ["cchc export meetings --format jsonl"]),
    "plans": ("kế hoạch", "plans", ("ngày ban hành", "issued"), ["cchc export plans -o ke-hoach.json"]),
    "procedures": (
        "danh mục thủ tục",
        "the procedure catalog",
        None,
        ["cchc export procedures -o danh-muc.csv --headings vi"],
    ),
    "meeting-kinds": ("loại cuộc họp", "the meeting kinds", None, ["cchc export meeting-kinds"]),
    "calendar": ("điều chỉnh lịch của cơ quan", "the office's calendar overrides", ("ngày", "date"), []),
    "settings": ("thông tin cơ quan", "the ledger's particulars", None, ["cchc export settings --format json"]),
    "documents": (
        "văn bản chỉ đạo, điều hành (kể cả kế hoạch)",
        "directive documents (plans among them)",
        ("ngày ban hành", "issued"),
        ["cchc export documents --from 15/12/2021 --to 09/06/2022 -o van-ban.xlsx --headings vi"],
    ),
    "outreach": (
        "hoạt động tuyên truyền CCHC",
        "communication work",
        ("ngày", "date"),
        ["cchc export outreach --from 01/01/2022 --to 30/06/2022 -o tuyen-truyen.csv"],
    ),
    "inspections": (
        "cuộc kiểm tra CCHC và yêu cầu khắc phục",
        "inspections and their follow-ups",
        ("ngày kiểm tra", "held"),
        ["cchc export inspections -o kiem-tra.xlsx --headings vi"],
    ),
    "index-criteria": (
        "tiêu chí Chỉ số CCHC, điểm tự đánh giá và điểm thẩm định",
        "reform-index criteria with the self and council scores",
        None,
        ["cchc export index-criteria --format json -o chi-so.json"],
    ),
    "index-evidence": ("tài liệu kiểm chứng", "reform-index evidence", None, ["cchc export index-evidence"]),
    "index-results": ("kết quả Chỉ số CCHC", "reform-index results", None, ["cchc export index-results --format json"]),
    "report-notes": (
        "nội dung của cơ quan cho báo cáo các kỳ",
        "the office's own texts of the period reports",
        None,
        ["cchc export report-notes -o noi-dung-bao-cao.xlsx"],
    ),
}
EXPORT_PARAMS: dict[str, tuple[str, str]] = {
    "--format": (
        "csv, json, jsonl hoặc xlsx (mặc định: theo đuôi của -o, nếu không thì csv).",
        "csv, json, jsonl or xlsx (default: from -o's extension, else csv).",
    ),
    "--output": ("Tệp ghi ra (mặc định: stdout).", "The file to write (default: stdout)."),
    "--bom": (
        "CSV có BOM để Excel đọc đúng tiếng Việt; --no-bom: không có (mặc định: có khi ghi ra tệp .csv, "
        "không khi ra stdout).",
        "CSV with a byte-order mark so Excel reads the Vietnamese; --no-bom: without (default: with one in "
        "a .csv file, none on stdout).",
    ),
    "--headings": (
        "Tiêu đề cột: keys (khóa JSON, mặc định) hoặc vi (tiêu đề tiếng Việt, 'cchc import' đọc lại được).",
        "Column headings: keys (the JSON keys, the default) or vi (Vietnamese headings 'cchc import' reads back).",
    ),
}
PARQUET = (
    "csv, json, jsonl, xlsx (mặc định: theo đuôi của -o, nếu không thì csv) hoặc parquet: tập dữ liệu của đơn vị "
    "trong thư mục -o, cho tổng hợp toàn tỉnh.",
    "csv, json, jsonl, xlsx (default: from -o's extension, else csv) or parquet: the unit's dataset in the "
    "folder -o, for a province's roll-up.",
)


def _window(window: tuple[str, str] | None) -> dict[str, tuple[str, str]]:
    if window is None:
        none = ("Không dùng cho loại này: xuất toàn bộ.", "Not used for this kind: everything is exported.")
        return {"--from": none, "--to": none}
    (vi, en) = window
    return {
        "--from": (f"Từ ngày ({vi}).", f"From this date ({en})."),
        "--to": (f"Đến ngày ({vi}).", f"Up to this date ({en})."),
    }


def _import(noun: str) -> dict:
    vi, en, key_vi, key_en, examples = IMPORTS[noun]
    return {
        "text": (
            f"Nhập {vi}. Khớp theo {key_vi}: dòng đã có và giống hệt thì giữ nguyên, khác thì cập nhật. Cột: "
            "khóa JSON như 'cchc export' ghi, hoặc tiêu đề tiếng Việt (như '--headings vi' ghi).",
            f"Import {en}. Rows are matched on {key_en}: an identical row is left alone, a changed one updated. "
            "Columns: the JSON keys 'cchc export' writes, or the Vietnamese headings ('--headings vi').",
        ),
        "examples": examples or [f"cchc import {noun} data/sample/{noun}.csv"],
        "params": IMPORT_PARAMS,
    }


def _export(noun: str) -> dict:
    vi, en, window, examples = EXPORTS[noun]
    params = {**EXPORT_PARAMS, **_window(window)}
    if noun == "dossiers":
        params["--format"] = PARQUET
    return {
        "text": (f"Xuất {vi}; 'cchc import {noun}' đọc lại được.", f"Export {en}; 'cchc import {noun}' reads it back."),
        "examples": examples or [f"cchc export {noun} -o {noun}.csv"],
        "params": params,
    }


COMMANDS: dict[str, dict] = {
    "import": {
        "text": (
            "Nhập dữ liệu hàng loạt. Mỗi lần nhập là một giao dịch: tệp có dòng sai thì không ghi gì, in từng "
            "dòng sai dạng TỆP:DÒNG: cột: thông báo. Chạy lại an toàn.",
            "Batch import. Each import is one transaction: a file with a bad row writes nothing and lists "
            "each bad row as FILE:LINE: column: message. Safe to re-run.",
        ),
        "examples": ["cchc import dossiers data/sample/dossiers.csv --dry-run", "cchc import all ban-sao/ --dry-run"],
    },
    **{f"import {noun}": _import(noun) for noun in IMPORTS},
    "import all": {
        "text": (
            "Nhập toàn bộ từ thư mục do 'cchc export all' ghi, trong một giao dịch: tất cả hoặc không gì cả.",
            "Import every file of a folder written by 'cchc export all', in one transaction: all or nothing.",
        ),
        "examples": ["cchc import all ban-sao/ --dry-run"],
        "params": {
            "folder": ("Thư mục do 'cchc export all' ghi.", "A folder written by 'cchc export all'."),
            "--json": IMPORT_PARAMS["--json"],
        },
    },
    "export": {
        "text": (
            "Xuất dữ liệu (csv, json, jsonl, xlsx); 'cchc import' đọc lại được.",
            "Export records (csv, json, jsonl, xlsx); 'cchc import' reads them back.",
        ),
        "examples": ["cchc export dossiers -o so-theo-doi.xlsx --headings vi", "cchc export all -o sao-luu/"],
    },
    **{f"export {noun}": _export(noun) for noun in EXPORTS},
    "export all": {
        "text": (
            "Xuất toàn bộ sổ cái, mỗi loại một tệp; 'cchc import all THƯ-MỤC' dựng lại đúng sổ cái đó. "
            "--format parquet: tập dữ liệu của đơn vị (unit=MÃ/year=NĂM) cho tổng hợp toàn tỉnh, DuckDB, Spark; "
            "cần mã đơn vị (cchc init --unit-code).",
            "Export the whole ledger, a file per kind; 'cchc import all FOLDER' builds the same ledger from it. "
            "--format parquet: the unit's dataset (unit=CODE/year=YYYY) for a province's roll-up, DuckDB, Spark; "
            "it needs the unit code (cchc init --unit-code).",
        ),
        "examples": [
            "cchc export all -o sao-luu/",
            ("cchc init --unit-code VPUB", "mã đơn vị, ghi một lần", "the unit code, recorded once"),
            ("cchc export all --format parquet -o parquet/", "cho tổng hợp toàn tỉnh", "for the roll-up"),
        ],
        "params": {
            "--output": ("Thư mục ghi ra (được tạo nếu chưa có).", "The folder to write (created)."),
            "--format": (
                "csv, json, jsonl, xlsx (mặc định json) hoặc parquet.",
                "csv, json, jsonl, xlsx (default json) or parquet.",
            ),
        },
        "metavars": {"--output": "FOLDER"},
    },
}
