"""Changes to a dossier's appointment date after it was received.

- Pause / resume (yêu cầu bổ sung): the agency waits for the applicant's supplements; the
  working days spent waiting do not count, so on resume ``due_on`` (the date timeliness is judged
  against) and any apology date move later by the paused working days:
  ``paused = workdays(paused_on, resumed_on)`` (working days after the pause date up to and
  including the resume date), ``due_on = due(due_on, paused)``.
- Reschedule (phiếu xin lỗi và hẹn lại): a new date promised to the applicant, kept in
  ``rescheduled_due_on`` with its reason; ``due_on`` does not change, so a dossier resolved after
  the original date is still late.

Each action is one transaction with an audit entry (kind ``dossier``, before/after = snapshot).
"""

from __future__ import annotations

from datetime import date

from cchc import i18n
from cchc.domain.errors import Conflict, InputError, NotFound
from cchc.domain.text import clean, required
from cchc.store import audit
from cchc.store.dossiers import snapshot

i18n.register(
    {
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
    },
    labels={
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
    },
)


def _current(conn, code: str) -> dict:
    code = clean(code) or ""
    row = snapshot(conn, code)
    if row is None:
        raise NotFound("dossier_missing", code=code)
    return row


def _not_finished(row: dict, action: str) -> None:
    if row["outcome"] is not None:
        raise Conflict(
            "dossier_pause_finished",
            code=row["code"],
            outcome=i18n.label(row["outcome"]),
            when=row["finished_on"],
            action=i18n.label(action).lower(),
        )


def _not_before(row: dict, key: str, when: str, other: str) -> None:
    if when < other:
        raise InputError(key, when=when, other=other, code=row["code"])


def pause(ledger, code: str, on: date, reason: str | None) -> dict:
    reason = required(reason, "reason")
    with ledger.write() as conn:
        before = _current(conn, code)
        _not_finished(before, "pause")
        if before["paused_on"]:
            raise Conflict(
                "dossier_already_paused", code=before["code"], since=before["paused_on"], reason=before["pause_reason"]
            )
        _not_before(before, "pause_before_received", on.isoformat(), before["received_on"])
        (last,) = conn.execute(
            "SELECT MAX(p.resumed_on) FROM dossier_pauses p JOIN dossiers d ON d.id = p.dossier_id WHERE d.code = ?",
            (before["code"],),
        ).fetchone()
        if last:  # pauses follow one another: a new one starts on or after the last resume
            _not_before(before, "pause_before_resume", on.isoformat(), last)
        conn.execute(
            "INSERT INTO dossier_pauses (dossier_id, paused_on, reason) SELECT id, ?, ? FROM dossiers WHERE code = ?",
            (on.isoformat(), reason, before["code"]),
        )
        conn.execute(
            "UPDATE dossiers SET paused_on = ?, pause_reason = ? WHERE code = ?",
            (on.isoformat(), reason, before["code"]),
        )
        after = snapshot(conn, before["code"])
        audit.record(conn, ledger.command, "dossier", before["code"], "pause", before, after)
    return after


def resume(ledger, code: str, on: date) -> dict:
    """End the pause; move the appointment date(s) by the working days paused."""
    with ledger.write() as conn:
        before = _current(conn, code)
        if not before["paused_on"]:
            raise Conflict("dossier_not_paused", code=before["code"])
        return end_pause(conn, ledger.command, before, on)


