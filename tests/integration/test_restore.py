"""Restore as one locked step, with real processes: writers during a restore lose nothing, a
backup's WAL is read, a killed restore leaves the ledger as it was and no misleading file."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CCHC = [sys.executable, "-m", "cchc"]
ENV = {**os.environ, "CCHC_LANG": "en", "NO_COLOR": "1"}


def codes(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT code FROM dossiers")}
    finally:
        conn.close()


def check(db: Path) -> None:
    r = subprocess.run([*CCHC, "--db", str(db), "check"], capture_output=True, text=True, env=ENV)
    assert r.returncode == 0 and r.stdout == "", r.stdout + r.stderr


def writer(db: Path, worker: int, n: int) -> list[str]:
    code = (
        "import subprocess, sys, time\n"
        f"for i in range({n}):\n"
        f"    code = 'R{worker}-%03d' % i\n"
        f"    r = subprocess.run({CCHC!r} + ['--db', {str(db)!r}, 'dossier', 'add', code, '--procedure', 'p',"
        " '--received', '01/06/2022', '--due', '05/06/2022'], capture_output=True, text=True)\n"
        "    print(('OK ' if r.returncode == 0 else 'FAIL ') + code + ' %.4f' % time.time(), flush=True)\n"
        "    r.returncode and sys.stderr.write(r.stderr)\n"
    )
    return [sys.executable, "-c", code]


@pytest.mark.slow
def test_writers_during_restores_lose_no_acknowledged_record(sample, tmp_path):
    backup = tmp_path / "b.db"
    sample.ok("backup", str(backup))
    in_backup = codes(backup)
    workers, per_worker, restores = 3, 8, 2
    procs = [
        subprocess.Popen(writer(sample.db, w, per_worker), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w in range(workers)
    ]
    done = []
    for _ in range(restores):
        time.sleep(0.8)
        r = subprocess.run([*CCHC, "--db", str(sample.db), "restore", str(backup)], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        done.append(time.time())
    outputs = [p.communicate(timeout=300) for p in procs]
    acked: dict[str, float] = {}
    for out, err in outputs:
        for line in out.splitlines():
            status, code, when = line.split()
            if status == "OK":
                acked[code] = float(when)
            else:
                assert "busy" in err, err  # the only acceptable refusal
    kept = [p for p in sample.db.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == restores
    everywhere = codes(sample.db).union(*(codes(k) for k in kept))
    lost = sorted(set(acked) - everywhere)
    assert not lost, lost  # every acknowledged write is in the ledger or in a copy kept aside
    after_last = {c for c, t in acked.items() if t > done[-1]}
    assert after_last <= codes(sample.db)  # written after the last restore: in the ledger
    assert codes(sample.db) - in_backup <= set(acked)
    assert len(acked) >= workers * per_worker // 2, len(acked)
    check(sample.db)
    for k in kept:
        check(k)
    print(f"restore race: {workers} writers x {per_worker}, {restores} restores, {len(acked)} acknowledged, 0 lost")


def test_a_backup_with_frames_in_its_wal_is_restored_whole(sample, tmp_path):
    """A backup copied while its ledger was open (the -wal beside it holds committed rows)."""
    live = tmp_path / "live.db"
    shutil.copyfile(sample.db, live)
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    from cchc.services import dossiers
    from cchc.store.ledger import Ledger

    led = Ledger.open(live, create=False)
    led.conn.execute("PRAGMA wal_autocheckpoint = 0")
    from datetime import date

    for i in range(20):
        dossiers.add(led, f"WAL-{i:02d}", "p", date(2022, 6, 1), due_on=date(2022, 6, 5))
    backup, wal = tmp_path / "copy.db", tmp_path / "copy.db-wal"
    shutil.copyfile(live, backup)
    shutil.copyfile(f"{live}-wal", wal)
    led.close()
    conn.close()
    assert wal.stat().st_size > 32
    before = (backup.read_bytes(), wal.read_bytes())
    assert not {f"WAL-{i:02d}" for i in range(20)} & codes_immutable(backup)  # the file alone lacks them
    r = sample.ok("--lang", "en", "restore", str(backup))
    assert "read together with the write-ahead log" in r.stderr
    assert {f"WAL-{i:02d}" for i in range(20)} <= codes(sample.db)
    assert (backup.read_bytes(), wal.read_bytes()) == before  # the backup's own files untouched
    sample.ok("check")


def codes_immutable(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT code FROM dossiers")}
    finally:
        conn.close()


def test_restore_from_an_older_backup_migrates_it(cli, tmp_path):
    """A backup written before a migration is restored at the current schema and passes check."""
    cli.ok("dossier", "add", "OLD-1", "--procedure", "p", "--received", "01/06/2022", "--due", "05/06/2022")
    backup = tmp_path / "old.db"
    cli.ok("backup", str(backup))
    conn = sqlite3.connect(backup)  # as a backup made before the report notes came
    conn.execute("DROP TABLE report_notes")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm014_report_notes'")
    conn.commit()
    conn.close()
    cli.ok("dossier", "add", "NEW-1", "--procedure", "p", "--received", "02/06/2022", "--due", "06/06/2022")
    cli.ok("restore", str(backup))
    cli.ok("check")
    assert cli.rows("SELECT code FROM dossiers") == [("OLD-1",)]
    assert cli.rows("SELECT COUNT(*) FROM report_notes") == [(0,)]
    assert cli.rows("SELECT 1 FROM _sqlite_migrations WHERE name = 'm014_report_notes'") == [(1,)]


@pytest.mark.slow
def test_a_killed_restore_leaves_the_ledger_as_it_was_and_no_misleading_file(sample, tmp_path):
    backup = tmp_path / "b.db"
    sample.ok("backup", str(backup))
    sample.ok("dossier", "add", "ONLY-NOW", "--procedure", "p", "--received", "01/06/2022", "--due", "05/06/2022")
    current, restored = codes(sample.db), codes(backup)
    t0 = time.perf_counter()  # one whole restore, then put the other state back
    subprocess.run([*CCHC, "--db", str(sample.db), "restore", str(backup)], check=True, capture_output=True)
    full = time.perf_counter() - t0
    sample.ok("dossier", "add", "ONLY-NOW", "--procedure", "p", "--received", "01/06/2022", "--due", "05/06/2022")
    current = codes(sample.db)
    rng = random.Random(11)
    outcomes = {"killed before": 0, "killed after": 0, "finished": 0}
    kills = 12
    for _ in range(kills):
        p = subprocess.Popen([*CCHC, "--db", str(sample.db), "restore", str(backup)], stderr=subprocess.PIPE, env=ENV)
        try:
            p.wait(timeout=rng.uniform(0.05, full * 1.1))
            outcomes["finished"] += 1
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
        now = codes(sample.db)
        assert now in (current, restored)
        if p.returncode != 0:
            outcomes["killed after" if now == restored else "killed before"] += 1
        for k in (q for q in sample.db.parent.iterdir() if ".before-restore-" in q.name and "cchc-tmp" not in q.name):
            assert codes(k) in (current, restored), k  # a kept copy is always a whole ledger
        if now == restored:  # put the other state back for the next round
            sample.ok(
                "dossier", "add", "ONLY-NOW", "--procedure", "p", "--received", "01/06/2022", "--due", "05/06/2022"
            )
            current = codes(sample.db)
    check(sample.db)
    sample.ok("backup", str(tmp_path / "again.db"))  # the next command sweeps what kills left
    left = [q.name for q in sample.db.parent.iterdir() if q.name.endswith(".cchc-tmp")]
    assert not left, left
    print(f"killed restores: {kills} rounds over {full:.2f} s, {outcomes}")
