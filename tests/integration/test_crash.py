"""Crashes and damaged files, with real processes.

* An import killed with SIGKILL at random points, many times over: afterwards the ledger holds
  all of that import or none of it, with its audit entries, and ``cchc check`` passes.
* A ledger file that is truncated, garbage or from a newer cchc: one clear error line, and the
  file is left byte for byte as it was.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CCHC = [sys.executable, "-m", "cchc"]
ENV = {**os.environ, "CCHC_LANG": "en", "NO_COLOR": "1"}
ROWS = 8000
KILLS = 24


def procedure_file(path: Path, batch: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("code,name,field,days\n")
        for i in range(ROWS):
            fh.write(f"{batch}.{i:05d},Thủ tục {batch}-{i} cấp phép,Lĩnh vực {i % 30},{1 + i % 60}\n")
    return path


def importer_available(noun: str) -> bool:
    r = subprocess.run([*CCHC, "import", "--help"], capture_output=True, text=True, env=ENV)
    return r.returncode == 0 and noun in r.stdout


def landed(db: Path, batch: int) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT COUNT(*) FROM procedures WHERE code LIKE ?", (f"{batch}.%",)).fetchone()[0]
        logged = conn.execute(
            "SELECT COUNT(*) FROM audit_rows WHERE key LIKE ?",
            (f"{batch}.%",),  # the import's audit rows
        ).fetchone()[0]
        return rows, logged
    finally:
        conn.close()


def run_killed(args: list[str], delay: float) -> int | None:
    """Start ``cchc ARGS``; SIGKILL it after ``delay`` seconds unless it ended; its exit code."""
    proc = subprocess.Popen([*CCHC, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None
    assert proc.returncode == 0, proc.stderr.read()
    return 0


def check(db: Path) -> None:
    r = subprocess.run([*CCHC, "--db", str(db), "check"], capture_output=True, text=True, env=ENV)
    assert r.returncode == 0 and r.stdout == "", r.stdout + r.stderr


def test_sigkill_during_a_catalog_import_is_all_or_nothing(tmp_path):
    """The catalog import writes thousands of rows and audit entries in one transaction."""
    db = tmp_path / "ledger.db"
    subprocess.run([*CCHC, "--db", str(db), "init"], check=True, capture_output=True)
    # how long one import takes on this machine, to spread the kills over all of it
    t0 = time.perf_counter()
    subprocess.run(
        [*CCHC, "--db", str(db), "procedure", "import", str(procedure_file(tmp_path / "p0.csv", 0))],
        check=True,
        capture_output=True,
    )
    full = time.perf_counter() - t0
    rng = random.Random(6)
    outcomes = {"killed, none landed": 0, "killed after commit": 0, "finished": 0}
    for batch in range(1, KILLS + 1):
        path = procedure_file(tmp_path / "p.csv", batch)
        delay = rng.uniform(0.02, full * 1.1)
        code = run_killed(["--db", str(db), "procedure", "import", str(path)], delay)
        rows, logged = landed(db, batch)
        assert (rows, logged) in ((0, 0), (ROWS, ROWS)), (batch, delay, rows, logged)
        if code == 0:
            outcomes["finished"] += 1
            assert rows == ROWS
        else:
            outcomes["killed after commit" if rows else "killed, none landed"] += 1
        if batch % 8 == 0:
            check(db)
    check(db)
    print(f"\nSIGKILL catalog import: {outcomes} (one import takes {full:.2f} s)")
    assert outcomes["killed, none landed"] >= KILLS // 4  # most kills hit mid-import


DOSSIER_ROWS = 20000
DOSSIER_HEADER = (
    "code,procedure,field,applicant,channel,received_on,due_on,resolved_on,"
    "returned_on,return_reason,withdrawn_on,note\n"
)


def dossier_file(path: Path, batch: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(DOSSIER_HEADER)
        for i in range(DOSSIER_ROWS):
            done = f"2022-03-{1 + i % 14:02d}" if i % 3 else ""
            fh.write(
                f"B{batch}-{i:06d},Cấp phép xây dựng,Xây dựng,Nguyễn Văn {i},online,2022-03-01,2022-03-15,{done},,,,\n"
            )
    return path


def test_sigkill_during_a_dossier_import_is_all_or_nothing(tmp_path):
    if not importer_available("dossiers"):
        pytest.skip("cchc import dossiers is not there")
    db = tmp_path / "ledger.db"
    subprocess.run([*CCHC, "--db", str(db), "init"], check=True, capture_output=True)
    t0 = time.perf_counter()
    subprocess.run(
        [*CCHC, "--db", str(db), "import", "dossiers", str(dossier_file(tmp_path / "d0.csv", 0))],
        check=True,
        capture_output=True,
    )
    full = time.perf_counter() - t0
    rng = random.Random(61)
    outcomes = {"killed, none landed": 0, "killed after commit": 0, "finished": 0}
    for batch in range(1, 17):
        path = dossier_file(tmp_path / "d.csv", batch)
        code = run_killed(["--db", str(db), "import", "dossiers", str(path)], rng.uniform(0.02, full * 1.1))
        conn = sqlite3.connect(db)
        rows = conn.execute("SELECT COUNT(*) FROM dossiers WHERE code LIKE ?", (f"B{batch}-%",)).fetchone()[0]
        logged = conn.execute(
            "SELECT COUNT(*) FROM audit_rows WHERE key LIKE ?",
            (f"B{batch}-%",),  # the import's audit rows
        ).fetchone()[0]
        conn.close()
        assert (rows, logged) in ((0, 0), (DOSSIER_ROWS, DOSSIER_ROWS)), (batch, rows, logged)
        if code == 0:
            outcomes["finished"] += 1
        else:
            outcomes["killed after commit" if rows else "killed, none landed"] += 1
    check(db)
    print(f"\nSIGKILL dossier import: {outcomes} (one import takes {full:.2f} s)")
    assert outcomes["killed, none landed"] >= 4


# -- damaged ledger files ---------------------------------------------------------------------
@pytest.fixture
def ledger_bytes(sample) -> bytes:
    conn = sqlite3.connect(sample.db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return sample.db.read_bytes()


DAMAGE = {
    "truncated to the header": lambda b: b[:100],
    "truncated to one page": lambda b: b[:4096],
    "truncated by half": lambda b: b[: len(b) // 2],
    "zeroed after the header": lambda b: b[:100] + b"\x00" * (len(b) - 100),
    "garbage": lambda b: bytes(random.Random(1).randbytes(len(b))),
    "garbage after page one": lambda b: b[:4096] + random.Random(2).randbytes(len(b) - 4096),
    "empty spreadsheet": lambda b: "Mã hồ sơ;Thủ tục\r\n".encode("utf-16"),
}
COMMANDS = [
    ("dossier", "list"),
    ("dossier", "add", "Z-1", "--procedure", "p", "--received", "01/03/2022", "--due", "05/03/2022"),
    ("plan", "add", "09/KH-X", "--title", "t", "--year", "2022"),
    ("check",),
    ("audit", "verify"),
    ("report", "range", "--from", "15/12/2021", "--to", "14/06/2022"),
]


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_ledger_is_a_clear_error_and_left_as_it_was(sample, ledger_bytes, damage, tmp_path):
    damaged = DAMAGE[damage](ledger_bytes)
    sample.db.write_bytes(damaged)
    for args in [*COMMANDS, ("backup", str(tmp_path / "b.db"))]:
        r = subprocess.run([*CCHC, "--db", str(sample.db), *args], capture_output=True, text=True, env=ENV, timeout=60)
        assert r.returncode != 0 or args[0] == "check", (damage, args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
        if args[0] not in ("check", "audit"):
            assert r.stderr.count("\n") == 1 and r.stderr.startswith("cchc: "), (args, r.stderr)
        assert sample.db.read_bytes() == damaged, (damage, args)
    assert not (tmp_path / "b.db").exists()


def test_ledger_from_a_newer_cchc_is_left_as_it_was(sample, ledger_bytes):
    conn = sqlite3.connect(sample.db)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('cchc', 'm099_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = sample.db.read_bytes()
    for args in COMMANDS:
        r = subprocess.run([*CCHC, "--db", str(sample.db), *args], capture_output=True, text=True, env=ENV)
        assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
        assert "newer cchc" in r.stderr and "m099_from_the_future" in r.stderr
        assert sample.db.read_bytes() == before
