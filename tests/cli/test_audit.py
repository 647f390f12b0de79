"""The audit trail: ``audit log`` filters, ``audit verify`` on an intact and a tampered ledger."""

from __future__ import annotations

import json
import sqlite3

import pytest

EN = {"CCHC_LANG": "en"}


def tamper(db, *statements: str, params: tuple = ()) -> None:
    """Change the ledger the way someone with the sqlite3 shell would, bypassing cchc."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for sql in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_verify_intact_sample(sample):
    r = sample.ok("audit", "verify", env=EN)
    assert r.stdout == ""
    assert "intact" in r.stderr and "675" not in r.stdout
    data = json.loads(sample.ok("audit", "verify", "--json").stdout)
    assert data["ok"] is True and data["problems"] == []
    assert data["entries"] == sample.count("audit")
    # every record is compared with its audit entries (or, shipped with cchc, with what was
    # shipped): documents and plans, tasks, procedures, dossiers, meetings and their kinds, the
    # settings, the calendar, communication work, inspections, index criteria, evidence, results
    # and the period's notes — the number backup reports too
    from cchc.store.info import RECORD_TABLES

    tables = {t: sample.count(t) for t in RECORD_TABLES}
    assert tables["dossiers"] == 675 and tables["tasks"] == 50 and tables["documents"] == 8
    assert data["records"] == sum(tables.values())


def test_log_filters(sample):
    code = sample.rows("SELECT code FROM dossiers WHERE outcome = 'returned' LIMIT 1")[0][0]
    rows = json.loads(sample.ok("audit", "log", "--kind", "dossier", "--key", code, "--json").stdout)
    assert [r["action"] for r in rows] == ["insert", "returned"]
    assert rows[1]["before"]["outcome"] is None and rows[1]["after"]["outcome"] == "returned"
    assert {r["kind"] for r in rows} == {"dossier"} and {r["key"] for r in rows} == {code}
    assert set(rows[0]) == {"id", "at", "actor", "command", "kind", "key", "action", "before", "after"}
    plans = json.loads(sample.ok("audit", "log", "--kind", "document", "--key", "02/KH-VPUB", "--json").stdout)
    assert [r["key"] for r in plans] == ["02/KH-VPUB"]
    assert json.loads(sample.ok("audit", "log", "--since", "01/01/2200", "--json").stdout) == []
    last = json.loads(sample.ok("audit", "log", "--limit", "2", "--json").stdout)
    assert [r["id"] for r in last] == [sample.count("audit") - 1, sample.count("audit")]
    table = sample.ok("audit", "log", "--kind", "dossier", "--key", code, env={**EN, "COLUMNS": "200"}).stdout
    assert "returned" in table and "outcome: None → returned" in table


def test_log_records_who_and_which_command(cli):
    cli.ok("dossier", "add", "D-1", "--procedure", "Cấp phép", "--received", "01/03/2022", "--due", "10/03/2022")
    cli.ok("dossier", "resolve", "D-1", "--on", "05/03/2022")
    rows = json.loads(cli.ok("audit", "log", "--json").stdout)
    assert [(r["command"], r["action"]) for r in rows] == [("dossier add", "insert"), ("dossier resolve", "resolved")]
    assert all(r["actor"] and r["at"].endswith("Z") for r in rows)


def test_log_bad_since_is_one_line(sample):
    before = sample.count("audit")
    r = sample.fails("audit", "log", "--since", "31/02/2022")
    assert r.stderr.count("\n") == 1 and "31/02/2022" in r.stderr
    assert sample.count("audit") == before


def test_log_and_verify_need_a_ledger(fresh, db):
    assert "cchc init" in fresh.fails("audit", "verify").stderr
    assert not db.exists()


@pytest.mark.parametrize("column", ["actor", "after", "at", "key"])
def test_edited_entry_is_named(sample, column):
    value = {"after": '{"x":1}', "at": "2020-01-01T00:00:00.000000Z"}.get(column, "eve")
    tamper(sample.db, f"UPDATE audit SET {column} = ? WHERE id = 300", params=(value,))
    r = sample.fails("audit", "verify", env=EN)
    first = r.stdout.splitlines()[0]
    assert first.startswith("audit entry #300 ")
    assert json.loads(sample.fails("audit", "verify", "--json").stdout)["first_bad_entry"] == 300


def test_deleted_and_inserted_entries_are_caught(sample):
    tamper(sample.db, "DELETE FROM audit WHERE id = 10")
    data = json.loads(sample.fails("audit", "verify", "--json").stdout)
    assert data["first_bad_entry"] == 11
    assert data["ok"] is False


def test_forged_entry_with_recomputed_hash_still_fails_later(sample):
    # an attacker who recomputes one entry's hash breaks the next one's link
    from cchc.store.audit import entry_hash

    row = sample.rows("SELECT at, actor, command, kind, key, action, before, after FROM audit WHERE id = 5")[0]
    prev = sample.rows("SELECT hash FROM audit WHERE id = 4")[0][0]
    forged = entry_hash(prev, row[0], "eve", *row[2:])
    tamper(sample.db, "UPDATE audit SET actor = 'eve', hash = ? WHERE id = 5", params=(forged,))
    assert json.loads(sample.fails("audit", "verify", "--json").stdout)["first_bad_entry"] == 6


def test_direct_edit_of_a_dossier_is_named_with_its_fields(sample):
    code = sample.rows("SELECT code FROM dossiers WHERE outcome = 'resolved' LIMIT 1")[0][0]
    tamper(sample.db, "UPDATE dossiers SET finished_on = '2022-01-01', note = 'sửa tay' WHERE code = ?", params=(code,))
    r = sample.fails("audit", "verify", env=EN)
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"dossier {code}: stored values differ")
    assert "(finished_on, note)" in lines[0]
    # the chain itself is intact: no entry is named
    assert json.loads(sample.fails("audit", "verify", "--json").stdout)["first_bad_entry"] is None


def test_direct_insert_and_delete_are_named(sample):
    tamper(
        sample.db,
        "INSERT INTO dossiers (code, procedure, received_on, due_on)"
        " VALUES ('GHOST-1', 'p', '2022-01-01', '2022-01-05')",
        "DELETE FROM tasks WHERE number = 7",
        "UPDATE documents SET summary = 'khác' WHERE code = '02/KH-VPUB'",
        "UPDATE meeting_kinds SET name = 'x' WHERE key = 'office'",
    )
    out = sample.fails("audit", "verify", env=EN).stdout
    assert "dossier GHOST-1: has no audit entry — added outside cchc" in out
    assert "task 02/KH-VPUB#7: audit entry #" in out and "deleted outside cchc" in out
    assert "document 02/KH-VPUB: stored values differ" in out
    # shipped meeting kinds have no entry; they are only compared once cchc changed them
    assert "meeting_kind" not in out
    assert len(out.splitlines()) == 3


def test_changes_through_cchc_keep_verify_green(sample):
    sample.ok("dossier", "add", "N-1", "--procedure", "p", "--received", "01/06/2022", "--due", "05/06/2022")
    sample.ok("dossier", "return", "N-1", "--on", "02/06/2022", "--reason", "thiếu giấy tờ")
    sample.ok("task", "done", "02/KH-VPUB#11", "--on", "01/06/2022")
    sample.ok("meeting", "kind-add", "hop-le", "--name", "Họp lẻ")
    sample.ok("audit", "verify")
    sample.ok("check")


def test_procedures_and_calendar_are_compared_too(sample):
    sample.ok("procedure", "add", "1.0001", "--name", "Cấp giấy phép", "--days", "10")
    sample.ok("calendar", "off", "05/01/2026", "--reason", "Nghỉ bù")
    sample.ok("audit", "verify")
    (shipped,) = sample.rows("SELECT day FROM calendar_overrides WHERE day <> '2026-01-05' ORDER BY day LIMIT 1")
    tamper(
        sample.db,
        "UPDATE procedures SET days = 1 WHERE code = '1.0001'",
        "UPDATE calendar_overrides SET kind = 'work' WHERE day = '2026-01-05'",
    )
    tamper(sample.db, "UPDATE calendar_overrides SET reason = 'x' WHERE day = ?", params=shipped)
    out = sample.fails("audit", "verify", env=EN).stdout
    assert "procedure 1.0001: stored values differ from its last audit entry" in out
    assert "(days)" in out
    assert "calendar 2026-01-05: stored values differ" in out
    assert f"calendar {shipped[0]}: differs from the shipped values (reason)" in out


def test_direct_edit_of_an_imported_dossier_is_named(cli, tmp_path):
    # an import's audit rows hold a digest of each dossier: filling a column in by hand is caught
    f = tmp_path / "d.csv"
    f.write_text("code,procedure,received_on,due_on\nIMP-1,Cấp phép,01/03/2022,10/03/2022\n", encoding="utf-8")
    cli.ok("import", "dossiers", str(f))
    assert cli.ok("audit", "verify").exit_code == 0
    tamper(cli.db, "UPDATE dossiers SET note = 'thêm tay', paused_on = '2022-03-02' WHERE code = 'IMP-1'")
    r = cli.fails("audit", "verify", env=EN)
    assert "dossier IMP-1: stored values differ from what import #1 wrote" in r.stdout
    assert f"({f}:2)" in r.stdout
