"""Migrations applied to a ledger written by an older cchc keep every record as it was."""

from __future__ import annotations

import sqlite3

from cchc.store import schema
from cchc.store.ledger import Ledger


def _older_ledger(path, last: str) -> None:
    """A ledger with the migrations up to ``last`` applied, as an older cchc left it."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(schema.MIGRATION_SET)
    for name, fn in schema.MIGRATIONS:
        migrations(name=name)(fn)
        if name == last:
            break
    db = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(db)
    db.conn.close()


def test_m009_rebuilds_the_dossiers_keeping_every_row_and_pause(tmp_path):
    path = tmp_path / "old.db"
    _older_ledger(path, "m008_settings")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO dossiers (id, code, procedure, channel, received_on, due_on, outcome, finished_on, paused_on,"
        " pause_reason) VALUES (7, 'A', 'P', 'online', '2022-03-01', '2022-03-10', NULL, NULL, '2022-03-04', 'x'),"
        " (9, 'B', 'Q', 'postal', '2022-03-01', '2022-03-05', 'returned', '2022-03-02', NULL, NULL)"
    )
    conn.execute(
        "INSERT INTO dossier_pauses (dossier_id, paused_on, reason, resumed_on, days) VALUES"
        " (7, '2022-03-02', 'a', '2022-03-03', 1), (7, '2022-03-04', 'x', NULL, NULL)"
    )
    conn.commit()
    cols = {t: ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({t})")) for t in ("dossiers", "dossier_pauses")}
    before = {t: conn.execute(f"SELECT {cols[t]} FROM {t} ORDER BY id").fetchall() for t in cols}
    old_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'dossiers'").fetchone()[0]
    conn.close()
    assert " IN (" in old_sql
    with Ledger.open(path) as led:  # applies m009 and what follows
        conn = led.conn
        after = {t: conn.execute(f"SELECT {cols[t]} FROM {t} ORDER BY id").fetchall() for t in cols}
        assert after == before
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        new_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'dossiers'").fetchone()[0]
        assert " IN (" not in new_sql
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"dossiers_finished_received", "dossiers_received_finished", "dossier_pauses_dossier"} <= indexes
        assert not [r for r in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%m009%'")]
        # the constraints still hold
        for bad in ("channel = 'fax'", "outcome = 'lost'", "due_on = '2000-01-01'"):
            try:
                conn.execute(f"UPDATE dossiers SET {bad} WHERE code = 'A'")
            except sqlite3.IntegrityError:
                pass
            else:
                raise AssertionError(bad)


# The names every ledger in the field recorded, in the order they were applied.
SHIPPED = [
    "m001_core",
    "m002_calendar_procedures",
    "m004_report_indexes",
    "m005_lean_dossier_indexes",
    "m006_holiday_cache",
    "m007_audit_import_rows",
    "m008_settings",
    "m009_dossier_checks_without_in_lists",
    "m010_calendar_2026",
    "m011_documents",
    "m012_outreach_inspections",
    "m013_reform_index",
    "m014_report_notes",
    "m020_dossier_service_facts",
    "m021_audit_rows_by_key",
]


def test_shipped_migrations_keep_their_names_and_order():
    """A renamed or reordered migration would have every existing ledger refused or migrated twice."""
    assert schema.names()[: len(SHIPPED)] == SHIPPED
    assert len(set(schema.names())) == len(schema.names())


def test_the_order_is_the_same_whichever_module_is_imported_first():
    """The migrations package loads its eras in order before any one of them registers."""
    import subprocess
    import sys

    code = "import cchc.store.migrations.province as p; from cchc.store import schema; print(schema.names())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(schema.names())
