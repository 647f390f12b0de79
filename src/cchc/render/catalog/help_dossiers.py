"""Help of the dossier and meeting commands (see ``help.py`` for the layout of an entry)."""

from __future__ import annotations

D = "000.00.12.H50-220607-0001"  # a pending dossier of the sample ledger
R = "000.00.12.H50-211215-0001"  # a resolved one
FACTS: dict[str, tuple[str, str]] = {  # the service-quality facts of Decision 766/QĐ-TTg
    "--online": (
        "Dịch vụ công trực tuyến: full (toàn trình) hoặc partial (một phần); kéo theo hình thức trực tuyến.",
        "An online public service: full (toàn trình) or partial (một phần); implies the online channel.",
    ),
    "--digitised": ("Thành phần hồ sơ đã số hóa: có hoặc không.", "The inputs were digitised: yes or no."),
    "--result-digitised": ("Kết quả giải quyết điện tử, số hóa: có hoặc không.", "An electronic result: yes or no."),
    "--paid-online": (
        "Phí, lệ phí nộp trực tuyến: có hoặc không; '-' là thủ tục không thu phí.",
        "The fee was paid online: yes or no; '-' for a procedure without a fee.",
    ),
    "--rating": (
        "Mức độ hài lòng: 1–5 hoặc lời (rất hài lòng = 5, hài lòng = 4, bình thường = 3, không hài lòng = 2, "
        "rất không hài lòng = 1).",
        "The applicant's rating: 1–5 or the words (rất hài lòng = 5 ... rất không hài lòng = 1).",
    ),
}

