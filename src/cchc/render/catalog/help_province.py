"""Help of ``cchc rollup``: a province's (or a department's) roll-up of its units' ledgers or Parquet
exports, with a ranking (see ``help.py`` for the layout of an entry; the report options are
``help_office.REPORT_PARAMS``)."""

from __future__ import annotations

from cchc.render.catalog.help_office import PERIODS, REPORT_METAVARS, REPORT_PARAMS

U = "so-tu-phap.db so-noi-vu.db"  # two units' ledgers (the examples' own files)

ROLLUP_PARAMS: dict[str, tuple[str, str]] = {
    **REPORT_PARAMS,
    "inputs": (
        "Sổ cái của các đơn vị, thư mục chứa sổ cái (*.db), hoặc thư mục Parquet do 'cchc export all --format "
        "parquet' ghi; có thể trộn lẫn.",
        "The units' ledgers, folders of ledgers (*.db), or Parquet folders written by 'cchc export all "
        "--format parquet'; mixed as needed.",
    ),
    "--format": (
        "table, json, csv (mỗi đơn vị một dòng), markdown, text (đoạn tổng hợp), form (Biểu 06 của toàn bộ và "
        "từng đơn vị), xlsx, docx.",
        "table, json, csv (a row per unit), markdown, text (the narrative), form (Biểu 06 of the whole and "
        "each unit), xlsx, docx.",
    ),
    "--output": (
        "Ghi ra tệp; định dạng theo đuôi tệp (.json .csv .md .txt .xlsx .docx).",
        "Write a file; the format follows its extension (.json .csv .md .txt .xlsx .docx).",
    ),
    "--office": (
        "Tên chung của các đơn vị trong đoạn tổng hợp và báo cáo Word (mặc định: 'các đơn vị').",
        "The name of the whole in the narrative and the Word report (default: 'the units').",
    ),
    "--rank-by": (
        "Xếp hạng theo: service (điểm chất lượng phục vụ QĐ 766, mặc định), on-time (tỷ lệ đúng hạn) hoặc "
        "index (điểm Chỉ số CCHC).",
        "Rank by: service (the Decision 766 service score, the default), on-time (the in-time share) or "
        "index (the reform-index score).",
    ),
    "--force": (
        "Vẫn tổng hợp đơn vị không qua kiểm tra hoặc sai mốc nhật ký (được nêu tên trên stderr).",
        "Include units that fail their checks or their anchor (named on stderr).",
    ),
    "--anchor": (
        "Mốc nhật ký của một đơn vị (in bằng 'cchc audit head'): MÃ-ĐƠN-VỊ=N:MÃ-BĂM; lặp lại cho mỗi đơn vị.",
        "A unit's audit anchor (printed by 'cchc audit head'): CODE=N:HASH; repeat for each unit.",
    ),
    "--jobs": ("Số tiến trình đọc sổ cái song song (mặc định 2).", "Worker processes reading ledgers (default 2)."),
    "--points": (
        "Tệp JSON thay điểm tối đa, ngưỡng của các chỉ tiêu QĐ 766 (mặc định: $CCHC_SERVICE_POINTS).",
        "A JSON file changing the Decision 766 maxima and thresholds (default: $CCHC_SERVICE_POINTS).",
    ),
    "--recheck": (
        "Kiểm tra lại mọi sổ cái, kể cả sổ không đổi từ lần trước.",
        "Check every ledger again, even those unchanged since the last roll-up.",
    ),
}
ROLLUP_METAVARS = {**REPORT_METAVARS, "--anchor": "UNIT_ANCHOR"}
KINDS = {
    "semester": (
        "Tổng hợp 6 tháng của các đơn vị",
        "The units' half-year roll-up",
        [
            (f"cchc rollup semester 2022-H1 {U} --until 09/06/2022", "hai sở", "two departments"),
            ("cchc rollup semester 2022-H1 don-vi/ --rank-by on-time --format text", "cả thư mục", "a folder"),
            (
                f"cchc rollup semester 2022-H1 {U} --until 09/06/2022 -o tong-hop.docx --agency 'Sở Nội vụ' "
                "--parent 'UBND tỉnh Sơn La'",
                "báo cáo Word",
                "the Word report",
            ),
        ],
    ),
    "quarter": (
        "Tổng hợp quý của các đơn vị",
        "The units' quarterly roll-up",
        [f"cchc rollup quarter 2022-Q2 {U} -o q2.xlsx"],
    ),
    "month": ("Tổng hợp tháng của các đơn vị", "The units' monthly roll-up", [f"cchc rollup month 2022-03 {U} --json"]),
    "nine-months": (
        "Tổng hợp 9 tháng của các đơn vị",
        "The units' nine-month roll-up",
        ["cchc rollup nine-months 2022 du-lieu-tinh/ --format markdown"],
    ),
    "year": (
        "Tổng hợp năm của các đơn vị",
        "The units' yearly roll-up",
        [("cchc rollup year 2022 du-lieu-tinh/ --json", "từ dữ liệu Parquet", "from the Parquet dataset")],
    ),
}


def _rollup(kind: str) -> dict:
    vi, en, examples = KINDS[kind]
    window_vi, window_en = PERIODS[kind][0].split(":", 1)[1], PERIODS[kind][1].split(":", 1)[1]
    return {
        "text": (
            f"{vi}:{window_vi} Mỗi sổ cái được kiểm tra như 'cchc check' trước khi cộng (kiểm tra lại khi sổ "
            "thay đổi); sổ không qua bị bỏ qua và nêu tên trên stderr.",
            f"{en}:{window_en} Each ledger is checked as 'cchc check' does before it is counted (again once it "
            "changed); one that fails is left out and named on stderr.",
        ),
        "examples": examples,
        "params": {**ROLLUP_PARAMS, "value": PERIODS[kind][2:4]},
        "metavars": ROLLUP_METAVARS,
    }


COMMANDS: dict[str, dict] = {
    "rollup": {
        "text": (
            "Tổng hợp toàn tỉnh từ sổ cái của các đơn vị, kèm xếp hạng. Một báo cáo cho cả tỉnh (hoặc một sở có "
            "nhiều đơn vị) từ sổ cái hoặc dữ liệu Parquet của các đơn vị. Mọi kỳ và tùy chọn của 'cchc report', "
            "rồi danh sách sổ cái, thư mục sổ cái hoặc thư mục Parquet. Sổ cái chỉ được mở để đọc.",
            "A province's roll-up of its units' ledgers, with a ranking. One report for the province (or a "
            "department with several units) from its units' ledgers or Parquet data. Every period and option "
            "of 'cchc report', then the ledgers, folders of ledgers or Parquet folders. Ledgers are only read.",
        ),
        "examples": [f"cchc rollup semester 2022-H1 {U} --until 09/06/2022"],
    },
    **{f"rollup {kind}": _rollup(kind) for kind in KINDS},
    "rollup range": {
        "text": (
            "Tổng hợp các đơn vị cho một khoảng ngày bất kỳ.",
            "The units' roll-up for any date range.",
        ),
        "examples": [f"cchc rollup range --from 01/03/2022 --to 31/03/2022 {U} --rank-by on-time --format form"],
        "params": {
            **ROLLUP_PARAMS,
            "--from": ("Ngày đầu.", "The first day."),
            "--to": ("Ngày cuối (ngày tính số liệu).", "The last day (the as-of date)."),
        },
        "metavars": {**ROLLUP_METAVARS, "--to": "DATE"},
    },
}
