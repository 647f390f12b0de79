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
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("dossiers", "dossier_pauses")}
    old_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'dossiers'").fetchone()[0]
    conn.close()
    assert " IN (" in old_sql
    with Ledger.open(path) as led:  # applies m009 and what follows
        conn = led.conn
        after = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("dossiers", "dossier_pauses")}
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
