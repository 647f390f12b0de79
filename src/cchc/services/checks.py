"""``cchc check``: plain functions, each returning the findings it makes, each naming the record.

Every stored record is read back with plain SQL and given to the same validator the commands and
the importers call (``cchc.domain.rules``), so a rule added once is checked here too. No
findings means the ledger is sound.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date

from cchc.domain.errors import Label
from cchc.domain.problems import Finding, key_text
from cchc.domain.rules import calendar as calendar_rules
from cchc.domain.rules import dossiers as dossier_rules
from cchc.domain.rules import meetings as meeting_rules
from cchc.domain.rules import procedures as procedure_rules
from cchc.domain.rules import tasks as task_rules
from cchc.domain.rules.values import code_flaw, normal_code
from cchc.store import schema

ROW_LEVEL = ("CHECK constraint failed", "NULL value in", "NOT NULL constraint")


def integrity(conn) -> list[Finding]:
    """Damage to the file itself. Row-level CHECK failures that integrity_check also lists are
    left to the shared rules below, which name the record."""
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [
        Finding("integrity", "ledger", "sqlite", "check_integrity", {"detail": r})
        for r in rows
        if r != "ok" and not r.startswith(ROW_LEVEL)
    ]


def foreign_keys(conn) -> list[Finding]:
    return [
        Finding("foreign_key", table, str(rowid), "check_fk", {"table": table, "rowid": rowid, "parent": parent})
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall()
    ]


def _rows(conn, sql: str, cols: tuple[str, ...]) -> Iterator[dict]:
    for row in conn.execute(sql):
        yield dict(zip(cols, row, strict=True))


def _findings(kind: str, key: object, problems) -> list[Finding]:
    k = key_text(key)
    return [Finding("rules", kind, k, p.key, p.params, column=p.column) for p in problems]


def _dossiers(conn, today: str) -> Iterator[Finding]:
    """Every dossier with its pause history (the histories are read in one ordered pass)."""
    cols = dossier_rules.COLUMNS
    pauses = conn.execute(
        "SELECT dossier_id, paused_on, resumed_on, days, reason FROM dossier_pauses ORDER BY dossier_id, id"
    )
    pending = next(pauses, None)
    for row in conn.execute(f"SELECT id, {', '.join(cols)} FROM dossiers ORDER BY id"):
        rec = dict(zip(cols, row[1:], strict=True))
        hist = []
        while pending is not None and pending[0] <= row[0]:
            if pending[0] == row[0]:
                hist.append(dict(zip(dossier_rules.PAUSE_COLUMNS, pending[1:], strict=True)))
            pending = next(pauses, None)
        yield from _findings("dossier", rec["code"], dossier_rules.validate(rec, today=today, pauses=hist))


def rules(conn) -> list[Finding]:
    """Every record against the shared rules."""
    today = date.today().isoformat()
    plans = frozenset(r[0] for r in conn.execute("SELECT code FROM plans"))
    kinds = frozenset(r[0] for r in conn.execute("SELECT key FROM meeting_kinds"))
    out: list[Finding] = []
    task_sql = "SELECT p.code, " + ", ".join(f"t.{c}" for c in task_rules.COLUMNS[1:])
    task_sql += " FROM tasks t LEFT JOIN plans p ON p.id = t.plan_id ORDER BY t.plan_id, t.number"
    for rec in _rows(conn, task_sql, task_rules.COLUMNS):
        key = f"{key_text(rec['plan'])}#{key_text(rec['number'])}"
        out += _findings("task", key, task_rules.validate(rec, today=today, plans=plans))
    for rec in _rows(conn, "SELECT key, name, name_en FROM meeting_kinds ORDER BY rowid", meeting_rules.KIND_COLUMNS):
        out += _findings("meeting_kind", rec["key"], meeting_rules.validate_kind(rec))
    meeting_sql = f"SELECT {', '.join(meeting_rules.COLUMNS)} FROM meetings ORDER BY id"
    for rec in _rows(conn, meeting_sql, meeting_rules.COLUMNS):
        key = f"{key_text(rec['kind'])}@{key_text(rec['held_on'])}"
        out += _findings("meeting", key, meeting_rules.validate(rec, kinds=kinds))
    proc_sql = f"SELECT {', '.join(procedure_rules.COLUMNS)} FROM procedures ORDER BY id"
    for rec in _rows(conn, proc_sql, procedure_rules.COLUMNS):
        out += _findings("procedure", rec["code"], procedure_rules.validate(rec))
    from cchc.domain.rules import settings as setting_rules

    for rec in _rows(conn, "SELECT key, value FROM settings ORDER BY key", setting_rules.COLUMNS):
        out += _findings("setting", rec["key"], setting_rules.validate(rec))
    cal_sql = "SELECT day, kind, reason FROM calendar_overrides ORDER BY day"
    for rec in _rows(conn, cal_sql, calendar_rules.COLUMNS):
        out += _findings("calendar", rec["day"], calendar_rules.validate(rec))
    out += list(_dossiers(conn, today))
    out += registers(conn, today)
    return out


def registers(conn, today: str) -> list[Finding]:
    """The documents (plans among them), communication work, inspections, the reform index and
    the report's notes against their rules; each year's criteria tree against its sums."""
    from cchc.domain import reform_index as tree
    from cchc.domain.rules import documents, inspections, outreach, reform_index, report_notes
    from cchc.store import reform_index as index_store
    from cchc.store.documents import context as document_context

    out: list[Finding] = []
    ctx = document_context(conn, today)
    for rec in _rows(conn, f"SELECT {', '.join(documents.COLUMNS)} FROM documents ORDER BY id", documents.COLUMNS):
        out += _findings("document", rec["code"], documents.validate(rec, **ctx))
    for rec in _rows(conn, f"SELECT {', '.join(outreach.COLUMNS)} FROM outreach ORDER BY id", outreach.COLUMNS):
        key = f"{key_text(rec['kind'])}@{key_text(rec['held_on'])}/{key_text(rec['title'])}"
        out += _findings("outreach", key, outreach.validate(rec, today=today))
    docs = frozenset(r[0] for r in conn.execute("SELECT code FROM documents"))
    sql = f"SELECT {', '.join(inspections.COLUMNS)} FROM inspections ORDER BY year, number"
    for rec in _rows(conn, sql, inspections.COLUMNS):
        key = f"{key_text(rec['year'])}#{key_text(rec['number'])}"
        out += _findings("inspection", key, inspections.validate(rec, today=today, documents=docs))
    codes = index_store.criterion_keys(conn)
    cols = reform_index.CRITERION_COLUMNS
    by_year: dict = {}
    for rec in _rows(conn, f"SELECT {', '.join(cols)} FROM index_criteria ORDER BY year, id", cols):
        out += _findings(
            "index_criterion",
            f"{key_text(rec['year'])}/{key_text(rec['code'])}",
            reform_index.validate_criterion(rec, codes=codes),
        )
        if not reform_index.validate_criterion(rec):
            by_year.setdefault(rec["year"], []).append(rec)
    for year, rows in sorted(by_year.items()):
        for code, key, params in tree.tree_problems(rows):
            out.append(Finding("rules", "index_criterion", f"{year}/{code}", key, params, column="code"))
    ev = index_store.evidence_context(conn)
    cols = reform_index.EVIDENCE_COLUMNS
    for rec in _rows(conn, f"SELECT {', '.join(cols)} FROM index_evidence ORDER BY id", cols):
        key = "/".join(key_text(rec[c]) for c in ("year", "criterion", "kind", "ref"))
        out += _findings("index_evidence", key, reform_index.validate_evidence(rec, **ev))
    cols = reform_index.RESULT_COLUMNS
    for rec in _rows(conn, f"SELECT {', '.join(cols)} FROM index_results ORDER BY year", cols):
        out += _findings("index_result", rec["year"], reform_index.validate_result(rec))
    for rec in _rows(
        conn, "SELECT period, section, text FROM report_notes ORDER BY period, section", report_notes.COLUMNS
    ):
        out += _findings(
            "report_note", f"{key_text(rec['period'])}/{key_text(rec['section'])}", report_notes.validate(rec)
        )
    return out


CODES = [
    ("document", "SELECT code FROM documents ORDER BY rowid"),
    ("dossier", "SELECT code FROM dossiers ORDER BY rowid"),
    ("procedure", "SELECT code FROM procedures ORDER BY rowid"),
]


def codes_unique(conn) -> list[Finding]:
    """Codes that look the same are the same: unique once in their normal form (NFKC), which is
    the form cchc keeps them in (a hand edit may leave another)."""
    out = []
    for kind, sql in CODES:
        seen: dict[str, str] = {}
        for (code,) in conn.execute(sql):
            if not isinstance(code, str) or code_flaw(code):
                continue  # the shared rules name it
            norm = normal_code(code)
            if norm in seen:
                out.append(
                    Finding(
                        "nfc",
                        kind,
                        code,
                        "check_duplicate_code",
                        {"kind": Label("kind_" + kind), "ref": code, "other": seen[norm]},
                    )
                )
            else:
                seen[norm] = code
    return out


@functools.cache
def expected_schema() -> dict[tuple[str, str], str | None]:
    """(type, name) -> SQL of every table, index, trigger and view the migrations create,
    built by applying them to an empty in-memory database."""
    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        schema.apply_pending(mem)
        return _schema_of(mem)
    finally:
        mem.close()


def _schema_of(conn) -> dict[tuple[str, str], str | None]:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    return {(t, n): (" ".join(sql.split()) if sql and n != "_sqlite_migrations" else None) for t, n, sql in rows}


def schema_check(conn) -> list[Finding]:
    """The ledger's tables, indexes, triggers and views against what the migrations create:
    anything added (a trigger planted with the sqlite3 shell or arriving in a restored backup),
    changed (a column, a constraint) or removed is named."""
    have, want = _schema_of(conn), expected_schema()
    out = []

    def finding(message: str, type_: str, name: str) -> Finding:
        return Finding("schema", "ledger", name, message, {"type": Label("schema_" + type_), "name": name})

    for (type_, name), sql in sorted(have.items()):
        if (type_, name) not in want:
            out.append(finding("schema_added", type_, name))
        elif want[(type_, name)] != sql:
            out.append(finding("schema_changed", type_, name))
    for type_, name in sorted(set(want) - set(have)):
        out.append(finding("schema_missing", type_, name))
    return out


def audit_trail(conn) -> list[Finding]:
    from cchc.services import audit_chain

    return audit_chain.verify_conn(conn)["problems"]


CHECKS: list[tuple[str, Callable]] = [
    ("integrity", integrity),
    ("schema", schema_check),
    ("foreign_keys", foreign_keys),
    ("rules", rules),
    ("codes", codes_unique),
    ("audit", audit_trail),
]


def run(ledger) -> list[Finding]:
    """Every check, in order; an empty list means all is well."""
    findings: list[Finding] = []
    for name, fn in CHECKS:
        if name != "integrity" and findings and findings[0].check == "integrity":
            break  # a damaged file: the other checks would only repeat the damage
        try:
            findings.extend(fn(ledger.conn))
        except sqlite3.DatabaseError as exc:  # the damage stopped this check half-way
            findings.append(Finding("integrity", "ledger", "sqlite", "check_integrity", {"detail": f"{name}: {exc}"}))
    return findings
