"""The whole report: the registers' parts in the JSON contract (keys only added), in every format,
in the Word document in the standard order; the issuer from the ledger's particulars (flags
override); the rules chosen by the period's dates; apology letters."""

from __future__ import annotations

import json
from datetime import date

import pytest
from docx import Document
from docx.shared import Pt

H1 = ("report", "semester", "2022-H1", "--until", "09/06/2022")


@pytest.fixture(scope="module")
def ledger(sample_master, tmp_path_factory):
    import sqlite3

    from conftest import Cli

    path = tmp_path_factory.mktemp("reg") / "sample.db"
    src, dst = sqlite3.connect(sample_master), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return Cli(path)


@pytest.fixture(scope="module")
def report(ledger):
    return json.loads(ledger.ok(*H1, "--json").stdout)


def test_the_json_contract_grows(report):
    assert {"period", "tasks", "dossiers", "meetings", "form", "compare"} <= set(report)  # the keys it had
    docs = report["documents"]
    assert docs["total"] == 6  # issued 15/12/2021 – 09/06/2022: the plan, 4 more plans, a report
    assert [(k["kind"], k["count"]) for k in docs["by_kind"]] == [("ke-hoach", 5), ("bao-cao", 1)]
    assert {"kind", "name", "name_en", "count"} == set(docs["by_kind"][0])
    assert [d["code"] for d in docs["items"]][:2] == ["02/KH-VPUB", "22/KH-VPUB"]
    out = report["outreach"]
    assert (out["total"], out["activities"]) == (39, 12)
    assert [(k["kind"], k["count"]) for k in out["by_kind"]] == [("tin-bai", 17), ("ban-tin", 20), ("hoi-nghi", 2)]
    insp = report["inspections"]
    assert (insp["total"], insp["follow_ups"], insp["follow_ups_done"], insp["follow_ups_overdue"]) == (2, 1, 0, 0)
    assert insp["items"][0]["status"] == "open"  # as of 09/06/2022, due 30/06/2022
    idx = report["index"]
    assert {k: idx[k] for k in ("year", "score", "max", "rank", "of", "previous_rank")} == {
        "year": 2021,
        "score": 83.1,
        "max": 100.0,
        "rank": 6,
        "of": 20,
        "previous_rank": None,
    }
    assert [c["code"] for c in idx["weakest"]] == ["1.5", "7.3", "3.4", "1.3", "1.4"]
    assert report["notes"]["directions"].startswith("Trong thời gian tới")
    nxt = report["next_period"]
    assert len(nxt["tasks"]) == 20 and nxt["tasks"][0]["due_on"] == "2022-09-30"
    assert [f["ref"] for f in nxt["follow_ups"]] == ["2022#1"] and len(nxt["criteria"]) == 5
    assert (
        report["agency"]["full_name"] == "Văn phòng UBND tỉnh Sơn La" and report["agency"]["short_name"] == "Văn phòng"
    )
    assert report["regime"] == {
        "reporting": "01/2020/TT-VPCP",
        "form_verified": True,
        "one_stop": "61/2018/NĐ-CP",
        "apology": "phieu-xin-loi",
    }
    d = report["dossiers"]
    assert d["online_rate"] == 60.1 and d["apology_letters"] == 0
    assert report["form"]["regime"] == "01/2020/TT-VPCP" and report["form"]["verified"] is True
    assert len(report["tasks"]["items"]) == 50 and report["tasks"]["items"][1]["evidence"] == "Kế hoạch số 25/KH-VPUB"


