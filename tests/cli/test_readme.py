"""The README tells the truth: every ``cchc`` line of its ``sh`` blocks runs, in order, on one copy
of the sample ledger (as the README says: ``export CCHC_DB=data/sample.db``), and every
``console`` block runs on a fresh copy, its commands in order — a block that pipes into ``grep``
checks its own printed output. Files a user would bring (a spreadsheet from the one-stop system,
a proposal text, other units' ledgers, a USB drive) are made first, from the sample itself."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

# where the README names a place on the user's machine: a folder of the test instead
PLACES = {"/mnt/usb": "usb", "/srv/cchc": "srv", ".venv/bin/cchc": "cchc"}
# lines that install, benchmark or test rather than use cchc
NOT_USAGE = ("pip install", "python3 -m venv", "benchmarks/", "pytest", "install-completion")

pytestmark = pytest.mark.slow


def blocks(kind: str) -> list[tuple[int, list[tuple[int, str, list[str]]]]]:
    """(line of the block, [(line, command, output shown under it)]) of every ``kind`` block;
    continuation lines joined. An ``sh`` block keeps its ``cchc`` lines; a ``console`` block
    every ``$`` line, with the lines printed under it."""
    out = []
    for m in re.finditer(rf"```{kind}\n(.*?)```", README, re.S):
        first = README[: m.start()].count("\n") + 2
        lines, cmds, i = m.group(1).splitlines(), [], 0
        while i < len(lines):
            n, text = first + i, lines[i].strip()
            i += 1
            if kind == "console":
                if not text.startswith("$ "):
                    if cmds:
                        cmds[-1][2].append(_here(lines[i - 1].rstrip()))
                    continue
                text = text[2:]
            while text.endswith("\\") and i < len(lines):
                text = text[:-1] + " " + lines[i].strip()
                i += 1
            usage = "cchc" in text.split("#")[0] and not text.startswith("#")
            if (usage or kind == "console") and not any(w in text for w in NOT_USAGE):
                cmds.append((n, _here(text), []))
        if cmds:
            out.append((first, cmds))
    return out


def _here(text: str) -> str:
    for place, here in PLACES.items():
        text = text.replace(place, here)
    return text


# what differs from one run to the next: times, hashes, the working folder
VARYING = [
    (re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?Z?"), "<time>"),
    (re.compile(r"\d{8}T\d{6}Z"), "<stamp>"),
    (re.compile(r"[0-9a-f]{16,}(…)?"), "<hash>"),
]


def masked(line: str, work: Path) -> str:
    line = line.replace(f"{work}/", "").rstrip()
    for pattern, mask in VARYING:
        line = pattern.sub(mask, line)
    return line


def shows(expected: list[str], actual: list[str], work: Path) -> str | None:
    """None when the output printed is what the README shows (a line ``...`` stands for any
    lines); else the first difference."""
    want = [masked(x, work) for x in expected]
    got = [masked(x, work) for x in actual]
    while want and not want[-1]:
        want.pop()
    while got and not got[-1]:
        got.pop()
    j = 0
    for k, w in enumerate(want):
        if w == "...":
            following = next((x for x in want[k + 1 :] if x != "..."), None)
            while j < len(got) and got[j] != following:
                j += 1
            continue
        if j >= len(got) or got[j] != w:
            return f"expected {w!r}, printed {got[j] if j < len(got) else '(nothing more)'!r}"
        j += 1
    if j < len(got) and (not want or want[-1] != "..."):
        return f"printed more than shown: {got[j]!r}"
    return None


def _cp1258(text: str) -> bytes:
    """Text as an old Windows-1258 file keeps it: a letter the code page lacks precomposed as a
    base letter and a combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        for m in marks:  # the letter with one of its marks (â, ơ, ư…), then the others apart
            try:
                out += unicodedata.normalize("NFC", base + m).encode("cp1258")
            except UnicodeEncodeError:
                continue
            marks.remove(m)
            break
        else:
            out += base.encode("cp1258")
        out += "".join(marks).encode("cp1258")
    return bytes(out)


