"""Dossiers received at the one-stop desk, as they are read: timeliness in SQL (the same rule as
``cchc.domain.timeliness``), one dossier, a list. Every change takes one path,
``cchc.store.dossier_writer.Writer``.
"""

from __future__ import annotations

import json
from datetime import date

from cchc.domain.errors import NotFound
from cchc.domain.rules import dossiers as rules
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean
from cchc.store import window

COLUMNS = rules.COLUMNS
PAUSE_KEYS = rules.PAUSE_COLUMNS
STORED = COLUMNS  # the name older callers use
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
# waiting for supplements on :as_of (``timeliness.paused_on_day``)
PAUSED_SQL = (
    "(d.paused_on IS NOT NULL AND d.paused_on <= :as_of OR EXISTS (SELECT 1 FROM dossier_pauses p"
    " WHERE p.dossier_id = d.id AND p.paused_on <= :as_of AND p.resumed_on > :as_of))"
)
OVERDUE_SQL = f"(({STATUS_SQL}) = 'pending' AND d.due_on < :as_of AND NOT {PAUSED_SQL})"

# the pause history (yêu cầu bổ sung) as a JSON array, oldest first; NULL when never paused
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
       {PAUSES_SQL} AS pauses,
       d.online_service, d.digitised, d.result_digitised, d.paid_online, d.rating
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
    *rules.SERVICE_COLUMNS,
)
_COLS = ", ".join(COLUMNS)


# -- reading --------------------------------------------------------------------------------------
def snapshot(conn, code: str) -> dict | None:
    """The stored columns of one dossier, as the audit trail records them."""
    row = conn.execute(f"SELECT {_COLS} FROM dossiers WHERE code = ?", (code,)).fetchone()
    return dict(zip(COLUMNS, row, strict=True)) if row else None


def history(conn, code: str) -> list[dict]:
    cur = conn.execute(
        "SELECT p.paused_on, p.resumed_on, p.days, p.reason FROM dossier_pauses p"
        " JOIN dossiers d ON d.id = p.dossier_id WHERE d.code = ? ORDER BY p.id",
        (code,),
    )
    return [dict(zip(PAUSE_KEYS, r, strict=True)) for r in cur]


def _public(row: dict) -> dict:
    row["overdue"] = bool(row["overdue"])
    if row["pauses"] is not None:
        row["pauses"] = json.loads(row["pauses"])
    for col in rules.FLAGS:
        if row[col] is not None:
            row[col] = bool(row[col])
    return row


def get(ledger_or_conn, code: str, as_of: date | None = None) -> dict:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    code = normal_code(clean(code) or "")
    day = (as_of or date.today()).isoformat()
    cur = conn.execute(SELECT + " WHERE d.code = :code", {"code": code, "as_of": day, "seen": day})
    row = cur.fetchone()
    if row is None:
        raise NotFound("dossier_missing", code=code)
    return _public(dict(zip([c[0] for c in cur.description], row, strict=True)))


def list_dossiers(
    ledger,
    status: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    field: str | None = None,
    as_of: date | None = None,
    limit: int | None = None,
) -> list[dict]:
    from cchc.domain.errors import InputError

    day = (as_of or date.today()).isoformat()
    params: dict = {"as_of": day, "seen": day}
    where = ["d.received_on <= :as_of"] if as_of else []  # as of a past day: as it stood then
    window.between(where, params, "d.received_on", date_from, date_to)
    if field:
        where.append("d.field = :field")
        params["field"] = clean(field)
    if status:
        from cchc.domain.statuses import dossier_status

        typed, status = status, dossier_status(status)
        if status is None:
            raise InputError("bad_choice", field="status", value=typed, choices=", ".join(LIST_STATUSES))
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