def test_every_format_has_the_registers(ledger):
    flat = lambda out: " ".join(out.split())  # noqa: E731
    text = flat(ledger.ok(*H1, "--format", "text").stdout)
    md = flat(ledger.ok(*H1, "--format", "markdown").stdout)
    table = flat(ledger.ok(*H1).stdout)
    csv_out = ledger.ok(*H1, "--format", "csv").stdout
    for out in (text, md):
        for needle in (
            "Kế hoạch 25/KH-VPUB",
            "Đã tổ chức 2 cuộc kiểm tra công tác cải cách hành chính",
            "39 tin, bài, hoạt động tuyên truyền",
            "Kết quả năm 2021 đứng thứ 6/20",
            "II. ĐÁNH GIÁ CHUNG",
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM KỲ TỚI",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT",
            "Trong thời gian tới, Văn phòng UBND tỉnh tiếp tục",
        ):
            assert needle in out, needle
    assert text.index("I. KẾT QUẢ") < text.index("II. ĐÁNH GIÁ") < text.index("III. PHƯƠNG") < text.index("IV. KIẾN")
    for needle in ("25/KH-VPUB", "2022#1", "Bản tin", "6/20", "II. ĐÁNH GIÁ CHUNG", "Trong thời gian tới"):
        assert needle in table, needle
    for needle in ("25/KH-VPUB", "2022#1", "Bản tin", "6/20", "Trong thời gian tới", "02/KH-VPUB#10"):
        assert needle in csv_out, needle
    assert "### Biểu số 06/VPCP/KSTT" in md


def test_the_word_document_in_the_standard_order(ledger, tmp_path):
    path = tmp_path / "r.docx"
    ledger.ok(*H1, "-o", str(path), "--number", "45/BC-VPUB")
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    order = [
        "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
        "1. Công tác chỉ đạo, điều hành cải cách hành chính",
        "a) Xây dựng và triển khai kế hoạch cải cách hành chính",
        "b) Ban hành văn bản chỉ đạo, điều hành",
        "c) Công tác kiểm tra cải cách hành chính",
        "d) Công tác tuyên truyền cải cách hành chính",
        "đ) Chỉ số cải cách hành chính",
        "e) Thực hiện Quy chế họp giao ban",
        "2. Cải cách thể chế",
        "3. Cải cách thủ tục hành chính",
        "II. ĐÁNH GIÁ CHUNG",
        "1. Ưu điểm",
        "2. Tồn tại, hạn chế",
        "3. Nguyên nhân",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM KỲ TỚI",
        "IV. KIẾN NGHỊ, ĐỀ XUẤT",
    ]
    positions = [texts.index(h) for h in order]
    assert positions == sorted(positions)
    for h in order:  # headings: 14 pt bold (level 1-2) or italic (level 3), Times New Roman by default
        p = doc.paragraphs[texts.index(h)]
        assert {r.font.size for r in p.runs} == {Pt(14)}
        assert {r.font.bold for r in p.runs} == ({None} if h[1] == ")" else {True})
    # the registers' tables: the documents issued, the weakest criteria, the unfinished tasks
    heads = [[c.text for c in t.rows[0].cells] for t in doc.tables]
    assert ["TT", "Văn bản", "Ngày ban hành", "Trích yếu"] in heads
    assert ["Tiêu chí", "Nội dung", "Điểm đạt/tối đa", "Tỷ lệ"] in heads
    tasks = next(
        t
        for t in doc.tables
        if [c.text for c in t.rows[0].cells] == ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"] and len(t.rows) == 21
    )
    assert tasks.rows[1].cells[3].text == "30/9/2022"
    assert any(t.startswith("Trong thời gian tới, Văn phòng UBND tỉnh tiếp tục") for t in texts)


