"""Tampering with the sqlite3 shell, each kind detected by ``audit verify`` or ``check`` — with an
anchor kept outside the ledger (``audit head``, a report's footer, a backup's message) where the
ledger alone cannot tell (a cut tail, a history rewritten consistently)."""

from __future__ import annotations

import hashlib
import json

import pytest
from test_audit import tamper

EN = {"CCHC_LANG": "en"}


def head(cli) -> str:
    out = cli.ok("audit", "head").stdout.strip()
    n, h = out.split(":")
    assert int(n) >= 0 and len(h) == 64
    return out


def add(cli, code: str, *extra: str) -> None:
    cli.ok("dossier", "add", code, "--procedure", "p", "--received", "01/03/2022", "--due", "20/03/2022", *extra)


def test_head_names_the_last_entry(sample):
    data = json.loads(sample.ok("audit", "head", "--json").stdout)
    n = sample.count("audit")
    assert n > 1000 and data["entries"] == n and data["anchor"] == f"{n}:{data['hash']}"
    last = sample.rows("SELECT hash FROM audit ORDER BY id DESC LIMIT 1")[0][0]
    assert data["hash"] == last and head(sample) == data["anchor"]
    sample.ok("audit", "verify", "--anchor", data["anchor"])
    sample.ok("audit", "verify", "--anchor", data["anchor"][:21])  # a prefix of 16 hex digits is enough


def test_empty_ledger_head(cli):
    assert head(cli) == "0:" + "0" * 64


def test_cut_tail_passes_alone_and_fails_with_the_anchor(sample, tmp_path):
    n = sample.count("audit")
    add(sample, "T-1")
    anchor = head(sample)
    # delete the last entry together with the record it wrote: the ledger alone still adds up
    tamper(sample.db, "DELETE FROM dossiers WHERE code = 'T-1'")
    tamper(sample.db, "DELETE FROM audit WHERE id = ?", params=(n + 1,))
    sample.ok("audit", "verify")
    r = sample.fails("audit", "verify", "--anchor", anchor, env=EN)
    assert f"anchor #{n + 1}: the audit trail ends at entry #{n}" in r.stdout
    data = json.loads(sample.fails("audit", "verify", "--anchor", anchor, "--json").stdout)
    assert data["problems"][0]["check"] == "audit_anchor" and data["problems"][0]["entry"] == n + 1
    # the anchor kept in a file, e.g. the footer of a report printed that day
    saved = tmp_path / "anchors.txt"
    saved.write_text(f"Báo cáo tháng 3\nMốc nhật ký: {anchor[:37]}\n", encoding="utf-8")
    sample.fails("audit", "verify", "--anchors", str(saved))


def rewrite_chain(db, from_id: int) -> None:
    """Recompute every hash from ``from_id`` on, as an attacker who knows the algorithm would."""
    import sqlite3

    from cchc.store.audit import entry_hash

    conn = sqlite3.connect(db)
    prev = conn.execute("SELECT hash FROM audit WHERE id = ?", (from_id - 1,)).fetchone()[0]
    rows = conn.execute(
        "SELECT id, at, actor, command, kind, key, action, before, after FROM audit WHERE id >= ? ORDER BY id",
        (from_id,),
    ).fetchall()
    for id_, *cols in rows:
        prev = entry_hash(prev, *cols)
        conn.execute("UPDATE audit SET hash = ? WHERE id = ?", (prev, id_))
    conn.commit()
    conn.close()


def test_history_rewritten_consistently_fails_with_the_anchor(sample):
    anchor = head(sample)
    n = sample.count("audit")
    # change a dossier and its audit entry alike, then rehash the whole chain after it
    code, entry = sample.rows("SELECT key, MAX(id) FROM audit WHERE kind = 'dossier' AND action = 'insert'")[0]
    after = json.loads(sample.rows("SELECT after FROM audit WHERE id = ?", (entry,))[0][0])
    after["applicant"] = "Someone else"
    tamper(
        sample.db,
        "UPDATE audit SET after = ? WHERE id = ?",
        params=(json.dumps(after, ensure_ascii=False, sort_keys=True, separators=(",", ":")), entry),
    )
    tamper(sample.db, "UPDATE dossiers SET applicant = 'Someone else' WHERE code = ?", params=(code,))
    rewrite_chain(sample.db, entry)
    sample.ok("audit", "verify")  # consistent: the ledger alone cannot tell
    r = sample.fails("audit", "verify", "--anchor", anchor, env=EN)
    assert f"anchor #{n}: entry #{n} no longer has the hash" in r.stdout


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE dossier_pauses SET reason = 'edited'",
        "UPDATE dossier_pauses SET days = days + 3",
        "DELETE FROM dossier_pauses WHERE id = (SELECT MIN(id) FROM dossier_pauses)",
        "INSERT INTO dossier_pauses (dossier_id, paused_on, reason, resumed_on, days)"
        " SELECT id, '2022-03-02', 'planted', '2022-03-03', 1 FROM dossiers WHERE code = 'P-1'",
    ],
    ids=["edit reason", "edit days", "delete", "insert"],
)
def test_pause_history_tampering(cli, statement):
    add(cli, "P-1")
    cli.ok("dossier", "pause", "P-1", "--on", "04/03/2022", "--reason", "Thiếu giấy")
    cli.ok("dossier", "resume", "P-1", "--on", "08/03/2022")
    cli.ok("audit", "verify")
    tamper(cli.db, statement)
    out = cli.fails("audit", "verify", env=EN).stdout
    assert "dossier P-1: stored values differ from its last audit entry" in out and "pauses" in out


