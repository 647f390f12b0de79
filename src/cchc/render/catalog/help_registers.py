"""Help of the registers' commands: directive documents, communication work, inspections of
reform work (see ``help.py`` for the layout of an entry)."""

from __future__ import annotations

# -- directive documents --------------------------------------------------------------------------
DOC_PARAMS: dict[str, tuple[str, str]] = {
    "code": (
        "Số, ký hiệu đúng như văn bản ghi, ví dụ 25/KH-VPUB hoặc 1966/VPUB-HCTC.",
        "The number and symbol exactly as written on it, e.g. 25/KH-VPUB or 1966/VPUB-HCTC.",
    ),
    "--summary": ("Trích yếu nội dung văn bản.", "The document's summary (trích yếu)."),
    "--kind": (
        "Loại văn bản: ke-hoach, quyet-dinh, bao-cao, cong-van... hoặc tên, ký hiệu (KH, QĐ); mặc định "
        "theo ký hiệu, không có ký hiệu loại là công văn (xem 'cchc document kinds').",
        "The kind: ke-hoach, quyet-dinh, bao-cao, cong-van... or its name or abbreviation (KH, QĐ); by "
        "default from the symbol, and an official letter when the symbol names no kind "
        "(see 'cchc document kinds').",
    ),
    "--issued-on": ("Ngày ban hành.", "The date it was issued."),
    "--issuer": (
        "Cơ quan ban hành (bỏ trống: cơ quan của sổ cái).",
        "The issuing body (blank: the ledger's own agency).",
    ),
    "--area": (
        "Lĩnh vực CCHC mà văn bản chỉ đạo (xem 'cchc task areas'), ví dụ chi-dao.",
        "The reform area it directs (see 'cchc task areas'), e.g. chi-dao.",
    ),
    "--serves": (
        "Kế hoạch hoặc nhiệm vụ mà văn bản thực hiện, cách nhau bởi dấu chấm phẩy: '02/KH-VPUB#2; 02/KH-VPUB#10'.",
        "The plan or tasks it carries out, separated by semicolons: '02/KH-VPUB#2; 02/KH-VPUB#10'.",
    ),
    "--year": (
        "Năm của kế hoạch CCHC: văn bản là kế hoạch có nhiệm vụ, được tính trong báo cáo năm đó.",
        "The year of a reform plan: the document is a plan with tasks, counted in that year's reports.",
    ),
    "--basis": ("Căn cứ: văn bản mà văn bản này thực hiện.", "Its basis: the decision it implements."),
}
DOC_EDIT = {
    **DOC_PARAMS,
    **{
        k: (DOC_PARAMS[k][0].rstrip(".") + '; "" để xóa.', DOC_PARAMS[k][1].rstrip(".") + '; "" clears it.')
        for k in ("--issued-on", "--issuer", "--area", "--serves", "--basis")
    },
    "code": ("Số, ký hiệu của văn bản cần sửa (không sửa được).", "The document to correct (its number stays)."),
    "--summary": ("Trích yếu mới.", "The new summary."),
    "--kind": ("Loại đúng (xem 'cchc document kinds').", "The right kind (see 'cchc document kinds')."),
}
DOC_METAVARS = {"code": "NUMBER", "--summary": "TEXT", "--issuer": "TEXT", "--basis": "TEXT"}

# -- communication work ----------------------------------------------------------------------------
OUT_KEY: dict[str, tuple[str, str]] = {
    "--kind": (
        "Hình thức: tin-bai, ban-tin, hoi-nghi, phat-thanh, mang-xa-hoi, an-pham, cuoc-thi, khac, hoặc tên "
        "tiếng Việt ('bản tin'); xem 'cchc outreach kinds'.",
        "The kind: tin-bai, ban-tin, hoi-nghi, phat-thanh, mang-xa-hoi, an-pham, cuoc-thi, khac, or its "
        "Vietnamese name ('bản tin'); see 'cchc outreach kinds'.",
    ),
    "--on": ("Ngày đăng tin, tổ chức.", "The day it was published or held."),
    "--title": ("Tiêu đề, nội dung.", "Its title."),
}
OUT_FIELDS: dict[str, tuple[str, str]] = {
    "--outlet": (
        "Nơi đăng, phát, tổ chức, ví dụ 'Cổng thông tin điện tử tỉnh'.",
        "Where it appeared or was held, e.g. 'Cổng thông tin điện tử tỉnh'.",
    ),
    "--count": (
        "Số tin, bài, lượt (mặc định 1): 5 tin bài trong tháng ghi một lần là 5.",
        "How many items (default 1): a month's 5 news items recorded at once count 5.",
    ),
}
OUT_PICK = "cchc outreach {verb} --kind tin-bai --on 31/05/2022 --title 'Tin bài về cải cách hành chính tháng 05/2022'"

