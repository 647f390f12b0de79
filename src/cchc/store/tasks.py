"""Tasks of a plan, numbered 1, 2, 3 ... within it; referenced as ``PLAN#N``.

A task's state is derived from its dates, so it can be read as of any day:
cancelled (cancelled_on <= D), done (done_on <= D), doing (started_on <= D), else todo.
"""

from __future__ import annotations

from datetime import date

from cchc.domain.areas import AREA_KEYS
from cchc.domain.dates import not_future
from cchc.domain.errors import Conflict, InputError, NotFound
from cchc.domain.refs import parse_ref
from cchc.domain.text import clean, required
from cchc.store import audit
from cchc.store.ledger import Ledger
from cchc.store.plans import get as get_plan

FAR_FUTURE = "9999-12-31"


def state_sql(as_of: str = ":as_of", t: str = "t") -> str:
    """SQL for a task's state as of a date parameter."""
    return (
        f"CASE WHEN {t}.cancelled_on IS NOT NULL AND {t}.cancelled_on <= {as_of} THEN 'cancelled'"
        f" WHEN {t}.done_on IS NOT NULL AND {t}.done_on <= {as_of} THEN 'done'"
        f" WHEN {t}.started_on IS NOT NULL AND {t}.started_on <= {as_of} THEN 'doing'"
        " ELSE 'todo' END"
    )


SELECT = f"""
SELECT p.code || '#' || t.number AS ref, p.code AS plan, t.number, t.title, t.area, t.unit,
       t.due_on, {state_sql(":now")} AS status, t.started_on, t.done_on, t.evidence,
       t.cancelled_on, t.cancel_reason
FROM tasks t JOIN plans p ON p.id = t.plan_id
"""
PUBLIC_KEYS = (
    "ref",
    "plan",
    "number",
    "title",
    "area",
    "unit",
    "due_on",
    "status",
    "done_on",
    "evidence",
    "started_on",
    "cancelled_on",
    "cancel_reason",
)


STORED = (
    "number",
    "title",
    "area",
    "unit",
    "due_on",
    "started_on",
    "done_on",
    "evidence",
    "cancelled_on",
    "cancel_reason",
)


def snapshot(conn, plan_code: str, number: int) -> dict | None:
    """The stored columns of one task (with its plan code), as the audit trail records them."""
    cols = ", ".join(f"t.{c}" for c in STORED)
    row = conn.execute(
        f"SELECT p.code, {cols} FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.code = ? AND t.number = ?",
        (plan_code, number),
    ).fetchone()
    return dict(zip(("plan", *STORED), row, strict=True)) if row else None


def check_area(area: str | None) -> str | None:
    area = clean(area)
    if area is not None and area not in AREA_KEYS:
        raise InputError("bad_area", value=area)
    return area


def _fetch(conn, plan_id: int, number: int) -> dict | None:
    cur = conn.execute(
        SELECT + " WHERE t.plan_id = :plan AND t.number = :n",
        {"plan": plan_id, "n": number, "now": FAR_FUTURE},
    )
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def get(ledger: Ledger, ref: str) -> dict:
    plan_code, number = parse_ref(ref)
    plan = ledger.row("SELECT id FROM plans WHERE code = ?", (plan_code,))
    row = _fetch(ledger.conn, plan["id"], number) if plan else None
    if row is None:
        raise NotFound("task_missing", ref=ref)
    return row


def add(
    ledger: Ledger,
    plan: str,
    title: str,
    area: str | None = None,
    unit: str | None = None,
    due_on: date | None = None,
) -> dict:
    title = required(title, "title")
    area = check_area(area)
    with ledger.write() as conn:
        p = get_plan(ledger, plan)
        number = conn.execute(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM tasks WHERE plan_id = ?", (p["id"],)
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO tasks (plan_id, number, title, area, unit, due_on) VALUES (?,?,?,?,?,?)",
            (p["id"], number, title, area, clean(unit), due_on.isoformat() if due_on else None),
        )
        after = _fetch(conn, p["id"], number)
        audit.record(conn, ledger.command, "task", after["ref"], "insert", None, snapshot(conn, p["code"], number))
    return after