def test_deleted_shipped_calendar_override(cli):
    day = cli.rows("SELECT day FROM calendar_overrides ORDER BY day LIMIT 1")[0][0]
    tamper(cli.db, "DELETE FROM calendar_overrides WHERE day = ?", params=(day,))
    out = cli.fails("audit", "verify", env=EN).stdout
    assert f"calendar {day}" in out
    assert cli.fails("check", env=EN).stdout


def test_derived_column_edited(cli):
    cli.ok("procedure", "add", "1.001", "--name", "Cấp giấy phép hội thảo", "--days", "15")
    tamper(cli.db, "UPDATE procedures SET name_key = 'cap phep khac'")
    out = cli.fails("audit", "verify", env=EN).stdout
    assert "procedure 1.001: column name_key does not match" in out


def test_every_stored_column_is_covered():
    """A column is in a kind's digest, derived (recomputed by verify) or structural (an id, a
    link): a new column cannot slip past ``audit verify`` unnoticed."""
    import sqlite3

    from cchc.services import audit_kinds, derived
    from cchc.store import schema

    mem = sqlite3.connect(":memory:", isolation_level=None)
    schema.apply_pending(mem)
    tables = {
        "plan": "plans",
        "task": "tasks",
        "dossier": "dossiers",
        "meeting": "meetings",
        "meeting_kind": "meeting_kinds",
        "procedure": "procedures",
        "setting": "settings",
        "calendar": "calendar_overrides",
        "document": "documents",
        "outreach": "outreach",
        "inspection": "inspections",
        "index_criterion": "index_criteria",
        "index_evidence": "index_evidence",
        "index_result": "index_results",
        "report_note": "report_notes",
    }
    assert set(audit_kinds.kinds()) <= set(tables)
    from cchc.store.info import RECORD_TABLES

    assert set(RECORD_TABLES) == {tables[k] for k in audit_kinds.kinds()}  # what backup counts
    covered = {(tables[k], c) for k, spec in audit_kinds.kinds().items() for c in spec.columns}
    covered |= {("tasks", "plan")} | {("dossier_pauses", c) for c in ("paused_on", "resumed_on", "days", "reason")}
    covered |= {(tables[d.kind], d.column) for d in derived._derived_columns()}
    covered |= derived.STRUCTURAL
    skipped = {"_sqlite_migrations", "audit", "audit_rows", "holiday_cache"}  # the trail itself; verified apart
    for (table,) in mem.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        if table in skipped:
            continue
        for col in (r[1] for r in mem.execute(f"PRAGMA table_info({table})")):
            assert (table, col) in covered, f"{table}.{col} is covered by no digest and no derived check"


def test_edited_holiday_cache(cli):
    cli.ok("procedure", "add", "1.001", "--name", "Cho phép hội thảo", "--days", "15")
    cli.ok("dossier", "add", "H-1", "--procedure", "1.001", "--received", "28/01/2022")
    (year, days) = cli.rows("SELECT year, days FROM holiday_cache WHERE year = 2022")[0]
    cli.ok("audit", "verify")
    edited = json.loads(days)
    edited.pop(next(iter(edited)))  # one holiday fewer: due dates move
    tamper(cli.db, "UPDATE holiday_cache SET days = ? WHERE year = 2022", params=(json.dumps(edited),))
    out = cli.fails("audit", "verify", env=EN).stdout
    assert "holiday cache for 2022" in out and "differs from the holidays package" in out
    tamper(cli.db, "UPDATE holiday_cache SET days = 'not json' WHERE year = 2022")
    assert "cannot be read" in cli.fails("audit", "verify", env=EN).stdout


