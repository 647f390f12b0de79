"""The register of directive documents, one row per number and symbol (``02/KH-VPUB``). Plans
are documents with a year (the ``plans`` view); their tasks point at them."""

from __future__ import annotations

from cchc.domain.documents import PLAN_KIND, kind_of_symbol
from cchc.domain.errors import NotFound
from cchc.domain.rules import documents as rules
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean
from cchc.store import window
from cchc.store.records import table_noun

COLS = ", ".join(rules.COLUMNS)


def _defaults(rec: dict) -> dict:
    """A new document's kind, when not given: what its symbol says, else a plan's (kế hoạch)
    when it has a year."""
    kind = kind_of_symbol(rec.get("code"))
    if kind is None and rec.get("year") is not None:
        kind = PLAN_KIND
    return {"kind": kind}


NOUN = table_noun(
    "documents",
    kind="document",
    columns=rules.COLUMNS,
    key=("code",),
    audit_key=lambda key: key[0],
    validate=rules.validate,
    defaults=_defaults,
)


def context(conn, today: str) -> dict:
    """What the validator needs of the ledger: today, the plan codes and the task references."""
    from cchc.store.tasks import plan_codes

    refs = frozenset(
        r[0] for r in conn.execute("SELECT p.code || '#' || t.number FROM tasks t JOIN plans p ON p.id = t.plan_id")
    )
    return {"today": today, "plans": plan_codes(conn), "tasks": refs}


def codes(conn) -> frozenset[str]:
    return frozenset(r[0] for r in conn.execute("SELECT code FROM documents"))


def get(ledger_or_conn, code: str) -> dict:
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    cur = conn.execute(f"SELECT {COLS} FROM documents WHERE code = ?", (normal_code(clean(code) or ""),))
    row = cur.fetchone()
    if row is None:
        raise NotFound("document_missing", code=code)
    return dict(zip(rules.COLUMNS, row, strict=True))


def list_documents(ledger, kind=None, date_from=None, date_to=None, year=None, area=None) -> list[dict]:
    where, params = [], {}
    if kind:
        where.append("kind = :kind")
        params["kind"] = kind
    window.between(where, params, "issued_on", date_from, date_to)
    if year is not None:
        where.append("year = :year")
        params["year"] = year
    if area:
        where.append("area = :area")
        params["area"] = area
    sql = f"SELECT {COLS} FROM documents" + (" WHERE " + " AND ".join(where) if where else "")
    return ledger.rows(sql + " ORDER BY issued_on IS NULL, issued_on, code", params)


def references(conn, code: str) -> dict[str, int]:
    """How many records point at document ``code`` (tasks of a plan, evidence, inspections,
    other documents serving it): a document in use is not deleted."""
    return {
        "tasks": conn.execute(
            "SELECT COUNT(*) FROM tasks t JOIN documents d ON d.id = t.plan_id WHERE d.code = ?", (code,)
        ).fetchone()[0],
        "evidence": conn.execute(
            "SELECT COUNT(*) FROM index_evidence WHERE kind = 'document' AND ref = ?", (code,)
        ).fetchone()[0],
        "inspections": conn.execute("SELECT COUNT(*) FROM inspections WHERE document = ?", (code,)).fetchone()[0],
    }
