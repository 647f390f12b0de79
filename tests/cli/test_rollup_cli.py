"""``cchc rollup`` and ``cchc export … --format parquet`` through the command line: every format,
the JSON contract, "N/M" in the narrative, units left out named on stderr, bad input one line."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from tests.conftest import Cli

pytest.importorskip("duckdb")
H1 = ("semester", "2022-H1")
UNTIL = ("--until", "09/06/2022")


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def units(sample, tmp_path):
    """Two units: the sample office, and a copy of it as the Justice Department with one more
    overdue dossier (so the ranking by on-time share is not a tie)."""
    sample.ok("init", "--unit-code", "VPUB", "--agency", "Văn phòng UBND tỉnh Sơn La")
    other = tmp_path / "stp.db"
    shutil.copy(sample.db, other)
    stp = Cli(other)
    stp.ok("init", "--unit-code", "STP", "--agency", "Sở Tư pháp")
    stp.ok(
        "dossier",
        "add",
        "STP-1",
        "--procedure",
        "Cấp phiếu lý lịch tư pháp",
        "--received",
        "01/03/2022",
        "--due",
        "10/03/2022",
    )
    return sample, stp


def test_json_contract_and_ranking(units):
    sample, stp = units
    r = sample.ok("rollup", *H1, str(sample.db), str(stp.db), *UNTIL, "--rank-by", "on-time", "--json")
    data = json.loads(r.stdout)
    assert list(data)[:5] == ["period", "ranked_by", "of", "units", "total"]
    assert data["ranked_by"] == "on-time" and data["of"] == 2
    first, second = data["units"]
    assert [first["unit_code"], second["unit_code"]] == ["VPUB", "STP"] and [first["rank"], second["rank"]] == [1, 2]
    assert list(first)[:4] == ["agency", "unit_code", "rank", "source"]
    single = json.loads(sample.ok("report", *H1, *UNTIL, "--json").stdout)
    assert set(single) <= set(first) and set(single) - {"anchor"} <= set(data["total"])
    assert first["anchor"] == sample.ok("audit", "head").stdout.strip()  # what was counted, kept
    assert data["total"]["dossiers"]["received"] == first["dossiers"]["received"] + second["dossiers"]["received"]
    text = sample.ok("rollup", *H1, str(sample.db), str(stp.db), *UNTIL, "--rank-by", "on-time", "--format", "text")
    assert "Sở Tư pháp xếp thứ 2/2" in text.stdout and "1/2" in text.stdout


def test_the_total_lists_every_units_documents_and_not_their_own_words(units, tmp_path):
    """Both units issued the sample's 6 documents and 12 communication activities in the period:
    the province's total lists all 12 and 24, not a sum of their titles; a unit's own text on its
    directions is not the province's; the Word report's symbol is not a unit's."""
    sample, stp = units
    one = json.loads(sample.ok("report", *H1, *UNTIL, "--json").stdout)
    data = json.loads(sample.ok("rollup", *H1, str(sample.db), str(stp.db), *UNTIL, "--json").stdout)
    total = data["total"]
    assert one["documents"]["total"] == 6 and total["documents"]["total"] == 12
    assert [d["code"] for d in total["documents"]["items"]] == [d["code"] for d in one["documents"]["items"]] * 2
    assert total["outreach"]["total"] == 2 * one["outreach"]["total"]
    assert len(total["outreach"]["items"]) == 2 * len(one["outreach"]["items"])
    assert one["notes"]["directions"] and total["notes"] == {}
    out = tmp_path / "th.docx"
    sample.ok("rollup", *H1, str(sample.db), str(stp.db), *UNTIL, "-o", str(out), "--agency", "Sở Nội vụ")
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "BC-VPUB" not in text and "Trong thời gian tới, Văn phòng UBND tỉnh" not in text


