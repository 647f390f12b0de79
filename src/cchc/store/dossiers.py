"""Dossiers received at the one-stop desk. Timeliness is derived from dates, in SQL for lists
and reports (``STATUS_SQL``) and in Python for single records (``cchc.domain.timeliness``);
a property test keeps the two in agreement."""

from __future__ import annotations

import json
from datetime import date

from cchc.domain.dates import not_future
from cchc.domain.errors import Conflict, InputError, NotFound
from cchc.domain.text import clean, required
from cchc.store import audit
from cchc.store.ledger import Ledger

LIST_STATUSES = ("early", "on-time", "late", "returned", "withdrawn", "pending", "overdue")

# status as of the named parameter :as_of (an ISO date); SELECT shows the outcome dates recorded
# up to :seen (= :as_of for a list as of a past day, the far future for an export)
STATUS_SQL = (
    "CASE WHEN d.outcome IS NULL OR d.finished_on > :as_of THEN 'pending'"
    " WHEN d.outcome = 'resolved' THEN"
    " CASE WHEN d.finished_on < d.due_on THEN 'early'"
    " WHEN d.finished_on = d.due_on THEN 'on_time' ELSE 'late' END"
    " ELSE d.outcome END"
)
OVERDUE_SQL = f"(({STATUS_SQL}) = 'pending' AND d.due_on < :as_of)"

# the pause history (yêu cầu bổ sung) as a JSON array, oldest first; NULL when never paused
PAUSE_KEYS = ("paused_on", "resumed_on", "days", "reason")
PAUSES_SQL = (
    "(SELECT NULLIF(json_group_array(json_object('paused_on', p.paused_on, 'resumed_on',"
    " p.resumed_on, 'days', p.days, 'reason', p.reason)), '[]')"
    " FROM (SELECT * FROM dossier_pauses p WHERE p.dossier_id = d.id ORDER BY p.id) p)"
)

SELECT = f"""
SELECT d.code, d.procedure, d.field, d.applicant, d.channel, d.received_on, d.due_on,
       CASE WHEN d.outcome = 'resolved' AND d.finished_on <= :seen THEN d.finished_on END
         AS resolved_on,
       CASE WHEN d.outcome = 'returned' AND d.finished_on <= :seen THEN d.finished_on END
         AS returned_on,
       CASE WHEN d.finished_on > :seen THEN NULL ELSE d.return_reason END AS return_reason,
       CASE WHEN d.outcome = 'withdrawn' AND d.finished_on <= :seen THEN d.finished_on END
         AS withdrawn_on,
       d.note, {STATUS_SQL} AS status, {OVERDUE_SQL} AS overdue,
       d.paused_on, d.pause_reason, d.rescheduled_due_on, d.reschedule_reason,
       {PAUSES_SQL} AS pauses
FROM dossiers d
"""
PUBLIC_KEYS = (
    "code",
    "procedure",
    "field",
    "applicant",
    "channel",
    "received_on",
    "due_on",
    "resolved_on",
    "returned_on",
    "return_reason",
    "withdrawn_on",
    "note",
    "status",
    "overdue",
    "paused_on",
    "pause_reason",
    "rescheduled_due_on",
    "reschedule_reason",
    "pauses",
)


STORED = (
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
    "paused_on",
    "pause_reason",
    "rescheduled_due_on",
    "reschedule_reason",
)


def snapshot(conn, code: str) -> dict | None:
    """The stored columns of one dossier, as the audit trail records them."""
    row = conn.execute(f"SELECT {', '.join(STORED)} FROM dossiers WHERE code = ?", (code,)).fetchone()
    return dict(zip(STORED, row, strict=True)) if row else None


def _row(conn, code: str, as_of: str) -> dict | None:
    cur = conn.execute(SELECT + " WHERE d.code = :code", {"code": code, "as_of": as_of, "seen": as_of})
    row = cur.fetchone()
    if row is None:
        return None
    return _public(dict(zip([c[0] for c in cur.description], row, strict=True)))


def _public(row: dict) -> dict:
    row["overdue"] = bool(row["overdue"])
    if row["pauses"] is not None:
        row["pauses"] = json.loads(row["pauses"])
    return row


def get(ledger: Ledger, code: str, as_of: date | None = None) -> dict:
    code = clean(code) or ""
    row = _row(ledger.conn, code, (as_of or date.today()).isoformat())
    if row is None:
        raise NotFound("dossier_missing", code=code)
    return row


