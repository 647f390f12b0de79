"""The procedure catalog (danh mục thủ tục hành chính): code, name, field and processing time in
working days. ``dossier add`` takes a dossier's field and appointment date from it."""

from __future__ import annotations

from cchc.domain.errors import Conflict, NotFound
from cchc.domain.rules import procedures as rules
from cchc.domain.rules.values import normal_code
from cchc.domain.text import clean, key
from cchc.store.records import table_noun

COLS = ", ".join(rules.COLUMNS)
NOUN = table_noun(
    "procedures",
    kind="procedure",
    columns=rules.COLUMNS,
    key=("code",),
    stored=("code", "name", "name_key", "field", "days"),  # name_key: the name's comparison key (params)
    audit_key=lambda k: k[0],
    validate=lambda rec, **_: rules.validate(rec),
    params=lambda rec: {**rec, "name_key": key(rec["name"]) if isinstance(rec.get("name"), str) else None},
)


def _conn(ledger_or_conn):
    return getattr(ledger_or_conn, "conn", ledger_or_conn)


def snapshot(conn, code: str) -> dict | None:
    row = conn.execute(f"SELECT {COLS} FROM procedures WHERE code = ?", (code,)).fetchone()
    return dict(zip(rules.COLUMNS, row, strict=True)) if row else None


def get(ledger_or_conn, code: str) -> dict:
    code = normal_code(clean(code) or "")
    row = snapshot(_conn(ledger_or_conn), code)
    if row is None:
        raise NotFound("procedure_missing", code=code)
    return row


def find(ledger_or_conn, text: str) -> dict | None:
    """The catalog entry whose code is ``text``, else whose name is ``text`` (compared in NFC,
    ignoring case and repeated spaces); None when there is none."""
    conn = _conn(ledger_or_conn)
    text = clean(text) or ""
    row = snapshot(conn, normal_code(text))
    if row:
        return row
    rows = conn.execute(f"SELECT {COLS} FROM procedures WHERE name_key = ? ORDER BY code", (key(text),)).fetchall()
    if len(rows) > 1:
        raise Conflict("procedure_ambiguous", name=text, codes=", ".join(r[0] for r in rows))
    return dict(zip(rules.COLUMNS, rows[0], strict=True)) if rows else None


def list_procedures(ledger, field: str | None = None) -> list[dict]:
    sql = f"SELECT {COLS} FROM procedures"
    params: tuple = ()
    if field:
        sql += " WHERE field = ?"
        params = (clean(field),)
    return ledger.rows(sql + " ORDER BY code", params)