def test_the_issuer_comes_from_the_ledger_and_flags_override(cli, tmp_path):
    cli.ok(
        "init", "--agency", "Sở Tư pháp", "--parent", "UBND tỉnh Điện Biên", "--place", "Điện Biên",
        "--signer", "Lò Văn A", "--signer-title", "KT. GIÁM ĐỐC; PHÓ GIÁM ĐỐC",
    )  # fmt: skip
    cli.ok("dossier", "add", "X-1", "--procedure", "p", "--received", "01/03/2022", "--due", "05/03/2022")
    path = tmp_path / "r.docx"
    cli.ok("report", "semester", "2022-H1", "-o", str(path))
    doc = Document(str(path))
    header = doc.tables[0]
    assert [p.text for p in header.cell(0, 0).paragraphs if p.text] == ["UBND TỈNH ĐIỆN BIÊN", "SỞ TƯ PHÁP"]
    assert header.cell(1, 1).paragraphs[0].text == "Điện Biên, ngày 14 tháng 6 năm 2022"
    sig = next(t for t in doc.tables if t.cell(0, 0).paragraphs[0].text == "Nơi nhận:")
    assert [p.text for p in sig.cell(0, 1).paragraphs if p.text] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn A"]
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("Sở Tư pháp báo cáo kết quả") for t in texts)
    assert any("Sở Tư pháp đã tiếp nhận 1 hồ sơ" in t for t in texts)
    cli.ok("report", "semester", "2022-H1", "-o", str(path), "--place", "Mường Thanh", "--signer", "Quàng Thị B")
    doc = Document(str(path))
    assert doc.tables[0].cell(1, 1).paragraphs[0].text.startswith("Mường Thanh, ngày")
    text = cli.ok("report", "semester", "2022-H1", "--format", "text").stdout
    assert "Sở Tư pháp báo cáo kết quả" in text and "Sở Tư pháp đã tiếp nhận 1 hồ sơ" in text
    form = cli.ok("report", "semester", "2022-H1", "--format", "form").stdout
    assert "- Đơn vị báo cáo: Sở Tư pháp" in form and "- Đơn vị nhận báo cáo: UBND tỉnh Điện Biên" in form
    assert "Lò Văn A" in form


def test_without_particulars_the_blanks_are_left_to_fill(cli, tmp_path):
    cli.ok("dossier", "add", "X-1", "--procedure", "p", "--received", "01/03/2022", "--due", "05/03/2022")
    path = tmp_path / "r.docx"
    cli.ok("report", "semester", "2022-H1", "-o", str(path))
    header = Document(str(path)).tables[0]
    assert [p.text for p in header.cell(0, 0).paragraphs if p.text] == ["……"]
    assert header.cell(1, 1).paragraphs[0].text.startswith("……, ngày 14 tháng 6 năm 2022")


def test_the_regime_follows_the_period_dates(cli):
    """A period ending from 15/02/2026 falls under Circular 5/2025/TT-VPCP, whose form could not be
    verified: the figures keep Biểu 06's columns and every output says so; from 01/07/2025 the
    apology letter is the extension request (Mẫu 04 of Circular 03/2025/TT-VPCP)."""
    cli.ok("dossier", "add", "X-1", "--procedure", "p", "--received", "01/03/2026", "--due", "05/03/2026")
    cli.ok("dossier", "reschedule", "X-1", "--due", "20/03/2026", "--reason", "Chờ ý kiến")
    r = json.loads(cli.ok("report", "semester", "2026-H1", "--until", "30/04/2026", "--json").stdout)
    assert r["form"]["regime"] == "5/2025/TT-VPCP" and r["form"]["verified"] is False
    assert r["regime"]["one_stop"] == "118/2025/NĐ-CP" and r["regime"]["apology"] == "mau-04"
    assert r["dossiers"]["apology_letters"] == 1
    text = " ".join(cli.ok("report", "semester", "2026-H1", "--until", "30/04/2026", "--format", "text").stdout.split())
    assert "Có 1 hồ sơ phải gửi văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết." in text
    assert "Thông tư số 5/2025/TT-VPCP; mẫu biểu của Thông tư này chưa được đối chiếu" in text
    form = " ".join(cli.ok("report", "semester", "2026-H1", "--until", "30/04/2026", "--format", "form").stdout.split())
    assert "chưa được đối chiếu" in form
    old = json.loads(cli.ok("report", "year", "2025", "--until", "30/06/2025", "--json").stdout)
    assert old["form"]["regime"] == "01/2020/TT-VPCP" and old["regime"]["apology"] == "phieu-xin-loi"


def test_an_apology_letter_is_counted_once_its_original_date_has_come(cli):
    cli.ok("dossier", "add", "A-1", "--procedure", "p", "--received", "01/03/2022", "--due", "10/03/2022")
    cli.ok("dossier", "reschedule", "A-1", "--due", "25/03/2022", "--reason", "Xin lỗi")
    count = lambda until: json.loads(  # noqa: E731
        cli.ok("report", "month", "2022-03", "--until", until, "--json").stdout
    )["dossiers"]["apology_letters"]
    assert count("09/03/2022") == 0 and count("10/03/2022") == 1
    assert date(2022, 3, 10)