def test_every_format(units, tmp_path):
    sample, stp = units
    args = ("rollup", *H1, str(sample.db), str(stp.db), *UNTIL)
    table = sample.ok(*args).stdout
    assert "Xếp hạng các đơn vị" in table and "Sở Tư pháp" in table
    forms = sample.ok(*args, "--format", "form").stdout
    assert forms.count("Biểu số 06/VPCP/KSTT") == 3  # the whole, then each unit
    assert "| VPUB |" in sample.ok(*args, "--format", "markdown").stdout
    sample.ok(*args, "-o", str(tmp_path / "r.csv"))
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    head = lines[0].split(",")
    assert len(lines) == 4 and "dossiers.received" in head and "service_index.percent" in head
    sample.ok(*args, "-o", str(tmp_path / "r.xlsx"))
    import openpyxl

    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert len(wb.sheetnames) == 5  # figures, ranking, Biểu 06 for the whole and each unit
    form = list(wb[wb.sheetnames[2]].iter_rows(values_only=True))
    assert form[-1][2] == 675 * 2 + 1  # column 3 of the whole
    sample.ok(*args, "-o", str(tmp_path / "r.docx"), "--agency", "Sở Nội vụ", "--parent", "UBND tỉnh Sơn La")
    import docx

    text = "\n".join(p.text for p in docx.Document(tmp_path / "r.docx").paragraphs)
    assert "Xếp hạng các đơn vị" in text and "Sở Nội vụ" in text


def test_a_tampered_ledger_is_named_on_stderr_and_left_out(units):
    sample, stp = units
    conn = sqlite3.connect(stp.db)
    conn.execute("UPDATE dossiers SET due_on = '2030-01-01' WHERE code = 'STP-1'")
    conn.commit()
    conn.close()
    r = sample.ok("rollup", *H1, str(sample.db), str(stp.db), *UNTIL, "--json")
    assert [u["unit_code"] for u in json.loads(r.stdout)["units"]] == ["VPUB"]
    assert str(stp.db) in r.stderr and "cchc check" in r.stderr
    r = sample.ok("rollup", *H1, str(sample.db), str(stp.db), *UNTIL, "--json", "--force")
    assert len(json.loads(r.stdout)["units"]) == 2 and "--force" in r.stderr


def test_parquet_folder_gives_the_same_roll_up(units, tmp_path):
    sample, stp = units
    folder = tmp_path / "province"
    for cli in units:
        r = cli.ok("export", "all", "--format", "parquet", "-o", str(folder))
        assert "unit" in r.stderr or "đơn vị" in r.stderr
    assert sorted(p.name for p in (folder / "dossiers").iterdir()) == ["unit=STP", "unit=VPUB"]
    via_ledgers = json.loads(sample.ok("rollup", *H1, str(sample.db), str(stp.db), *UNTIL, "--json").stdout)
    via_parquet = json.loads(sample.ok("rollup", *H1, str(folder), *UNTIL, "--json").stdout)
    assert via_parquet["total"] == via_ledgers["total"]
    strip = lambda us: [{k: v for k, v in u.items() if k != "source"} for u in us]  # noqa: E731
    assert strip(via_parquet["units"]) == strip(via_ledgers["units"])
    stp.ok("export", "all", "--format", "parquet", "-o", str(folder))  # again: replaces its own files only
    assert json.loads(sample.ok("rollup", *H1, str(folder), *UNTIL, "--json").stdout)["total"] == via_ledgers["total"]


def test_bad_input_is_one_line(units, tmp_path):
    sample, stp = units
    r = sample.fails("rollup", *H1, str(tmp_path / "nowhere"))
    assert "nowhere" in r.stderr and r.stderr.count("\n") == 1
    r = sample.fails("rollup", *H1, str(sample.db), "--rank-by", "luck", code=2)
    r = sample.fails("rollup", *H1, str(sample.db), str(stp.db), "--anchor", "1:abc")
    assert "--anchor" in r.stderr
    ranked = json.loads(sample.ok("rollup", *H1, str(sample.db), "--rank-by", "index", "--json").stdout)
    assert ranked["units"][0]["index"]["score"] is not None  # the sample's 2021 self-assessment
    empty = Cli(tmp_path / "no-index.db")
    empty.ok("init", "--agency", "Sở Nội vụ", "--unit-code", "SNV")
    r = empty.fails("rollup", *H1, str(empty.db), "--rank-by", "index")  # no reform-index score
    assert r.stdout == ""
    (tmp_path / "p.json").write_text('{"online": {"max": "x"}}')
    r = sample.fails("rollup", *H1, str(sample.db), "--points", str(tmp_path / "p.json"))
    assert "p.json" in r.stderr
    r = sample.fails("export", "dossiers", "--format", "parquet")
    assert "-o" in r.stderr
    fresh = Cli(tmp_path / "new.db")
    fresh.ok("init")
    r = fresh.fails("export", "all", "--format", "parquet", "-o", str(tmp_path / "pq"))
    assert "--unit-code" in r.stderr and not (tmp_path / "pq" / "dossiers").exists()