def _change(ledger: Ledger, ref: str, apply) -> dict:
    """Read the task, let ``apply`` return the columns to set, write them and the audit entry."""
    with ledger.write() as conn:
        before = get(ledger, ref)
        updates = apply(before)
        if not updates:
            raise InputError("nothing_to_edit")
        plan_code, number = before["plan"], before["number"]
        stored = snapshot(conn, plan_code, number)
        sets = ", ".join(f"{col} = :{col}" for col in updates)
        conn.execute(
            f"UPDATE tasks SET {sets} WHERE number = :number AND plan_id = (SELECT id FROM plans WHERE code = :plan)",
            {**updates, "number": number, "plan": plan_code},
        )
        after = get(ledger, ref)
        audit.record(conn, ledger.command, "task", after["ref"], "update", stored, snapshot(conn, plan_code, number))
    return after


def _not_closed(task: dict) -> None:
    if task["status"] in ("done", "cancelled"):
        from cchc.i18n import label

        raise Conflict("task_closed", ref=task["ref"], state=label(task["status"]))


def start(ledger: Ledger, ref: str, on: date) -> dict:
    not_future(on, "--on")

    def apply(task: dict) -> dict:
        _not_closed(task)
        if task["status"] == "doing":
            from cchc.i18n import label

            raise Conflict("task_already", ref=task["ref"], state=label("doing"))
        return {"started_on": on.isoformat()}

    return _change(ledger, ref, apply)


def done(ledger: Ledger, ref: str, on: date, evidence: str | None = None) -> dict:
    not_future(on, "--on")

    def apply(task: dict) -> dict:
        if task["status"] == "done":
            from cchc.i18n import label

            raise Conflict("task_already", ref=task["ref"], state=label("done"))
        _not_closed(task)
        if task["started_on"] and on.isoformat() < task["started_on"]:
            raise InputError(
                "task_date_order", what="done", when=on.isoformat(), start=task["started_on"], ref=task["ref"]
            )
        return {"done_on": on.isoformat(), "evidence": clean(evidence) or task["evidence"]}

    return _change(ledger, ref, apply)


def cancel(ledger: Ledger, ref: str, on: date, reason: str) -> dict:
    reason = required(reason, "reason")

    def apply(task: dict) -> dict:
        if task["status"] == "cancelled":
            from cchc.i18n import label

            raise Conflict("task_already", ref=task["ref"], state=label("cancelled"))
        _not_closed(task)
        return {"cancelled_on": on.isoformat(), "cancel_reason": reason}

    return _change(ledger, ref, apply)


def edit(
    ledger: Ledger,
    ref: str,
    title: str | None = None,
    area: str | None = None,
    unit: str | None = None,
    due_on: date | None = None,
    evidence: str | None = None,
) -> dict:
    updates: dict = {}
    if title is not None:
        updates["title"] = required(title, "title")
    if area is not None:
        updates["area"] = check_area(area)
    if unit is not None:
        updates["unit"] = clean(unit)
    if due_on is not None:
        updates["due_on"] = due_on.isoformat()
    if evidence is not None:
        updates["evidence"] = clean(evidence)
    return _change(ledger, ref, lambda task: updates)


def list_tasks(
    ledger: Ledger,
    plan: str | None = None,
    status: str | None = None,
    overdue: bool = False,
    today: date | None = None,
) -> list[dict]:
    today_iso = (today or date.today()).isoformat()
    where, params = [], {"now": FAR_FUTURE, "today": today_iso}
    if plan:
        get_plan(ledger, plan)
        where.append("p.code = :plan")
        params["plan"] = clean(plan)
    sql = f"SELECT * FROM ({SELECT}" + (" WHERE " + " AND ".join(where) if where else "") + ")"
    outer = []
    if status:
        outer.append("status = :status")
        params["status"] = status
    if overdue:
        outer.append("due_on < :today AND status NOT IN ('done', 'cancelled')")
    if outer:
        sql += " WHERE " + " AND ".join(outer)
    sql += " ORDER BY plan, number"
    return ledger.rows(sql, params)


def public(row: dict) -> dict:
    return {k: row[k] for k in PUBLIC_KEYS}