TRIGGER = (
    "CREATE TRIGGER t_due AFTER INSERT ON dossiers BEGIN"
    " UPDATE dossiers SET due_on = date(NEW.due_on, '+30 days') WHERE id = NEW.id; END"
)


@pytest.mark.parametrize(
    "statement, words",
    [
        (TRIGGER, "trigger 't_due' was not made by cchc"),
        ("CREATE VIEW v AS SELECT code FROM dossiers", "view 'v' was not made by cchc"),
        ("CREATE INDEX extra ON dossiers(note)", "index 'extra' was not made by cchc"),
        ("DROP INDEX dossiers_received_finished", "index 'dossiers_received_finished' is missing"),
        ("ALTER TABLE dossiers ADD COLUMN secret TEXT", "table 'dossiers' differs from what cchc makes"),
    ],
    ids=["trigger", "view", "index", "dropped index", "column"],
)
def test_schema_changes_are_named_by_check(cli, statement, words):
    cli.ok("check")
    tamper(cli.db, statement)
    r = cli.fails("check", env=EN)
    assert words in r.stdout
    data = json.loads(cli.fails("check", "--json").stdout)
    assert data["problems"][0]["check"] == "schema"


def test_a_planted_trigger_stores_one_date_and_prints_another_until_check(cli):
    tamper(cli.db, TRIGGER)
    r = cli.ok(
        "--lang", "en", "dossier", "add", "X-1", "--procedure", "p", "--received", "01/03/2022", "--due", "05/03/2022"
    )
    assert "05/03/2022" in r.stderr
    assert cli.rows("SELECT due_on FROM dossiers")[0][0] == "2022-04-04"
    assert "trigger 't_due'" in cli.fails("check", env=EN).stdout


def test_restore_refuses_a_backup_with_a_planted_trigger_even_forced(sample, tmp_path):
    backup = tmp_path / "b.db"
    sample.ok("backup", str(backup))
    tamper(backup, TRIGGER)
    before = hashlib.sha256(sample.db.read_bytes()).hexdigest()
    for extra in ((), ("--force",)):
        r = sample.fails("restore", str(backup), *extra, env=EN)
        assert "schema was altered" in r.stderr and "t_due" in r.stderr and r.stderr.count("\n") == 1
    assert hashlib.sha256(sample.db.read_bytes()).hexdigest() == before
    assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name or p.name.endswith(".cchc-tmp")]


def test_restore_refuses_a_backup_that_fails_verify_unless_forced(sample, tmp_path):
    backup = tmp_path / "b.db"
    n = sample.count("audit")
    sample.ok("backup", str(backup))
    tamper(backup, "UPDATE dossiers SET note = 'edited' WHERE id = 5")
    r = sample.fails("restore", str(backup), env=EN)
    assert "fails the checks (1 problems)" in r.stderr and "--force" in r.stderr
    assert sample.count("audit") == n
    r = sample.ok("restore", str(backup), "--force", env=EN)
    assert "1 problems (--force)" in r.stderr
    assert sample.rows("SELECT note FROM dossiers WHERE id = 5") == [("edited",)]


def test_reports_and_backups_carry_the_anchor(sample, tmp_path):
    anchor = head(sample)
    short = anchor[: anchor.index(":") + 33]
    h1 = ("report", "semester", "2022-H1", "--until", "09/06/2022")
    assert json.loads(sample.ok(*h1, "--json").stdout)["anchor"] == anchor
    for fmt in ("text", "markdown", "table", "form"):
        out = sample.ok("--lang", "en", *h1, "--format", fmt).stdout
        assert f"Audit anchor: {short}" in out.splitlines()[-1], fmt
        assert len(out.splitlines()[-1]) <= 80
    out = tmp_path / "r.txt"
    sample.ok(*h1, "-o", str(out))
    assert short in out.read_text(encoding="utf-8")
    sample.ok("audit", "verify", "--anchors", str(out))  # the report file itself is an anchor file
    data = json.loads(sample.ok("backup", str(tmp_path / "b.db"), "--json").stdout)
    assert data["anchor"] == anchor
    r = sample.ok("--lang", "en", "backup", str(tmp_path / "c.db"))
    assert f"the backup's audit anchor: {short}" in r.stderr


def test_docx_report_ends_with_the_anchor(sample, tmp_path):
    from docx import Document

    out = tmp_path / "r.docx"
    sample.ok("report", "semester", "2022-H1", "--until", "09/06/2022", "-o", str(out))
    last = [p.text for p in Document(str(out)).paragraphs if p.text.strip()][-1]
    assert last.startswith(f"Mốc nhật ký: {sample.count('audit')}:")
