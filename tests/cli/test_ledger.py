"""The ledger file: where it is, migrations on open, refusing files it must not touch."""

from __future__ import annotations

import os
import sqlite3
import stat

from cchc.store import migrate, schema


def test_init_creates_ledger_with_owner_only_permissions(fresh, db):
    cli = fresh
    result = cli.ok("init")
    assert db.exists()
    assert str(db) in result.stderr
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    applied = [r[0] for r in cli.rows("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert applied == schema.names()
    assert cli.rows("PRAGMA journal_mode")[0][0] == "wal"


def test_an_empty_file_made_beforehand_becomes_owner_only(fresh, db):
    cli = fresh
    db.parent.mkdir(parents=True, exist_ok=True)
    db.touch(mode=0o644)
    os.chmod(db, 0o644)
    cli.ok("init")
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600


def test_init_twice_is_harmless(cli):
    cli.ok("init")
    assert "sẵn sàng" in cli.ok("init").stderr


def test_a_named_ledger_is_made_only_by_init(tmp_path):
    from conftest import Cli

    nested = tmp_path / "a" / "b" / "ledger.db"
    r = Cli(nested).fails("plan", "add", "01/KH-X", "--title", "t", "--year", "2022")
    assert "cchc init" in r.stderr and str(nested) in r.stderr
    assert not (tmp_path / "a").exists()
    old = os.umask(0)  # folders and files owner-only whatever the umask
    try:
        Cli(nested).ok("init")
        Cli(nested).ok("plan", "add", "01/KH-X", "--title", "t", "--year", "2022")
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b"):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    for f in nested.parent.iterdir():  # the ledger and its -wal/-shm
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600, f


def test_the_default_ledger_is_made_on_first_use_and_says_so(tmp_path):
    from typer.testing import CliRunner

    from cchc.cli.app import app

    env = {"CCHC_DB": None, "XDG_DATA_HOME": str(tmp_path / "xdg"), "CCHC_LANG": "en"}
    r = CliRunner().invoke(app, ["plan", "add", "01/KH-X", "--title", "t", "--year", "2022"], env=env)
    assert r.exit_code == 0, r.stderr
    made = tmp_path / "xdg" / "cchc" / "ledger.db"
    assert f"created a new ledger {made}" in r.stderr and made.exists()
    r = CliRunner().invoke(app, ["plan", "list", "--json"], env=env)
    assert "created" not in r.stderr and "01/KH-X" in r.stdout


def test_db_path_order(cli, db, tmp_path, monkeypatch):
    assert cli.ok("db", "path").stdout.strip() == str(db)
    from typer.testing import CliRunner

    from cchc.cli.app import app

    env_db = tmp_path / "env.db"
    out = CliRunner().invoke(app, ["db", "path"], env={"CCHC_DB": str(env_db)})
    assert out.stdout.strip() == str(env_db)
    out = CliRunner().invoke(app, ["db", "path"], env={"CCHC_DB": None, "XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert out.stdout.strip().endswith(os.path.join("cchc", "ledger.db"))


def test_read_command_on_missing_ledger_is_a_clear_error(fresh, db):
    result = fresh.fails("plan", "list")
    assert "cchc init" in result.stderr
    assert not db.exists()


def test_not_a_sqlite_file_is_refused_and_untouched(cli, db):
    db.write_bytes(b"hello, this is a spreadsheet\n" * 10)
    before = db.read_bytes()
    result = cli.fails("plan", "add", "01/KH-X", "--title", "t", "--year", "2022")
    assert "SQLite" in result.stderr
    assert result.stderr.count("\n") == 1
    assert db.read_bytes() == before


def test_foreign_sqlite_database_is_refused(fresh, db):
    cli = fresh
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    cli.fails("dossier", "list")
    assert cli.rows("SELECT name FROM sqlite_master") == [("other",)]


def test_ledger_from_newer_cchc_is_refused_unchanged(cli, db):
    cli.ok("init")
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('cchc', 'm999_future', 'x')")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    result = cli.fails("plan", "add", "01/KH-X", "--title", "t", "--year", "2022")
    assert "m999_future" in result.stderr
    assert db.read_bytes() == before


def test_pending_migration_applies_on_open(cli, db, monkeypatch):
    cli.ok("init")
    calls = []

    def m999_test(database):
        calls.append(1)
        database.execute("CREATE TABLE extra (x)")

    monkeypatch.setattr(migrate, "MIGRATIONS", [*schema.MIGRATIONS, ("m999_test", m999_test)])
    cli.ok("plan", "list")
    cli.ok("plan", "list")
    assert calls == [1]
    assert cli.rows("SELECT name FROM _sqlite_migrations WHERE name = 'm999_test'")


def test_version_and_help(cli):
    assert cli.ok("--version").stdout.startswith("cchc ")
    assert "dossier" in cli.ok("--help").stdout


def test_bad_lang_is_usage_error(cli):
    cli.fails("--lang", "fr", "plan", "list", code=2)


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "cchc", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("cchc ")


def test_import_cli_stays_light():
    import subprocess
    import sys

    code = (
        "import sys, cchc.cli, cchc.cli.app, cchc.cli.dossier, cchc.store.dossiers, cchc.store.dossier_writer; "
        "print(sorted(m for m in ('sqlite_utils', 'rich.table') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_db_info(sample):
    import json

    data = json.loads(sample.ok("db", "info", "--json").stdout)
    assert data["counts"]["dossiers"] == 675
    assert data["counts"]["tasks"] == 50
    assert data["migrations"] == schema.names()