# -- inspections ----------------------------------------------------------------------------------
INS_REF = {
    "ref": (
        "Số hiệu cuộc kiểm tra: năm#số thứ tự trong năm, ví dụ 2022#1.",
        "The inspection's reference: year#number within the year, e.g. 2022#1.",
    )
}
INS_FIELDS: dict[str, tuple[str, str]] = {
    "--body": ("Đoàn, cơ quan kiểm tra.", "The inspecting team or body."),
    "--findings": ("Kết quả kiểm tra, tồn tại, hạn chế phát hiện.", "What the inspection found."),
    "--follow-up": ("Yêu cầu khắc phục.", "The follow-up required of the unit."),
    "--due": ("Thời hạn khắc phục.", "The deadline of the follow-up."),
    "--evidence": ("Kết quả khắc phục, tài liệu kiểm chứng.", "What was done about it, the evidence."),
    "--document": (
        "Văn bản liên quan có trong sổ (kế hoạch kiểm tra, thông báo kết luận), ví dụ 22/KH-VPUB.",
        "A related document in the register (the inspection plan, the conclusions), e.g. 22/KH-VPUB.",
    ),
}
INS_EDIT = {
    k: (vi.rstrip(".") + '; "" để xóa.', en.rstrip(".") + '; "" clears it.') for k, (vi, en) in INS_FIELDS.items()
}
INS_METAVARS = {"ref": "INSPECTION", "--document": "NUMBER", "--follow-up": "TEXT", "--findings": "TEXT"}
I2 = "2022#1"  # an open follow-up of the sample ledger