def end_pause(conn, command: str, before: dict, on: date) -> dict:
    """Close the open pause of a dossier (its snapshot ``before``) on ``on``, inside the
    caller's transaction; also used when a paused dossier is finished."""
    from cchc.store.calendar import load_calendar

    _not_before(before, "resume_before_pause", on.isoformat(), before["paused_on"])
    cal = load_calendar(conn)
    days = cal.workdays(date.fromisoformat(before["paused_on"]), on)
    due_on, rescheduled = before["due_on"], before["rescheduled_due_on"]
    if days:
        due_on = cal.due(date.fromisoformat(due_on), days).isoformat()
        if rescheduled:
            rescheduled = cal.due(date.fromisoformat(rescheduled), days).isoformat()
    conn.execute(
        "UPDATE dossier_pauses SET resumed_on = ?, days = ? WHERE resumed_on IS NULL"
        " AND dossier_id = (SELECT id FROM dossiers WHERE code = ?)",
        (on.isoformat(), days, before["code"]),
    )
    conn.execute(
        "UPDATE dossiers SET paused_on = NULL, pause_reason = NULL, due_on = ?, rescheduled_due_on = ? WHERE code = ?",
        (due_on, rescheduled, before["code"]),
    )
    after = snapshot(conn, before["code"])
    audit.record(conn, command, "dossier", before["code"], "resume", before, after)
    return {**after, "paused_days": days}


def reschedule(ledger, code: str, new_due: date, reason: str | None) -> dict:
    reason = required(reason, "reason")
    with ledger.write() as conn:
        before = _current(conn, code)
        _not_finished(before, "reschedule")
        if new_due.isoformat() <= before["due_on"]:
            raise InputError(
                "reschedule_not_later", when=new_due.isoformat(), due=before["due_on"], code=before["code"]
            )
        conn.execute(
            "UPDATE dossiers SET rescheduled_due_on = ?, reschedule_reason = ? WHERE code = ?",
            (new_due.isoformat(), reason, before["code"]),
        )
        after = snapshot(conn, before["code"])
        audit.record(conn, ledger.command, "dossier", before["code"], "reschedule", before, after)
    return after


def changes(ledger, code: str) -> list[dict]:
    """Every change of the dossier's dates, oldest first: pauses (with the working days they
    added) and reschedules, each with its reason."""
    from cchc.store.audit import history

    out = []
    for e in history(ledger, "dossier", code):
        b, a = e["before"] or {}, e["after"] or {}
        if e["action"] == "pause":
            out.append(
                {
                    "change": "pause",
                    "on": a.get("paused_on"),
                    "until": None,
                    "workdays": None,
                    "due_before": b.get("due_on"),
                    "due_after": a.get("due_on"),
                    "reason": a.get("pause_reason"),
                }
            )
        elif e["action"] == "resume":
            last = next((c for c in reversed(out) if c["change"] == "pause"), None)
            if last is not None:
                last["due_after"] = a.get("due_on")
        elif (
            e["action"] in ("reschedule", "insert", "update")
            and a.get("rescheduled_due_on")
            and a.get("rescheduled_due_on") != b.get("rescheduled_due_on")
        ):  # by `dossier reschedule`, or by an import
            out.append(
                {
                    "change": "reschedule",
                    "on": e["at"][:10],
                    "until": None,
                    "workdays": None,
                    "due_before": b.get("rescheduled_due_on") or b.get("due_on"),
                    "due_after": a.get("rescheduled_due_on"),
                    "reason": a.get("reschedule_reason"),
                }
            )
    # the pause rows are the record: they know the resume date and the working days; the audit
    # entries of `dossier pause` add the dates before and after. A history that came with an
    # import has rows and no such entries.
    rows = ledger.rows(
        "SELECT p.paused_on, p.resumed_on, p.days, p.reason FROM dossier_pauses p"
        " JOIN dossiers d ON d.id = p.dossier_id WHERE d.code = ? ORDER BY p.id",
        (code,),
    )
    logged = [c for c in out if c["change"] == "pause"]
    out = [c for c in out if c["change"] != "pause"]
    for r in rows:
        c = next((c for c in logged if c["on"] == r["paused_on"]), None)
        if c is None:
            c = {
                "change": "pause",
                "on": r["paused_on"],
                "until": None,
                "workdays": None,
                "due_before": None,
                "due_after": None,
                "reason": r["reason"],
            }
        else:
            logged.remove(c)
        c["until"], c["workdays"] = r["resumed_on"], r["days"]
        out.append(c)
    out.sort(key=lambda c: (c["on"] or "", c["change"]))
    return out
