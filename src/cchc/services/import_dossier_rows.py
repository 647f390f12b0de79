"""Checking one row of a dossier file: the columns an import reads, the words it accepts for a
status, and the rules a row must keep (dates in order, one outcome, a reason for a return). Plain
Python with caches for the repeated values (dates, procedures, channels), built for a million rows;
``import_dossiers`` writes what this returns.
"""

from __future__ import annotations

from datetime import date

from cchc import i18n
from cchc.domain.channels import CHANNEL_WORDS
from cchc.domain.errors import CchcError
from cchc.domain.text import key as text_key
from cchc.services import import_pauses
from cchc.services.import_common import RowError, cached_text, date_cell, need, text

i18n.register(
    {
        "imp_due_before": (
            "ngày hẹn trả {due} trước ngày nhận {received}",
            "appointment date {due} is before the received date {received}",
        ),
        "imp_finished_before": (
            "ngày {when} trước ngày nhận {received}",
            "{when} is before the received date {received}",
        ),
        "imp_two_outcomes": (
            "chỉ được một kết quả (trả kết quả, trả lại hoặc rút)",
            "only one outcome per dossier (resolved, returned or withdrawn)",
        ),
        "imp_status_conflict": (
            "trạng thái {status!r} mâu thuẫn với ngày {column}",
            "status {status!r} contradicts the {column} date",
        ),
        "imp_status_needs_date": (
            "trạng thái {status!r} cần ngày (cột finished_on hoặc {column})",
            "status {status!r} needs its date (a finished_on or {column} column)",
        ),
        "imp_bad_status": (
            "trạng thái không hiểu: {value!r} (resolved, returned, withdrawn, pending)",
            "unknown status: {value!r} (resolved, returned, withdrawn, pending)",
        ),
        "imp_bad_channel": (
            "hình thức không hợp lệ: {value!r} (online/trực tuyến, direct/trực tiếp, postal/bưu chính)",
            "invalid channel: {value!r} (online/trực tuyến, direct/trực tiếp, postal/bưu chính)",
        ),
        "imp_no_due": (
            "thiếu ngày hẹn trả và thủ tục {name!r} không có trong danh mục",
            "no appointment date, and procedure {name!r} is not in the catalog",
        ),
        "imp_return_needs_reason": (
            "hồ sơ trả lại cần lý do (cột return_reason hoặc Ghi chú)",
            "a returned dossier needs its reason (return_reason or note)",
        ),
        "imp_finished_no_outcome": ("có ngày kết thúc nhưng không có trạng thái", "a finished date but no status"),
    }
)

INSERT_COLS = (
    "code",
    "procedure",
    "field",
    "applicant",
    "channel",
    "received_on",
    "due_on",
    "outcome",
    "finished_on",
    "return_reason",
    "note",
)
LEAN_COLS = tuple(c for c in INSERT_COLS if c not in ("note", "return_reason"))
OUTCOME_COLS = ("resolved_on", "returned_on", "withdrawn_on", "status", "finished_on")
STATUS_WORDS = {
    "resolved": "resolved",
    "early": "resolved",
    "on_time": "resolved",
    "on-time": "resolved",
    "late": "resolved",
    "đã giải quyết": "resolved",
    "đã trả kết quả": "resolved",
    "trả kết quả": "resolved",
    "trước hạn": "resolved",
    "trả sớm hạn": "resolved",
    "đúng hạn": "resolved",
    "trễ hạn": "resolved",
    "đã xử lý xong": "resolved",
    "returned": "returned",
    "trả lại": "returned",
    "từ chối": "returned",
    "từ chối giải quyết": "returned",
    "withdrawn": "withdrawn",
    "rút": "withdrawn",
    "xin rút": "withdrawn",
    "rút hồ sơ": "withdrawn",
    "công dân xin rút hồ sơ": "withdrawn",
    "pending": "pending",
    "overdue": "pending",
    "đang giải quyết": "pending",
    "đang xử lý": "pending",
    "trong hạn": "pending",
    "chưa giải quyết": "pending",
    "quá hạn": "any",
}
OUTCOME_DATE = {"resolved": "resolved_on", "returned": "returned_on", "withdrawn": "withdrawn_on"}


def _lookup(words: dict[str, str], message: str):
    cache: dict[str, str] = {}

    def get(raw: str | None, column: str) -> str | None:
        if raw is None:
            return None
        hit = cache.get(raw)
        if hit is None:
            clean = text(raw)
            if clean is None:
                return None
            hit = words.get(text_key(clean))
            if hit is None:
                raise RowError(column, i18n.msg(message, value=clean))
            cache[raw] = hit
        return hit

    return get