COMMANDS: dict[str, dict] = {
    "document": {
        "text": (
            "Sổ văn bản chỉ đạo, điều hành công tác CCHC. Mỗi văn bản: số, ký hiệu, loại, ngày ban hành, trích "
            "yếu, lĩnh vực và kế hoạch, nhiệm vụ mà văn bản thực hiện. Kế hoạch CCHC là văn bản loại kế hoạch "
            "có năm.",
            "The register of directive documents on administrative reform. Each has its number and symbol, "
            "kind, issue date, summary, reform area and the plan or tasks it carries out. A reform plan is a "
            "document of the plan kind with a year.",
        ),
        "examples": [
            "cchc document list --from 15/12/2021 --to 09/06/2022",
            "cchc document show 22/KH-VPUB",
        ],
    },
    "document add": {
        "text": (
            "Thêm văn bản vào sổ. Loại lấy theo ký hiệu (KH kế hoạch, QĐ quyết định, BC báo cáo, TB thông báo, "
            "TTr tờ trình... theo Nghị định 30/2020/NĐ-CP); ký hiệu không có loại, như 1966/VPUB-HCTC, là "
            "công văn; --kind để ghi loại khác.",
            "Add a document to the register. Its kind comes from its symbol (KH plan, QĐ decision, BC report, "
            "TB notice, TTr submission... as in Decree 30/2020/NĐ-CP); a symbol without a kind, such as "
            "1966/VPUB-HCTC, is an official letter; --kind says otherwise.",
        ),
        "examples": [
            (
                "cchc document add 31/KH-VPUB --summary 'Kế hoạch rà soát, đơn giản hóa thủ tục hành chính năm "
                "2022' --issued-on 06/06/2022 --area tthc --serves '02/KH-VPUB#17'",
                "kế hoạch thực hiện một nhiệm vụ",
                "a plan carrying out a task",
            ),
            (
                "cchc document add 1966/VPUB-HCTC --summary 'V/v triển khai Kế hoạch cải cách hành chính năm "
                "2022' --issued-on 01/06/2022",
                "công văn",
                "an official letter",
            ),
        ],
        "params": DOC_PARAMS,
        "metavars": DOC_METAVARS,
    },
    "document edit": {
        "text": (
            "Sửa văn bản: trích yếu, loại, ngày ban hành, cơ quan ban hành, lĩnh vực, kế hoạch hoặc nhiệm vụ "
            'thực hiện, năm, căn cứ. Giá trị rỗng "" xóa trường đó. Bị từ chối như khi thêm: loại, lĩnh vực, '
            "nhiệm vụ không có.",
            "Correct a document: summary, kind, issue date, issuer, area, the plan or tasks it serves, year, "
            'basis. An empty value "" clears a field. Refused as adding would be: an unknown kind, area '
            "or task.",
        ),
        "examples": [
            "cchc document edit 25/KH-VPUB --serves '02/KH-VPUB#2; 02/KH-VPUB#11'",
            "cchc document edit 95/BC-VPUB --area ''",
        ],
        "params": DOC_EDIT,
        "metavars": DOC_METAVARS,
    },
    "document delete": {
        "text": (
            "Xóa văn bản nhập nhầm; nhật ký thay đổi giữ nội dung và lý do. Văn bản đang được dùng thì không "
            "xóa được: kế hoạch có nhiệm vụ, tài liệu kiểm chứng của Chỉ số CCHC, văn bản của cuộc kiểm tra.",
            "Delete a document recorded by mistake; the audit trail keeps it and the reason. A document in "
            "use is not deleted: a plan with tasks, evidence for the reform index, an inspection's document.",
        ),
        "examples": [
            (
                "cchc document delete 22/KH-VPUB --reason 'Nhập nhầm'",
                "bị từ chối: hai cuộc kiểm tra dẫn chiếu văn bản này",
                "refused: two inspections point at it",
                1,
            ),
            "cchc document delete 95/BC-VPUB --reason 'Nhập nhầm số ký hiệu'",
        ],
        "params": {"code": DOC_PARAMS["code"], "--reason": ("Lý do xóa.", "Why it is deleted.")},
        "metavars": DOC_METAVARS,
    },
    "document list": {
        "text": (
            "Danh sách văn bản theo ngày ban hành, kế hoạch CCHC cũng ở đây.",
            "List the documents by issue date, the reform plans among them.",
        ),
        "examples": [
            "cchc document list --from 15/12/2021 --to 09/06/2022 --kind KH",
            "cchc document list --year 2022 --json",
        ],
        "params": {
            "--kind": ("Chỉ loại này (khóa, tên hoặc ký hiệu: KH, BC).", "Only this kind (key, name or abbreviation)."),
            "--from": ("Ban hành từ ngày.", "Issued from this date."),
            "--to": ("Ban hành đến ngày.", "Issued up to this date."),
            "--year": ("Chỉ kế hoạch CCHC của năm này.", "Only the reform plans of this year."),
            "--area": ("Chỉ lĩnh vực CCHC này.", "Only this reform area."),
        },
    },
    "document show": {
        "text": ("Một văn bản với mọi thông tin đã ghi.", "One document with everything recorded about it."),
        "examples": ["cchc document show 02/KH-VPUB", "cchc document show 25/KH-VPUB --json"],
        "params": {"code": DOC_PARAMS["code"]},
        "metavars": DOC_METAVARS,
    },
    "document kinds": {
        "text": (
            "Các loại văn bản và ký hiệu viết tắt (Nghị định 30/2020/NĐ-CP, Phụ lục III), cho --kind.",
            "The document kinds and their abbreviations (Decree 30/2020/NĐ-CP, Appendix III), for --kind.",
        ),
        "examples": ["cchc document kinds", "cchc --lang en document kinds"],
    },
    # -- communication work ------------------------------------------------------------------------
    "outreach": {
        "text": (
            "Công tác tuyên truyền CCHC: tin, bài, bản tin, hội nghị, phát thanh, mạng xã hội. Mỗi hoạt động "
            "xác định bởi hình thức, ngày và tiêu đề.",
            "Communication work on administrative reform: news, bulletins, conferences, radio, social media. "
            "An activity is named by its kind, date and title.",
        ),
        "examples": ["cchc outreach list --from 15/12/2021 --to 09/06/2022", "cchc outreach kinds"],
    },
    "outreach add": {
        "text": ("Ghi một hoạt động tuyên truyền CCHC.", "Record a communication activity."),
        "examples": [
            "cchc outreach add --kind tin-bai --on 08/06/2022 --title 'Tin bài về cải cách hành chính tháng "
            "6/2022' --outlet 'Cổng thông tin điện tử tỉnh' --count 2",
            "cchc outreach add --kind 'hội nghị' --on 07/06/2022 --title 'Tập huấn nghiệp vụ kiểm soát thủ tục "
            "hành chính'",
        ],
        "params": {**OUT_KEY, **OUT_FIELDS},
        "metavars": {"--title": "TEXT", "--outlet": "TEXT", "--count": "N"},
    },
    "outreach edit": {
        "text": (
            "Sửa nơi đăng, số lượng, ghi chú của một hoạt động; hình thức, ngày và tiêu đề chọn hoạt động cần sửa.",
            "Correct an activity's outlet, count or note; its kind, date and title pick it.",
        ),
        "examples": [OUT_PICK.format(verb="edit") + " --count 6"],
        "params": {**OUT_KEY, **OUT_FIELDS, "--note": ("Ghi chú.", "A note.")},
        "metavars": {"--title": "TEXT", "--outlet": "TEXT", "--count": "N"},
    },
    "outreach delete": {
        "text": (
            "Xóa hoạt động ghi nhầm; nhật ký thay đổi giữ nội dung và lý do.",
            "Delete an activity recorded by mistake; the audit trail keeps it and the reason.",
        ),
        "examples": [OUT_PICK.format(verb="delete") + " --reason 'Ghi trùng'"],
        "params": {**OUT_KEY, "--reason": ("Lý do xóa.", "Why it is deleted.")},
        "metavars": {"--title": "TEXT"},
    },
    "outreach list": {
        "text": (
            "Danh sách hoạt động tuyên truyền theo ngày, kèm tổng số tin, bài, lượt.",
            "List communication work by date, with the total count of items.",
        ),
        "examples": [
            "cchc outreach list --from 15/12/2021 --to 09/06/2022",
            "cchc outreach list --kind 'bản tin' --json",
        ],
        "params": {
            "--kind": ("Chỉ hình thức này (khóa hoặc tên).", "Only this kind (key or name)."),
            "--from": ("Từ ngày.", "From this date."),
            "--to": ("Đến ngày.", "Up to this date."),
        },
    },
    "outreach show": {
        "text": ("Một hoạt động tuyên truyền.", "One communication activity."),
        "examples": [OUT_PICK.format(verb="show")],
        "params": OUT_KEY,
        "metavars": {"--title": "TEXT"},
    },
    "outreach kinds": {
        "text": (
            "Các hình thức tuyên truyền và khóa của chúng (cho --kind).",
            "The kinds and their keys (for --kind).",
        ),
        "examples": ["cchc outreach kinds"],
    },
    # -- inspections -------------------------------------------------------------------------------
    "inspection": {
        "text": (
            "Kiểm tra công tác CCHC và yêu cầu khắc phục. Mỗi cuộc kiểm tra: đơn vị được kiểm tra, đoàn kiểm "
            "tra, kết quả, và yêu cầu khắc phục với thời hạn, theo dõi như một nhiệm vụ (đang khắc phục, hoàn "
            "thành, quá hạn). Đánh số trong năm: 2022#1.",
            "Inspections of reform work and their follow-ups. Each has the unit inspected, the inspecting "
            "body, the findings, and the follow-up required with its deadline, tracked like a task (open, "
            "done, overdue). Numbered within their year: 2022#1.",
        ),
        "examples": ["cchc inspection list --as-of 09/06/2022", f"cchc inspection show {I2}"],
    },
    "inspection add": {
        "text": (
            "Ghi một cuộc kiểm tra; in số hiệu của nó (năm#số).",
            "Record an inspection; prints its reference (year#number).",
        ),
        "examples": [
            "cchc inspection add --on 07/06/2022 --unit 'Phòng Hành chính - Tổ chức' --body 'Đoàn kiểm tra cải "
            "cách hành chính của Văn phòng' --findings 'Chưa cập nhật đầy đủ tài liệu kiểm chứng' --follow-up "
            "'Bổ sung tài liệu kiểm chứng' --due 30/09/2022 --document 22/KH-VPUB"
        ],
        "params": {
            "--on": ("Ngày kiểm tra.", "The day of the inspection."),
            "--unit": ("Đơn vị được kiểm tra.", "The unit inspected."),
            **INS_FIELDS,
        },
        "metavars": INS_METAVARS,
    },
    "inspection edit": {
        "text": (
            "Sửa cuộc kiểm tra: ngày (trong cùng năm), đơn vị, đoàn, kết quả, yêu cầu và thời hạn khắc phục, "
            'văn bản, ghi chú. Giá trị rỗng "" xóa trường đó.',
            "Correct an inspection: its date (within the same year), unit, body, findings, follow-up and "
            'deadline, document, note. An empty value "" clears a field.',
        ),
        "examples": [f"cchc inspection edit {I2} --due 31/07/2022 --note 'Gia hạn theo đề nghị của Trung tâm'"],
        "params": {
            **INS_REF,
            "--on": ("Ngày kiểm tra đúng (trong cùng năm).", "The right date (within the same year)."),
            "--unit": ("Đơn vị được kiểm tra.", "The unit inspected."),
            **INS_EDIT,
            "--note": ('Ghi chú; "" để xóa.', 'A note; "" clears it.'),
        },
        "metavars": INS_METAVARS,
    },
    "inspection done": {
        "text": ("Ghi yêu cầu khắc phục đã hoàn thành.", "Record that the follow-up is done."),
        "examples": [f"cchc inspection done {I2} --on 08/06/2022 --evidence 'Báo cáo khắc phục số 05/BC-TTPVHCC'"],
        "params": {
            **INS_REF,
            "--on": ("Ngày khắc phục xong.", "The day it was done."),
            "--evidence": INS_FIELDS["--evidence"],
        },
        "metavars": INS_METAVARS,
    },
    "inspection delete": {
        "text": (
            "Xóa cuộc kiểm tra ghi nhầm; nhật ký thay đổi giữ nội dung và lý do.",
            "Delete an inspection recorded by mistake; the audit trail keeps it and the reason.",
        ),
        "examples": ["cchc inspection delete 2022#2 --reason 'Ghi trùng'"],
        "params": {**INS_REF, "--reason": ("Lý do xóa.", "Why it is deleted.")},
        "metavars": INS_METAVARS,
    },
    "inspection list": {
        "text": (
            "Danh sách cuộc kiểm tra và tình trạng yêu cầu khắc phục tính đến một ngày.",
            "List inspections and the state of their follow-ups as of a day.",
        ),
        "examples": [
            "cchc inspection list --as-of 09/06/2022",
            "cchc inspection list --overdue --as-of 01/07/2022",
            "cchc inspection list --from 01/01/2022 --to 30/06/2022 --json",
        ],
        "params": {
            "--from": ("Kiểm tra từ ngày.", "Held from this date."),
            "--to": ("Kiểm tra đến ngày.", "Held up to this date."),
            "--status": (
                "Chỉ yêu cầu khắc phục ở trạng thái này: open (đang khắc phục), done (hoàn thành), overdue (quá hạn).",
                "Only follow-ups in this state: open, done, overdue.",
            ),
            "--overdue": ("Như --status overdue.", "Same as --status overdue."),
            "--as-of": ("Tính đến ngày này (mặc định: hôm nay).", "As of this day (default: today)."),
        },
    },
    "inspection show": {
        "text": ("Một cuộc kiểm tra với mọi thông tin đã ghi.", "One inspection with everything recorded about it."),
        "examples": [f"cchc inspection show {I2}", f"cchc inspection show {I2} --json"],
        "params": INS_REF,
        "metavars": INS_METAVARS,
    },
}
