"""Ctrl-C and SIGTERM, with real processes: interrupted before its COMMIT, a command rolls back,
says nothing was written and exits 130; interrupted after, it finishes and exits 0. The exit
code always agrees with what the ledger holds."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CCHC = [sys.executable, "-m", "cchc"]
ENV = {**os.environ, "CCHC_LANG": "en", "NO_COLOR": "1"}
ROWS = 3000


def dossier_file(path: Path, batch: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("code,procedure,received_on,due_on,applicant\n")
        for i in range(ROWS):
            fh.write(f"B{batch}-{i:05d},Cấp phép {i % 40},01/03/2022,10/03/2022,Người nộp {i}\n")
    return path


def landed(db: Path, batch: int) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT COUNT(*) FROM dossiers WHERE code LIKE ?", (f"B{batch}-%",)).fetchone()[0]
        logged = conn.execute("SELECT COUNT(*) FROM audit_rows WHERE key LIKE ?", (f"B{batch}-%",)).fetchone()[0]
        return rows, logged
    finally:
        conn.close()


def timed_import(db: Path, path: Path) -> float:
    start = time.perf_counter()
    subprocess.run([*CCHC, "--db", str(db), "import", "dossiers", str(path)], check=True, capture_output=True)
    return time.perf_counter() - start


@pytest.mark.slow
def test_interrupts_at_many_points_of_an_import_agree_with_the_ledger(tmp_path):
    db = tmp_path / "l.db"
    subprocess.run([*CCHC, "--db", str(db), "init"], check=True, capture_output=True)
    duration = timed_import(db, dossier_file(tmp_path / "warm.csv", 0))
    points = 18
    seen = {"130": 0, "0": 0}
    for k in range(points):
        batch = k + 1
        path = dossier_file(tmp_path / f"b{batch}.csv", batch)
        sig = signal.SIGINT if k % 2 == 0 else signal.SIGTERM
        delay = 0.15 + (duration + 0.2) * k / (points - 1)  # from start-up to past the commit
        p = subprocess.Popen(
            [*CCHC, "--db", str(db), "import", "dossiers", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        time.sleep(delay)
        p.send_signal(sig)
        out, err = p.communicate(timeout=120)
        rows, logged = landed(db, batch)
        assert "Traceback" not in err and "user-defined function" not in err, err
        if p.returncode == 130:
            assert (rows, logged) == (0, 0), (k, err)
            assert err.strip().endswith("interrupted; nothing was written to the ledger"), err
        else:
            assert p.returncode == 0, (p.returncode, err)
            assert (rows, logged) == (ROWS, ROWS), (k, err)
            assert "3000 inserted" in err
        seen[str(p.returncode)] += 1
    assert seen["130"] and seen["0"], seen  # both sides of the commit were hit
    r = subprocess.run([*CCHC, "--db", str(db), "check"], capture_output=True, text=True, env=ENV)
    assert r.returncode == 0 and r.stdout == "", r.stdout + r.stderr
    print(f"interrupts: {points} points over {duration:.2f} s of import, exits {seen}")


def test_interrupt_inside_a_sqlite_callback_is_reported_as_an_interrupt(cli, monkeypatch):
    """A KeyboardInterrupt raised while SQLite runs Python code (a collation) reaches cchc as an
    OperationalError; it is still an interrupt: rolled back, exit 130."""
    from cchc.store import interrupts, ledger

    cli.ok("dossier", "add", "A-1", "--procedure", "p", "--received", "01/03/2022", "--due", "10/03/2022")
    real = ledger.Ledger.write
    monkeypatch.setattr(interrupts.SIGNALS, "received", None)  # restored after the test

    def write(self, source=None):
        interrupts.SIGNALS.received = signal.SIGINT  # as if the handler had run inside SQLite
        return real(self, source)

    monkeypatch.setattr(ledger.Ledger, "write", write)
    r = cli(
        "--lang", "en", "dossier", "add", "A-2", "--procedure", "p", "--received", "01/03/2022", "--due", "10/03/2022"
    )
    assert r.exit_code == 130 and "nothing was written" in r.stderr
    assert cli.rows("SELECT code FROM dossiers") == [("A-1",)]


def test_a_signal_after_the_commit_finishes_normally(cli, monkeypatch):
    from cchc.store import interrupts, ledger

    real = ledger.Ledger._commit
    monkeypatch.setattr(interrupts.SIGNALS, "received", None)  # restored after the test
    monkeypatch.setattr(interrupts.SIGNALS, "committed", False)

    def commit(self):
        real(self)
        interrupts.SIGNALS.handler(signal.SIGINT, None)  # arrives just after COMMIT: recorded only

    monkeypatch.setattr(ledger.Ledger, "_commit", commit)
    r = cli(
        "--lang", "en", "dossier", "add", "A-1", "--procedure", "p", "--received", "01/03/2022", "--due", "10/03/2022"
    )
    assert r.exit_code == 0 and "received dossier A-1" in r.stderr
    assert cli.count("dossiers") == 1