def checker(table, conn, restore: bool):
    """A function cells -> the row tuple (INSERT_COLS order), raising RowError."""
    pos = table.pos
    p = {c: pos.get(c) for c in (*INSERT_COLS, *OUTCOME_COLS)}
    i_code, i_proc, i_field, i_app = p["code"], p["procedure"], p["field"], p["applicant"]
    i_chan, i_rec, i_due, i_note, i_reason = (
        p["channel"],
        p["received_on"],
        p["due_on"],
        p["note"],
        p["return_reason"],
    )
    i_res, i_ret, i_wd, i_st, i_fin = (
        p["resolved_on"],
        p["returned_on"],
        p["withdrawn_on"],
        p["status"],
        p["finished_on"],
    )
    outcome_present = any(p[c] is not None for c in OUTCOME_COLS)
    pause_check = import_pauses.checker(conn, pos, restore)
    channel = _lookup(CHANNEL_WORDS, "imp_bad_channel")
    status_of = _lookup(STATUS_WORDS, "imp_bad_status")
    catalog: dict[str, tuple] = {}
    due_cache: dict[tuple[str, int], str] = {}
    cal = []
    ctext = cached_text if restore else (lambda v: text(v, False))
    today = date.today().isoformat()

    def computed_due(proc: str, field: str | None, received: str) -> tuple[str, str | None, str]:
        from cchc.store import procedures

        entry = catalog.get(proc)
        if entry is None:
            try:
                found = procedures.find(conn, proc)
            except CchcError as exc:
                raise RowError("procedure", str(exc)) from None
            entry = catalog[proc] = (found["name"], found["field"], found["days"]) if found else ()
        if not entry:
            raise RowError("due_on", i18n.msg("imp_no_due", name=proc))
        if not cal:
            from cchc.store.calendar import load_calendar

            cal.append(load_calendar(conn))
        k = (received, entry[2])
        due = due_cache.get(k)
        if due is None:
            due = due_cache[k] = cal[0].due(date.fromisoformat(received), entry[2]).isoformat()
        return due, field or entry[1], entry[0]

    def outcome_of(cells, received: str):
        res = date_cell(cells[i_res], "resolved_on") if i_res is not None else None
        ret = date_cell(cells[i_ret], "returned_on") if i_ret is not None else None
        wd = date_cell(cells[i_wd], "withdrawn_on") if i_wd is not None else None
        st = status_of(cells[i_st], "status") if i_st is not None else None
        if (res is not None) + (ret is not None) + (wd is not None) > 1:
            raise RowError("returned_on" if ret and res else "withdrawn_on", i18n.msg("imp_two_outcomes"))
        if res:
            outcome, fin = "resolved", res
        elif ret:
            outcome, fin = "returned", ret
        elif wd:
            outcome, fin = "withdrawn", wd
        else:
            outcome = fin = None
        raw_status = None
        if st in ("resolved", "returned", "withdrawn"):
            raw_status = text(cells[i_st])
            if outcome is None:
                fin = date_cell(cells[i_fin], "finished_on") if i_fin is not None else None
                if fin is None:
                    raise RowError(
                        "status", i18n.msg("imp_status_needs_date", status=raw_status, column=OUTCOME_DATE[st])
                    )
                outcome = st
            elif outcome != st:
                raise RowError(
                    "status", i18n.msg("imp_status_conflict", status=raw_status, column=OUTCOME_DATE[outcome])
                )
        elif outcome is None and i_fin is not None and text(cells[i_fin]):
            raise RowError("finished_on", i18n.msg("imp_finished_no_outcome"))
        if fin is not None:
            if fin < received:
                raise RowError(
                    OUTCOME_DATE[outcome] if i_fin is None else "finished_on",
                    i18n.msg("imp_finished_before", when=fin, received=received),
                )
            if fin > today:  # as the commands: outcomes are recorded when they happen
                raise RowError(
                    OUTCOME_DATE[outcome] if i_fin is None else "finished_on", i18n.msg("imp_future", value=fin)
                )
        return outcome, fin

    def check(cells, histories: list) -> tuple:
        code = need(text(cells[i_code], restore), "code")
        proc = need(ctext(cells[i_proc]), "procedure")
        field = ctext(cells[i_field]) if i_field is not None else None
        received = need(date_cell(cells[i_rec], "received_on"), "received_on")
        due = date_cell(cells[i_due], "due_on") if i_due is not None else None
        if due is None:
            due, field, proc = computed_due(proc, field, received)
        elif due < received:
            raise RowError("due_on", i18n.msg("imp_due_before", due=due, received=received))
        chan = (channel(cells[i_chan], "channel") if i_chan is not None else None) or "direct"
        if outcome_present:
            outcome, fin = outcome_of(cells, received)
        else:
            outcome = fin = None
        reason = text(cells[i_reason], restore) if i_reason is not None else None
        note = text(cells[i_note], restore) if i_note is not None else None
        if outcome == "returned" and not reason:
            if not note:  # a returned dossier carries its reason, as `dossier return` requires
                raise RowError("return_reason", i18n.msg("imp_return_needs_reason"))
            reason = note  # the tracking book writes the reason under Ghi chú
        row = (
            code,
            proc,
            field,
            ctext(cells[i_app]) if i_app is not None else None,
            chan,
            received,
            due,
            outcome,
            fin,
            reason,
            note,
        )
        if pause_check is None:
            return row
        return row + pause_check(cells, code, received, due, outcome, histories)

    return check, outcome_present, pause_check is not None
