"""Several real ``cchc`` processes writing one ledger at once: every record lands, none twice,
and "database is locked" never reaches the user."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CCHC = [sys.executable, "-m", "cchc"]
WORKERS = 4
PER_WORKER = 10
IMPORTED = 3000


def env(**extra: str) -> dict:
    return {**os.environ, "CCHC_LANG": "en", "NO_COLOR": "1", **extra}


def worker_script(db: Path, worker: int, n: int) -> list[str]:
    """One process that adds ``n`` dossiers, each through its own ``cchc dossier add``."""
    code = (
        "import subprocess, sys\n"
        f"for i in range({n}):\n"
        f"    r = subprocess.run({CCHC!r} + ['--db', {str(db)!r}, 'dossier', 'add',"
        f" 'W{worker}-%03d' % i, '--procedure', 'Cấp phép', '--received', '01/03/2022',"
        " '--due', '10/03/2022'], capture_output=True, text=True)\n"
        "    sys.stderr.write(r.stderr)\n"
        "    if r.returncode: sys.stdout.write('FAIL %d\\n' % r.returncode)\n"
    )
    return [sys.executable, "-c", code]


def test_four_writers_and_an_import_on_a_new_ledger(tmp_path):
    db = tmp_path / "shared.db"  # not created yet: the writers race to create it too
    catalog = tmp_path / "catalog.csv"
    with open(catalog, "w", encoding="utf-8") as fh:
        fh.write("code,name,field,days\n")
        fh.writelines(f"1.{i:05d},Thủ tục {i},Lĩnh vực {i % 9},{1 + i % 30}\n" for i in range(IMPORTED))
    # the fifth process imports a file (the dossier importer is another helper's; the catalog
    # import is the same shape: thousands of rows and audit entries in one transaction)
    importer = [
        sys.executable,
        "-c",
        "import subprocess, sys, time; time.sleep(0.3);"
        f"r = subprocess.run({CCHC!r} + ['--db', {str(db)!r}, 'procedure', 'import',"
        f" {str(catalog)!r}], capture_output=True, text=True);"
        "sys.stderr.write(r.stderr);"
        "r.returncode and sys.stdout.write('FAIL %d' % r.returncode)",
    ]
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
        for cmd in [*(worker_script(db, w, PER_WORKER) for w in range(WORKERS)), importer]
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for out, err in outputs:
        assert "FAIL" not in out, err
        assert "locked" not in err and "Traceback" not in err and "busy" not in err
    conn = sqlite3.connect(db)
    codes = [r[0] for r in conn.execute("SELECT code FROM dossiers")]
    audit_keys = [r[0] for r in conn.execute("SELECT key FROM audit WHERE kind = 'dossier'")]
    conn.close()
    expected = {f"W{w}-{i:03d}" for w in range(WORKERS) for i in range(PER_WORKER)}
    assert sorted(codes) == sorted(expected)  # every record, none twice
    assert sorted(audit_keys) == sorted(expected)  # one audit entry each
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(DISTINCT code) FROM procedures").fetchone()[0] == IMPORTED
    assert conn.execute("SELECT COUNT(*) FROM audit_rows").fetchone()[0] == IMPORTED  # a row each
    conn.close()
    check = subprocess.run([*CCHC, "--db", str(db), "check"], capture_output=True, text=True, env=env())
    assert check.returncode == 0, check.stdout + check.stderr


def test_writer_waits_for_a_long_transaction(tmp_path):
    db = tmp_path / "l.db"
    subprocess.run([*CCHC, "--db", str(db), "init"], check=True, capture_output=True)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    proc = subprocess.Popen(
        [*CCHC, "--db", str(db), "plan", "add", "01/KH-X", "--title", "t", "--year", "2022"],
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=1.0)  # still waiting for the lock, not failed
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert proc.wait(timeout=30) == 0, proc.stderr.read()
    assert "locked" not in proc.stderr.read()


@pytest.mark.parametrize(
    "args",
    [
        ("plan", "add", "01/KH-X", "--title", "t", "--year", "2022"),
        ("dossier", "add", "A-1", "--procedure", "p", "--received", "01/03/2022", "--due", "05/03/2022"),
    ],
)
def test_still_locked_after_the_retries_is_one_clear_line(tmp_path, args):
    db = tmp_path / "l.db"
    subprocess.run([*CCHC, "--db", str(db), "init"], check=True, capture_output=True)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        r = subprocess.run(
            [*CCHC, "--db", str(db), *args],
            capture_output=True,
            text=True,
            env=env(CCHC_BUSY_TIMEOUT="0.2"),
            timeout=30,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith("cchc: the ledger is busy (someone else is writing)")
    assert "database is locked" not in r.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 0
    conn.close()


def test_readers_are_not_blocked_by_a_writer(tmp_path):
    db = tmp_path / "r.db"
    subprocess.run(
        [
            *CCHC,
            "--db",
            str(db),
            "dossier",
            "add",
            "A-1",
            "--procedure",
            "p",
            "--received",
            "01/03/2022",
            "--due",
            "05/03/2022",
        ],
        check=True,
        capture_output=True,
    )
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE dossiers SET note = 'x'")
    try:
        for args in (("dossier", "list", "--json"), ("check",), ("audit", "verify")):
            r = subprocess.run(
                [*CCHC, "--db", str(db), *args],
                capture_output=True,
                text=True,
                env=env(CCHC_BUSY_TIMEOUT="0.5"),
                timeout=30,
            )
            assert r.returncode == 0, (args, r.stdout, r.stderr)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
