"""Help of the everyday commands: the ledger, plans and tasks (see ``help.py`` for the layout of
an entry; dossiers and meetings are in ``help_dossiers.py``)."""

from __future__ import annotations

D = "000.00.12.H50-220607-0001"  # a pending dossier of the sample ledger

COMMANDS: dict[str, dict] = {
    "": {
        "text": (
            "cchc — sổ theo dõi cải cách hành chính: kế hoạch và nhiệm vụ CCHC, hồ sơ TTHC tại bộ phận "
            "một cửa, họp giao ban, và báo cáo theo kỳ.\n\n"
            "Tùy chọn chung đặt trước tên lệnh. Ngày viết ngày trước tháng: 09/06/2022 là 9 tháng 6. "
            "Xem hướng dẫn của từng lệnh: cchc LỆNH --help.",
            "cchc — an administrative-reform ledger: the reform plan and its tasks, the dossiers received at "
            "the one-stop desk, the briefing meetings, and the reports for a period.\n\n"
            "Global options go before the command. Dates are day first: 09/06/2022 is 9 June. "
            "Each command has its own help: cchc COMMAND --help.",
        ),
        "examples": [
            ("cchc init --agency 'Văn phòng UBND tỉnh Sơn La'", "tạo sổ cái", "create the ledger"),
            (
                f"cchc dossier add {D[:-4]}0101 --procedure 1.001 --received 07/06/2022",
                "tiếp nhận hồ sơ",
                "receive a dossier",
            ),
            ("cchc report semester 2022-H1 --until 09/06/2022", "báo cáo 6 tháng", "the half-year report"),
            ("cchc --lang en dossier --help", "hướng dẫn bằng tiếng Anh", "help in English"),
        ],
    },
    "init": {
        "text": (
            "Tạo sổ cái (và thư mục của nó) nếu chưa có; ghi hoặc sửa thông tin cơ quan dùng trong báo cáo.",
            "Create the ledger (and its folder) if it does not exist; record or change the agency's "
            "particulars used in reports.",
        ),
        "examples": [
            "cchc init",
            "cchc init --agency 'Văn phòng UBND tỉnh Sơn La' --parent 'UBND tỉnh Sơn La' --place 'Sơn La'",
        ],
        "params": {
            "--agency": (
                "Tên cơ quan, ví dụ 'Văn phòng UBND tỉnh Sơn La'.",
                "The agency, e.g. 'Văn phòng UBND tỉnh Sơn La'.",
            ),
            "--parent": ("Cơ quan chủ quản, ví dụ 'UBND tỉnh Sơn La'.", "The parent agency, e.g. 'UBND tỉnh Sơn La'."),
            "--place": (
                "Địa danh ghi trước ngày tháng, ví dụ 'Sơn La'.",
                "The place written before the date, e.g. 'Sơn La'.",
            ),
            "--unit-code": ("Mã đơn vị (khi tổng hợp toàn tỉnh).", "The unit code (for province-wide totals)."),
            "--signer": ("Người ký báo cáo.", "Who signs the reports."),
            "--signer-title": (
                "Chức vụ người ký, ví dụ 'Chánh Văn phòng'.",
                "The signer's title, e.g. 'Chánh Văn phòng'.",
            ),
        },
    },
    "db": {
        "text": ("Tệp sổ cái: ở đâu, có gì.", "The ledger file: where it is, what it holds."),
        "examples": ["cchc db path", "cchc db info --json"],
    },
    "db path": {"text": ("In đường dẫn tệp sổ cái.", "Print where the ledger file is."), "examples": ["cchc db path"]},
    "db info": {
        "text": (
            "Số bản ghi, thông tin cơ quan và các migration đã áp dụng.",
            "Record counts, the agency's particulars and the applied migrations.",
        ),
        "examples": ["cchc db info", "cchc db info --json"],
    },
    # -- plans ----------------------------------------------------------------------------------
    "plan": {
        "text": ("Kế hoạch CCHC của cơ quan.", "The office's reform plans."),
        "examples": ["cchc plan list", "cchc plan show 02/KH-VPUB"],
    },
    "plan add": {
        "text": ("Thêm kế hoạch CCHC.", "Add a reform plan."),
        "examples": [
            "cchc plan add 03/KH-VPUB --title 'Kế hoạch CCHC năm 2023' --year 2023 --issued-on 10/01/2023 "
            "--basis '3162/QĐ-UBND ngày 20/12/2021'"
        ],
        "params": {
            "code": ("Số, ký hiệu kế hoạch, ví dụ 02/KH-VPUB.", "The plan's number and symbol, e.g. 02/KH-VPUB."),
            "--title": ("Trích yếu của kế hoạch.", "The plan's title."),
            "--year": ("Năm của kế hoạch.", "The plan's year."),
            "--issued-on": ("Ngày ban hành.", "The date it was issued."),
            "--basis": ("Căn cứ: văn bản mà kế hoạch thực hiện.", "Its basis: the decision it implements."),
        },
    },
    "plan edit": {
        "text": (
            "Sửa kế hoạch: trích yếu, năm, ngày ban hành, căn cứ (mã là định danh, không sửa). Bị từ chối như "
            "'plan add' khi giá trị không hợp lệ.",
            "Correct a plan: title, year, issue date, basis (the code is its identity). Refused, as "
            "'plan add' is, when a value is not valid.",
        ),
        "examples": ["cchc plan edit 02/KH-VPUB --basis 'Quyết định 3162/QĐ-UBND' --reason 'ghi đầy đủ căn cứ'"],
        "params": {
            "code": ("Mã kế hoạch cần sửa, ví dụ 02/KH-VPUB.", "The plan to correct, e.g. 02/KH-VPUB."),
            "--title": ("Trích yếu mới.", "The new title."),
            "--year": ("Năm mới.", "The new year."),
            "--issued-on": ("Ngày ban hành mới.", "The new issue date."),
            "--basis": ("Căn cứ mới.", "The new basis."),
        },
    },
    "plan list": {
        "text": (
            "Danh sách kế hoạch: mã, năm, trích yếu, tiến độ (ví dụ 30/50 nhiệm vụ hoàn thành).",
            "List the plans: code, year, title, completion (e.g. 30/50 tasks done).",
        ),
        "examples": ["cchc plan list", "cchc plan list --json"],
    },
    "plan show": {
        "text": ("Một kế hoạch, các nhiệm vụ và tiến độ.", "A plan, its tasks and its completion."),
        "examples": ["cchc plan show 02/KH-VPUB"],
        "params": {"code": ("Mã kế hoạch, ví dụ 02/KH-VPUB.", "The plan code, e.g. 02/KH-VPUB.")},
    },
    # -- tasks ----------------------------------------------------------------------------------
    "task": {
        "text": (
            "Nhiệm vụ của kế hoạch, đánh số trong kế hoạch: 02/KH-VPUB#7. Trạng thái suy ra từ các ngày "
            "(bắt đầu, hoàn thành, hủy).",
            "Tasks of a plan, numbered within it: 02/KH-VPUB#7. Their state follows from their dates "
            "(started, done, cancelled).",
        ),
        "examples": ["cchc task list --overdue", "cchc task show '02/KH-VPUB#1'"],
    },
    "task add": {
        "text": ("Thêm nhiệm vụ vào kế hoạch; in mã KẾ-HOẠCH#SỐ của nó.", "Add a task to a plan; prints its PLAN#N."),
        "examples": [
            "cchc task add --plan 02/KH-VPUB --title 'Ban hành Kế hoạch tuyên truyền CCHC' --area chi-dao "
            "--unit 'Phòng Hành chính - Tổ chức' --due Q1"
        ],
        "params": {
            "--plan": ("Mã kế hoạch, ví dụ 02/KH-VPUB.", "The plan code, e.g. 02/KH-VPUB."),
            "--title": ("Nội dung nhiệm vụ.", "What the task is."),
            "--area": (
                "Lĩnh vực cải cách (xem 'cchc task areas'), ví dụ chi-dao.",
                "The reform area (see 'cchc task areas'), e.g. chi-dao.",
            ),
            "--unit": ("Đơn vị chủ trì.", "The unit in charge."),
            "--due": (
                "Hạn: một ngày, một quý (Q2, Quý 2/2022: ngày cuối quý) hoặc 'cả năm' (31/12).",
                "The deadline: a date, a quarter (Q2, 2022-Q2: its last day) or 'cả năm' (31 December).",
            ),
        },
        "metavars": {"--due": "DEADLINE", "--title": "TEXT"},
    },
    "task start": {
        "text": ("Ghi nhiệm vụ bắt đầu thực hiện.", "Record that a task was started."),
        "examples": ["cchc task start '02/KH-VPUB#21' --on 07/06/2022"],
        "params": {"--on": ("Ngày bắt đầu (mặc định: hôm nay).", "The day it started (default: today).")},
    },
    "task done": {
        "text": ("Ghi nhiệm vụ hoàn thành.", "Record that a task was done."),
        "examples": ["cchc task done '02/KH-VPUB#45' --on 08/06/2022 --evidence 'Văn bản số 05/KH-VPUB'"],
        "params": {
            "--on": ("Ngày hoàn thành (mặc định: hôm nay).", "The day it was done (default: today)."),
            "--evidence": ("Kết quả, tài liệu kiểm chứng.", "The result, the evidence."),
        },
    },
    "task cancel": {
        "text": (
            "Hủy nhiệm vụ: không tính vào tổng số nhiệm vụ của kế hoạch.",
            "Cancel a task: it leaves the plan's total.",
        ),
        "examples": ["cchc task cancel '02/KH-VPUB#45' --on 08/06/2022 --reason 'Trùng nhiệm vụ'"],
        "params": {
            "--on": ("Ngày hủy (mặc định: hôm nay).", "The day it was cancelled (default: today)."),
            "--reason": ("Lý do hủy.", "Why it was cancelled."),
        },
    },
    "task edit": {
        "text": (
            "Sửa nhiệm vụ: nội dung, lĩnh vực, đơn vị, hạn, kết quả, và các ngày bắt đầu, hoàn thành, hủy. "
            "Sửa một trong ba ngày này cần --reason; để xóa một ngày, ghi 'none'. Bị từ chối như khi ghi lần "
            "đầu: ngày chưa đến, hoàn thành trước khi bắt đầu, vừa hoàn thành vừa hủy. 'cchc task show' liệt "
            "kê mọi lần sửa với lý do.",
            "Correct a task: title, area, unit, deadline, evidence, and its start, done and cancel dates. "
            "Changing one of those three dates needs --reason; 'none' clears a date. Refused as the first "
            "recording would be: a date in the future, done before started, both done and cancelled. "
            "'cchc task show' lists every correction with its reason.",
        ),
        "examples": [
            "cchc task edit '02/KH-VPUB#2' --unit 'Phòng Kiểm soát TTHC' --due 30/06/2022",
            "cchc task edit '02/KH-VPUB#1' --done 06/04/2022 --reason 'Ghi nhầm ngày hoàn thành'",
            "cchc task edit '02/KH-VPUB#3' --started none --reason 'Chưa bắt đầu'",
        ],
        "params": {
            "--title": ("Nội dung mới.", "The new title."),
            "--area": (
                "Lĩnh vực cải cách mới (xem 'cchc task areas').",
                "The new reform area (see 'cchc task areas').",
            ),
            "--unit": ("Đơn vị chủ trì mới.", "The new unit in charge."),
            "--due": ("Hạn mới: ngày, quý hoặc 'cả năm'.", "The new deadline: a date, a quarter or 'cả năm'."),
            "--evidence": ("Kết quả, tài liệu kiểm chứng.", "The result, the evidence."),
            "--started": ("Ngày bắt đầu đúng ('none': chưa bắt đầu).", "The right start date ('none': not started)."),
            "--done": ("Ngày hoàn thành đúng ('none': chưa hoàn thành).", "The right done date ('none': not done)."),
            "--cancelled": ("Ngày hủy đúng ('none': không hủy).", "The right cancel date ('none': not cancelled)."),
            "--cancel-reason": ("Lý do hủy.", "Why it was cancelled."),
            "--reason": (
                "Lý do sửa (bắt buộc khi sửa ngày bắt đầu, hoàn thành, hủy).",
                "Why (required when a start, done or cancel date changes).",
            ),
        },
        "metavars": {"--due": "DEADLINE"},
    },
    "task reopen": {
        "text": (
            "Mở lại nhiệm vụ đã hoàn thành hoặc đã hủy do ghi nhầm: xóa ngày hoàn thành, kết quả, ngày và lý do "
            "hủy (nhật ký vẫn giữ).",
            "Reopen a task recorded done or cancelled by mistake: its done date, evidence, cancel date and "
            "reason are cleared (the audit trail keeps them).",
        ),
        "examples": ["cchc task reopen '02/KH-VPUB#1' --reason 'Chưa ban hành văn bản'"],
        "params": {"--reason": ("Lý do mở lại.", "Why it is reopened.")},
    },
    "task list": {
        "text": ("Danh sách nhiệm vụ; nhiệm vụ quá hạn được đánh dấu.", "List tasks; overdue tasks are marked."),
        "examples": [
            "cchc task list --plan 02/KH-VPUB --status doing",
            "cchc task list --overdue",
            "cchc task list --due-within 30",
        ],
        "params": {
            "--plan": ("Chỉ nhiệm vụ của kế hoạch này.", "Only this plan's tasks."),
            "--status": (
                "Chỉ trạng thái này: todo, doing, done, cancelled (hoặc chưa làm, đang làm, hoàn thành, đã hủy).",
                "Only this state: todo, doing, done, cancelled (or to do, chưa làm, đang làm, ...).",
            ),
            "--overdue": (
                "Chỉ nhiệm vụ quá hạn, chưa hoàn thành, chưa hủy.",
                "Only tasks past their deadline, neither done nor cancelled.",
            ),
            "--due-within": (
                "Chỉ nhiệm vụ chưa xong, hạn trong N ngày tới (0: hôm nay).",
                "Only tasks not done nor cancelled, due within the next N days (0: today).",
            ),
        },
    },
    "task show": {
        "text": (
            "Một nhiệm vụ và lịch sử: mọi thay đổi, mọi lần sửa với lý do.",
            "One task and its history: every change, every correction with its reason.",
        ),
        "examples": ["cchc task show '02/KH-VPUB#1'", "cchc task show '02/KH-VPUB#1' --json"],
    },
    "task areas": {
        "text": (
            "Các lĩnh vực cải cách và khóa của chúng (cho --area).",
            "The reform areas and their keys (for --area).",
        ),
        "examples": ["cchc task areas"],
    },
}
