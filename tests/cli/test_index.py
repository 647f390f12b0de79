"""cchc index: a year's criteria tree imported from the province's file (Vietnamese headings),
the scores, evidence (documents, tasks, meetings, files by name and SHA-256), the result and
rank, the weakest criteria, the change from the year before, and tasks for the weakest."""

from __future__ import annotations

import hashlib
import json

import pytest

from conftest import ROOT

PROVINCE_FILE = ROOT / "data" / "sample" / "index-2021.csv"
TREE_2020 = (
    "STT;Tiêu chí;Điểm tối đa;Điểm tự đánh giá;Điểm thẩm định\n"
    "I;Công tác chỉ đạo, điều hành CCHC;4;;\n"
    "1.5;Sáng kiến, giải pháp mới;2;1;1\n"
    "1.4;Công tác tuyên truyền cải cách hành chính;2;2;1,5\n"
)


def test_the_sample_year(sample):
    data = json.loads(sample.ok("index", "show", "2021", "--json").stdout)
    assert (data["score"], data["max"], data["rank"], data["of"]) == (83.1, 100.0, 6, 20)
    assert (data["self_score"], data["council_score"]) == (90.5, 83.1)
    tops = [c for c in data["criteria"] if c["level"] == 1]
    assert sum(c["max_points"] for c in tops) == 100 and len(tops) == 8
    assert [c["area"] for c in tops][:3] == ["chi-dao", "the-che", "tthc"]
    assert [c["code"] for c in data["weakest"]] == ["1.5", "7.3", "3.4", "1.3", "1.4"]
    assert data["weakest"][1]["share"] == 37.5
    assert {e["kind"] for e in data["evidence"]} == {"document", "meeting"}
    table = sample.ok("--lang", "en", "index", "show", "2021").stdout
    assert "Rank: 6 of 20" in table and "2020: not in the ledger" in table


def test_import_the_provinces_file_and_what_it_refuses(cli, tmp_path):
    r = cli.ok("--lang", "en", "index", "import", "2021", str(PROVINCE_FILE))
    assert "38 inserted" in r.stderr  # the title line above the heading and the total row are skipped
    again = cli.ok("--lang", "en", "index", "import", "2021", str(PROVINCE_FILE))
    assert "0 inserted, 0 updated, 38 unchanged" in again.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,Chỉ đạo,4,\n1.1,Kế hoạch,2,x\n", encoding="utf-8")
    r = cli.fails("index", "import", "2022", str(bad))
    assert f"{bad}:3: Điểm tự đánh giá: không phải số điểm: 'x'" in r.stderr
    bad.write_text(
        "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,Chỉ đạo,4,\n1.1,Kế hoạch,2,3\n1.2,B,2,\n", encoding="utf-8"
    )
    r = cli.fails("index", "import", "2022", str(bad))
    assert f"{bad}:3: Điểm tự đánh giá: 3 điểm lớn hơn điểm tối đa 2" in r.stderr
    assert cli.rows("SELECT COUNT(*) FROM index_criteria WHERE year = 2022") == [(0,)]
    # a tree whose parts do not add up is refused whole, naming the line of the parent
    sums = tmp_path / "sums.csv"
    sums.write_text("STT,Tiêu chí,Điểm tối đa\nI,Chỉ đạo,5\n1.1,Kế hoạch,2\n1.2,Báo cáo,2\n", encoding="utf-8")
    r = cli.fails("index", "import", "2022", str(sums))
    assert f"{sums}:2: STT: điểm tối đa của tiêu chí 1 (5) khác tổng các tiêu chí thành phần (4)" in r.stderr
    assert cli.rows("SELECT COUNT(*) FROM index_criteria WHERE year = 2022") == [(0,)]


def test_scores_evidence_result_and_the_year_before(cli, tmp_path):
    f2020 = tmp_path / "2020.csv"
    f2020.write_text(TREE_2020, encoding="utf-8")
    cli.ok("index", "import", "2020", str(f2020))
    cli.ok("index", "result", "2020", "--rank", "9/20")
    cli.ok("index", "add", "2021", "1", "--title", "Công tác chỉ đạo, điều hành CCHC", "--max", "4")
    warned = cli.ok("index", "add", "2021", "1.5", "--title", "Sáng kiến", "--max", "2", "--self", "1,5")
    assert "cảnh báo" in warned.stderr and "(4)" in warned.stderr  # built criterion by criterion
    cli.ok("index", "add", "2021", "1.4", "--title", "Tuyên truyền", "--max", "2", "--self", "2", "--council", "2")
    assert "cảnh báo" not in cli.ok("index", "edit", "2021", "1.5", "--council", "0,5").stderr
    cli.ok("index", "result", "2021", "--score", "2,5", "--rank", "6", "--of", "20")
    data = json.loads(cli.ok("index", "show", "2021", "--json").stdout)
    assert (data["score"], data["max"], data["rank"], data["previous_rank"], data["previous_score"]) == (
        2.5, 4.0, 6, 9, 2.5
    )  # fmt: skip
    shares = {c["code"]: (c["share"], c["previous_share"]) for c in data["criteria"]}
    assert shares["1.5"] == (25.0, 50.0) and shares["1.4"] == (100.0, 75.0)
    # evidence: a file by name and SHA-256; a document must exist
    pdf = tmp_path / "ke-hoach.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    row = json.loads(cli.ok("index", "evidence", "2021", "1.5", "--file", str(pdf), "--json").stdout)
    assert row["ref"] == "ke-hoach.pdf" and row["sha256"] == hashlib.sha256(b"%PDF-1.4 test").hexdigest()
    assert "05/KH-X" in cli.fails("index", "evidence", "2021", "1.5", "--document", "05/KH-X").stderr
    assert "đúng một" in cli.fails("index", "evidence", "2021", "1.5").stderr
    assert "1.9" in cli.fails("index", "evidence", "2021", "1.9", "--file", str(pdf)).stderr
    assert "tài liệu kiểm chứng" in cli.fails("index", "delete", "2021", "1.5", "--reason", "x").stderr
    cli.ok("index", "evidence-remove", "2021", "1.5", "--file", "ke-hoach.pdf", "--reason", "Sai tệp")
    assert "tiêu chí thành phần" in cli.fails("index", "delete", "2021", "1", "--reason", "x").stderr
    assert "7/20" not in cli.fails("index", "result", "2021", "--rank", "21/20").stderr
    cli.ok("audit", "verify")
    cli.ok("check")


def test_tasks_for_the_weakest(sample):
    listed = json.loads(sample.ok("index", "tasks", "2021", "--top", "2", "--json").stdout)
    assert [t["criterion"] for t in listed] == ["1.5", "7.3"] and listed[0]["ref"] is None
    assert listed[0]["area"] == "chi-dao" and listed[1]["area"] == "cp-so"
    r = sample.ok("index", "tasks", "2021", "--top", "2", "--plan", "02/KH-VPUB", "--due", "Q4")
    assert "02/KH-VPUB#51, 02/KH-VPUB#52" in r.stderr
    task = json.loads(sample.ok("task", "show", "02/KH-VPUB#51", "--json").stdout)
    assert task["title"].startswith("Khắc phục tiêu chí 1.5") and task["due_on"] == "2022-12-31"
    sample.ok("audit", "verify")


@pytest.mark.parametrize("args", [("show", "2019"), ("weakest", "2019"), ("tasks", "2019")])
def test_a_year_not_recorded(sample, args):
    assert "2019" in sample.fails("index", *args).stderr
