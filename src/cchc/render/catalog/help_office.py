"""Help of the office's commands: calendar, procedure catalog, reports, import and export,
audit, check, backups (see ``help.py`` for the layout of an entry)."""

from __future__ import annotations

S = "--db data/sample.db"

REPORT_PARAMS: dict[str, tuple[str, str]] = {
    "--until": (
        "Tính đến ngày này (kết thúc kỳ sớm hơn), ví dụ 09/06/2022.",
        "As of this day, ending the window early, e.g. 09/06/2022.",
    ),
    "--calendar": (
        "Theo lịch (1/1–30/6...) thay vì kỳ chốt số liệu của Nghị định 09/2019.",
        "Calendar boundaries (1 Jan – 30 Jun...) instead of the Decree 09/2019 cut-offs.",
    ),
    "--plan": ("Chỉ nhiệm vụ của kế hoạch này.", "Only this plan's tasks."),
    "--compare": ("So với kỳ trước cùng loại.", "Compare with the previous period of the same kind."),
    "--chart": (
        "Biểu đồ theo tháng (hồ sơ nhận, giải quyết, tỷ lệ đúng hạn, nhiệm vụ): vẽ trên màn hình;"
        " với -o tệp .xlsx là một trang tính biểu đồ, với .docx là Phụ lục II (cần cchc[charts]).",
        "Monthly charts (dossiers received and resolved, in-time rate, tasks): drawn in the terminal;"
        " with -o a .xlsx file gets a sheet of charts, a .docx an Appendix II (needs cchc[charts]).",
    ),
    "--format": (
        "table, json, csv, markdown, text (đoạn tóm tắt), form (Biểu 06), docx, xlsx.",
        "table, json, csv, markdown, text (the paragraph), form (Biểu 06), docx, xlsx.",
    ),
    "--json": ("Như --format json.", "Same as --format json."),
    "--output": (
        "Ghi ra tệp; định dạng theo đuôi tệp (.json .csv .md .txt .docx .xlsx).",
        "Write a file; the format follows its extension (.json .csv .md .txt .docx .xlsx).",
    ),
    "--lang": ("Ngôn ngữ của báo cáo: vi hoặc en.", "The report's language: vi or en."),
    "--office": (
        "Tên cơ quan làm chủ ngữ của đoạn tóm tắt (mặc định: $CCHC_OFFICE, nếu không: Văn phòng).",
        "The office named in the paragraph (default: $CCHC_OFFICE, else the Office).",
    ),
    "--number": ("Số, ký hiệu của báo cáo Word, ví dụ 45/BC-VPUB.", "The Word report's number, e.g. 45/BC-VPUB."),
    "--place": ("Địa danh trước ngày tháng (báo cáo Word).", "The place before the date (Word report)."),
    "--issued-on": ("Ngày ban hành (mặc định: ngày cuối của kỳ).", "The issue date (default: the period's last day)."),
    "--to": ("Nơi nhận (báo cáo Word); lặp lại cho mỗi nơi.", "A recipient (Word report); repeat for each."),
    "--recipient": ("Nơi nhận (báo cáo Word); lặp lại cho mỗi nơi.", "A recipient (Word report); repeat for each."),
    "--signer": ("Người ký (báo cáo Word).", "Who signs (Word report)."),
    "--signer-title": (
        "Chức vụ người ký, lặp lại cho dòng 'KT. ...' (báo cáo Word).",
        "The signer's title; repeat for 'KT. ...' lines (Word report).",
    ),
    "--agency": ("Cơ quan ban hành (báo cáo Word).", "The issuing agency (Word report)."),
    "--parent": ("Cơ quan chủ quản (báo cáo Word).", "The parent agency (Word report)."),
}
REPORT_METAVARS = {"--to": "TEXT", "--recipient": "TEXT", "--output": "FILE"}
PERIODS = {
    "semester": (
        "Báo cáo 6 tháng: kỳ 2022-H1 (15/12/2021 – 14/06/2022) hoặc 2022-H2 (15/06 – 14/12).",
        "Half-year report: 2022-H1 (15/12/2021 – 14/06/2022) or 2022-H2 (15/06 – 14/12).",
        "2022-H1 hoặc 2022-H2 (cũng được H1/2022; mặc định: nửa năm hiện tại).",
        "2022-H1 or 2022-H2 (also H1/2022; default: the current half-year).",
        [
            f"cchc {S} report semester 2022-H1 --until 09/06/2022",
            f"cchc {S} report semester 2022-H1 --until 09/06/2022 -o bao-cao-6-thang.xlsx",
            f"cchc {S} report semester 2022-H1 --until 09/06/2022 -o bao-cao.docx --number 45/BC-VPUB",
        ],
    ),
    "quarter": (
        "Báo cáo quý: 2022-Q1 là 15/12/2021 – 14/03/2022.",
        "Quarterly report: 2022-Q1 is 15/12/2021 – 14/03/2022.",
        "2022-Q1 (cũng được Q1/2022, Quý 1/2022; mặc định: quý hiện tại).",
        "2022-Q1 (also Q1/2022; default: the current quarter).",
        [f"cchc {S} report quarter 2022-Q2 --compare", f"cchc {S} report quarter 2022-Q2 --chart"],
    ),
    "month": (
        "Báo cáo tháng: tháng 3/2022 là 15/02 – 14/03/2022.",
        "Monthly report: March 2022 is 15/02 – 14/03/2022.",
        "2022-03 (cũng được 03/2022; mặc định: tháng hiện tại).",
        "2022-03 (also 03/2022; default: the current month).",
        [f"cchc {S} report month 2022-03 --json"],
    ),
    "nine-months": (
        "Báo cáo 9 tháng: 15/12 năm trước – 14/09.",
        "Nine-month report: 15/12 of the year before – 14/09.",
        "Năm, ví dụ 2022 (mặc định: năm hiện tại).",
        "The year, e.g. 2022 (default: this year).",
        [f"cchc {S} report nine-months 2022 --format markdown"],
    ),
    "year": (
        "Báo cáo năm: 15/12 năm trước – 14/12.",
        "Yearly report: 15/12 of the year before – 14/12.",
        "Năm, ví dụ 2022 (mặc định: năm hiện tại).",
        "The year, e.g. 2022 (default: this year).",
        [f"cchc {S} report year 2022 --plan 02/KH-VPUB --format form"],
    ),
}


