"""The reform-index self-assessment: criteria (kind ``index_criterion``, key ``2021/1.1``),
their evidence (``index_evidence``, key ``2021/1.1/document/02/KH-VPUB``) and each year's result
(``index_result``, key ``2021``)."""

from __future__ import annotations

from cchc.domain.errors import NotFound
from cchc.domain.rules import reform_index as rules
from cchc.store.records import table_noun

C_COLS = ", ".join(rules.CRITERION_COLUMNS)
E_COLS = ", ".join(rules.EVIDENCE_COLUMNS)
R_COLS = ", ".join(rules.RESULT_COLUMNS)


def _floats(*columns: str):
    """Points are stored as REAL: a whole number given (2) is kept as 2.0, so its audit digest is
    the one the ledger gives back."""

    def coerce(rec: dict) -> dict:
        return {k: float(v) if k in columns and type(v) is int else v for k, v in rec.items()}

    return coerce


CRITERION = table_noun(
    "index_criteria",
    kind="index_criterion",
    columns=rules.CRITERION_COLUMNS,
    key=("year", "code"),
    audit_key=lambda key: f"{key[0]}/{key[1]}",
    validate=rules.validate_criterion,
    coerce=_floats("max_points", "self_score", "council_score"),
)
EVIDENCE = table_noun(
    "index_evidence",
    kind="index_evidence",
    columns=rules.EVIDENCE_COLUMNS,
    key=("year", "criterion", "kind", "ref"),
    audit_key=lambda key: "/".join(str(k) for k in key),
    validate=rules.validate_evidence,
)
RESULT = table_noun(
    "index_results",
    kind="index_result",
    columns=rules.RESULT_COLUMNS,
    key=("year",),
    audit_key=lambda key: str(key[0]),
    validate=lambda rec, **_: rules.validate_result(rec),
    coerce=_floats("score", "max_points"),
)


def criterion_keys(conn) -> set[tuple]:
    return {(y, c) for y, c in conn.execute("SELECT year, code FROM index_criteria")}


def evidence_context(conn) -> dict:
    """What an evidence record is checked against: the criteria, documents, tasks and meetings."""
    from cchc.store.meetings import meeting_key

    return {
        "criteria": criterion_keys(conn),
        "documents": frozenset(r[0] for r in conn.execute("SELECT code FROM documents")),
        "tasks": frozenset(
            r[0] for r in conn.execute("SELECT p.code || '#' || t.number FROM tasks t JOIN plans p ON p.id = t.plan_id")
        ),
        "meetings": frozenset(meeting_key(r) for r in conn.execute("SELECT kind, held_on, title FROM meetings")),
    }


def criteria(ledger_or_conn, year: int) -> list[dict]:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    cur = conn.execute(f"SELECT {C_COLS} FROM index_criteria WHERE year = ?", (year,))
    return [dict(zip(rules.CRITERION_COLUMNS, r, strict=True)) for r in cur]


def criterion(ledger_or_conn, year: int, code: str) -> dict:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    row = conn.execute(CRITERION.select, {"k0": year, "k1": code}).fetchone()
    if row is None:
        raise NotFound("criterion_missing", year=year, code=code)
    return dict(zip(rules.CRITERION_COLUMNS, row, strict=True))


def evidence(ledger_or_conn, year: int, code: str | None = None) -> list[dict]:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    sql = f"SELECT {E_COLS} FROM index_evidence WHERE year = ?"
    params: tuple = (year,)
    if code is not None:
        sql += " AND criterion = ?"
        params += (code,)
    cur = conn.execute(sql + " ORDER BY criterion, kind, ref", params)
    return [dict(zip(rules.EVIDENCE_COLUMNS, r, strict=True)) for r in cur]


def evidence_citing(conn, kind: str, ref: str) -> list[dict]:
    """The evidence records of every year that point at one document, task or meeting."""
    cur = conn.execute(
        f"SELECT {E_COLS} FROM index_evidence WHERE kind = ? AND ref = ? ORDER BY year, criterion", (kind, ref)
    )
    return [dict(zip(rules.EVIDENCE_COLUMNS, r, strict=True)) for r in cur]


def result(ledger_or_conn, year: int) -> dict | None:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    row = conn.execute(RESULT.select, {"k0": year}).fetchone()
    return dict(zip(rules.RESULT_COLUMNS, row, strict=True)) if row else None


def years(ledger_or_conn) -> list[int]:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    return [
        r[0] for r in conn.execute("SELECT year FROM index_criteria UNION SELECT year FROM index_results ORDER BY 1")
    ]