def run(cmd: str, cwd: Path, env: dict, merged: bool = False) -> subprocess.CompletedProcess:
    """``cmd`` through bash; ``merged``: stderr into stdout, in the order written, as on a terminal."""
    if merged:
        cmd = f"{{ {cmd}\n}} 2>&1"
    return subprocess.run(["bash", "-c", cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def must(cmd: str, cwd: Path, env: dict) -> None:
    r = run(cmd, cwd, env)
    assert r.returncode == 0, (cmd, r.stdout[-500:], r.stderr[-500:])


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> tuple[Path, dict]:
    home = tmp_path_factory.mktemp("readme")
    return home, make_desk(home)


def make_desk(home: Path) -> dict:
    """A working folder as the README's reader has it: ``data/`` with the sample ledger built,
    the files its examples name, and ``CCHC_DB=data/sample.db``; returns the environment."""
    shutil.copytree(ROOT / "data" / "sample", home / "data" / "sample")
    shutil.copy(ROOT / "data" / "load_sample.py", home / "data")
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "CCHC_DB": "data/sample.db",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "COLUMNS": "80",
        "NO_COLOR": "1",
        "PYTHONUNBUFFERED": "1",  # stdout and stderr interleaved as written
        "USER": "clerk",
        "LOGNAME": "clerk",
    }
    env.pop("CCHC_LANG", None)
    must(f"{sys.executable} data/load_sample.py data/sample.db", home, env)
    # the user's own files, made from the sample as the one-stop system would export them
    shutil.copy(home / "data/sample/procedures.csv", home / "danh_muc.csv")
    for line in (
        "cchc export documents -o so-van-ban.xlsx --headings vi",
        "cchc export index-criteria -o chi-so.json",
        "cchc export dossiers -o so-theo-doi.xlsx --headings vi",
        "cchc export dossiers --from 06/06/2022 --to 10/06/2022 -o tuan-23.csv --headings vi",
        "mkdir -p usb srv ledgers",
        "cchc backup ledgers/van-phong.db",
        "cchc --db ledgers/so-tu-phap.db init --agency 'Sở Tư pháp' --unit-code STP",
        "cchc --db ledgers/so-tu-phap.db import dossiers tuan-23.csv",
        "cchc --db ledgers/so-noi-vu.db init --agency 'Sở Nội vụ' --unit-code SNV",
        "cp ledgers/*.db . && cp -r ledgers srv/ledgers",
        "for db in ledgers/*.db; do cchc --db $db export all --format parquet -o srv/tinh-son-la-parquet; done",
    ):
        must(line, home, env)
    shutil.copy(home / "tuan-23.csv", home / "week.csv")
    (home / "old.csv").write_bytes(_cp1258((home / "tuan-23.csv").read_text(encoding="utf-8-sig")))
    (home / "kien-nghi.txt").write_text("Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ.\n", encoding="utf-8")
    (home / "bien-ban-kiem-tra.pdf").write_bytes(b"%PDF-1.4\n% bien ban kiem tra\n%%EOF\n")
    return env


def test_every_sh_example_runs_in_order(desk):
    home, env = desk
    work = home / "sh"
    shutil.copytree(home, work, ignore=shutil.ignore_patterns("sh", "console-*"))
    failed = []
    for _first, cmds in blocks("sh"):
        for n, cmd, _ in cmds:
            r = run(cmd, work, env)
            if ".docx --chart" in cmd and importlib.util.find_spec("matplotlib") is None:  # as the README says
                if r.returncode != 1 or "cchc[charts]" not in r.stderr:
                    failed.append(f"README.md:{n}: {cmd}\n    without matplotlib: exit {r.returncode}: {r.stderr}")
                continue
            if r.returncode != 0 or "Traceback" in r.stderr:
                failed.append(f"README.md:{n}: {cmd}\n    {(r.stderr.strip().splitlines() or [''])[-1]}")
    assert not failed, "\n".join(failed)


def test_every_console_example_prints_what_it_shows(desk):
    home, env = desk
    failed = []
    for first, cmds in blocks("console"):
        if any(c.startswith("sqlite3 ") for _, c, _ in cmds) and shutil.which("sqlite3") is None:
            continue
        work = home / f"console-{first}"
        shutil.copytree(home, work, ignore=shutil.ignore_patterns("sh", "console-*"))
        for n, cmd, expected in cmds:
            r = run(cmd, work, env, merged=True)
            if r.returncode != 0 or "Traceback" in r.stdout:
                failed.append(f"README.md:{n}: {cmd}\n    exit {r.returncode}: {r.stdout.strip()[-300:]}")
                break
            wrong = shows(expected, r.stdout.splitlines(), work)
            if wrong:
                failed.append(f"README.md:{n}: {cmd}\n    {wrong}")
                break
    assert not failed, "\n".join(failed)


def test_the_blocks_are_found():
    sh, console = blocks("sh"), blocks("console")
    assert sum(len(c) for _, c in sh) > 100 and len(console) > 5
    assert any("report semester 2022-H1" in c for _, cmds in sh for _, c, _ in cmds)
    assert any(shown for _, cmds in console for _, _, shown in cmds)
