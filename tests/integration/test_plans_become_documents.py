"""A ledger written before plans joined the document register: on opening, its plans move into
the register (kế hoạch with their year), its tasks follow them, ``plans`` reads the register, the
shipped 2026 calendar is seeded, and the old ``plan`` audit entries and import rows still verify
the moved records — while a change made behind cchc's back is still caught."""

from __future__ import annotations

import sqlite3

import pytest

from cchc.services import audit_chain
from cchc.store import schema
from cchc.store.audit import Change, Provenance, Source, Trail, digest
from cchc.store.ledger import Ledger

OLD = [name for name in schema.names() if name < "m010"]


def _old_ledger(path) -> None:
    """The schema up to m008, with two plans written the old way: one by a command (a full
    ``plan`` entry), one by an import (a ``plan`` import row), and a task."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations = Migrations(schema.MIGRATION_SET)
    for name, fn in schema.MIGRATIONS:
        if name in OLD:
            migrations(name=name)(fn)
    migrations.apply(Database(conn))
    conn.execute("BEGIN IMMEDIATE")
    trail = Trail(conn, Source("old cchc"))
    a = {"code": "02/KH-VPUB", "title": "Kế hoạch CCHC 2022", "year": 2022, "issued_on": "2022-02-06", "basis": None}
    conn.execute("INSERT INTO plans (code, title, year, issued_on, basis) VALUES (?, ?, ?, ?, ?)", tuple(a.values()))
    trail.record([Change("plan", a["code"], "insert", None, a)])
    b = ("03/KH-VPUB", "Kế hoạch 2023", 2023, None, "1/QĐ-UBND")
    conn.execute("INSERT INTO plans (code, title, year, issued_on, basis) VALUES (?, ?, ?, ?, ?)", b)
    batch = trail.batch("plan", Provenance("plans.csv", "0" * 64))
    batch.add([(b[0], 2, "insert", digest(list(b)))])
    batch.close()
    task = ("02/KH-VPUB", 1, "Ban hành kế hoạch", "chi-dao", None, "2022-03-31", None, None, None, None, None)
    conn.execute(
        "INSERT INTO tasks (plan_id, number, title, area, unit, due_on) SELECT id, 1, ?, ?, NULL, ? FROM plans"
        " WHERE code = ?",
        (task[2], task[3], task[5], task[0]),
    )
    cols = ("plan", "number", "title", "area", "unit", "due_on", "started_on", "done_on", "evidence", "cancelled_on")
    trail.record(
        [Change("task", "02/KH-VPUB#1", "insert", None, dict(zip(cols + ("cancel_reason",), task, strict=True)))]
    )
    conn.execute("COMMIT")
    conn.close()


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "old.db"
    _old_ledger(path)
    with Ledger.open(path) as led:
        yield led


def test_plans_move_into_the_register(migrated):
    rows = migrated.rows("SELECT code, kind, summary, year, issued_on, basis FROM documents ORDER BY code")
    assert rows == [
        {
            "code": "02/KH-VPUB",
            "kind": "ke-hoach",
            "summary": "Kế hoạch CCHC 2022",
            "year": 2022,
            "issued_on": "2022-02-06",
            "basis": None,
        },
        {
            "code": "03/KH-VPUB",
            "kind": "ke-hoach",
            "summary": "Kế hoạch 2023",
            "year": 2023,
            "issued_on": None,
            "basis": "1/QĐ-UBND",
        },
    ]
    assert migrated.rows("SELECT code, title, year FROM plans ORDER BY code")[0] == {
        "code": "02/KH-VPUB",
        "title": "Kế hoạch CCHC 2022",
        "year": 2022,
    }
    task = migrated.row("SELECT p.code, t.number FROM tasks t JOIN plans p ON p.id = t.plan_id")
    assert task == {"code": "02/KH-VPUB", "number": 1}
    fks = migrated.rows("SELECT \"table\" FROM pragma_foreign_key_list('tasks')")
    assert fks == [{"table": "documents"}]
    seeded = dict(migrated.conn.execute("SELECT day, kind FROM calendar_overrides WHERE day LIKE '2026-%'"))
    assert seeded == {"2026-01-02": "off", "2026-01-10": "work", "2026-11-24": "work"}


def test_old_plan_entries_still_verify_and_catch_tampering(migrated):
    result = audit_chain.verify(migrated)
    assert result["ok"], result["problems"]
    shipped = migrated.scalar("SELECT (SELECT COUNT(*) FROM calendar_overrides) + (SELECT COUNT(*) FROM meeting_kinds)")
    assert result["records"] == 3 + shipped  # two documents (through their plan events), the task, what was shipped
    migrated.conn.execute("UPDATE documents SET issuer = 'khác' WHERE code = '02/KH-VPUB'")  # a column no plan had
    migrated.conn.execute("UPDATE documents SET summary = 'khác' WHERE code = '03/KH-VPUB'")  # written by an import
    found = {(p.key, p.message) for p in audit_chain.verify(migrated)["problems"]}
    assert found == {("02/KH-VPUB", "audit_record_differs"), ("03/KH-VPUB", "audit_record_differs_import")}


def test_a_document_change_after_the_upgrade_is_a_document_entry(migrated):
    from cchc.services import documents

    documents.edit(migrated, "02/KH-VPUB", area="chi-dao")
    kinds = [r["kind"] for r in migrated.rows("SELECT kind FROM audit WHERE key = '02/KH-VPUB' ORDER BY id")]
    assert kinds == ["plan", "document"]
    assert audit_chain.verify(migrated)["ok"]
