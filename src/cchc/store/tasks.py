"""Tasks of a plan, numbered 1, 2, 3 ... within it; referenced as ``PLAN#N``.

A task's state is derived from its dates, so it can be read as of any day: cancelled
(cancelled_on <= D), done (done_on <= D), doing (started_on <= D), else todo — written once,
as SQL (``state_sql``), for lists, reports and the checks of a move (start, done, cancel).
"""

from __future__ import annotations

from datetime import date

from cchc.domain.errors import NotFound
from cchc.domain.refs import parse_ref
from cchc.domain.rules import tasks as rules
from cchc.domain.text import clean
from cchc.store.records import Noun

FAR_FUTURE = "9999-12-31"
_STORED = rules.COLUMNS[1:]  # the tasks table's columns (the plan is its plan_id)


def state_sql(as_of: str = ":as_of", t: str = "t") -> str:
    """SQL for a task's state as of a date parameter."""
    return (
        f"CASE WHEN {t}.cancelled_on IS NOT NULL AND {t}.cancelled_on <= {as_of} THEN 'cancelled'"
        f" WHEN {t}.done_on IS NOT NULL AND {t}.done_on <= {as_of} THEN 'done'"
        f" WHEN {t}.started_on IS NOT NULL AND {t}.started_on <= {as_of} THEN 'doing'"
        " ELSE 'todo' END"
    )


NOUN = Noun(
    kind="task",
    columns=rules.COLUMNS,
    key=("plan", "number"),
    select="SELECT p.code, "
    + ", ".join(f"t.{c}" for c in _STORED)
    + " FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.code = :k0 AND t.number = :k1",
    insert=f"INSERT INTO tasks (plan_id, {', '.join(_STORED)}) SELECT id, "
    + ", ".join(":" + c for c in _STORED)
    + " FROM plans WHERE code = :plan",
    update="UPDATE tasks SET "
    + ", ".join(f"{c} = :{c}" for c in _STORED if c != "number")
    + " WHERE number = :number AND plan_id = (SELECT id FROM plans WHERE code = :plan)",
    delete="DELETE FROM tasks WHERE number = :k1 AND plan_id = (SELECT id FROM plans WHERE code = :k0)",
    audit_key=lambda key: f"{key[0]}#{key[1]}",
    validate=rules.validate,
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


def plan_codes(conn) -> frozenset[str]:
    return frozenset(r[0] for r in conn.execute("SELECT code FROM plans"))


def next_number(conn, plan: str) -> int:
    return conn.execute(
        "SELECT COALESCE(MAX(t.number), 0) + 1 FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.code = ?",
        (plan,),
    ).fetchone()[0]


def get(ledger_or_conn, ref: str, as_of: str = FAR_FUTURE) -> dict:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    plan, number = parse_ref(ref)
    cur = conn.execute(SELECT + " WHERE p.code = :plan AND t.number = :n", {"plan": plan, "n": number, "now": as_of})
    row = cur.fetchone()
    if row is None:
        raise NotFound("task_missing", ref=ref)
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def list_tasks(
    ledger, plan: str | None = None, status: str | None = None, overdue: bool = False, today: date | None = None
) -> list[dict]:
    from cchc.store.plans import get as get_plan

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
