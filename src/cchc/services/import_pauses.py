"""Importing a dossier's waits and new dates: the columns ``paused_on``/``pause_reason`` (an open
wait for supplements), ``rescheduled_due_on``/``reschedule_reason`` (the apology slip's new
date) and ``pauses``, the whole pause history as ``cchc export dossiers`` writes it (a JSON array
of ``{paused_on, resumed_on, days, reason}``, oldest first).

The four columns go into the dossier row with the rest of it. A ``pauses`` cell replaces that
dossier's history when it differs (an empty cell: no pauses); a file without the column leaves
histories alone. Each replaced history gets an audit entry (action ``pauses``) whose before/after
are the dossier's snapshot plus its history, so ``audit verify`` still compares the row.
"""

from __future__ import annotations

import json
from datetime import date

from cchc import i18n
from cchc.domain.errors import CchcError
from cchc.domain.text import clean
from cchc.services.import_common import RowError, date_cell, text
from cchc.store import audit
from cchc.store.dossiers import PAUSE_KEYS, snapshot

PAUSE_COLS = ("paused_on", "pause_reason", "rescheduled_due_on", "reschedule_reason")

i18n.register(
    {
        "imp_paused_finished": (
            "hồ sơ đã kết thúc không thể đang tạm dừng chờ bổ sung",
            "a finished dossier cannot be waiting for supplements",
        ),
        "imp_date_before": ("ngày {when} trước {other}", "{when} is before {other}"),
        "imp_needs_reason": ("cần lý do (cột {column})", "needs its reason (the {column} column)"),
        "imp_reason_no_date": (
            "có lý do nhưng không có ngày (cột {column})",
            "a reason but no date (the {column} column)",
        ),
        "imp_reschedule_not_later": (
            "ngày hẹn lại {when} phải sau ngày hẹn trả {due}",
            "the new date {when} must be after the appointment date {due}",
        ),
        "imp_bad_pauses": ("lịch sử tạm dừng không hợp lệ: {detail}", "invalid pause history: {detail}"),
        "imp_pauses_open": (
            "chỉ lần tạm dừng cuối cùng được chưa kết thúc, và phải khớp paused_on",
            "only the last pause may still be open, and it must match paused_on",
        ),
    }
)


def _clean(value: str | None, column: str, restore: bool = True) -> str | None:
    """A reason as stored text; NUL and undecodable characters (a ``\\u0000`` or lone
    ``\\ud800`` escape in JSON) refused, as everywhere else."""
    value = text(value, restore)
    if value is not None:
        try:
            clean(value)
        except CchcError as exc:
            raise RowError(column, str(exc)) from None
    return value


def _pair(cells, pos: dict, date_col: str, reason_col: str, restore: bool):
    i, j = pos.get(date_col), pos.get(reason_col)
    when = date_cell(cells[i], date_col) if i is not None else None
    why = _clean(cells[j], reason_col, restore) if j is not None else None
    if when and not why:
        raise RowError(reason_col, i18n.msg("imp_needs_reason", column=reason_col))
    if why and not when:
        raise RowError(date_col, i18n.msg("imp_reason_no_date", column=date_col))
    return when, why


def _span(start: str, end: str) -> int:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


_ANY = object()  # ``_history``'s paused_on when the file has no paused_on column


def _history(raw: str | None, received: str, paused_on, pause_reason: str | None = None) -> list[tuple]:
    """The ``pauses`` cell as rows (paused_on, resumed_on, days, reason); RowError when bad.
    An empty cell is no history, or only the open pause of a dossier paused on ``paused_on``
    (the ledger keeps a paused dossier's open pause as a row). ``paused_on=_ANY``: no
    paused_on column to agree with; the history's open pause says whether it is paused."""
    if raw is None or not raw.strip():
        return [(paused_on, None, None, pause_reason)] if paused_on and paused_on is not _ANY else []

    def bad(detail: str) -> RowError:
        return RowError("pauses", i18n.msg("imp_bad_pauses", detail=detail))

    try:
        items = json.loads(raw)
    except ValueError as exc:
        raise bad(str(exc)) from None
    if not isinstance(items, list):
        raise bad("not a JSON array")
    out: list[tuple] = []
    last = received
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or set(item) - set(PAUSE_KEYS):
            raise bad(f"#{n}: an object with {', '.join(PAUSE_KEYS)}")
        try:
            start = date_cell(str(item.get("paused_on") or ""), "pauses")
            end = date_cell(str(item.get("resumed_on") or ""), "pauses")
        except RowError as exc:
            raise bad(f"#{n}: {exc.message}") from None
        reason = item.get("reason")
        if reason is not None and not isinstance(reason, str):
            raise bad(f"#{n}: reason: text")
        try:
            reason = _clean(reason, "pauses")
        except RowError as exc:
            raise bad(f"#{n}: {exc.message}") from None
        days = item.get("days")
        if start is None or reason is None:
            raise bad(f"#{n}: paused_on and reason are required")
        if start < last:
            raise bad(f"#{n}: " + i18n.msg("imp_date_before", when=start, other=last))
        if end is not None and end < start:
            raise bad(f"#{n}: " + i18n.msg("imp_date_before", when=end, other=start))
        if (end is None) != (days is None) or not (
            days is None
            or (
                isinstance(days, int)
                and not isinstance(days, bool)
                # working days after the pause up to the resume: <= the span
                and 0 <= days <= _span(start, end)
            )
        ):
            raise bad(f"#{n}: days: a whole number of working days >= 0 once resumed, else null")
        if end is None and n != len(items):
            raise RowError("pauses", i18n.msg("imp_pauses_open"))
        out.append((start, end, days, reason))
        last = end or start
    open_on = out[-1][0] if out and out[-1][1] is None else None
    if paused_on is not _ANY and open_on != paused_on:
        raise RowError("pauses", i18n.msg("imp_pauses_open"))
    return out


