"""``cchc check``: plain functions, each returning the problems it finds, each naming the record.

A problem is a dict ``{check, kind, key, message}`` (``message`` in the user's language; the
other keys are stable English for ``--json``). No problems means the ledger is sound.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from cchc import i18n

i18n.register(
    {
        "check_integrity": ("SQLite integrity_check: {detail}", "SQLite integrity_check: {detail}"),
        "check_fk": (
            "{table} dòng {rowid}: tham chiếu tới {parent} không tồn tại",
            "{table} row {rowid}: refers to a missing {parent}",
        ),
        "check_bad_date": (
            "{kind} {ref}: {column} không phải ngày hợp lệ: {value!r}",
            "{kind} {ref}: {column} is not a valid date: {value!r}",
        ),
        "check_due_before_received": (
            "hồ sơ {ref}: ngày hẹn trả {due} trước ngày nhận {received}",
            "dossier {ref}: due date {due} is before the received date {received}",
        ),
        "check_finished_before_received": (
            "hồ sơ {ref}: ngày kết thúc {finished} trước ngày nhận {received}",
            "dossier {ref}: finished on {finished}, before it was received ({received})",
        ),
        "check_outcome": (
            "hồ sơ {ref}: phải có đúng một kết quả khi đã kết thúc (kết quả {outcome!r}, ngày kết thúc {finished!r})",
            "dossier {ref}: a finished dossier needs exactly one outcome (outcome {outcome!r},"
            " finished on {finished!r})",
        ),
        "check_bad_value": (
            "{kind} {ref}: {column} không hợp lệ: {value!r}",
            "{kind} {ref}: invalid {column}: {value!r}",
        ),
        "check_return_reason": (
            "hồ sơ {ref}: trả lại nhưng không có lý do",
            "dossier {ref}: returned without a reason",
        ),
        "check_task_done_date": (
            "nhiệm vụ {ref}: đã hoàn thành nhưng thiếu ngày hoàn thành",
            "task {ref}: marked done but has no done date",
        ),
        "check_task_order": (
            "nhiệm vụ {ref}: {column} {value} trước ngày bắt đầu {started}",
            "task {ref}: {column} {value} is before it was started ({started})",
        ),
        "check_task_closed_twice": (
            "nhiệm vụ {ref}: vừa hoàn thành vừa bị hủy",
            "task {ref}: both done and cancelled",
        ),
        "check_duplicate_code": (
            "{kind} {ref!a}: trùng mã với {other!a} khi chuẩn hóa Unicode (NFC)",
            "{kind} {ref!a}: same code as {other!a} once Unicode is normalised (NFC)",
        ),
        "check_not_nfc": (
            "{kind} {ref!a}: mã không ở dạng Unicode chuẩn (NFC)",
            "{kind} {ref!a}: code is not in normalised Unicode form (NFC)",
        ),
    }
)


def _p(check: str, kind: str, key: object, message: str, **params: object) -> dict:
    return {"check": check, "kind": kind, "key": str(key), "message": i18n.msg(message, kind=kind, ref=key, **params)}


ROW_LEVEL = ("CHECK constraint failed", "NULL value in", "NOT NULL constraint")


def integrity(conn) -> list[dict]:
    """Damage to the file itself. Row-level CHECK failures that integrity_check also lists are
    left to the domain rules below, which name the record."""
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [
        _p("integrity", "ledger", "sqlite", "check_integrity", detail=r)
        for r in rows
        if r != "ok" and not r.startswith(ROW_LEVEL)
    ]


def foreign_keys(conn) -> list[dict]:
    return [
        _p("foreign_key", table, rowid, "check_fk", table=table, rowid=rowid, parent=parent)
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall()
    ]


# (kind, SQL for its key, table, date columns)
DATE_COLUMNS = [
    ("plan", "code", "plans", ("issued_on",)),
    (
        "task",
        "(SELECT code FROM plans WHERE id = plan_id) || '#' || number",
        "tasks",
        ("due_on", "started_on", "done_on", "cancelled_on"),
    ),
    ("dossier", "code", "dossiers", ("received_on", "due_on", "finished_on")),
    ("meeting", "kind || '@' || held_on", "meetings", ("held_on",)),
]


def dates_valid(conn) -> list[dict]:
    """Every stored date is a real ISO date (a hand edit can leave '31/02/2022' or 'x')."""
    out = []
    for kind, key_sql, table, cols in DATE_COLUMNS:
        for col in cols:
            sql = (
                f"SELECT {key_sql}, {col} FROM {table} WHERE {col} IS NOT NULL"
                f" AND (typeof({col}) <> 'text' OR date({col}, '+0 days') IS NOT {col})"
            )
            for key, value in conn.execute(sql):
                out.append(_p("date", kind, key, "check_bad_date", column=col, value=value))
    return out


def dossier_rules(conn) -> list[dict]:
    out = []
    for key, due, received in conn.execute("SELECT code, due_on, received_on FROM dossiers WHERE due_on < received_on"):
        out.append(_p("date_order", "dossier", key, "check_due_before_received", due=due, received=received))
    for key, finished, received in conn.execute(
        "SELECT code, finished_on, received_on FROM dossiers WHERE finished_on < received_on"
    ):
        out.append(
            _p("date_order", "dossier", key, "check_finished_before_received", finished=finished, received=received)
        )
    for key, outcome, finished in conn.execute(
        "SELECT code, outcome, finished_on FROM dossiers"
        " WHERE (outcome IS NULL) <> (finished_on IS NULL)"
        " OR (outcome IS NOT NULL AND outcome NOT IN ('resolved', 'returned', 'withdrawn'))"
    ):
        out.append(_p("outcome", "dossier", key, "check_outcome", outcome=outcome, finished=finished))
    for key, channel in conn.execute(
        "SELECT code, channel FROM dossiers WHERE channel IS NULL OR channel NOT IN ('online', 'direct', 'postal')"
    ):
        out.append(_p("value", "dossier", key, "check_bad_value", column="channel", value=channel))
    for key, column in conn.execute(
        "SELECT code, CASE WHEN procedure IS NULL OR TRIM(procedure) = '' THEN 'procedure'"
        " WHEN received_on IS NULL THEN 'received_on' ELSE 'due_on' END FROM dossiers"
        " WHERE procedure IS NULL OR TRIM(procedure) = '' OR received_on IS NULL OR due_on IS NULL"
    ):
        out.append(_p("value", "dossier", key, "check_bad_value", column=column, value=None))
    for (key,) in conn.execute(
        "SELECT code FROM dossiers WHERE outcome = 'returned' AND COALESCE(TRIM(return_reason), '') = ''"
    ):
        out.append(_p("outcome", "dossier", key, "check_return_reason"))
    return out


TASK_KEY = "p.code || '#' || t.number"


def task_rules(conn) -> list[dict]:
    out = []
    # evidence of completion without the date it was completed
    for (key,) in conn.execute(
        f"SELECT {TASK_KEY} FROM tasks t JOIN plans p ON p.id = t.plan_id"
        " WHERE t.done_on IS NULL AND COALESCE(TRIM(t.evidence), '') <> ''"
        " AND t.cancelled_on IS NULL"
    ):
        out.append(_p("task_done", "task", key, "check_task_done_date"))
    for col in ("done_on", "cancelled_on"):
        for key, value, started in conn.execute(
            f"SELECT {TASK_KEY}, t.{col}, t.started_on FROM tasks t JOIN plans p"
            f" ON p.id = t.plan_id WHERE t.{col} < t.started_on"
        ):
            out.append(_p("date_order", "task", key, "check_task_order", column=col, value=value, started=started))
    for (key,) in conn.execute(
        f"SELECT {TASK_KEY} FROM tasks t JOIN plans p ON p.id = t.plan_id"
        " WHERE t.done_on IS NOT NULL AND t.cancelled_on IS NOT NULL"
    ):
        out.append(_p("task_done", "task", key, "check_task_closed_twice"))
    return out


CODES = [
    ("plan", "SELECT code FROM plans ORDER BY rowid"),
    ("dossier", "SELECT code FROM dossiers ORDER BY rowid"),
    ("meeting_kind", "SELECT key FROM meeting_kinds ORDER BY rowid"),
]


def codes_unique(conn) -> list[dict]:
    """Codes unique after NFC: two codes typed with different input methods are one code."""
    out = []
    for kind, sql in CODES:
        seen: dict[str, str] = {}
        for (code,) in conn.execute(sql):
            if not isinstance(code, str):
                continue
            norm = unicodedata.normalize("NFC", code)
            if norm in seen:
                out.append(_p("nfc", kind, code, "check_duplicate_code", other=seen[norm]))
            else:
                seen[norm] = code
            if norm != code:
                out.append(_p("nfc", kind, code, "check_not_nfc"))
    return out


def audit_trail(conn) -> list[dict]:
    from cchc.services import audit_chain

    _, broken = audit_chain.chain(conn)
    _, problems = audit_chain.records(conn)
    return ([broken] if broken else []) + problems


CHECKS: list[tuple[str, Callable]] = [
    ("integrity", integrity),
    ("foreign_keys", foreign_keys),
    ("dates", dates_valid),
    ("dossiers", dossier_rules),
    ("tasks", task_rules),
    ("codes", codes_unique),
    ("audit", audit_trail),
]


def run(ledger) -> list[dict]:
    """Every check, in order; an empty list means all is well."""
    import sqlite3

    problems: list[dict] = []
    for name, fn in CHECKS:
        if name != "integrity" and problems and problems[0]["check"] == "integrity":
            break  # a damaged file: the other checks would only repeat the damage
        try:
            problems.extend(fn(ledger.conn))
        except sqlite3.DatabaseError as exc:  # the damage stopped this check half-way
            problems.append(_p("integrity", "ledger", "sqlite", "check_integrity", detail=f"{name}: {exc}"))
    return problems
