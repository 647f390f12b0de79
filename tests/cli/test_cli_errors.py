"""The real entry point: usage errors are one line, a closed pipe ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def cchc(*args, db, env=None, **kw):
    return subprocess.run(
        [sys.executable, "-m", "cchc", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        **kw,
    )


def test_usage_errors_are_one_line_exit_2(tmp_path):
    db = tmp_path / "l.db"
    for args in (
        ["dossier", "return", "X", "--on", "18/03/2022"],
        ["report", "semester", "2022-H1", "--format", "bogus"],
        ["nope"],
    ):
        r = cchc(*args, db=db)
        assert r.returncode == 2, args
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert r.stderr.startswith("cchc: ") and "--help" in r.stderr
    assert not db.exists()


def test_bad_cchc_lang_names_the_variable(tmp_path):
    r = cchc("plan", "list", db=tmp_path / "l.db", env={"CCHC_LANG": "fr"})
    assert r.returncode == 2 and "CCHC_LANG" in r.stderr


def test_closed_pipe_is_quiet(sample):
    p = subprocess.Popen(
        [sys.executable, "-m", "cchc", "--db", str(sample.db), "export", "dossiers", "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    p.stdout.readline()
    p.stdout.close()  # like `| head -1`
    err = p.stderr.read().decode()
    assert p.wait() == 141
    assert "Traceback" not in err and "Error" not in err


@pytest.mark.parametrize("args", [("--help",), ("dossier", "--help")])
def test_help_into_a_closed_pipe_is_quiet(args):
    # the pipe is closed before cchc writes: `cchc --help | true`
    p = subprocess.Popen([sys.executable, "-m", "cchc", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait() == 141
    assert "Traceback" not in err


def test_help_into_a_full_disk_is_one_line():
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "cchc", "--help"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == ["cchc: cannot write: No space left on device"]
