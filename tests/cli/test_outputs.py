"""Outputs never clobber: every ``-o``, ``export all`` and ``backup`` goes through one writer
that refuses the ledger (through links), replaces regular files atomically, writes devices and
FIFOs in place, and leaves owner-only files and no temporary files behind."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import threading

import pytest

EN = {"CCHC_LANG": "en"}
H1 = ("report", "semester", "2022-H1", "--until", "09/06/2022")

# every command that writes a file, with FILE where the target goes
WRITERS = [
    ("export", "dossiers", "-o", "FILE"),
    ("export", "dossiers", "--format", "json", "-o", "FILE"),
    ("export", "dossiers", "--format", "xlsx", "-o", "FILE"),
    (*H1, "--format", "text", "-o", "FILE"),
    (*H1, "--format", "json", "-o", "FILE"),
    (*H1, "--format", "csv", "-o", "FILE"),
    (*H1, "--format", "markdown", "-o", "FILE"),
    (*H1, "--format", "table", "-o", "FILE"),
    (*H1, "--format", "docx", "-o", "FILE"),
    ("backup", "FILE", "--force"),
]
IDS = ["export csv", "export json", "export xlsx", "text", "json", "csv", "md", "table", "docx", "backup"]


def args(cmd, target) -> list[str]:
    return [str(target) if a == "FILE" else a for a in cmd]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ledger_files(db) -> dict:
    return {s: digest(type(db)(f"{db}{s}")) for s in ("", "-wal") if os.path.exists(f"{db}{s}")}


@pytest.mark.parametrize("cmd", WRITERS, ids=IDS)
def test_the_ledger_and_its_side_files_are_refused(sample, cmd):
    sample.ok("dossier", "add", "O-1", "--procedure", "p", "--received", "01/06/2022", "--due", "05/06/2022")
    db = sample.db
    link = db.parent / "link-to-ledger.csv"
    link.symlink_to(db)
    hard = db.parent / "hard.csv"
    os.link(db, hard)
    conn = __import__("sqlite3").connect(db)  # keep the -wal and -shm present
    conn.execute("BEGIN")
    conn.execute("SELECT COUNT(*) FROM dossiers").fetchone()
    try:
        before = ledger_files(db)
        for target in (
            db,
            link,
            hard,
            f"{db}-wal",
            f"{db}-shm",
            f"{db}-journal",
            db.parent / ".." / db.parent.name / db.name,
        ):
            r = sample.fails(*args(cmd, target), env=EN)
            assert "is the ledger" in r.stderr and r.stderr.count("\n") == 1, (target, r.stderr)
        assert ledger_files(db) == before
        assert link.is_symlink()
    finally:
        conn.close()
    sample.ok("check")
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".cchc-tmp")]


@pytest.mark.parametrize("cmd", WRITERS, ids=IDS)
def test_a_missing_folder_or_a_folder_is_one_line(sample, tmp_path, cmd):
    r = sample.fails(*args(cmd, tmp_path / "usb" / "out.x"), env=EN)
    assert "no folder" in r.stderr and r.stderr.count("\n") == 1
    assert not (tmp_path / "usb").exists()
    r = sample.fails(*args(cmd, tmp_path), env=EN)
    assert "is a folder" in r.stderr and r.stderr.count("\n") == 1


@pytest.mark.parametrize("cmd", WRITERS, ids=IDS)
def test_files_are_owner_only_whatever_the_umask_and_no_temp_is_left(sample, tmp_path, cmd):
    out = tmp_path / "out" / "file.out"
    out.parent.mkdir()
    old = os.umask(0)
    try:
        sample.ok(*args(cmd, out))
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["file.out"]
    os.chmod(out, 0o640)  # a file replaced keeps the mode its owner gave it
    sample.ok(*args(cmd, out))
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o640


@pytest.mark.parametrize("cmd", WRITERS, ids=IDS)
def test_fifo_is_written_in_place(sample, tmp_path, cmd):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))  # noqa: SIM115
    reader.start()
    sample.ok(*args(cmd, fifo))
    reader.join(timeout=30)
    assert got and len(got[0]) > 100
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a pipe, not replaced by a file
    if cmd[0] == "backup":
        assert got[0].startswith(b"SQLite format 3\x00")


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
@pytest.mark.parametrize("cmd", WRITERS, ids=IDS)
def test_a_device_node_is_written_in_place_never_replaced(sample, tmp_path, cmd):
    node = tmp_path / "dev" / "null"
    node.parent.mkdir()
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null of our own
    except PermissionError:
        pytest.skip("this machine does not allow mknod")
    sample.ok(*args(cmd, node))
    st = os.stat(node)
    assert stat.S_ISCHR(st.st_mode) and st.st_rdev == os.makedev(1, 3)
    assert [p.name for p in node.parent.iterdir()] == ["null"]


def test_dash_is_stdout(sample):
    out = sample.ok("export", "plans", "-o", "-").stdout
    assert out.startswith("code,")
    assert '"anchor"' in sample.ok(*H1, "--format", "json", "-o", "-").stdout


LIMITED = (
    "import resource, signal, sys\n"
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (256, 256))\n"
    "from cchc.cli import main\n"
    "main(sys.argv[1:])\n"
)


@pytest.mark.parametrize("cmd", WRITERS, ids=IDS)
def test_a_write_failing_half_way_leaves_the_old_file(sample, tmp_path, cmd):
    """The disk fills (here: a file-size limit) in the middle of the write: one line, exit 1,
    the previous file as it was, no temporary file."""
    out = tmp_path / "out" / "file.out"
    out.parent.mkdir()
    out.write_text("old\n")
    keep = __import__("sqlite3").connect(sample.db)  # its -wal and -shm exist before the limit applies
    keep.execute("SELECT 1 FROM dossiers").fetchone()
    try:
        r = subprocess.run(
            [sys.executable, "-c", LIMITED, "--db", str(sample.db), *args(cmd, out)],
            capture_output=True,
            text=True,
            env={**os.environ, **EN},
        )
    finally:
        keep.close()
    assert r.returncode == 1, r.stderr
    assert r.stderr.startswith("cchc: cannot write") and r.stderr.count("\n") == 1, r.stderr
    assert out.read_text() == "old\n"
    assert [p.name for p in out.parent.iterdir()] == ["file.out"]


def test_export_all_folder(sample, tmp_path):
    r = sample.fails("export", "all", "-o", str(tmp_path / "usb" / "x"), env=EN)
    assert "no folder" in r.stderr
    made = tmp_path / "all"
    old = os.umask(0)
    try:
        sample.ok("export", "all", "-o", str(made))
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o700
    assert all(stat.S_IMODE(os.stat(p).st_mode) == 0o600 for p in made.iterdir())
    (tmp_path / "file").write_text("x")
    assert "is not a folder" in sample.fails("export", "all", "-o", str(tmp_path / "file"), env=EN).stderr


def test_stale_temporary_files_are_removed_by_the_next_writer(sample, tmp_path):
    """A killed backup leaves its temporary file; the next command writing there removes it
    (and leaves a live process's own alone)."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    stale = tmp_path / f".b.db.{pid}-0a1b2c3d.cchc-tmp"
    stale.write_bytes(b"x" * 1000)
    (tmp_path / f".b.db.{pid}-0a1b2c3d.cchc-tmp-journal").write_bytes(b"j")
    live = tmp_path / f".c.db.{os.getppid()}-00000000.cchc-tmp"
    live.write_bytes(b"y")
    sample.ok("backup", str(tmp_path / "b.db"))
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["b.db", live.name, sample.db.name])


@pytest.mark.slow
def test_killed_backup_leaves_only_a_recognisable_temp_that_the_next_command_removes(sample, tmp_path):
    import signal
    import time

    from cchc.store.files import TMP_SUFFIX

    # a larger ledger so the copy takes a moment
    sample.ok("export", "dossiers", "-o", str(tmp_path / "d.csv"))
    target = tmp_path / "out" / "b.db"
    target.parent.mkdir()
    seen_temp = 0
    for delay in (0.25, 0.35, 0.45, 0.55, 0.65):
        p = subprocess.Popen(
            [sys.executable, "-m", "cchc", "--db", str(sample.db), "backup", str(target), "--force"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        left = [q.name for q in target.parent.iterdir()]
        assert all(n == "b.db" or (n.startswith(".b.db.") and TMP_SUFFIX in n) for n in left), left
        seen_temp += any(TMP_SUFFIX in n for n in left)
    sample.ok("backup", str(target), "--force")
    assert [q.name for q in target.parent.iterdir()] == ["b.db"]
