"""Every example of every command's help runs: each on its own copy of the sample ledger, in a
folder of its own where the files the examples name exist (``data/sample/*.csv``, and the few
a clerk would have at hand: the units' ledgers for a roll-up, a backup, an export folder...).
An example exits 0 unless the catalog marks it as showing a refusal (a fourth item: the exit
code). ``-o`` targets land in that folder; an absolute path (``/mnt/usb/...``) is taken inside it."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from tests.conftest import ROOT, copy_ledger
from typer.testing import CliRunner

from cchc.cli.app import app
from cchc.render.catalog.help import COMMANDS


def _examples() -> list:
    out = []
    for path, entry in COMMANDS.items():
        runs = [(ex, 0) if isinstance(ex, str) else (ex[0], ex[3] if len(ex) > 3 else 0) for ex in entry["examples"]]
        parquet = any("parquet" in c or "du-lieu-tinh" in c for c, _ in runs)
        marks = [pytest.mark.skipif(not _parquet_available(), reason="needs cchc[province]")] if parquet else []
        out.append(pytest.param(runs, id=path or "cchc", marks=marks))
    return out


def _invoke(args: list[str], env: dict | None = None):
    return CliRunner().invoke(app, args, env={"COLUMNS": "80", "CCHC_LANG": "vi", **(env or {})})


def _ok(*args: str, env: dict | None = None):
    r = _invoke(list(map(str, args)), env)
    assert r.exit_code == 0, (args, r.stdout, r.stderr)
    return r


@pytest.fixture(scope="session")
def world(tmp_path_factory, sample_master: Path) -> Path:
    """The files the examples name, made once from the sample ledger."""
    w = tmp_path_factory.mktemp("world")
    (w / ".cache").mkdir()
    (w / "don-vi").mkdir()
    for name, code, agency in (("so-tu-phap.db", "STP", "Sở Tư pháp"), ("so-noi-vu.db", "SNV", "Sở Nội vụ")):
        copy_ledger(sample_master, w / name)
        _ok("--db", w / name, "init", "--unit-code", code, "--agency", agency, "--parent", "UBND tỉnh Sơn La")
        copy_ledger(w / name, w / "don-vi" / name)
    if _parquet_available():
        for name in ("so-tu-phap.db", "so-noi-vu.db"):
            _ok("--db", w / name, "export", "all", "--format", "parquet", "-o", w / "du-lieu-tinh")
    sample = w / "sample.db"
    copy_ledger(sample_master, sample)
    (w / "mnt" / "usb").mkdir(parents=True)
    _ok("--db", sample, "backup", w / "mnt" / "usb" / "ledger-2022-06-08.db")
    _ok("--db", sample, "export", "dossiers", "-o", w / "so-theo-doi.xlsx", "--headings", "vi")
    _ok("--db", sample, "export", "all", "-o", w / "ban-sao")
    report = _ok("--db", sample, "report", "semester", "2022-H1", "--until", "09/06/2022", "--format", "text")
    (w / "bao-cao-2022-H1.txt").write_text(report.stdout, encoding="utf-8")
    (w / "kien-nghi.txt").write_text(
        "Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức bộ phận một cửa.\n",
        encoding="utf-8",
    )
    (w / "bien-ban-kiem-tra.pdf").write_bytes(b"%PDF-1.4\n% bien ban kiem tra\n%%EOF\n")
    (w / "loai-hop.csv").write_text("key,name,name_en\ndepartment,Giao ban phòng,Division briefing\n", encoding="utf-8")
    (w / "lich.csv").write_text("day,kind,reason\n2026-12-31,off,Nghỉ theo Thông báo số 12/TB-UBND\n", encoding="utf-8")
    return w


def _parquet_available() -> bool:
    try:
        import duckdb  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _sandbox(tmp_path: Path, world: Path, sample_master: Path) -> None:
    """A folder holding ``data/sample.db`` (a fresh copy) and ``data/sample/``."""
    (tmp_path / "data").mkdir()
    copy_ledger(sample_master, tmp_path / "data" / "sample.db")
    (tmp_path / "data" / "sample").symlink_to(ROOT / "data" / "sample")


def _args(tmp_path: Path, world: Path, command: str) -> list[str]:
    """The command's arguments, absolute paths taken inside the folder, with the world's files
    it names linked into the folder."""
    args = shlex.split(command)
    assert args[0] == "cchc", command
    out = []
    for a in args[1:]:
        if a.startswith("/"):  # /mnt/usb/x.db: inside the folder, its folders made, the file linked
            a = a.lstrip("/")
            (tmp_path / a).parent.mkdir(parents=True, exist_ok=True)
            if (world / a).is_file() and not (tmp_path / a).exists():
                (tmp_path / a).symlink_to(world / a)
        top = a.split("/", 1)[0]  # ban-sao/index-criteria.json: the world's folder ban-sao
        if top and not top.startswith((".", "-")) and (world / top).exists() and not (tmp_path / top).exists():
            (tmp_path / top).symlink_to(world / top)
        out.append(a)
    return out


@pytest.mark.parametrize("runs", _examples())
def test_examples_run_in_order(runs, tmp_path, world, sample_master, monkeypatch):
    """A command's examples, in the order shown, on one copy of the sample ledger (an example
    may build on the one before it: pause, then resume)."""
    work = tmp_path / "work"
    work.mkdir()
    _sandbox(work, world, sample_master)
    monkeypatch.chdir(work)
    env = {"CCHC_DB": "data/sample.db", "CCHC_CACHE_DIR": str(world / ".cache")}
    shared = _files(world)
    for command, code in runs:
        r = _invoke(_args(work, world, command), env)
        assert r.exit_code == code, (command, r.exit_code, r.stdout[-2000:], r.stderr[-2000:])
        assert "Traceback" not in r.stdout + r.stderr, command
        if code:
            assert (r.stdout + r.stderr).strip(), command  # it says why
    assert _files(world) == shared  # the shared files are only read


def _files(world: Path) -> list[str]:
    """The world's files, but the -wal/-shm files SQLite leaves beside a ledger a roll-up opened
    read-only."""
    return sorted(str(p) for p in world.rglob("*") if ".cache" not in p.parts and not p.name.endswith(("-wal", "-shm")))