def checker(conn, pos: dict, restore: bool):
    """None when the file has none of these columns; else ``check(cells, code, received, due,
    outcome, histories)`` -> the four column values. A history to write is appended to
    ``histories``: with a ``pauses`` column as (code, rows), any non-empty one, and an empty one
    only for a dossier that has pauses in the ledger; with ``paused_on`` alone (the tracking
    book's Tạm dừng từ) as (code, open rows, True): the ledger's closed pauses stay and the open
    one follows ``paused_on``, so a paused dossier always has its open pause and no other.
    With ``pauses`` and no ``paused_on`` column, the history's open pause sets ``paused_on`` and
    ``pause_reason`` (the file is the record of the waits). Only the dossiers paused now or
    before are held in memory (small on a million rows)."""
    present = [c for c in PAUSE_COLS if c in pos]
    i_hist, i_paused = pos.get("pauses"), pos.get("paused_on")
    if not present and i_hist is None:
        return None
    # code -> (the last resume, the open pause's date, True): the dossiers with pauses
    known: dict[str, tuple] = {}
    if i_hist is not None or i_paused is not None:
        known = {
            r[0]: (r[1], r[2], True)
            for r in conn.execute(
                "SELECT d.code, MAX(p.resumed_on), MAX(CASE WHEN p.resumed_on IS NULL"
                " THEN p.paused_on END) FROM dossier_pauses p"
                " JOIN dossiers d ON d.id = p.dossier_id GROUP BY d.id"
            )
        }
    none = (None, None, False)

    def check(cells, code: str, received: str, due: str, outcome: str | None, histories: list) -> tuple:
        paused, why = _pair(cells, pos, "paused_on", "pause_reason", restore)
        if paused:
            if outcome is not None:
                raise RowError("paused_on", i18n.msg("imp_paused_finished"))
            if paused < received:
                raise RowError("paused_on", i18n.msg("imp_date_before", when=paused, other=received))
        new_due, new_why = _pair(cells, pos, "rescheduled_due_on", "reschedule_reason", restore)
        if new_due and new_due <= due:
            raise RowError("rescheduled_due_on", i18n.msg("imp_reschedule_not_later", when=new_due, due=due))
        last_resume, open_on, had_rows = known.get(code, none)
        if i_hist is not None:
            rows = _history(cells[i_hist], received, paused if i_paused is not None else _ANY, why)
            if i_paused is None:  # the history's open pause is the dossier's pause
                paused, why = (rows[-1][0], rows[-1][3]) if rows and rows[-1][1] is None else (None, None)
                if paused and outcome is not None:
                    raise RowError("pauses", i18n.msg("imp_paused_finished"))
            if rows or had_rows:
                histories.append((code, rows))
        elif paused or had_rows:
            if paused and last_resume and paused < last_resume and paused != open_on:
                raise RowError("paused_on", i18n.msg("imp_date_before", when=paused, other=last_resume))
            histories.append((code, [(paused, None, None, why)] if paused else [], True))
        return paused, why, new_due, new_why

    return check


def apply(conn, command: str, histories: list, with_audit: bool) -> list[str]:
    """Replace the histories that differ; the codes of the dossiers whose history changed."""
    changed = []
    for code, rows, *keep_closed in histories:
        (dossier_id,) = conn.execute("SELECT id FROM dossiers WHERE code = ?", (code,)).fetchone()
        old = [
            tuple(r)
            for r in conn.execute(
                "SELECT paused_on, resumed_on, days, reason FROM dossier_pauses WHERE dossier_id = ? ORDER BY id",
                (dossier_id,),
            )
        ]
        if keep_closed:  # only the open pause given (a file with paused_on, without pauses)
            rows = [r for r in old if r[1] is not None] + rows
        if old == rows:
            continue
        conn.execute("DELETE FROM dossier_pauses WHERE dossier_id = ?", (dossier_id,))
        conn.executemany(
            "INSERT INTO dossier_pauses (dossier_id, paused_on, resumed_on, days, reason) VALUES (?, ?, ?, ?, ?)",
            [(dossier_id, *r) for r in rows],
        )
        changed.append(code)
        if with_audit:
            snap = snapshot(conn, code)
            audit.record(
                conn,
                command,
                "dossier",
                code,
                "pauses",
                {**snap, "pauses": [dict(zip(PAUSE_KEYS, r, strict=True)) for r in old]},
                {**snap, "pauses": [dict(zip(PAUSE_KEYS, r, strict=True)) for r in rows]},
            )
    return changed
