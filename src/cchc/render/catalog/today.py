"""Every user-facing string of the morning view (``cchc today``), ``--due-within`` and the
report's charts (``--chart``): ``MESSAGES`` and ``LABELS``, key -> (Vietnamese, English).

A key ending in ``_one`` is the English singular of the key without it (``plural``);
Vietnamese nouns do not change with the number, so both forms are the same there.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the one-line summary on top of `cchc today`
    "today_due_today": ("{n} hồ sơ đến hạn hôm nay", "{n} dossiers due today"),
    "today_due_today_one": ("{n} hồ sơ đến hạn hôm nay", "{n} dossier due today"),
    "today_due_soon": ("{n} đến hạn trong {days} ngày làm việc tới", "{n} more due within {days} working days"),
    "today_due_soon_one": ("{n} đến hạn trong {days} ngày làm việc tới", "{n} more due within {days} working days"),
    "today_due_soon_day": ("{n} đến hạn vào ngày làm việc tới", "{n} more due on the next working day"),
    "today_overdue": ("{n} quá hạn", "{n} overdue"),
    "today_waiting": ("{n} chờ bổ sung", "{n} waiting for supplements"),
    "today_tasks_overdue": ("{n} nhiệm vụ quá hạn", "{n} tasks overdue"),
    "today_tasks_overdue_one": ("{n} nhiệm vụ quá hạn", "{n} task overdue"),
    # headings of the sections
    "today_heading": ("Hôm nay {weekday} {day}", "Today, {weekday} {day}"),
    "today_heading_as_of": ("Tính đến {weekday} {day}", "As of {weekday} {day}"),
    "today_day_off": ("ngày nghỉ", "a day off"),
    "today_due_title": (
        "Đến hạn từ hôm nay đến {horizon} ({days} ngày làm việc): {count}",
        "Due from today to {horizon} ({days} working days): {count}",
    ),
    "today_due_title_one": (
        "Đến hạn từ hôm nay đến {horizon} ({days} ngày làm việc): {count}",
        "Due from today to {horizon} ({days} working day): {count}",
    ),
    "today_due_title_zero": ("Đến hạn hôm nay: {count}", "Due today: {count}"),
    "today_overdue_title": ("Quá hạn, hạn cũ nhất trước: {count}", "Overdue, oldest first: {count}"),
    "today_waiting_title": (
        "Chờ bổ sung hồ sơ, không tính thời hạn: {count}",
        "Waiting for supplements, the clock stopped: {count}",
    ),
    "today_tasks_title": (
        "Nhiệm vụ kế hoạch năm {year} quá hạn hoặc đến hạn đến {month_end}: {count}",
        "Tasks of the {year} plans overdue or due by {month_end}: {count}",
    ),
    "today_n_dossiers": ("{n} hồ sơ", "{n} dossiers"),
    "today_n_dossiers_one": ("{n} hồ sơ", "{n} dossier"),
    "today_n_tasks": ("{n} nhiệm vụ", "{n} tasks"),
    "today_n_tasks_one": ("{n} nhiệm vụ", "{n} task"),
    "today_meetings_title": ("Họp giao ban", "Briefing meetings"),
    "today_meetings_note": (
        "tuần này: từ {week} · kỳ báo cáo {label}: {start} – {end}",
        "this week: since {week} · report window {label}: {start} – {end}",
    ),
    "today_more": (
        "… và {n} hồ sơ khác ({command})",
        "… and {n} more ({command})",
    ),
    "today_more_tasks": ("… và {n} nhiệm vụ khác ({command})", "… and {n} more ({command})"),
    "today_none": ("(không có)", "(none)"),
    "today_bad_within": (
        "--within phải từ 0 đến {max} ngày làm việc, không phải {value}",
        "--within must be 0 to {max} working days, not {value}",
    ),
    "due_within_status": (
        "--due-within liệt kê hồ sơ chưa đến hạn; không dùng cùng --status {status} (quá hạn: --status overdue)",
        "--due-within lists dossiers not yet due; it cannot be combined with --status {status}"
        " (overdue ones: --status overdue)",
    ),
    "due_within_task_status": (
        "--due-within liệt kê nhiệm vụ chưa xong; không dùng cùng --status {status}",
        "--due-within lists tasks not yet done; it cannot be combined with --status {status}",
    ),
    "due_within_overdue": (
        "--due-within (hạn từ hôm nay) và --overdue (hạn đã qua) không dùng cùng nhau",
        "--due-within (due from today on) and --overdue (past due) cannot be combined",
    ),
    # charts
    "chart_title_dossiers": ("Hồ sơ tiếp nhận và đã giải quyết theo tháng", "Dossiers received and resolved per month"),
    "chart_title_rate": (
        "Tỷ lệ giải quyết trước hạn và đúng hạn theo tháng (%)",
        "Resolved early or on time, per month (%)",
    ),
    "chart_title_tasks": (
        "Nhiệm vụ hoàn thành so với kế hoạch (lũy kế): {done}/{total}",
        "Tasks done against the plan (cumulative): {done}/{total}",
    ),
    "chart_only_table": (
        "--chart vẽ trên màn hình (định dạng bảng) và trong tệp .xlsx, .docx; đầu ra {format} giữ nguyên,"
        " không có biểu đồ",
        "--chart draws on screen (the table format) and in .xlsx and .docx files; the {format} output is"
        " unchanged, without charts",
    ),
    "chart_needs_matplotlib": (
        "biểu đồ trong tệp Word cần matplotlib: pip install 'cchc[charts]' (biểu đồ trên màn hình và trong"
        " tệp .xlsx thì không cần)",
        "charts in a Word file need matplotlib: pip install 'cchc[charts]' (charts on screen and in .xlsx"
        " files do not)",
    ),
    "chart_no_months": ("(chưa có tháng nào trong kỳ)", "(no month in the window yet)"),
    "chart_no_resolved": ("(chưa giải quyết hồ sơ nào)", "(no dossier resolved yet)"),
    "chart_no_tasks": ("(không có nhiệm vụ)", "(no tasks)"),
}

LABELS: dict[str, tuple[str, str]] = {
    # weekdays, Monday first
    "wd_0": ("thứ Hai", "Monday"),
    "wd_1": ("thứ Ba", "Tuesday"),
    "wd_2": ("thứ Tư", "Wednesday"),
    "wd_3": ("thứ Năm", "Thursday"),
    "wd_4": ("thứ Sáu", "Friday"),
    "wd_5": ("thứ Bảy", "Saturday"),
    "wd_6": ("Chủ nhật", "Sunday"),
    # columns of the morning view
    "td_code": ("Mã hồ sơ", "Dossier"),
    "td_what": ("Thủ tục · người nộp", "Procedure · applicant"),
    "td_what_waiting": ("Thủ tục · người nộp · cần bổ sung", "Procedure · applicant · what is asked"),
    "td_due": ("Hạn", "Due"),
    "td_left": ("Còn", "Left"),
    "td_late": ("Trễ", "Late"),
    "td_new_date": ("Hẹn lại", "New date"),
    "td_paused_on": ("Từ ngày", "Since"),
    "td_waited": ("Đã chờ", "Waited"),
    "td_ref": ("Mã NV", "Task"),
    "td_title": ("Nhiệm vụ", "Title"),
    "td_kind": ("Loại họp", "Kind"),
    "td_week": ("Tuần này", "This week"),
    "td_window": ("Kỳ {label}", "{label}"),
    "td_unit_none": ("(chưa giao đơn vị)", "(no unit)"),
    # cells
    "td_today": ("hôm nay", "today"),
    "td_wd": ("{n} ngày LV", "{n} working days"),
    "td_wd_one": ("{n} ngày LV", "{n} working day"),
    "td_days": ("{n} ngày", "{n} days"),
    "td_days_one": ("{n} ngày", "{n} day"),
    "td_days_late": ("trễ {n} ngày", "{n} days late"),
    "td_days_late_one": ("trễ {n} ngày", "{n} day late"),
    "td_no_new_date": ("chưa có", "none"),
    "td_overdue_marker": ("!", "!"),
    # charts
    "ch_received": ("Tiếp nhận", "Received"),
    "ch_resolved": ("Đã giải quyết", "Resolved"),
    "ch_rate": ("Trước hạn + đúng hạn", "Early or on time"),
    "ch_done": ("Hoàn thành (lũy kế)", "Done (cumulative)"),
    "ch_planned": ("Theo kế hoạch (hạn đã đến)", "Planned (deadline passed)"),
    "ch_total": ("Tổng số nhiệm vụ", "Total tasks"),
    "ch_month": ("Tháng", "Month"),
    "ch_sheet": ("Biểu đồ", "Charts"),
}
