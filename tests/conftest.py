"""Shared fixtures: a CLI runner bound to a temporary ledger, and the sample ledger."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli.app import app

ROOT = Path(__file__).resolve().parent.parent


class Cli:
    """Run ``cchc --db DB ...`` in-process; the result has stdout, stderr and exit_code."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None, env: dict | None = None):
        return self.runner.invoke(app, ["--db", str(self.db), *map(str, args)], input=input, env=env)

    def ok(self, *args: str, **kw):
        result = self(*args, **kw)
        assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
        return result

    def fails(self, *args: str, code: int = 1, **kw):
        result = self(*args, **kw)
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr + result.stdout
        return result

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Read the ledger directly (read-only, never creating it)."""
        conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def count(self, table: str) -> int:
        """Rows in a table; 0 when the ledger does not exist (a failed first command leaves none)."""
        if not self.db.exists():
            return 0
        return self.rows(f"SELECT COUNT(*) FROM {table}")[0][0]


def copy_ledger(src: Path, dst: Path) -> None:
    """A private copy of a ledger (0600, as cchc makes them) through SQLite's backup API."""
    import os

    os.close(os.open(dst, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


@pytest.fixture(scope="session")
def empty_master(tmp_path_factory) -> Path:
    """A ledger as ``cchc init`` makes it."""
    from cchc.store.ledger import Ledger

    path = tmp_path_factory.mktemp("empty") / "ledger.db"
    Ledger.open(path, create=True).close()
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "ledger.db"


@pytest.fixture
def cli(db: Path, empty_master: Path) -> Cli:
    """A CLI bound to a new, empty ledger (made on purpose, as ``cchc init`` would)."""
    copy_ledger(empty_master, db)
    return Cli(db)


@pytest.fixture
def fresh(db: Path) -> Cli:
    """A CLI bound to a ledger path where nothing exists yet."""
    return Cli(db)


def _load_sample_module():
    spec = importlib.util.spec_from_file_location("load_sample", ROOT / "data" / "load_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sample_master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    _load_sample_module().load(path)
    return path


@pytest.fixture
def sample(sample_master: Path, tmp_path: Path) -> Cli:
    """A private copy of the sample ledger, with a CLI bound to it."""
    path = tmp_path / "sample.db"
    copy_ledger(sample_master, path)
    return Cli(path)