def _report(kind: str) -> dict:
    vi, en, value_vi, value_en, examples = PERIODS[kind]
    return {
        "text": (vi, en),
        "examples": examples,
        "params": {**REPORT_PARAMS, "value": (value_vi, value_en)},
        "metavars": REPORT_METAVARS,
    }


COMMANDS: dict[str, dict] = {
    "calendar": {
        "text": (
            "Lịch ngày làm việc: thứ Hai – thứ Sáu, trừ ngày lễ, Tết và ngày nghỉ của cơ quan, cộng ngày làm bù.",
            "The working-day calendar: Monday to Friday, less public holidays, Tết and the office's days off, "
            "plus its extra working days.",
        ),
        "examples": ["cchc calendar show 2022", "cchc calendar due 28/01/2022 15"],
    },
    "calendar show": {
        "text": (
            "Mọi ngày nghỉ và ngày làm bù trong một năm hoặc nhiều năm.",
            "Every day off and extra working day of a year or of several.",
        ),
        "examples": ["cchc calendar show 2025", "cchc calendar show 2025 2026 --json"],
        "params": {
            "year": ("Năm, ví dụ 2025, hoặc khoảng năm 2025-2026.", "The year, e.g. 2025, or years 2025-2026."),
            "last": ("Đến năm này (cùng với NĂM: 2025 2026).", "Up to this year (with YEAR: 2025 2026)."),
        },
    },
    "calendar off": {
        "text": ("Thêm ngày nghỉ của cơ quan.", "Make a date an extra day off."),
        "examples": ["cchc calendar off 31/12/2026 --reason 'Nghỉ theo Thông báo số 12/TB-UBND'"],
        "params": {
            "day": ("Ngày nghỉ.", "The day off."),
            "--reason": ("Lý do, căn cứ (ví dụ số thông báo).", "The reason (e.g. the announcement)."),
        },
    },
    "calendar work": {
        "text": ("Thêm ngày làm việc (làm bù) của cơ quan.", "Make a date an extra working day."),
        "examples": ["cchc calendar work 03/01/2026 --reason 'Làm bù theo Thông báo số 12/TB-UBND'"],
        "params": {
            "day": ("Ngày làm bù.", "The extra working day."),
            "--reason": ("Lý do, căn cứ (ví dụ số thông báo).", "The reason (e.g. the announcement)."),
        },
    },
    "calendar remove": {
        "text": ("Xóa điều chỉnh của cơ quan cho một ngày.", "Remove the office's override of a date."),
        "examples": [
            (
                "cchc calendar off 31/12/2026 --reason 'Nghỉ theo Thông báo số 12/TB-UBND'",
                "ghi nhầm",
                "recorded by mistake",
            ),
            ("cchc calendar remove 31/12/2026", "xóa điều chỉnh", "removed"),
        ],
        "params": {"day": ("Ngày có điều chỉnh.", "The date with an override.")},
    },
    "calendar due": {
        "text": (
            "Ngày hẹn trả cho hồ sơ nhận ngày NGÀY với thời hạn SỐ ngày làm việc (in dạng ISO, một mình một dòng).",
            "The appointment date for a dossier received on DATE with N working days (ISO, alone on its line).",
        ),
        "examples": ["cchc calendar due 28/01/2022 15", "cchc calendar due 2025-04-25 1 --json"],
        "params": {
            "received": ("Ngày nhận hồ sơ.", "The day it was received."),
            "days": ("Thời hạn giải quyết (ngày làm việc).", "The processing time in working days."),
        },
    },
    "calendar workdays": {
        "text": (
            "Đếm ngày làm việc sau TỪ-NGÀY đến hết ĐẾN-NGÀY.",
            "Count the working days after FROM up to and including TO.",
        ),
        "examples": ["cchc calendar workdays 28/01/2022 08/02/2022"],
        "params": {
            "date_from": ("Từ ngày (không tính ngày này).", "From this date (not counted)."),
            "date_to": ("Đến ngày (tính cả ngày này).", "Up to this date (counted)."),
        },
    },
    "procedure": {
        "text": (
            "Danh mục thủ tục: mã, tên, lĩnh vực, thời hạn giải quyết (ngày làm việc).",
            "The procedure catalog: code, name, field, processing time in working days.",
        ),
        "examples": ["cchc procedure list --field 'Hợp tác quốc tế'"],
    },
    "procedure add": {
        "text": ("Thêm thủ tục vào danh mục.", "Add a procedure to the catalog."),
        "examples": [
            "cchc procedure add 9.001 --name 'Cấp giấy phép tổ chức hội thảo' --field 'Hợp tác quốc tế' --days 15"
        ],
        "params": {
            "code": ("Mã thủ tục, ví dụ 1.001.", "The procedure code, e.g. 1.001."),
            "--name": ("Tên thủ tục.", "The procedure's name."),
            "--field": ("Lĩnh vực.", "Its field."),
            "--days": ("Thời hạn giải quyết (ngày làm việc).", "The processing time in working days."),
        },
        "metavars": {"--name": "TEXT"},
    },
    "procedure edit": {
        "text": (
            "Sửa thủ tục; hồ sơ đã nhận giữ nguyên ngày hẹn trả.",
            "Edit a procedure; dossiers already received keep their appointment dates.",
        ),
        "examples": ["cchc procedure edit 1.001 --days 12"],
        "params": {
            "code": ("Mã thủ tục.", "The procedure code."),
            "--name": ("Tên mới.", "The new name."),
            "--field": ("Lĩnh vực mới.", "The new field."),
            "--days": ("Thời hạn mới (ngày làm việc).", "The new processing time (working days)."),
        },
        "metavars": {"--name": "TEXT"},
    },
    "procedure list": {
        "text": ("Danh mục thủ tục.", "List the catalog."),
        "examples": ["cchc procedure list", "cchc procedure list --field 'Hợp tác quốc tế' --json"],
        "params": {"--field": ("Chỉ lĩnh vực này.", "Only this field.")},
    },
    "procedure import": {
        "text": (
            "Nhập danh mục từ tệp (như 'cchc import procedures'): thêm hoặc sửa theo mã; kiểm tra mọi dòng "
            "trước khi ghi.",
            "Import a catalog file (as 'cchc import procedures'): insert or update by code; every row is "
            "checked before anything is written.",
        ),
        "examples": ["cchc procedure import data/sample/procedures.csv"],
    },
    "report": {
        "text": (
            "Báo cáo theo kỳ từ sổ cái: nhiệm vụ, hồ sơ (kèm Biểu 06/VPCP/KSTT), họp giao ban và đoạn tóm tắt.",
            "The report for a period from the ledger: tasks, dossiers (with form Biểu 06/VPCP/KSTT), briefing "
            "meetings and a summary paragraph.",
        ),
        "examples": [f"cchc {S} report semester 2022-H1 --until 09/06/2022"],
    },
    **{f"report {kind}": _report(kind) for kind in PERIODS},
    "report range": {
        "text": ("Báo cáo cho một khoảng ngày bất kỳ.", "The report for any date range."),
        "examples": [f"cchc {S} report range --from 01/03/2022 --to 31/03/2022 -o thang-3.csv"],
        "params": {
            **REPORT_PARAMS,
            "--from": ("Ngày đầu.", "The first day."),
            "--to": ("Ngày cuối (ngày tính số liệu).", "The last day (the as-of date)."),
        },
        "metavars": {**REPORT_METAVARS, "--to": "DATE"},
    },
    "report note": {
        "text": (
            "Ghi lời văn của cơ quan cho một mục của báo cáo kỳ: ưu điểm, tồn tại, nguyên nhân, phương hướng, "
            "kiến nghị, hoặc kết quả của một lĩnh vực CCHC ngoài số liệu. Mục chưa ghi thì báo cáo tự viết theo "
            "số liệu hoặc để dòng chấm cho người viết điền.",
            "Record the office's own words for a section of a period's report: strengths, shortcomings, "
            "causes, directions, proposals, or what a reform area's results need said beyond the figures. A "
            "section left blank is written from the figures, or left as a dotted line to fill in.",
        ),
        "examples": [
            f"cchc {S} report note 2022-H1 --section causes 'Một số phòng chưa quan tâm đúng mức đến công tác "
            "cải cách hành chính.'",
            (f"cchc {S} report note 2022-H1 --section proposals --file kien-nghi.txt", "từ tệp", "from a file"),
            f"cchc {S} report note 2022-H1 --section causes --delete --reason 'Viết lại'",
        ],
        "params": {
            "period": (
                "Kỳ báo cáo như khi lập báo cáo: 2022-H1 (hoặc H1/2022), 2022-Q2, 2022-03, 2022-9M, 2022.",
                "The period as a report names it: 2022-H1 (or H1/2022), 2022-Q2, 2022-03, 2022-9M, 2022.",
            ),
            "text": ("Nội dung (hoặc --file).", "The text (or --file)."),
            "--section": (
                "Mục: strengths (ưu điểm), shortcomings (tồn tại, hạn chế), causes (nguyên nhân), directions "
                "(phương hướng, nhiệm vụ), proposals (kiến nghị, đề xuất), hoặc khóa một lĩnh vực CCHC (the-che, "
                "tthc...: kết quả của lĩnh vực đó).",
                "The section: strengths, shortcomings, causes, directions, proposals, or a reform area's key "
                "(the-che, tthc...: its results).",
            ),
            "--file": ("Đọc nội dung từ tệp UTF-8; - là stdin.", "Read the text from a UTF-8 file; - reads stdin."),
            "--delete": ("Xóa nội dung của mục (cần --reason).", "Delete the section's text (needs --reason)."),
            "--reason": ("Lý do xóa.", "Why it is deleted."),
        },
        "metavars": {"period": "PERIOD"},
    },
    "report notes": {
        "text": (
            "Lời văn đã ghi cho báo cáo các kỳ, theo kỳ và mục.",
            "The texts recorded for the period reports, by period and section.",
        ),
        "examples": [f"cchc {S} report notes 2022-H1", f"cchc {S} report notes --json"],
        "params": {"period": ("Kỳ báo cáo (mặc định: mọi kỳ).", "The period (default: every period).")},
    },
    "audit": {
        "text": ("Nhật ký thay đổi: ai, khi nào, sửa gì, vì sao.", "The audit trail: who changed what, when and why."),
        "examples": ["cchc audit verify", f"cchc audit log --key {'000.00.12.H50-211215-0001'}"],
    },
    "audit verify": {
        "text": (
            "Kiểm tra chuỗi băm của nhật ký và đối chiếu từng bản ghi với mục nhật ký cuối của nó.",
            "Verify the audit trail's hash chain and every record against its latest entry.",
        ),
        "examples": [
            "cchc audit verify",
            (
                "cchc audit verify --anchors bao-cao-2022-H1.txt",
                "đối chiếu mốc in ở cuối báo cáo đã gửi",
                "against the anchor printed at the end of a report sent",
            ),
            (
                "cchc audit verify --anchor 99999:c065065fe67c90f8",
                "không đạt: nhật ký không có mục 99999",
                "fails: the trail has no entry 99999",
                1,
            ),
        ],
        "params": {
            "--anchor": (
                "Mốc đã in trước đây (cchc audit head, cuối báo cáo, bản sao lưu); lặp lại được. Không đạt nếu "
                "nhật ký không còn mục N với mã băm đó.",
                "An anchor printed earlier (cchc audit head, a report's last line, a backup); repeatable. Fails "
                "unless the trail still holds entry N with that hash.",
            ),
            "--anchors": (
                "Tệp văn bản có chứa mốc (báo cáo đã lưu, nhật ký của 'cchc audit head').",
                "A text file holding anchors (a saved report, a log of 'cchc audit head').",
            ),
        },
    },
    "audit head": {
        "text": (
            "In mốc nhật ký N:MÃ-BĂM (số mục và mã băm của mục cuối) để giữ ngoài sổ cái; sau này 'cchc audit "
            "verify --anchor' phát hiện nhật ký bị cắt bớt hay viết lại.",
            "Print the trail's anchor N:HASH (its number of entries and the last one's hash) to keep outside "
            "the ledger; 'cchc audit verify --anchor' later finds a trail cut short or rewritten.",
        ),
        "examples": ["cchc audit head", "cchc audit head --json"],
    },
    "audit log": {
        "text": (
            "Nhật ký thay đổi, cũ trước mới sau, kèm lý do của mỗi lần sửa, xóa.",
            "The audit trail, oldest first, with the reason of every correction and deletion.",
        ),
        "examples": [
            "cchc audit log --kind dossier --key 000.00.12.H50-211215-0001",
            "cchc audit log --since 01/06/2022 --limit 20 --json",
        ],
        "params": {
            "--kind": (
                "Chỉ loại bản ghi này: document (cả kế hoạch), task, dossier, meeting, outreach, inspection, "
                "index_criterion...",
                "Only this kind: document (plans too), task, dossier, meeting, outreach, inspection, "
                "index_criterion...",
            ),
            "--key": ("Chỉ bản ghi này (ví dụ mã hồ sơ).", "Only this record (e.g. a dossier code)."),
            "--since": ("Từ ngày (giờ UTC).", "From this date on (UTC)."),
            "--limit": ("Chỉ N mục cuối.", "Only the last N entries."),
        },
    },
    "check": {
        "text": (
            "Kiểm tra sổ cái: SQLite, các quy tắc nghiệp vụ, nhật ký thay đổi. Im lặng nếu ổn; nếu không, mỗi "
            "vấn đề một dòng.",
            "Check the ledger: SQLite, the domain rules, the audit trail. Silent when all is well; else one "
            "line per problem.",
        ),
        "examples": ["cchc check", "cchc check --json"],
    },
    "backup": {
        "text": (
            "Sao lưu nhất quán, an toàn cả khi người khác đang ghi.",
            "A consistent backup copy, safe while others write.",
        ),
        "examples": ["cchc backup /mnt/usb/ledger-2022-06-09.db"],
        "params": {
            "file": ("Tệp sao lưu cần ghi.", "The backup file to write."),
            "--force": ("Ghi đè nếu tệp đã có.", "Overwrite the file if it exists."),
        },
    },
    "restore": {
        "text": (
            "Khôi phục bản sao lưu; sổ cái hiện tại được giữ lại bên cạnh.",
            "Restore a backup; the current ledger is kept beside it.",
        ),
        "examples": ["cchc restore /mnt/usb/ledger-2022-06-08.db"],
        "params": {
            "file": ("Tệp sao lưu cần khôi phục.", "The backup to restore."),
            "--force": (
                "Khôi phục cả khi bản sao lưu không qua kiểm tra (trừ khi cấu trúc sổ cái bị sửa).",
                "Restore even a backup that fails its checks (never one whose schema was altered).",
            ),
        },
    },
}
