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


def worker_script(db: Path | None, worker: int, n: int, fail: bool = False) -> list[str]:
    """One process that runs ``n`` ``cchc dossier add``, each its own process, and prints the
    code of every dossier acknowledged (exit 0). ``db`` None: the per-user default ledger.
    ``fail``: each command is refused (an unknown procedure, so no appointment date)."""
    where = ["--db", str(db)] if db is not None else []
    extra = "['--procedure', '9.99999']" if fail else "['--procedure', 'Cấp phép', '--due', '10/03/2022']"
    code = (
        "import subprocess, sys\n"
        f"for i in range({n}):\n"
        f"    code = '{'F' if fail else 'W'}{worker}-%03d' % i\n"
        f"    r = subprocess.run({CCHC!r} + {where!r} + ['dossier', 'add', code, '--received', '01/03/2022']"
        f" + {extra}, capture_output=True, text=True)\n"
        "    sys.stderr.write(r.stderr)\n"
        "    print(('OK ' if r.returncode == 0 else 'FAIL %d ' % r.returncode) + code, flush=True)\n"
    )
    return [sys.executable, "-c", code]


def acknowledged(outputs) -> tuple[set[str], list[str]]:
    ok, failed = set(), []
    for out, _err in outputs:
        for line in out.splitlines():
            (ok.add(line.split()[1]) if line.startswith("OK ") else failed.append(line))
    return ok, failed


def test_writers_failing_commands_and_an_import_race_on_a_new_default_ledger(tmp_path):
    """The per-user ledger does not exist yet: good writers, refused commands and an import race
    to create it. A refused command never removes anything: every acknowledged record is there."""
    home = tmp_path / "xdg"
    db = home / "cchc" / "ledger.db"
    base = {k: v for k, v in env(XDG_DATA_HOME=str(home)).items() if k != "CCHC_DB"}
    catalog = tmp_path / "catalog.csv"
    with open(catalog, "w", encoding="utf-8") as fh:
        fh.write("code,name,field,days\n")
        fh.writelines(f"1.{i:05d},Thủ tục {i},Lĩnh vực {i % 9},{1 + i % 30}\n" for i in range(IMPORTED))
    bad = tmp_path / "bad.csv"  # an import that fails on its last row
    bad.write_text("code,name,days\n" + "".join(f"2.{i:03d},T {i},5\n" for i in range(200)) + "2.x,,0\n")
    importer = [
        sys.executable,
        "-c",
        "import subprocess, sys, time; time.sleep(0.3);"
        f"r = subprocess.run({CCHC!r} + ['procedure', 'import', {str(catalog)!r}], capture_output=True, text=True);"
        "sys.stderr.write(r.stderr);"
        "r.returncode and sys.stdout.write('FAIL %d' % r.returncode)",
    ]
    bad_importer = [
        sys.executable,
        "-c",
        "import subprocess, sys\n"
        "for i in range(4):\n"
        f"    r = subprocess.run({CCHC!r} + ['procedure', 'import', {str(bad)!r}], capture_output=True, text=True)\n"
        "    assert r.returncode == 1, r.stderr\n",
    ]
    cmds = [
        *(worker_script(None, w, PER_WORKER) for w in range(WORKERS)),
        *(worker_script(None, w, PER_WORKER // 2, fail=True) for w in range(2)),
        importer,
        bad_importer,
    ]
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=base) for c in cmds]
    outputs = [p.communicate(timeout=180) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e[-500:] for _o, e in outputs]
    ok, failed = acknowledged(outputs)
    for out, err in outputs:
        assert "locked" not in err and "Traceback" not in err and "busy" not in err
        assert "FAIL" not in out or all(line.startswith("FAIL 1 F") for line in out.splitlines())
    expected = {f"W{w}-{i:03d}" for w in range(WORKERS) for i in range(PER_WORKER)}
    assert ok == expected and len(failed) == 2 * (PER_WORKER // 2)
    conn = sqlite3.connect(db)
    codes = [r[0] for r in conn.execute("SELECT code FROM dossiers")]
    audit_keys = [r[0] for r in conn.execute("SELECT key FROM audit WHERE kind = 'dossier'")]
    assert sorted(codes) == sorted(expected)  # every acknowledged record, none twice
    assert sorted(audit_keys) == sorted(expected)  # one audit entry each
    assert conn.execute("SELECT COUNT(DISTINCT code) FROM procedures").fetchone()[0] == IMPORTED
    assert conn.execute("SELECT COUNT(*) FROM audit_rows").fetchone()[0] == IMPORTED  # a row each
    conn.close()
    check = subprocess.run([*CCHC, "check"], capture_output=True, text=True, env=base)
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.parametrize("rounds", [1])
def test_commands_on_a_missing_named_ledger_never_create_it(tmp_path, rounds):
    """With --db naming a ledger that does not exist, every command but init is refused, even
    many at once, and nothing is created — until init, after which every write lands."""
    db = tmp_path / "typo" / "ledger.db"
    for _ in range(rounds):
        procs = [
            subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
            for c in (worker_script(db, w, 2) for w in range(3))
        ]
        outputs = [p.communicate(timeout=60) for p in procs]
        ok, failed = acknowledged(outputs)
        assert not ok and len(failed) == 6 and all(f.startswith("FAIL 1 ") for f in failed)
        assert all("cchc init" in err for _o, err in outputs)
        assert not (tmp_path / "typo").exists()
    subprocess.run([*CCHC, "--db", str(db), "init"], check=True, capture_output=True)
    procs = [
        subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
        for c in (worker_script(db, w, 2) for w in range(3))
    ]
    ok, failed = acknowledged([p.communicate(timeout=60) for p in procs])
    assert len(ok) == 6 and not failed
    conn = sqlite3.connect(db)
    assert {r[0] for r in conn.execute("SELECT code FROM dossiers")} == ok
    conn.close()


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
    subprocess.run([*CCHC, "--db", str(db), "init"], check=True, capture_output=True)
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