def check_channel(channel: str | None) -> str:
    """online/direct/postal, or the Vietnamese words the importer also reads (trực tuyến ...)."""
    from cchc.domain.channels import CHANNEL_WORDS
    from cchc.domain.text import key

    text = clean(channel) or "direct"
    found = CHANNEL_WORDS.get(key(text))
    if found is None:
        raise InputError(
            "bad_choice", field="channel", value=text, choices="online/trực tuyến, direct/trực tiếp, postal/bưu chính"
        )
    return found


def add(
    ledger: Ledger,
    code: str,
    procedure: str,
    received_on: date,
    due_on: date,
    field: str | None = None,
    channel: str | None = None,
    applicant: str | None = None,
    note: str | None = None,
) -> dict:
    code = required(code, "code")
    values = {
        "code": code,
        "procedure": required(procedure, "procedure"),
        "field": clean(field),
        "applicant": clean(applicant),
        "channel": check_channel(channel),
        "received_on": received_on.isoformat(),
        "due_on": due_on.isoformat(),
        "note": clean(note),
    }
    if due_on < received_on:
        raise InputError("due_before_received", due=due_on.isoformat(), received=received_on.isoformat())
    with ledger.write() as conn:
        if conn.execute("SELECT 1 FROM dossiers WHERE code = ?", (code,)).fetchone():
            raise Conflict("dossier_exists", code=code)
        conn.execute(
            "INSERT INTO dossiers (code, procedure, field, applicant, channel, received_on,"
            " due_on, note) VALUES (:code, :procedure, :field, :applicant, :channel,"
            " :received_on, :due_on, :note)",
            values,
        )
        audit.record(conn, ledger.command, "dossier", code, "insert", None, snapshot(conn, code))
    return values


def finish(ledger: Ledger, code: str, outcome: str, on: date, reason: str | None = None) -> dict:
    """Record the dossier's one outcome: resolved, returned (with a reason) or withdrawn."""
    assert outcome in ("resolved", "returned", "withdrawn")
    if outcome == "returned":
        reason = required(reason, "reason")
    not_future(on, "--on")
    with ledger.write() as conn:
        before = get(ledger, code, as_of=date.max)
        code = before["code"]
        if before["status"] != "pending" or any(before[k] for k in ("resolved_on", "returned_on", "withdrawn_on")):
            from cchc.i18n import label

            when = before["resolved_on"] or before["returned_on"] or before["withdrawn_on"]
            raise Conflict("dossier_finished", code=code, outcome=label(before["status"]), when=when)
        if on.isoformat() < before["received_on"]:
            from cchc.i18n import label

            raise InputError(
                "finished_before_received",
                what=label(outcome),
                when=on.isoformat(),
                received=before["received_on"],
                code=code,
            )
        stored = snapshot(conn, code)
        if stored.get("paused_on"):  # finished while waiting for supplements: the pause ends
            from cchc.store.dossier_changes import end_pause

            end_pause(conn, ledger.command, stored, on)
            stored = snapshot(conn, code)
        conn.execute(
            "UPDATE dossiers SET outcome = ?, finished_on = ?, return_reason = ? WHERE code = ?",
            (outcome, on.isoformat(), clean(reason), code),
        )
        after = get(ledger, code, as_of=on)
        audit.record(conn, ledger.command, "dossier", code, outcome, stored, snapshot(conn, code))
    return after


def list_dossiers(
    ledger: Ledger,
    status: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    field: str | None = None,
    as_of: date | None = None,
    limit: int | None = None,
) -> list[dict]:
    if date_from and date_to and date_from > date_to:
        raise InputError("bad_range", start=date_from.isoformat(), end=date_to.isoformat())
    day = (as_of or date.today()).isoformat()
    params: dict = {"as_of": day, "seen": day}
    where = ["d.received_on <= :as_of"] if as_of else []  # as of a past day: as it stood then
    if date_from:
        where.append("d.received_on >= :from")
        params["from"] = date_from.isoformat()
    if date_to:
        where.append("d.received_on <= :to")
        params["to"] = date_to.isoformat()
    if field:
        where.append("d.field = :field")
        params["field"] = clean(field)
    if status:
        if status not in LIST_STATUSES:
            raise InputError("bad_choice", field="status", value=status, choices=", ".join(LIST_STATUSES))
        if status == "overdue":
            where.append(OVERDUE_SQL)
        else:
            where.append(f"({STATUS_SQL}) = :status")
            params["status"] = status.replace("-", "_")
    sql = SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY d.received_on, d.code"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_public(r) for r in ledger.rows(sql, params)]
