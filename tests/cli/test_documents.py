"""cchc document: the register of directive documents, plans among them (a plan is a document
with a year: plan commands and their JSON keep working on it)."""

from __future__ import annotations

import json


def test_add_derives_the_kind_from_the_symbol(cli):
    cli.ok("plan", "add", "02/KH-VPUB", "--title", "Kế hoạch CCHC 2022", "--year", "2022", "--issued-on", "06/02/2022")
    cli.ok("task", "add", "--plan", "02/KH-VPUB", "--title", "Tuyên truyền", "--area", "chi-dao")
    r = cli.ok(
        "document", "add", "25/KH-VPUB", "--summary", "Kế hoạch tuyên truyền CCHC năm 2022",
        "--issued-on", "19/05/2022", "--area", "chi-dao", "--serves", "02/KH-VPUB#1", "--json",
    )  # fmt: skip
    doc = json.loads(r.stdout)
    assert doc == {
        "code": "25/KH-VPUB",
        "kind": "ke-hoach",
        "issued_on": "2022-05-19",
        "issuer": None,
        "summary": "Kế hoạch tuyên truyền CCHC năm 2022",
        "area": "chi-dao",
        "serves": "02/KH-VPUB#1",
        "year": None,
        "basis": None,
    }
    assert (
        "đã thêm văn bản 1966/VPUB-HCTC (Công văn)"
        in cli.ok(
            "document", "add", "1966/VPUB-HCTC", "--summary", "V/v triển khai", "--issued-on", "01/06/2022"
        ).stderr
    )
    r = cli.ok("--lang", "en", "document", "add", "3/QĐ-VPUB", "--title", "Quyết định kiện toàn")
    assert "(Decision)" in r.stderr
    # the plan is a document too; the plan's own commands and keys are unchanged
    listed = json.loads(cli.ok("document", "list", "--json").stdout)
    assert [d["code"] for d in listed] == ["02/KH-VPUB", "25/KH-VPUB", "1966/VPUB-HCTC", "3/QĐ-VPUB"]
    assert listed[0]["kind"] == "ke-hoach" and listed[0]["year"] == 2022
    plans = json.loads(cli.ok("plan", "list", "--json").stdout)
    assert [(p["code"], p["title"], p["tasks_total"]) for p in plans] == [("02/KH-VPUB", "Kế hoạch CCHC 2022", 1)]
    assert set(plans[0]) == {"code", "title", "year", "issued_on", "basis", "tasks_total", "tasks_done", "completion"}
    assert (
        json.loads(cli.ok("document", "list", "--kind", "KH", "--from", "01/03/2022", "--json").stdout)[0]["code"]
        == "25/KH-VPUB"
    )
    # a document given a year becomes a plan its tasks can belong to
    cli.ok("document", "edit", "3/QĐ-VPUB", "--year", "2022")
    cli.ok("task", "add", "--plan", "3/QĐ-VPUB", "--title", "Kiện toàn tổ CCHC")
    assert [p["code"] for p in json.loads(cli.ok("plan", "list", "--json").stdout)] == ["02/KH-VPUB", "3/QĐ-VPUB"]


def test_bad_input_writes_nothing(cli):
    cli.ok("plan", "add", "02/KH-VPUB", "--title", "Kế hoạch", "--year", "2022")
    audit = cli.count("audit")
    for args, needle in (
        (("document", "add", "123/VPUB", "--summary", "x"), "--kind"),  # the symbol does not say
        (("document", "add", "5/KH-VPUB", "--summary", "x", "--kind", "thu"), "thu"),
        (("document", "add", "5/KH-VPUB", "--summary", "x", "--serves", "02/KH-VPUB#9"), "02/KH-VPUB#9"),
        (("document", "add", "5/KH-VPUB", "--summary", "x", "--issued-on", "01/01/2100"), "01/01/2100"),
        (("document", "add", "5/KH-VPUB", "--summary", "x", "--area", "xyz"), "xyz"),
        (("document", "add", "02/KH-VPUB", "--summary", "x"), "02/KH-VPUB"),  # exists
        (("document", "edit", "9/KH-VPUB", "--summary", "x"), "9/KH-VPUB"),
        (("document", "edit", "02/KH-VPUB"), "sửa"),
        (("document", "delete", "02/KH-VPUB", "--reason", " "), "Lý do"),
    ):
        r = cli.fails(*args)
        assert needle in r.stderr and len(r.stderr.splitlines()) == 1, (args, r.stderr)
    assert cli.count("audit") == audit and cli.count("documents") == 1


def test_delete_keeps_what_it_held_and_refuses_a_document_in_use(cli):
    cli.ok("plan", "add", "02/KH-VPUB", "--title", "Kế hoạch", "--year", "2022")
    cli.ok("task", "add", "--plan", "02/KH-VPUB", "--title", "Một việc")
    r = cli.fails("document", "delete", "02/KH-VPUB", "--reason", "nhầm")
    assert "1 nhiệm vụ" in r.stderr
    cli.ok("document", "add", "7/TB-VPUB", "--summary", "Thông báo kết luận")
    cli.ok("inspection", "add", "--on", "01/06/2022", "--unit", "Phòng A", "--document", "7/TB-VPUB")
    assert "cuộc kiểm tra" in cli.fails("document", "delete", "7/TB-VPUB", "--reason", "nhầm").stderr
    cli.ok("inspection", "edit", "2022#1", "--document", "")
    cli.ok("document", "delete", "7/TB-VPUB", "--reason", "Nhập nhầm")
    entry = json.loads(cli.ok("audit", "log", "--kind", "document", "--key", "7/TB-VPUB", "--json").stdout)[-1]
    assert entry["action"] == "delete" and entry["after"] == {"reason": "Nhập nhầm"}
    assert entry["before"]["summary"] == "Thông báo kết luận"
    cli.ok("audit", "verify")
    cli.ok("check")


def test_show_and_kinds(cli):
    cli.ok("document", "add", "45/BC-VPUB", "--summary", "Báo cáo CCHC 6 tháng", "--issued-on", "09/06/2022")
    out = cli.ok("--lang", "en", "document", "show", "45/BC-VPUB").stdout
    assert "Report" in out and "09/06/2022" in out
    assert json.loads(cli.ok("document", "show", "45/BC-VPUB", "--json").stdout)["kind"] == "bao-cao"
    kinds = json.loads(cli.ok("document", "kinds", "--json").stdout)
    assert {"key": "to-trinh", "abbreviations": "TTr", "name": "Tờ trình", "name_en": "Submission"} in kinds
    assert "không có văn bản 9/BC-X" in cli.fails("document", "show", "9/BC-X").stderr


def test_check_names_a_document_edited_outside_cchc(sample):
    import sqlite3

    conn = sqlite3.connect(sample.db)
    conn.execute("UPDATE documents SET kind = 'thu-tay', serves = '02/KH-VPUB#77' WHERE code = '25/KH-VPUB'")
    conn.commit()
    conn.close()
    out = sample.fails("--lang", "en", "check").stdout
    assert "document 25/KH-VPUB" in out and "thu-tay" in out and "02/KH-VPUB#77" in out
