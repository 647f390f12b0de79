"""cchc report note: the office's own text for a section of a period's report, kept in the
ledger and shown in every format."""

from __future__ import annotations

import json

H1 = ("report", "semester", "2022-H1", "--until", "09/06/2022")
CAUSES = "Nguyên nhân chủ quan: một số phòng chưa quan tâm đúng mức."


def test_a_note_appears_in_every_format(sample, tmp_path):
    sample.ok("report", "note", "H1/2022", "--section", "causes", CAUSES)
    proposals = tmp_path / "kien-nghi.txt"
    proposals.write_bytes("\ufeffĐề nghị Sở Nội vụ tập huấn.\r\nĐề nghị bổ sung biên chế.\r\n".encode())
    sample.ok("report", "note", "2022-H1", "--section", "proposals", "--file", str(proposals))
    notes = json.loads(sample.ok("report", "notes", "2022-H1", "--json").stdout)
    assert [(n["period"], n["section"]) for n in notes] == [
        ("2022-H1", "causes"),
        ("2022-H1", "directions"),
        ("2022-H1", "proposals"),
    ]
    assert notes[2]["text"] == "Đề nghị Sở Nội vụ tập huấn.\nĐề nghị bổ sung biên chế."
    r = json.loads(sample.ok(*H1, "--json").stdout)
    assert r["notes"]["causes"] == CAUSES
    for fmt in ("text", "markdown", "csv", "table"):
        out = sample.ok(*H1, "--format", fmt).stdout
        assert "Nguyên nhân chủ quan" in " ".join(out.split()), fmt
        assert "Đề nghị Sở Nội vụ tập huấn." in " ".join(out.split()), fmt
    # nothing is left to write: no reminder
    assert "còn để trống" not in sample.ok(*H1, "--format", "text").stderr


def test_the_reminder_names_what_is_left_blank(sample):
    r = sample.ok(*H1, "--format", "text")
    assert "báo cáo 2022-H1 còn để trống: Nguyên nhân, Kiến nghị, đề xuất" in r.stderr
    assert "còn để trống" not in r.stdout


def test_replace_delete_and_bad_input(sample, tmp_path):
    sample.ok("report", "note", "2022-H1", "--section", "causes", "Cũ")
    sample.ok("report", "note", "2022-H1", "--section", "causes", "Mới")
    assert json.loads(sample.ok(*H1, "--json").stdout)["notes"]["causes"] == "Mới"
    audit = sample.count("audit")
    for args, needle in (
        (("2022-H1", "--section", "causes"), "--file"),
        (("2022-H1", "--section", "causes", "x", "--file", str(tmp_path / "a.txt")), "--file"),
        (("2022-H1", "--section", "causes", "--file", str(tmp_path / "missing.txt")), "missing.txt"),
        (("2022-H3", "--section", "causes", "x"), "2022-H3"),
        (("2022-H1", "--section", "kết luận", "x"), "kết luận"),
        (("2022-H1", "--section", "causes", "--delete"), "Lý do"),
        (("2022-Q3", "--section", "causes", "--delete", "--reason", "x"), "2022-Q3"),
    ):
        r = sample.fails("report", "note", *args)
        assert needle in r.stderr and len(r.stderr.splitlines()) == 1, (args, r.stderr)
    latin1 = tmp_path / "l1.txt"
    latin1.write_bytes("Nguy\xean nh\xe2n".encode("latin-1"))
    assert "UTF-8" in sample.fails("report", "note", "2022-H1", "--section", "causes", "--file", str(latin1)).stderr
    assert sample.count("audit") == audit
    sample.ok("report", "note", "2022-H1", "--section", "causes", "--delete", "--reason", "Viết lại")
    assert "causes" not in json.loads(sample.ok(*H1, "--json").stdout)["notes"]
    sample.ok("audit", "verify")


def test_an_area_note_goes_under_its_area(sample):
    sample.ok("report", "note", "2022-H1", "--section", "the-che", "Đã rà soát 12 văn bản quy phạm pháp luật.")
    text = sample.ok(*H1, "--format", "text").stdout
    part = text[text.index("2. Cải cách thể chế") : text.index("3. Cải cách thủ tục hành chính")]
    assert "Đã rà soát 12 văn bản quy phạm pháp luật." in part