COMMANDS: dict[str, dict] = {
    # -- dossiers -------------------------------------------------------------------------------
    "dossier": {
        "text": (
            "Hồ sơ TTHC tiếp nhận tại bộ phận một cửa. Trạng thái suy ra từ các ngày: trước hạn, đúng hạn, "
            "quá hạn, trả lại, rút, đang giải quyết; hồ sơ đang giải quyết đã qua ngày hẹn là quá hạn.",
            "Procedure dossiers received at the one-stop desk. Their status follows from their dates: early, "
            "on time, late, returned, withdrawn, pending; a pending dossier past its date is overdue.",
        ),
        "examples": [f"cchc dossier show {R}", "cchc dossier list --status overdue --as-of 09/06/2022"],
    },
    "dossier add": {
        "text": (
            "Tiếp nhận hồ sơ. Nếu thủ tục có trong danh mục (mã hoặc tên), tên, lĩnh vực và ngày hẹn trả lấy "
            "theo danh mục và lịch ngày làm việc; --days hoặc --due cho thủ tục ngoài danh mục.",
            "Record a received dossier. When the procedure is in the catalog (its code or name), its name, "
            "field and appointment date come from the catalog and the working-day calendar; --days or --due "
            "for a procedure outside it.",
        ),
        "examples": [
            f"cchc dossier add {D[:-4]}0101 --procedure 1.001 --received 07/06/2022",
            f"cchc dossier add {D[:-4]}0102 --procedure 'Thủ tục chưa có trong danh mục' --received 07/06/2022 "
            "--days 5 --channel 'trực tuyến' --applicant 'Trường Đại học Tây Bắc'",
        ],
        "params": {
            "--procedure": ("Mã hoặc tên thủ tục trong danh mục.", "The procedure's catalog code or name."),
            "--received": (
                "Ngày nhận (không sau hôm nay; ngày viết trước tháng).",
                "The day it was received (not after today; day first).",
            ),
            "--due": (
                "Ngày hẹn trả (mặc định: tính theo danh mục).",
                "The appointment date (default: from the catalog).",
            ),
            "--days": (
                "Thời hạn giải quyết (ngày làm việc) cho thủ tục ngoài danh mục.",
                "Processing time in working days, for a procedure outside the catalog.",
            ),
            "--field": ("Lĩnh vực (mặc định: theo danh mục).", "The field (default: the catalog's)."),
            "--channel": (
                "Hình thức nộp: online (trực tuyến), direct (trực tiếp, mặc định), postal (bưu chính).",
                "How it came: online, direct (in person, the default), postal.",
            ),
            "--applicant": ("Cá nhân, tổ chức nộp hồ sơ.", "The applicant (person or organisation)."),
            "--note": ("Ghi chú.", "A note."),
            **FACTS,
        },
    },
    "dossier facts": {
        "text": (
            "Ghi hoặc sửa chỉ tiêu chất lượng phục vụ của hồ sơ theo Quyết định 766/QĐ-TTg: trực tuyến toàn "
            "trình hay một phần, số hóa hồ sơ, kết quả điện tử, thanh toán trực tuyến, mức độ hài lòng (kết quả "
            "và đánh giá thường có sau khi tiếp nhận). '-' xóa một chỉ tiêu.",
            "Record or correct a dossier's service-quality facts of Decision 766/QĐ-TTg: fully or partly "
            "online, inputs digitised, electronic result, paid online, the applicant's rating (the result and "
            "the rating come after receipt). '-' clears one.",
        ),
        "examples": [
            f"cchc dossier facts {R} --result-digitised có --rating 'hài lòng'",
            f"cchc dossier facts {R} --digitised có --paid-online -",
        ],
        "params": {
            **{
                k: (vi.rstrip(".") + "; '-' để xóa.", en.rstrip(".") + "; '-' clears it.")
                for k, (vi, en) in FACTS.items()
            },
            "--paid-online": FACTS["--paid-online"],
        },
    },
    "dossier resolve": {
        "text": (
            "Ghi hồ sơ đã giải quyết, trả kết quả. Hồ sơ đang tạm dừng thì thôi tạm dừng từ ngày này.",
            "Record a dossier resolved and returned to the applicant. A paused dossier stops waiting that day.",
        ),
        "examples": [f"cchc dossier resolve {D} --on 09/06/2022"],
        "params": {"--on": ("Ngày trả kết quả (mặc định: hôm nay).", "The day it was resolved (default: today).")},
    },
    "dossier return": {
        "text": ("Trả lại hồ sơ (từ chối giải quyết), với lý do.", "Return a dossier unresolved, with the reason."),
        "examples": [f"cchc dossier return {D} --on 09/06/2022 --reason 'Không thuộc thẩm quyền'"],
        "params": {
            "--on": ("Ngày trả lại (mặc định: hôm nay).", "The day it was returned (default: today)."),
            "--reason": ("Lý do trả lại.", "Why it was returned."),
        },
    },
    "dossier withdraw": {
        "text": ("Công dân xin rút hồ sơ.", "The applicant withdrew the dossier."),
        "examples": [f"cchc dossier withdraw {D} --on 09/06/2022"],
        "params": {"--on": ("Ngày rút (mặc định: hôm nay).", "The day it was withdrawn (default: today).")},
    },
    "dossier pause": {
        "text": (
            "Tạm dừng chờ công dân bổ sung hồ sơ: những ngày chờ không tính vào thời hạn.",
            "Pause while waiting for the applicant's supplements: the days waited do not count.",
        ),
        "examples": [f"cchc dossier pause {D} --on 08/06/2022 --reason 'Yêu cầu bổ sung bản sao GCN'"],
        "params": {
            "--on": ("Ngày bắt đầu chờ (mặc định: hôm nay).", "The day the wait began (default: today)."),
            "--reason": ("Nội dung yêu cầu bổ sung.", "What was asked for."),
        },
    },
    "dossier resume": {
        "text": (
            "Tiếp tục giải quyết; ngày hẹn trả lùi theo số ngày làm việc đã chờ.",
            "Resume; the appointment date moves later by the working days waited.",
        ),
        "examples": [
            (
                f"cchc dossier pause {D} --on 08/06/2022 --reason 'Yêu cầu bổ sung bản sao GCN'",
                "hồ sơ đang chờ bổ sung",
                "a dossier waiting for supplements",
            ),
            (f"cchc dossier resume {D} --on 09/06/2022", "tiếp tục giải quyết", "resumed"),
        ],
        "params": {"--on": ("Ngày tiếp tục (mặc định: hôm nay).", "The day it resumed (default: today).")},
    },
    "dossier reschedule": {
        "text": (
            "Phiếu xin lỗi và hẹn lại: ghi ngày hẹn mới và lý do; thời hạn đánh giá vẫn là ngày hẹn cũ.",
            "An apology slip with a new date and its reason; timeliness is still judged against the original date.",
        ),
        "examples": [f"cchc dossier reschedule {D} --due 20/07/2022 --reason 'Chờ ý kiến Sở TN&MT' --on 08/06/2022"],
        "params": {
            "--due": ("Ngày hẹn mới (sau ngày hẹn trả).", "The new date (after the appointment date)."),
            "--reason": ("Lý do hẹn lại (ghi trên phiếu).", "Why (as on the slip)."),
            "--on": ("Ngày của phiếu (mặc định: hôm nay).", "The slip's own date (default: today)."),
        },
    },
    "dossier edit": {
        "text": (
            "Sửa hồ sơ nhập sai: thủ tục, lĩnh vực, người nộp, hình thức, ghi chú, ngày nhận, ngày hẹn trả. "
            "Sửa một ngày cần --reason; trạng thái tính lại theo ngày mới. Ngày nhận mới mà không có --due thì "
            "ngày hẹn giữ nguyên số ngày làm việc. Bị từ chối như 'dossier add': ngày nhận chưa đến (kèm cách "
            "đọc khác nếu gõ ngược ngày tháng), hẹn trả trước ngày nhận... 'cchc dossier show' liệt kê mọi lần "
            "sửa với lý do.",
            "Correct a dossier typed wrong: procedure, field, applicant, channel, note, received date, due "
            "date. Changing a date needs --reason; the status follows the new dates. A new received date "
            "without --due keeps the appointment date's number of working days. Refused as 'dossier add' "
            "refuses: a received date in the future (naming the other reading when day and month were "
            "swapped), a due date before receipt... 'cchc dossier show' lists every correction with its reason.",
        ),
        "examples": [
            f"cchc dossier edit {D} --applicant 'Hội Nông dân tỉnh Sơn La'",
            f"cchc dossier edit {D} --received 06/06/2022 --reason 'Gõ nhầm ngày nhận'",
        ],
        "params": {
            "--procedure": (
                "Thủ tục đúng (mã hoặc tên trong danh mục).",
                "The right procedure (catalog code or name).",
            ),
            "--field": ("Lĩnh vực đúng.", "The right field."),
            "--applicant": ("Người nộp đúng.", "The right applicant."),
            "--channel": ("Hình thức đúng: online, direct, postal.", "The right channel: online, direct, postal."),
            "--note": ("Ghi chú (để trống để xóa).", "The note (empty clears it)."),
            "--received": ("Ngày nhận đúng.", "The right received date."),
            "--due": ("Ngày hẹn trả đúng.", "The right appointment date."),
            "--reason": ("Lý do sửa (bắt buộc khi sửa ngày).", "Why (required when a date changes)."),
        },
    },
    "dossier reopen": {
        "text": (
            "Hủy kết quả ghi nhầm (giải quyết, trả lại, rút): hồ sơ lại đang giải quyết. Nhật ký giữ kết quả cũ.",
            "Undo an outcome recorded by mistake (resolved, returned, withdrawn): the dossier is pending "
            "again. The audit trail keeps the old outcome.",
        ),
        "examples": [f"cchc dossier reopen {R} --reason 'Ghi nhầm hồ sơ đã trả kết quả'"],
        "params": {"--reason": ("Lý do mở lại.", "Why it is reopened.")},
    },
    "dossier delete": {
        "text": (
            "Xóa hồ sơ nhập nhầm (ví dụ nhập hai lần). Nhật ký thay đổi giữ toàn bộ hồ sơ và lý do; xem bằng "
            "'cchc audit log --key MÃ'.",
            "Delete a dossier typed by mistake (twice, say). The audit trail keeps all of it and the reason; "
            "see 'cchc audit log --key CODE'.",
        ),
        "examples": [f"cchc dossier delete {D} --reason 'Nhập trùng hồ sơ'"],
        "params": {"--reason": ("Lý do xóa.", "Why it is deleted.")},
    },
    "dossier show": {
        "text": (
            "Một hồ sơ, các lần tạm dừng, hẹn lại, và lịch sử với mọi lần sửa và lý do.",
            "One dossier, its pauses and new dates, and its history with every correction and its reason.",
        ),
        "examples": [f"cchc dossier show {R}", f"cchc dossier show {D} --as-of 09/06/2022 --json"],
        "params": {
            "--as-of": (
                "Trạng thái tính đến ngày này (mặc định: hôm nay).",
                "The status as of this day (default: today).",
            )
        },
    },
    "dossier list": {
        "text": (
            "Danh sách hồ sơ theo ngày nhận; hồ sơ quá hạn được đánh dấu.",
            "List dossiers by received date; overdue ones are marked.",
        ),
        "examples": [
            "cchc dossier list --status early --from 15/12/2021 --to 14/06/2022",
            "cchc dossier list --status overdue --as-of 09/06/2022",
            "cchc dossier list --status 'đúng hạn' --limit 5 --json",
            "cchc dossier list --due-within 3",
        ],
        "params": {
            "--status": (
                "Chỉ trạng thái này: early, on_time, late, returned, withdrawn, pending, overdue (viết on-time, "
                "on_time hay tiếng Việt: trước hạn, đúng hạn, quá hạn, trả lại, rút hồ sơ, đang giải quyết).",
                "Only this status: early, on_time, late, returned, withdrawn, pending, overdue (on-time, on_time "
                "or the Vietnamese words shown by --lang vi are accepted).",
            ),
            "--from": ("Nhận từ ngày.", "Received from this date."),
            "--to": ("Nhận đến ngày.", "Received up to this date."),
            "--field": ("Chỉ lĩnh vực này.", "Only this field."),
            "--as-of": ("Tính đến ngày này (mặc định: hôm nay).", "As of this day (default: today)."),
            "--limit": ("Nhiều nhất N dòng.", "At most N rows."),
            "--due-within": (
                "Chỉ hồ sơ chưa xong, không chờ bổ sung, đến hạn trong N ngày làm việc tới (0: hôm nay).",
                "Only dossiers not finished nor waiting, due within the next N working days (0: today).",
            ),
        },
    },
    "today": {
        "text": (
            "Việc hôm nay: hồ sơ đến hạn, quá hạn, đang chờ bổ sung; nhiệm vụ sắp đến hạn; họp giao ban.",
            "The morning view: dossiers due, overdue and waiting for supplements; tasks due; meetings.",
        ),
        "examples": ["cchc today", "cchc today --as-of 09/06/2022 --within 5 --json"],
        "params": {
            "--as-of": ("Tính đến ngày này (mặc định: hôm nay).", "As of this day (default: today)."),
            "--within": (
                "Đến hạn trong N ngày làm việc tới (mặc định 3).",
                "Due within the next N working days (default 3).",
            ),
            "--limit": (
                "Nhiều nhất N dòng mỗi mục (màn hình: 5).",
                "At most N rows per list (on the screen: 5).",
            ),
        },
        "metavars": {"--within": "N"},
    },
    # -- meetings -------------------------------------------------------------------------------
    "meeting": {
        "text": ("Họp giao ban và các loại cuộc họp.", "Briefing meetings and their kinds."),
        "examples": ["cchc meeting list --kind chairman --from 15/12/2021 --to 14/06/2022"],
    },
    "meeting add": {
        "text": ("Ghi một cuộc họp.", "Record a meeting."),
        "examples": [
            "cchc meeting add --kind office --on 08/06/2022 --title 'Giao ban tuần 23' --chair 'Chánh Văn phòng'"
        ],
        "params": {
            "--kind": (
                "Loại cuộc họp (xem 'cchc meeting kinds'), ví dụ office.",
                "The kind (see 'cchc meeting kinds'), e.g. office.",
            ),
            "--on": ("Ngày họp.", "The day it was held."),
            "--title": ("Nội dung, tiêu đề.", "Its title."),
            "--chair": ("Người chủ trì.", "Who chaired it."),
            "--note": ("Ghi chú.", "A note."),
        },
    },
    "meeting edit": {
        "text": (
            "Sửa cuộc họp, chọn theo loại và ngày (thêm --title khi hôm đó có nhiều cuộc). Đổi loại, ngày hoặc "
            "tiêu đề cần --reason.",
            "Correct a meeting, picked by kind and date (add --title when there were several that day). "
            "Changing its kind, date or title needs --reason.",
        ),
        "examples": [
            "cchc meeting edit --kind office --on 20/12/2021 --chair 'Phó Chánh Văn phòng'",
            "cchc meeting edit --kind office --on 20/12/2021 --new-on 21/12/2021 --reason 'Ghi nhầm ngày'",
        ],
        "params": {
            "--kind": ("Loại của cuộc họp cần sửa.", "The kind of the meeting to correct."),
            "--on": ("Ngày của cuộc họp cần sửa.", "The date of the meeting to correct."),
            "--title": (
                "Tiêu đề của cuộc họp cần sửa (khi hôm đó có nhiều cuộc).",
                "Its title (when there were several that day).",
            ),
            "--new-kind": ("Loại đúng.", "The right kind."),
            "--new-on": ("Ngày họp đúng.", "The right date."),
            "--new-title": ("Tiêu đề đúng.", "The right title."),
            "--chair": ("Người chủ trì (để trống để xóa).", "Who chaired it (empty clears it)."),
            "--note": ("Ghi chú (để trống để xóa).", "The note (empty clears it)."),
            "--reason": (
                "Lý do sửa (bắt buộc khi đổi loại, ngày, tiêu đề).",
                "Why (required to change kind, date or title).",
            ),
        },
        "metavars": {"--title": "TEXT", "--new-title": "TEXT"},
    },
    "meeting delete": {
        "text": (
            "Xóa cuộc họp ghi nhầm; nhật ký giữ nó và lý do. Cuộc họp là tài liệu kiểm chứng của Chỉ số CCHC "
            "thì không xóa được.",
            "Delete a meeting recorded by mistake; the audit trail keeps it and why. A meeting that is "
            "evidence for the reform index is not deleted.",
        ),
        "examples": [
            "cchc meeting delete --kind office --on 27/12/2021 --reason 'Ghi trùng'",
            (
                "cchc meeting delete --kind office --on 20/12/2021 --reason 'Ghi trùng'",
                "bị từ chối: là tài liệu kiểm chứng của tiêu chí 1.6",
                "refused: it is evidence for criterion 1.6",
                1,
            ),
        ],
        "params": {
            "--kind": ("Loại của cuộc họp.", "The meeting's kind."),
            "--on": ("Ngày họp.", "The day it was held."),
            "--title": ("Tiêu đề (khi hôm đó có nhiều cuộc).", "Its title (when there were several that day)."),
            "--reason": ("Lý do xóa.", "Why it is deleted."),
        },
    },
    "meeting list": {
        "text": ("Danh sách cuộc họp.", "List meetings."),
        "examples": ["cchc meeting list --kind chairman --from 15/12/2021 --to 14/06/2022 --json"],
        "params": {
            "--kind": ("Chỉ loại này.", "Only this kind."),
            "--from": ("Họp từ ngày.", "Held from this date."),
            "--to": ("Họp đến ngày.", "Held up to this date."),
        },
    },
    "meeting kinds": {
        "text": (
            "Các loại cuộc họp (office, chairman có sẵn).",
            "The meeting kinds (office and chairman are built in).",
        ),
        "examples": ["cchc meeting kinds"],
    },
    "meeting kind-add": {
        "text": ("Thêm loại cuộc họp.", "Add a meeting kind."),
        "examples": ["cchc meeting kind-add department --name 'Giao ban phòng' --name-en 'Division briefing'"],
        "params": {
            "key": (
                "Khóa ngắn: chữ thường, số, - và _, ví dụ department.",
                "A short key: a-z, 0-9, - and _, e.g. department.",
            ),
            "--name": ("Tên tiếng Việt.", "The Vietnamese name."),
            "--name-en": ("Tên tiếng Anh.", "The English name."),
        },
        "metavars": {"--name": "TEXT", "--name-en": "TEXT"},
    },
}
