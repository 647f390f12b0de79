"""Every user-facing text of the registers (documents, communication work, inspections, the
reform index, the report's notes) and of the report's sections built from them: key -> (vi, en).

``MESSAGES`` are what commands and the shared rules say; ``LABELS`` name columns and values;
``rep.`` labels are the report's own sentences and headings (every format that writes prose).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # documents
    "document_exists": ("văn bản {code} đã có", "document {code} already exists"),
    "document_missing": ("không có văn bản {code}", "no document {code}"),
    "document_kind_needed": (
        "ký hiệu của {code} không cho biết loại văn bản: thêm --kind (xem 'cchc document kinds')",
        "the symbol of {code} does not say its kind: add --kind (see 'cchc document kinds')",
    ),
    "document_serves_missing": (
        "không có kế hoạch hoặc nhiệm vụ {ref} (cột serves)",
        "no plan or task {ref} (the serves column)",
    ),
    "document_used_tasks": (
        "văn bản {code} là kế hoạch có {n} nhiệm vụ: không xóa hoặc bỏ năm được",
        "document {code} is a plan with {n} tasks: it cannot be deleted nor lose its year",
    ),
    "document_used_evidence": (
        "văn bản {code} là tài liệu kiểm chứng của {n} tiêu chí Chỉ số CCHC: không xóa được",
        "document {code} is evidence for {n} reform-index criteria: it cannot be deleted",
    ),
    "document_used_inspections": (
        "văn bản {code} gắn với {n} cuộc kiểm tra: không xóa được",
        "document {code} belongs to {n} inspections: it cannot be deleted",
    ),
    "added_document": ("đã thêm văn bản {code} ({kind})", "added document {code} ({kind})"),
    "document_updated": ("đã sửa văn bản {code}", "updated document {code}"),
    "document_deleted": ("đã xóa văn bản {code}", "deleted document {code}"),
    # communication work
    "outreach_exists": ("đã có hoạt động tuyên truyền {activity}", "communication activity {activity} already exists"),
    "outreach_missing": ("không có hoạt động tuyên truyền {activity}", "no communication activity {activity}"),
    "added_outreach": ("đã ghi hoạt động tuyên truyền {activity}", "recorded communication activity {activity}"),
    "outreach_updated": ("đã sửa hoạt động tuyên truyền {activity}", "updated communication activity {activity}"),
    "outreach_deleted": ("đã xóa hoạt động tuyên truyền {activity}", "deleted communication activity {activity}"),
    # inspections
    "bad_inspection_ref": (
        "số hiệu cuộc kiểm tra không hợp lệ: {value!r} (dạng NĂM#SỐ, ví dụ 2022#1)",
        "invalid inspection reference: {value!r} (form YEAR#N, e.g. 2022#1)",
    ),
    "inspection_missing": ("không có cuộc kiểm tra {ref}", "no inspection {ref}"),
    "inspection_year": (
        "cuộc kiểm tra của năm {year} nhưng ngày kiểm tra là {held_on}",
        "an inspection of {year} held on {held_on}",
    ),
    "before_inspection": (
        "{what} ({when}) trước ngày kiểm tra {held_on}",
        "{what} ({when}) is before the inspection ({held_on})",
    ),
    "needs_follow_up": (
        "có hạn hoặc ngày khắc phục nhưng không có yêu cầu khắc phục (cột follow_up)",
        "a deadline or done date without the follow-up it is for (the follow_up column)",
    ),
    "inspection_no_follow_up": (
        "cuộc kiểm tra {ref} không có yêu cầu khắc phục",
        "inspection {ref} requires no follow-up",
    ),
    "inspection_already_done": (
        "yêu cầu khắc phục của cuộc kiểm tra {ref} đã xong ngày {when}",
        "the follow-up of inspection {ref} was done on {when}",
    ),
    "added_inspection": ("đã ghi cuộc kiểm tra {ref}", "recorded inspection {ref}"),
    "inspection_updated": ("cuộc kiểm tra {ref}: {status}", "inspection {ref}: {status}"),
    "inspection_deleted": ("đã xóa cuộc kiểm tra {ref}", "deleted inspection {ref}"),
    # the reform index
    "bad_points": (
        "{column}: {value!r} không phải số điểm từ 0 đến {hi}",
        "{column}: {value!r} is not a number of points from 0 to {hi}",
    ),
    "imp_bad_points": (
        "không phải số điểm: {value!r} (ví dụ 2 hoặc 1,5)",
        "not a number of points: {value!r} (e.g. 2 or 1,5)",
    ),
    "bad_criterion_code": (
        "mã tiêu chí không hợp lệ: {value!r} (dạng 1, 1.1, 1.1.2; cấp đầu có thể viết I, II)",
        "invalid criterion code: {value!r} (form 1, 1.1, 1.1.2; the top level may be I, II)",
    ),
    "criterion_parent_missing": (
        "tiêu chí {code} thiếu tiêu chí cha {parent}",
        "criterion {code} has no parent {parent}",
    ),
    "score_above_max": (
        "{score:g} điểm lớn hơn điểm tối đa {max:g}",
        "{score:g} points is above the maximum {max:g}",
    ),
    "criterion_missing": ("năm {year} không có tiêu chí {code}", "no criterion {code} in {year}"),
    "criterion_exists": ("năm {year} đã có tiêu chí {code}", "criterion {code} of {year} already exists"),
    "criterion_has_children": (
        "tiêu chí {code} năm {year} có {n} tiêu chí thành phần: xóa chúng trước",
        "criterion {code} of {year} has {n} sub-criteria: delete them first",
    ),
    "criterion_has_evidence": (
        "tiêu chí {code} năm {year} có tài liệu kiểm chứng: gỡ chúng trước",
        "criterion {code} of {year} has evidence: remove it first",
    ),
    "index_max_sum": (
        "điểm tối đa của tiêu chí {code} ({max:g}) khác tổng các tiêu chí thành phần ({sum:g})",
        "the maximum of criterion {code} ({max:g}) differs from its sub-criteria's sum ({sum:g})",
    ),
    "index_score_sum": (
        "điểm ghi cho tiêu chí {code} ({score:g}) khác tổng các tiêu chí thành phần ({sum:g})",
        "the score given for criterion {code} ({score:g}) differs from its sub-criteria's sum ({sum:g})",
    ),
    "bad_sha256": (
        "tài liệu là tệp cần mã SHA-256 (64 ký tự 0-9a-f): {value!r}",
        "a file needs its SHA-256 (64 characters 0-9a-f): {value!r}",
    ),
    "sha256_not_file": ("chỉ tài liệu là tệp mới có mã SHA-256", "only a file has a SHA-256"),
    "evidence_missing": ("không có {kind} {ref} để làm tài liệu kiểm chứng", "no {kind} {ref} to serve as evidence"),
    "evidence_exists": (
        "tiêu chí {code} năm {year} đã có tài liệu {kind} {ref}",
        "criterion {code} of {year} already has {kind} {ref}",
    ),
    "evidence_missing_record": (
        "tiêu chí {code} năm {year} không có tài liệu {kind} {ref}",
        "criterion {code} of {year} has no evidence {kind} {ref}",
    ),
    "rank_above_of": ("xếp thứ {rank} trên {of} đơn vị là không thể", "rank {rank} of {of} is impossible"),
    "rank_needs_of": (
        "xếp hạng cần cả thứ hạng và tổng số đơn vị (6/20)",
        "a rank needs both the place and the number of units (6/20)",
    ),
    "index_result_missing": ("chưa có kết quả Chỉ số CCHC năm {year}", "no reform-index result for {year}"),
    "index_year_missing": (
        "chưa có Chỉ số CCHC năm {year} (cchc index import {year} TỆP)",
        "no reform index for {year} (cchc index import {year} FILE)",
    ),
    "cannot_read": ("không đọc được {path}: {detail}", "cannot read {path}: {detail}"),
    "added_criterion": ("đã thêm tiêu chí {code} năm {year}", "added criterion {code} of {year}"),
    "criterion_updated": ("đã sửa tiêu chí {code} năm {year}", "updated criterion {code} of {year}"),
    "criterion_deleted": ("đã xóa tiêu chí {code} năm {year}", "deleted criterion {code} of {year}"),
    "evidence_added": (
        "đã ghi tài liệu kiểm chứng {kind} {ref} cho tiêu chí {code} năm {year}",
        "recorded evidence {kind} {ref} for criterion {code} of {year}",
    ),
    "evidence_removed": (
        "đã gỡ tài liệu kiểm chứng {kind} {ref} của tiêu chí {code} năm {year}",
        "removed evidence {kind} {ref} of criterion {code} of {year}",
    ),
    "result_set": ("đã ghi kết quả Chỉ số CCHC năm {year}", "recorded the reform-index result of {year}"),
    "result_deleted": ("đã xóa kết quả Chỉ số CCHC năm {year}", "deleted the reform-index result of {year}"),
    "tree_warning": ("cảnh báo: {message}", "warning: {message}"),
    "weak_tasks_added": ("đã thêm {n} nhiệm vụ vào kế hoạch {plan}: {refs}", "added {n} tasks to plan {plan}: {refs}"),
    "evidence_one_kind": (
        "cần đúng một trong --document, --task, --meeting, --file",
        "give exactly one of --document, --task, --meeting, --file",
    ),
    "calendar_bad_span": (
        "khoảng năm không hợp lệ: {first}–{last} (năm đầu trước năm cuối, tối đa {max} năm)",
        "invalid range of years: {first}–{last} (first before last, at most {max} years)",
    ),
    # the report's notes
    "bad_period_label": (
        "kỳ báo cáo không hợp lệ: {value!r} (ví dụ 2022-H1, 2022-Q2, 2022-03, 2022-9M, 2022)",
        "invalid period: {value!r} (e.g. 2022-H1, 2022-Q2, 2022-03, 2022-9M, 2022)",
    ),
    "note_not_utf8": ("{path} không phải văn bản UTF-8", "{path} is not UTF-8 text"),
    "note_missing": ("kỳ {period} chưa có nội dung mục {section}", "no {section} text for {period}"),
    "note_set": ("đã ghi nội dung mục {section} của kỳ {period}", "recorded the {section} text of {period}"),
    "note_deleted": ("đã xóa nội dung mục {section} của kỳ {period}", "deleted the {section} text of {period}"),
    "note_text_or_file": ("cần nội dung hoặc --file (không cả hai)", "give the text or --file (not both)"),
    "index_title": ("Chỉ số cải cách hành chính năm {year}", "Reform index {year}"),
    "index_totals": (
        "Tự đánh giá: {own} điểm; thẩm định: {council} điểm; điểm cuối cùng: {score}/{max}",
        "Self-assessed: {own}; appraised: {council}; final: {score} of {max}",
    ),
    "index_rank_line": ("Xếp hạng: {rank}/{of}", "Rank: {rank} of {of}"),
    "index_previous_line": (
        "Năm {year}: {score} điểm, xếp hạng {rank}/{of}",
        "{year}: {score} points, rank {rank} of {of}",
    ),
    "index_no_previous": ("Năm {year}: chưa có trong sổ", "{year}: not in the ledger"),
    "index_evidence_count": ("Tài liệu kiểm chứng đã ghi: {n}", "Evidence recorded: {n}"),
    "notes_to_write": (
        "báo cáo {period} còn để trống: {sections} (cchc report note {period} --section ... )",
        "the {period} report still leaves blank: {sections} (cchc report note {period} --section ... )",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    # audit and check kinds
    "kind_document": ("văn bản", "document"),
    "kind_outreach": ("tuyên truyền", "communication"),
    "kind_inspection": ("kiểm tra", "inspection"),
    "kind_index_criterion": ("tiêu chí Chỉ số CCHC", "index criterion"),
    "kind_index_evidence": ("tài liệu kiểm chứng", "index evidence"),
    "kind_index_result": ("kết quả Chỉ số CCHC", "index result"),
    "kind_report_note": ("nội dung báo cáo", "report text"),
    # columns
    "summary": ("Trích yếu", "Summary"),
    "issuer": ("Cơ quan ban hành", "Issuer"),
    "serves": ("Phục vụ", "Serves"),
    "outlet": ("Nơi đăng", "Outlet"),
    "body": ("Đoàn/cơ quan kiểm tra", "Inspected by"),
    "findings": ("Kết quả kiểm tra", "Findings"),
    "follow_up": ("Yêu cầu khắc phục", "Follow-up"),
    "document": ("Văn bản", "Document"),
    "task": ("nhiệm vụ", "task"),
    "meeting": ("cuộc họp", "meeting"),
    "file": ("tệp", "file"),
    "max_points": ("Điểm tối đa", "Maximum"),
    "self_score": ("Điểm tự đánh giá", "Self-assessed"),
    "council_score": ("Điểm thẩm định", "Appraised"),
    "final": ("Điểm", "Points"),
    "share": ("Tỷ lệ %", "Share %"),
    "previous_share": ("Năm trước %", "Last year %"),
    # the same, narrow, for tables at 80 columns
    "col_max": ("Tối đa", "Max"),
    "col_self": ("Tự ĐG", "Self"),
    "col_council": ("Thẩm định", "Council"),
    "previous_rank": ("Xếp hạng năm trước", "Last year's rank"),
    "col_share": ("%", "%"),
    "col_previous_share": ("Năm trước %", "Last yr %"),
    "criterion": ("Tiêu chí", "Criterion"),
    "sha256": ("SHA-256", "SHA-256"),
    "score": ("Điểm", "Score"),
    "rank": ("Xếp hạng", "Rank"),
    "of": ("Trên", "Of"),
    "period": ("Kỳ", "Period"),
    "section": ("Mục", "Section"),
    "text": ("Nội dung", "Text"),
    "kind_name": ("Loại", "Kind"),
    "inspection_ref": ("Số hiệu", "Ref"),
    "inspected_on": ("Ngày kiểm tra", "Inspected on"),
    "inspected_unit": ("Đơn vị được kiểm tra", "Unit inspected"),
    "activity_on": ("Ngày", "Date"),
    "activities": ("Số hoạt động", "Activities"),
    "items": ("Số tin, bài, lượt", "Items"),
    "abbreviations": ("Viết tắt", "Abbreviations"),
    "weakest": ("Tiêu chí đạt thấp nhất", "Weakest criteria"),
    "ref_kind": ("Loại tài liệu", "Evidence kind"),
    # follow-up states
    "open": ("đang khắc phục", "open"),
    # sections of notes
    "strengths": ("Ưu điểm", "Strengths"),
    "shortcomings": ("Tồn tại, hạn chế", "Shortcomings"),
    "causes": ("Nguyên nhân", "Causes"),
    "directions": ("Phương hướng, nhiệm vụ", "Directions"),
    "proposals": ("Kiến nghị, đề xuất", "Proposals"),
    # the report's prose (every format)
    "rep.sub_plan": ("Xây dựng và triển khai kế hoạch cải cách hành chính", "The reform plan and its tasks"),
    "rep.sub_documents": ("Ban hành văn bản chỉ đạo, điều hành", "Directive documents issued"),
    "rep.sub_inspections": ("Công tác kiểm tra cải cách hành chính", "Inspections of reform work"),
    "rep.sub_outreach": ("Công tác tuyên truyền cải cách hành chính", "Communication on administrative reform"),
    "rep.sub_index": ("Chỉ số cải cách hành chính", "The reform index"),
    "rep.sub_meetings": ("Thực hiện Quy chế họp giao ban", "Briefing meetings"),
    "rep.documents_total": (
        "Trong kỳ, {subject} đã ban hành {n} văn bản chỉ đạo, điều hành công tác cải cách hành chính ({kinds}):",
        "In the period, {subject} issued {n} documents directing administrative reform ({kinds}):",
    ),
    "rep.documents_none": (
        "Trong kỳ chưa ghi nhận văn bản chỉ đạo, điều hành mới về cải cách hành chính.",
        "No new document directing administrative reform is recorded for the period.",
    ),
    "rep.col_document": ("Văn bản", "Document"),
    "rep.col_issued": ("Ngày ban hành", "Issued"),
    "rep.col_summary": ("Trích yếu", "Summary"),
    "rep.inspections_total": (
        "Đã tổ chức {n} cuộc kiểm tra công tác cải cách hành chính tại: {units}.",
        "{n} inspections of reform work were held, at: {units}.",
    ),
    "rep.inspections_none": (
        "Trong kỳ chưa tổ chức kiểm tra công tác cải cách hành chính.",
        "No inspection of reform work was held in the period.",
    ),
    "rep.inspection_findings": ("Qua kiểm tra tại {unit}: {findings}.", "At {unit}: {findings}."),
    "rep.inspection_follow_up": (
        "Yêu cầu khắc phục: {follow_up}{due}; {state}.",
        "Follow-up required: {follow_up}{due}; {state}.",
    ),
    "rep.by_date": (" (hạn {date})", " (due {date})"),
    "rep.follow_up_open": ("đang thực hiện", "under way"),
    "rep.follow_up_done": ("đã khắc phục xong ngày {date}", "done on {date}"),
    "rep.follow_up_overdue": ("đã quá hạn, chưa khắc phục xong", "overdue, not yet done"),
    "rep.outreach_total": (
        "Trong kỳ đã thực hiện {n} tin, bài, hoạt động tuyên truyền về cải cách hành chính: {kinds}.",
        "{n} items of communication on administrative reform in the period: {kinds}.",
    ),
    "rep.outreach_kind": ("{n} {name}", "{n} {name}"),
    "rep.outreach_none": (
        "Trong kỳ chưa ghi nhận hoạt động tuyên truyền về cải cách hành chính.",
        "No communication on administrative reform is recorded for the period.",
    ),
    "rep.index_none": (
        "Chưa có kết quả tự đánh giá Chỉ số cải cách hành chính trong sổ theo dõi.",
        "No reform-index self-assessment is recorded.",
    ),
    "rep.index_assessed": (
        "Đã tổng hợp tài liệu kiểm chứng, tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year} và gửi"
        " Hội đồng thẩm định theo quy định.",
        "The {year} reform-index self-assessment was completed with its evidence and sent to the appraisal council.",
    ),
    "rep.index_self": ("Điểm tự đánh giá: {score}/{max} điểm.", "Self-assessed: {score} of {max} points."),
    "rep.index_final": ("Điểm sau thẩm định: {score}/{max} điểm.", "After appraisal: {score} of {max} points."),
    "rep.index_rank": ("Kết quả năm {year} đứng thứ {rank}/{of}.", "The {year} result ranks {rank} of {of}."),
    "rep.index_previous": ("(Năm {year}: thứ {rank}/{of}.)", "({year}: {rank} of {of}.)"),
    "rep.index_weakest": (
        "Các tiêu chí đạt tỷ lệ điểm thấp nhất năm {year}, cần tập trung khắc phục:",
        "The criteria with the lowest share of their points in {year}, to work on:",
    ),
    "rep.col_criterion": ("Tiêu chí", "Criterion"),
    "rep.col_title": ("Nội dung", "Title"),
    "rep.col_points": ("Điểm đạt/tối đa", "Points/max"),
    "rep.col_share": ("Tỷ lệ", "Share"),
    "rep.area_tasks": (
        "Kế hoạch đề ra {total} nhiệm vụ; đã hoàn thành {done} nhiệm vụ",
        "The plan sets {total} tasks; {done} completed",
    ),
    "rep.area_doing": ("{n} nhiệm vụ đang thực hiện", "{n} in progress"),
    "rep.area_todo": ("{n} nhiệm vụ chưa triển khai", "{n} not started"),
    "rep.area_done_list": ("Các nhiệm vụ đã hoàn thành: {items}.", "Completed: {items}."),
    "rep.area_the-che": ("Cải cách thể chế", "Institutional reform"),
    "rep.area_tthc": ("Cải cách thủ tục hành chính", "Reform of administrative procedures"),
    "rep.area_bo-may": ("Cải cách tổ chức bộ máy hành chính", "Reform of the administrative apparatus"),
    "rep.area_cong-vu": ("Cải cách chế độ công vụ", "Civil service reform"),
    "rep.area_tai-chinh": ("Cải cách tài chính công", "Public finance reform"),
    "rep.area_cp-so": (
        "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
        "E-government and digital government",
    ),
    "rep.area_tac-dong": ("Tác động của cải cách hành chính", "Impact of administrative reform"),
    "rep.area_other": ("Các nhiệm vụ khác", "Other tasks"),
    "rep.form_unverified": (
        "Kỳ báo cáo thuộc chế độ báo cáo của Thông tư số {regime}; mẫu biểu của Thông tư này chưa được đối chiếu,"
        " số liệu trình bày theo các cột của Biểu số 06/VPCP/KSTT (Thông tư số 01/2020/TT-VPCP).",
        "The period falls under Circular {regime}; its form was not checked, so the figures follow the columns of"
        " Form 06/VPCP/KSTT (Circular 01/2020/TT-VPCP).",
    ),
    "rep.form_basis_current": (
        "Kỳ báo cáo theo Thông tư số {regime}; các cột theo Biểu số 06/VPCP/KSTT (Thông tư số 01/2020/TT-VPCP)",
        "Period under Circular {regime}; the columns of Form 06/VPCP/KSTT (Circular 01/2020/TT-VPCP)",
    ),
    "rep.sec_assessment": ("ĐÁNH GIÁ CHUNG", "GENERAL ASSESSMENT"),
    "rep.sub_strengths": ("Ưu điểm", "Strengths"),
    "rep.sub_shortcomings": ("Tồn tại, hạn chế", "Shortcomings"),
    "rep.sub_causes": ("Nguyên nhân", "Causes"),
    "rep.from_figures": ("Theo số liệu theo dõi: ", "From the ledger's figures: "),
    "rep.strength_tasks": (
        "hoàn thành {done}/{total} nhiệm vụ của kế hoạch",
        "{done} of the plan's {total} tasks completed",
    ),
    "rep.strength_documents": ("ban hành {n} văn bản chỉ đạo, điều hành", "{n} directive documents issued"),
    "rep.strength_in_time": (
        "tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt {rate}%",
        "{rate}% of dossiers resolved early or on time",
    ),
    "rep.strength_rank": (
        "Chỉ số cải cách hành chính năm {year} đứng thứ {rank}/{of}",
        "the {year} reform index ranks {rank} of {of}",
    ),
    "rep.short_overdue": ("{n} nhiệm vụ đã quá hạn", "{n} tasks overdue"),
    "rep.short_todo": ("{n} nhiệm vụ chưa triển khai", "{n} tasks not started"),
    "rep.short_late": ("{n} hồ sơ giải quyết quá hạn hoặc đang quá hạn", "{n} dossiers resolved late or overdue"),
    "rep.short_follow_ups": ("{n} yêu cầu khắc phục sau kiểm tra đã quá hạn", "{n} inspection follow-ups overdue"),
    "rep.short_index": (
        "các tiêu chí đạt thấp của Chỉ số cải cách hành chính năm {year} ({codes})",
        "the weak criteria of the {year} reform index ({codes})",
    ),
    "rep.short_none": (
        "Số liệu theo dõi không cho thấy nhiệm vụ quá hạn hay hồ sơ trễ hạn.",
        "The ledger's figures show no overdue task and no late dossier.",
    ),
    "rep.to_fill": ("…" * 26, "…" * 26),  # one line of the Word body (its first-line indent included)
    "rep.sec_directions": ("PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "DIRECTIONS AND TASKS FOR THE NEXT PERIOD"),
    "rep.next_tasks": (
        "Tiếp tục thực hiện {n} nhiệm vụ chưa hoàn thành của Kế hoạch số {plans}:",
        "Carry on the {n} unfinished tasks of plan {plans}:",
    ),
    "rep.next_follow_up": (
        "Hoàn thành khắc phục sau kiểm tra tại {unit}: {follow_up}{due}.",
        "Complete the follow-up at {unit}: {follow_up}{due}.",
    ),
    "rep.next_index": (
        "Khắc phục các tiêu chí đạt thấp của Chỉ số cải cách hành chính năm {year}: {items}.",
        "Work on the weak criteria of the {year} reform index: {items}.",
    ),
    "rep.sec_proposals": ("KIẾN NGHỊ, ĐỀ XUẤT", "PROPOSALS"),
    "rep.weak_task": (
        'Khắc phục tiêu chí {code} "{title}" của Chỉ số CCHC năm {year} (đạt {share}%)',
        'Work on criterion {code} "{title}" of the {year} reform index ({share}%)',
    ),
}
