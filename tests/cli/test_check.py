"""``cchc check``: silent on a sound ledger; one line per problem naming the record."""

from __future__ import annotations

import json
import sqlite3
import unicodedata

from test_audit import tamper

EN = {"CCHC_LANG": "en"}


def problems(cli) -> list[dict]:
    r = cli.fails("check", "--json")
    data = json.loads(r.stdout)
    assert data["ok"] is False
    return data["problems"]


def test_sound_sample_is_silent(sample):
    r = sample.ok("check")
    assert r.stdout == "" and r.stderr == ""
    assert json.loads(sample.ok("check", "--json").stdout) == {"ok": True, "problems": []}


def test_empty_ledger_is_sound(cli):
    cli.ok("init")
    assert cli.ok("check").stdout == ""


def test_missing_ledger_is_a_clear_error(fresh, db):
    r = fresh.fails("check")
    assert r.stderr.count("\n") == 1 and not db.exists()


def test_dossier_rules(sample):
    codes = [r[0] for r in sample.rows("SELECT code FROM dossiers WHERE outcome IS NOT NULL ORDER BY code LIMIT 5")]
    tamper(
        sample.db,
        f"UPDATE dossiers SET due_on = '2000-01-01' WHERE code = '{codes[0]}'",
        f"UPDATE dossiers SET finished_on = '2000-01-01' WHERE code = '{codes[1]}'",
        f"UPDATE dossiers SET outcome = NULL WHERE code = '{codes[2]}'",
        f"UPDATE dossiers SET finished_on = '2022-02-30' WHERE code = '{codes[3]}'",
        f"UPDATE dossiers SET outcome = 'returned', return_reason = NULL WHERE code = '{codes[4]}'",
    )
    r = sample.fails("check", env=EN)
    lines = r.stdout.splitlines()
    assert f"dossier {codes[0]}: due date 01/01/2000 is before the received date" in r.stdout
    assert f"dossier {codes[1]}: finished on 01/01/2000, before it was received" in r.stdout
    assert f"dossier {codes[2]}: a finished dossier needs exactly one outcome" in r.stdout
    assert f"dossier {codes[3]}: finished_on is not a valid date: '2022-02-30'" in r.stdout
    assert f"dossier {codes[4]}: a returned dossier needs its reason" in r.stdout
    # each hand edit is also caught by the audit comparison, naming the same record
    for code in codes:
        assert any(line.startswith(f"dossier {code}: stored values differ") for line in lines)
    assert r.stderr == ""
    found = problems(sample)
    assert {p["check"] for p in found} == {"rules", "audit_record"}
    assert all(set(p) >= {"check", "kind", "key", "message"} for p in found)


def test_task_rules(sample):
    tamper(
        sample.db,
        "UPDATE tasks SET done_on = NULL, evidence = 'Báo cáo số 5' WHERE number = 1",
        "UPDATE tasks SET done_on = '2021-01-01' WHERE number = 2 AND started_on IS NOT NULL",
        "UPDATE tasks SET due_on = 'Q5' WHERE number = 3",
    )
    out = sample.fails("check", env=EN).stdout
    assert "task 02/KH-VPUB#3: due_on is not a valid date: 'Q5'" in out
    assert sample.rows("SELECT started_on FROM tasks WHERE number = 2") == [("2022-04-05",)]
    assert "task 02/KH-VPUB#2: Done on (01/01/2021) is before the task was started (05/04/2022)" in out
    # evidence may be recorded before the task is done: only the hand edit itself is named
    rules = [p for p in problems(sample) if p["check"] == "rules"]
    assert sorted(p["key"] for p in rules) == ["02/KH-VPUB#2", "02/KH-VPUB#3"]


def test_codes_unique_after_nfc(cli):
    nfc = "HS-Sơn La-01"
    nfd = unicodedata.normalize("NFD", nfc)
    cli.ok("dossier", "add", nfc, "--procedure", "p", "--received", "01/03/2022", "--due", "05/03/2022")
    assert cli.ok("check").stdout == ""
    # cchc itself normalises, so the twin can only arrive by hand
    tamper(
        cli.db,
        "INSERT INTO dossiers (code, procedure, received_on, due_on) VALUES (?, 'p', '2022-03-01', '2022-03-05')",
        params=(nfd,),
    )
    found = problems(cli)
    dup = [p for p in found if p["check"] == "nfc"]
    assert len(dup) == 1 and dup[0]["kind"] == "dossier" and dup[0]["key"] == nfd  # the twin
    # and the code itself is not kept as cchc keeps codes (the shared rule on codes)
    assert [p["column"] for p in found if p["check"] == "rules" and p["key"] == nfd] == ["code"]
    out = cli.fails("check", env=EN).stdout
    assert "same code as" in out and "not NFC" in out


def test_foreign_key_problem(sample):
    conn = sqlite3.connect(sample.db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE tasks SET plan_id = 999 WHERE number = 4")
    conn.commit()
    conn.close()
    found = problems(sample)
    assert [p["key"] for p in found if p["check"] == "foreign_key"] == [
        str(sample.rows("SELECT id FROM tasks WHERE plan_id = 999")[0][0])
    ]
    assert any(
        "tasks row" in p["message"] for p in json.loads(sample.fails("check", "--json", env=EN).stdout)["problems"]
    )


def test_audit_chain_is_part_of_check(sample):
    tamper(sample.db, "UPDATE audit SET command = 'sqlite3' WHERE id = 42")
    out = sample.fails("check", env=EN).stdout
    assert out.splitlines() == [out.splitlines()[0]]
    assert out.startswith("audit entry #42 ")


def test_damaged_page_is_reported_not_a_traceback(sample):
    conn = sqlite3.connect(sample.db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'dossiers_received_finished'").fetchone()[0]
    conn.close()
    with open(sample.db, "r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xff\x00" * 200)
    r = sample.fails("check", env=EN)
    assert "Traceback" not in r.stdout + r.stderr
    assert "integrity_check" in r.stdout + r.stderr
