"""Changes to a dossier's dates: waits for supplements and new dates.

key -> (Vietnamese, English); values are named ``str.format`` fields."""

MESSAGES: dict[str, tuple[str, str]] = {
    "dossier_pause_finished": (
        "hồ sơ {code} đã kết thúc ({outcome} ngày {when}); không thể {action}",
        "dossier {code} is finished ({outcome} on {when}); cannot {action} it",
    ),
    "dossier_already_paused": (
        "hồ sơ {code} đang tạm dừng chờ bổ sung từ {since} ({reason})",
        "dossier {code} is already paused since {since} ({reason})",
    ),
    "dossier_not_paused": ("hồ sơ {code} không ở trạng thái tạm dừng chờ bổ sung", "dossier {code} is not paused"),
    "pause_before_received": (
        "ngày tạm dừng {when} trước ngày nhận {other} của hồ sơ {code}",
        "the pause date {when} is before dossier {code} was received ({other})",
    ),
    "pause_before_resume": (
        "ngày tạm dừng {when} trước ngày tiếp tục {other} của lần tạm dừng trước (hồ sơ {code})",
        "the pause date {when} is before dossier {code} resumed from its last pause ({other})",
    ),
    "resume_before_pause": (
        "ngày tiếp tục {when} trước ngày tạm dừng {other} của hồ sơ {code}",
        "the resume date {when} is before dossier {code} was paused ({other})",
    ),
    "reschedule_not_later": (
        "ngày hẹn lại {when} phải sau ngày hẹn trả {due} của hồ sơ {code}",
        "the new date {when} must be after dossier {code}'s appointment date {due}",
    ),
    "dossier_paused": ("hồ sơ {code}: tạm dừng chờ bổ sung từ {on}", "dossier {code}: paused from {on}"),
    "dossier_resumed": (
        "hồ sơ {code}: tiếp tục; {days} ngày làm việc chờ bổ sung, hẹn trả {due}",
        "dossier {code}: resumed; {days} working days paused, due {due}",
    ),
    "dossier_rescheduled": (
        "hồ sơ {code}: hẹn lại {when} (thời hạn đánh giá vẫn là {due})",
        "dossier {code}: new date {when} (still judged against {due})",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    "pause": ("tạm dừng chờ bổ sung", "pause"),
    "reschedule": ("hẹn lại", "reschedule"),
    "paused_on": ("Tạm dừng từ", "Paused since"),
    "pause_reason": ("Lý do tạm dừng", "Pause reason"),
    "rescheduled_due_on": ("Hẹn lại", "Rescheduled to"),
    "reschedule_reason": ("Lý do hẹn lại", "Reschedule reason"),
    "dc_change": ("Thay đổi", "Change"),
    "dc_on": ("Ngày", "Date"),
    "dc_until": ("Đến ngày", "Until"),
    "dc_workdays": ("Ngày LV", "Working days"),
    "dc_due_before": ("Hạn trước", "Due before"),
    "dc_due_after": ("Hạn sau", "Due after"),
    "dc_reason": ("Lý do", "Reason"),
    "dc_pause": ("Tạm dừng chờ bổ sung", "Paused for supplements"),
    "dc_reschedule": ("Hẹn lại (phiếu xin lỗi)", "Rescheduled (apology slip)"),
    "date_changes": ("Thay đổi ngày hẹn", "Changes to the date"),
}
