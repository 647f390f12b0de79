"""The ledger's surroundings, each one line in the chosen language, exit 1, nothing written: a
folder given as the ledger, a read-only ledger or folder, a full disk (a small tmpfs of our own;
skipped where mounting is not allowed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CCHC = [sys.executable, "-m", "cchc"]
ADD = ("dossier", "add", "X-1", "--procedure", "p", "--received", "01/03/2022", "--due", "05/03/2022")


def run(db: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "CCHC_LANG": lang}
    return subprocess.run([*CCHC, "--db", str(db), *args], capture_output=True, text=True, env=env)


def one_line(r: subprocess.CompletedProcess, *words: str) -> None:
    assert r.returncode == 1, r.stderr
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("cchc: "), r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    for w in words:
        assert w in r.stderr, r.stderr


@pytest.mark.parametrize(
    "args", [("init",), ADD, ("dossier", "list"), ("check",)], ids=["init", "add", "list", "check"]
)
def test_a_folder_as_the_ledger(tmp_path, args):
    one_line(run(tmp_path, *args), "is a folder, not a ledger file")
    one_line(run(tmp_path, *args, lang="vi"), "là một thư mục")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def tmpfs(tmp_path):
    """A small file system of our own (root only): full disks and read-only mounts for real."""
    where = tmp_path / "mnt"
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=640k", "tmpfs", str(where)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_a_full_disk(tmpfs, tmp_path):
    db = tmpfs / "ledger.db"
    assert run(db, "init").returncode == 0
    big = tmp_path / "big.csv"
    with open(big, "w", encoding="utf-8") as fh:
        fh.write("code,procedure,received_on,due_on,applicant\n")
        fh.writelines(
            f"F-{i:06d},Cấp phép xây dựng,01/03/2022,10/03/2022,Người nộp hồ sơ số {i}\n" for i in range(20000)
        )
    one_line(run(db, "import", "dossiers", str(big)), "is full; nothing was written")
    one_line(run(db, "import", "dossiers", str(big), lang="vi"), "đã đầy")
    assert run(db, "check").returncode == 0
    assert run(db, *ADD).returncode == 0  # what fits still fits


def test_a_read_only_ledger_and_folder(tmpfs):
    db = tmpfs / "ledger.db"
    assert run(db, "init").returncode == 0
    assert run(db, *ADD).returncode == 0
    before = db.read_bytes()
    assert subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True).returncode == 0
    for args in (ADD, ("dossier", "list"), ("init",)):
        one_line(run(db, *args), "is read-only", "nothing was written")
    one_line(run(db, *ADD, lang="vi"), "chỉ cho đọc")
    one_line(run(db, "export", "dossiers", "-o", str(tmpfs / "x.csv")), "read-only")
    assert db.read_bytes() == before
