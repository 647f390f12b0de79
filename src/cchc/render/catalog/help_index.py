"""Help of ``cchc index``: the reform-index self-assessment (Chỉ số CCHC), see ``help.py`` for the
layout of an entry. The sample ledger holds the 2021 assessment."""

from __future__ import annotations

YEAR = {"year": ("Năm đánh giá, ví dụ 2021.", "The year assessed, e.g. 2021.")}
CODE = {
    "code": (
        "Mã tiêu chí như trong bộ chỉ số: I hoặc 1 (lĩnh vực), 1.1 (tiêu chí), 1.1.2 (tiêu chí thành phần).",
        "The criterion's code as the province numbers it: I or 1 (area), 1.1 (criterion), 1.1.2 (sub-criterion).",
    )
}
TOP = {"--top": ("Số tiêu chí đạt thấp nhất cần nêu (mặc định 5).", "How many of the weakest criteria (default 5).")}
POINTS_NOTE = ("Điểm viết 1,5 hoặc 1.5.", "Points are written 1,5 or 1.5.")
SCORES: dict[str, tuple[str, str]] = {
    "--self": ("Điểm tự đánh giá của đơn vị.", "The unit's own score."),
    "--council": ("Điểm thẩm định của Hội đồng thẩm định.", "The appraisal council's score."),
    "--area": (
        "Lĩnh vực CCHC của tiêu chí (xem 'cchc task areas'), cho nhiệm vụ khắc phục.",
        "The criterion's reform area (see 'cchc task areas'), for the tasks that address it.",
    ),
    "--evidence": (
        "Tài liệu kiểm chứng ghi bằng lời (như cột của tệp tỉnh gửi); tài liệu trong sổ: 'cchc index evidence'.",
        "The evidence as text (as in the province's file); evidence in the ledger: 'cchc index evidence'.",
    ),
}
EVIDENCE: dict[str, tuple[str, str]] = {
    "--document": ("Văn bản trong sổ, ví dụ 05/KH-VPUB.", "A document in the register, e.g. 05/KH-VPUB."),
    "--task": ("Nhiệm vụ của kế hoạch, ví dụ 02/KH-VPUB#5.", "A plan task, e.g. 02/KH-VPUB#5."),
    "--meeting": (
        "Cuộc họp: loại@ngày/tiêu đề, ví dụ 'office@2021-12-20/Giao ban Văn phòng tuần 51'.",
        "A meeting: kind@date/title, e.g. 'office@2021-12-20/Giao ban Văn phòng tuần 51'.",
    ),
}
ONE_OF = (
    "Ghi đúng một trong --document, --task, --meeting, --file.",
    "Give exactly one of --document, --task, --meeting, --file.",
)
COMMANDS: dict[str, dict] = {
    "index": {
        "text": (
            "Chỉ số CCHC: tự đánh giá, chấm điểm và xếp hạng. Bộ tiêu chí của năm theo tệp của tỉnh, điểm tự "
            "đánh giá và điểm thẩm định, tài liệu kiểm chứng, kết quả và xếp hạng, các tiêu chí đạt thấp nhất "
            "và nhiệm vụ khắc phục. Điểm của tiêu chí cha bằng tổng các tiêu chí thành phần.",
            "The reform index (Chỉ số CCHC): self-assessment, scores and rank. The year's criteria as the "
            "province publishes them, the unit's own scores and the appraisal council's, the evidence, the "
            "result and rank, the weakest criteria and tasks to address them. A parent's points are its "
            "children's sum.",
        ),
        "examples": ["cchc index show 2021", "cchc index weakest 2021 --top 3"],
    },
    "index import": {
        "text": (
            "Nhập bộ tiêu chí của một năm từ tệp của tỉnh (csv, xlsx, json): STT, Tiêu chí, Điểm tối đa, Điểm "
            "tự đánh giá, Điểm thẩm định, Tài liệu kiểm chứng. STT I, II... hoặc 1, 1.1, 1.1.2; dòng tiêu đề "
            "phía trên và dòng tổng điểm được bỏ qua. Tệp có cây tiêu chí cộng không đúng bị từ chối, không ghi "
            "gì. Chạy lại an toàn.",
            "Import a year's criteria from the province's file (csv, xlsx, json): STT, Tiêu chí, Điểm tối đa, "
            "Điểm tự đánh giá, Điểm thẩm định, Tài liệu kiểm chứng. Codes I, II... or 1, 1.1, 1.1.2; title "
            "lines above and the total row are skipped. A file whose tree does not add up is refused, nothing "
            "written. Safe to re-run.",
        ),
        "examples": [
            "cchc index import 2021 data/sample/index-2021.csv --dry-run",
            ("cchc index import 2021 data/sample/index-2021.csv", "nhập lại: không đổi gì", "again: nothing changes"),
        ],
        "params": {
            **YEAR,
            "--format": (
                "csv, tsv, json, jsonl hoặc xlsx (mặc định: theo đuôi tệp).",
                "csv, tsv, json, jsonl or xlsx (default: from the extension).",
            ),
            "--json": ("In tóm tắt dạng JSON trên stdout.", "Print the summary as JSON on stdout."),
        },
    },
    "index add": {
        "text": (
            "Thêm một tiêu chí. Khi cây tiêu chí của năm chưa cộng đúng (đang nhập dần), lệnh cảnh báo; "
            "'cchc check' nêu năm có cây không cộng đúng.",
            "Add a criterion. While the year's tree does not add up yet (built one by one), the command "
            "warns; 'cchc check' names any year whose tree does not.",
        ),
        "examples": [
            "cchc index add 2022 I --title 'Công tác chỉ đạo, điều hành CCHC' --max 12",
            "cchc index add 2022 1.1 --title 'Kế hoạch cải cách hành chính năm' --max 3 --area chi-dao",
        ],
        "params": {
            **YEAR,
            **CODE,
            "--title": ("Nội dung tiêu chí.", "The criterion's title."),
            "--max": (f"Điểm tối đa. {POINTS_NOTE[0]}", f"Its maximum points. {POINTS_NOTE[1]}"),
            **SCORES,
        },
        "metavars": {"--title": "TEXT"},
    },
    "index edit": {
        "text": (
            'Sửa tiêu chí, ghi điểm tự đánh giá và điểm thẩm định. Giá trị rỗng "" xóa điểm hoặc trường đó.',
            'Correct a criterion, record its own and its appraised score. An empty value "" clears a score or a field.',
        ),
        "examples": [
            "cchc index edit 2021 1.4 --self 1,5 --council 1",
            "cchc index edit 2021 1.5 --note 'Chưa có sáng kiến được công nhận'",
        ],
        "params": {
            **YEAR,
            **CODE,
            "--title": ("Nội dung mới.", "The new title."),
            "--max": (f"Điểm tối đa mới. {POINTS_NOTE[0]}", f"The new maximum. {POINTS_NOTE[1]}"),
            **SCORES,
            "--note": ('Ghi chú; "" để xóa.', 'A note; "" clears it.'),
        },
        "metavars": {"--title": "TEXT"},
    },
    "index delete": {
        "text": (
            "Xóa một tiêu chí nhập nhầm; nhật ký giữ nội dung và lý do. Tiêu chí còn tiêu chí thành phần hoặc "
            "tài liệu kiểm chứng thì không xóa được.",
            "Delete a criterion recorded by mistake; the audit trail keeps it and the reason. One with "
            "sub-criteria or evidence is not deleted.",
        ),
        "examples": [
            (
                "cchc index delete 2021 1.1 --reason 'Nhập nhầm'",
                "bị từ chối: còn tiêu chí thành phần",
                "refused: it has sub-criteria",
                1,
            ),
            "cchc index delete 2021 1.2.2 --reason 'Tiêu chí không còn trong bộ chỉ số'",
        ],
        "params": {**YEAR, **CODE, "--reason": ("Lý do xóa.", "Why it is deleted.")},
    },
    "index list": {
        "text": (
            "Các tiêu chí như đã ghi: mã, nội dung, điểm tối đa, tự đánh giá, thẩm định; một năm hoặc tất cả.",
            "The criteria as recorded: code, title, maximum, own and appraised score; one year or all.",
        ),
        "examples": ["cchc index list 2021", "cchc index list --json"],
        "params": {"year": ("Năm (mặc định: mọi năm).", "The year (default: every year).")},
    },
    "index show": {
        "text": (
            "Cây tiêu chí của năm với điểm tối đa, tự đánh giá, thẩm định, tỷ lệ đạt và tỷ lệ năm trước; tổng "
            "điểm, xếp hạng và xếp hạng năm trước; các tiêu chí đạt thấp nhất.",
            "The year's tree with maximum, own and appraised score, the share reached and last year's; the "
            "totals, the rank and last year's; the weakest criteria.",
        ),
        "examples": ["cchc index show 2021", "cchc index show 2021 --top 3 --json"],
        "params": {**YEAR, **TOP},
    },
    "index weakest": {
        "text": (
            "Các tiêu chí cấp cuối đạt tỷ lệ điểm thấp nhất so với điểm tối đa (theo điểm thẩm định, nếu chưa "
            "có thì điểm tự đánh giá); tiêu chí đạt điểm tối đa không tính.",
            "The lowest-level criteria with the lowest share of their maximum (by the appraised score, else "
            "the unit's own); those at their maximum are never listed.",
        ),
        "examples": ["cchc index weakest 2021 --top 3", "cchc index weakest 2021 --json"],
        "params": {**YEAR, **TOP},
    },
    "index tasks": {
        "text": (
            "Mỗi tiêu chí đạt thấp nhất một nhiệm vụ khắc phục; với --plan, thêm các nhiệm vụ đó vào kế hoạch "
            "(một giao dịch) và in mã của chúng.",
            "A task for each of the weakest criteria; with --plan, add them to the plan (one transaction) and "
            "print their references.",
        ),
        "examples": [
            "cchc index tasks 2021 --top 3",
            (
                "cchc index tasks 2021 --top 3 --plan 02/KH-VPUB --due Q4",
                "thêm vào kế hoạch, hạn cuối quý 4",
                "added to the plan, due at the end of Q4",
            ),
        ],
        "params": {
            **YEAR,
            **TOP,
            "--plan": ("Thêm các nhiệm vụ vào kế hoạch này.", "Add the tasks to this plan."),
            "--due": (
                "Hạn của các nhiệm vụ: ngày, quý (Q4: ngày cuối quý) hoặc 'cả năm'.",
                "Their deadline: a date, a quarter (Q4: its last day) or 'cả năm'.",
            ),
        },
        "metavars": {"--due": "DEADLINE"},
    },
    "index evidence": {
        "text": (
            "Ghi một tài liệu kiểm chứng cho tiêu chí: văn bản, nhiệm vụ, cuộc họp có trong sổ, hoặc một tệp "
            "(ghi tên và mã SHA-256 để đối chiếu sau này). " + ONE_OF[0],
            "Record a piece of evidence for a criterion: a document, task or meeting in the ledger, or a file "
            "(recorded by its name and SHA-256, to be checked later). " + ONE_OF[1],
        ),
        "examples": [
            "cchc index evidence 2021 1.4 --document 25/KH-VPUB",
            "cchc index evidence 2021 1.6 --meeting 'office@2021-12-27/Giao ban Văn phòng tuần 52'",
            "cchc index evidence 2021 1.3 --file bien-ban-kiem-tra.pdf --note 'Biên bản kiểm tra tháng 11/2021'",
        ],
        "params": {
            **YEAR,
            **CODE,
            **EVIDENCE,
            "--file": ("Tệp tài liệu; ghi tên tệp và mã SHA-256.", "A file; its name and SHA-256 are recorded."),
            "--note": ("Ghi chú (mặc định: giữ ghi chú đã có).", "A note (default: keep the one recorded)."),
        },
    },
    "index evidence-remove": {
        "text": (
            "Gỡ một tài liệu kiểm chứng khỏi tiêu chí; nhật ký giữ nó và lý do. " + ONE_OF[0],
            "Remove a piece of evidence from a criterion; the audit trail keeps it and the reason. " + ONE_OF[1],
        ),
        "examples": [
            "cchc index evidence-remove 2021 1.6 --meeting 'office@2021-12-20/Giao ban Văn phòng tuần 51' "
            "--reason 'Nhầm cuộc họp'"
        ],
        "params": {
            **YEAR,
            **CODE,
            **EVIDENCE,
            "--file": ("Tên tệp đã ghi.", "The file's recorded name."),
            "--reason": ("Lý do gỡ.", "Why it is removed."),
        },
    },
    "index result": {
        "text": (
            "Ghi kết quả Chỉ số CCHC của năm: điểm cuối cùng sau thẩm định, xếp hạng (6/20), văn bản công bố. "
            "--delete xóa kết quả của năm.",
            "Record the year's reform-index result: the final score after appraisal, the rank (6/20), the "
            "document that published it. --delete removes the year's result.",
        ),
        "examples": [
            "cchc index result 2021 --score 83,1 --rank 6/20",
            (
                "cchc index result 2021 --delete --reason 'Chờ kết quả thẩm định chính thức'",
                "xóa kết quả",
                "remove the result",
            ),
        ],
        "params": {
            **YEAR,
            "--score": (f"Điểm cuối cùng. {POINTS_NOTE[0]}", f"The final score. {POINTS_NOTE[1]}"),
            "--max": ("Điểm tối đa (mặc định: tổng của cây tiêu chí).", "The maximum (default: the tree's total)."),
            "--rank": ("Xếp hạng: 6/20, hoặc 6 cùng --of 20.", "The rank: 6/20, or 6 with --of 20."),
            "--of": ("Trên tổng số đơn vị được xếp hạng.", "Among how many units."),
            "--document": ("Văn bản công bố kết quả.", "The document that published the result."),
            "--delete": ("Xóa kết quả của năm (cần --reason).", "Remove the year's result (needs --reason)."),
            "--reason": ("Lý do xóa.", "Why it is removed."),
        },
    },
}
