"""``cchc backup`` and ``cchc restore``: consistent copies, checked restores, nothing lost."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys

from test_audit import tamper

EN = {"CCHC_LANG": "en"}


def counts(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("plans", "tasks", "dossiers", "meetings", "audit")
        }
    finally:
        conn.close()


def test_backup_is_a_private_consistent_copy(sample, tmp_path):
    target = tmp_path / "out" / "backup.db"
    target.parent.mkdir()
    r = sample.ok("backup", str(target), env=EN)
    assert r.stdout == "" and "backed up 860 records" in r.stderr  # every register, the shipped calendar too
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert counts(target) == counts(sample.db)
    assert not [p for p in target.parent.iterdir() if p != target]  # no temp or -wal left
    from conftest import Cli

    Cli(target).ok("check")
    Cli(target).ok("audit", "verify")


def test_backup_refuses_to_overwrite_without_force(sample, tmp_path):
    target = tmp_path / "b.db"
    target.write_bytes(b"precious")
    r = sample.fails("backup", str(target), env=EN)
    assert r.stderr.count("\n") == 1 and "--force" in r.stderr
    assert target.read_bytes() == b"precious"
    data = json.loads(sample.ok("backup", str(target), "--force", "--json").stdout)
    from cchc.store.info import RECORD_TABLES

    assert data["records"] == sum(sample.count(t) for t in RECORD_TABLES) and data["path"] == str(target)
    assert counts(target)["dossiers"] == 675


def test_backup_onto_the_ledger_itself_is_refused(sample):
    before = sample.db.read_bytes()
    r = sample.fails("backup", str(sample.db), "--force", env=EN)
    assert "is the ledger" in r.stderr
    assert sample.db.read_bytes() == before


def test_backup_while_another_process_writes(sample, tmp_path):
    """A writer keeps adding dossiers in one transaction per record while backups are taken."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from cchc.store.ledger import Ledger\n"
        "from cchc.services import dossiers\n"
        f"led = Ledger.open({str(sample.db)!r})\n"
        "for i in range(300):\n"
        "    dossiers.add(led, 'BK-%04d' % i, 'p', date(2022, 3, 1), due_on=date(2022, 3, 5))\n"
    )
    start = counts(sample.db)["audit"]
    writer = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
    from conftest import Cli

    taken = []
    try:
        for i in range(5):
            target = tmp_path / f"b{i}.db"
            sample.ok("backup", str(target))
            taken.append(target)
    finally:
        assert writer.wait(timeout=60) == 0, writer.stderr.read()
    for target in taken:
        Cli(target).ok("check")  # every copy is consistent: each record with its audit entry
        c = counts(target)
        assert c["audit"] - start == c["dossiers"] - 675


def test_restore_keeps_the_current_ledger_beside_it(sample, tmp_path):
    target = tmp_path / "b.db"
    sample.ok("backup", str(target))
    sample.ok("dossier", "add", "AFTER-1", "--procedure", "p", "--received", "01/06/2022", "--due", "05/06/2022")
    current = counts(sample.db)
    r = sample.ok("restore", str(target), env=EN)
    kept = [p for p in sample.db.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and str(kept[0]) in r.stderr
    assert stat.S_IMODE(os.stat(kept[0]).st_mode) == 0o600
    assert counts(kept[0]) == current  # the replaced ledger, with AFTER-1
    assert counts(sample.db)["dossiers"] == 675
    sample.fails("dossier", "show", "AFTER-1")
    sample.ok("check")
    # a second restore keeps a second copy under another new name
    sample.ok("restore", str(target))
    assert len([p for p in sample.db.parent.iterdir() if ".before-restore-" in p.name]) == 2


def test_restore_into_a_missing_ledger(sample, tmp_path):
    from conftest import Cli

    target = tmp_path / "b.db"
    sample.ok("backup", str(target))
    fresh = Cli(tmp_path / "new" / "ledger.db")
    r = fresh.ok("restore", str(target), env=EN)
    assert "kept" not in r.stderr
    assert counts(fresh.db)["dossiers"] == 675
    fresh.ok("check")


def test_restore_checks_the_backup_first(sample, tmp_path):
    before = sample.db.read_bytes()
    bad = {
        "garbage.db": b"\x00garbage" * 1000,
        "text.db": "Mã hồ sơ,Thủ tục\n".encode() * 100,
    }
    for name, content in bad.items():
        (tmp_path / name).write_bytes(content)
    good = tmp_path / "good.db"
    sample.ok("backup", str(good))
    (tmp_path / "truncated.db").write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE x (y)")
    other.commit()
    other.close()
    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    tamper(
        newer, "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('cchc', 'm999_future', 'x')"
    )
    cases = {
        "garbage.db": "not SQLite",
        "text.db": "not SQLite",
        "truncated.db": "",
        "other.db": "not a cchc ledger",
        "newer.db": "newer cchc (m999_future)",
        "missing.db": "no backup file",
    }
    for name, words in cases.items():
        path = tmp_path / name
        content = path.read_bytes() if path.exists() else None
        r = sample.fails("restore", str(path), env=EN)
        assert r.stderr.count("\n") == 1, r.stderr
        assert words in r.stderr
        assert sample.db.read_bytes() == before, name
        assert (path.read_bytes() if path.exists() else None) == content
    assert not [p for p in sample.db.parent.iterdir() if ".before-restore-" in p.name]


def test_restore_over_a_damaged_ledger_moves_it_aside_untouched(sample, tmp_path):
    good = tmp_path / "good.db"
    sample.ok("backup", str(good))
    sample.db.write_bytes(b"not a ledger any more")
    r = sample.ok("restore", str(good), env=EN)
    kept = [p for p in sample.db.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"not a ledger any more"
    assert str(kept[0]) in r.stderr
    sample.ok("check")


def test_backup_to_a_missing_folder_is_refused(sample, tmp_path):
    """An unmounted drive must not silently become a local folder."""
    target = tmp_path / "usb" / "backup.db"
    r = sample.fails("backup", str(target), env=EN)
    assert "no folder" in r.stderr
    assert not target.parent.exists()
