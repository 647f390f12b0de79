"""cchc outreach (communication work) and cchc inspection (inspections and their follow-ups,
tracked like tasks)."""

from __future__ import annotations

import json


def test_outreach_add_edit_delete_list(cli):
    r = cli.ok(
        "outreach", "add", "--kind", "Tin, bài", "--on", "28/01/2022", "--title", "Tin CCHC tháng 1",
        "--outlet", "Cổng thông tin điện tử tỉnh", "--count", "3", "--json",
    )  # fmt: skip
    assert json.loads(r.stdout) == {
        "kind": "tin-bai",
        "held_on": "2022-01-28",
        "title": "Tin CCHC tháng 1",
        "outlet": "Cổng thông tin điện tử tỉnh",
        "count": 3,
        "note": None,
    }
    cli.ok("outreach", "add", "--kind", "ban-tin", "--on", "28/01/2022", "--title", "Bản tin tháng 1")
    key = ("--kind", "tin-bai", "--on", "2022-01-28", "--title", "Tin CCHC tháng 1")
    cli.ok("outreach", "edit", *key, "--count", "4")
    rows = json.loads(cli.ok("outreach", "list", "--json").stdout)
    assert [(r["kind"], r["count"]) for r in rows] == [("ban-tin", 1), ("tin-bai", 4)]
    assert json.loads(cli.ok("outreach", "list", "--kind", "bản tin", "--json").stdout)[0]["title"] == "Bản tin tháng 1"
    assert cli.fails("outreach", "add", *key).stderr.startswith("cchc: đã có hoạt động tuyên truyền")
    assert "--count" in cli.fails("outreach", "edit", *key, "--count", "0", code=2).stderr
    assert "xyz" in cli.fails("outreach", "add", "--kind", "xyz", "--on", "01/02/2022", "--title", "t").stderr
    cli.ok("outreach", "delete", *key, "--reason", "Trùng")
    assert cli.count("outreach") == 1
    shown = cli.ok("outreach", "show", "--kind", "ban-tin", "--on", "28/01/2022", "--title", "Bản tin tháng 1")
    assert "Bản tin tháng 1" in shown.stdout and "28/01/2022" in shown.stdout
    cli.ok("audit", "verify")


def test_inspection_follow_up_is_tracked_like_a_task(cli):
    r = cli.ok(
        "inspection", "add", "--on", "24/05/2022", "--unit", "Trung tâm Phục vụ hành chính công",
        "--findings", "Chưa cập nhật trạng thái hồ sơ", "--follow-up", "Cập nhật trạng thái", "--due", "30/06/2022",
        "--json",
    )  # fmt: skip
    first = json.loads(r.stdout)
    assert first["ref"] == "2022#1" and first["status"] in ("open", "overdue")
    cli.ok("inspection", "add", "--on", "02/06/2022", "--unit", "Phòng Kiểm soát TTHC")
    listed = json.loads(cli.ok("inspection", "list", "--as-of", "09/06/2022", "--json").stdout)
    assert [(i["ref"], i["status"]) for i in listed] == [("2022#1", "open"), ("2022#2", None)]
    overdue = json.loads(cli.ok("inspection", "list", "--overdue", "--as-of", "01/07/2022", "--json").stdout)
    assert [i["ref"] for i in overdue] == ["2022#1"]
    assert "không có yêu cầu khắc phục" in cli.fails("inspection", "done", "2022#2", "--on", "03/06/2022").stderr
    done = json.loads(
        cli.ok("inspection", "done", "2022#1", "--on", "20/06/2022", "--evidence", "Báo cáo 5/BC", "--json").stdout
    )
    assert done["done_on"] == "2022-06-20" and done["status"] == "done"
    assert "đã xong" in cli.fails("inspection", "done", "2022#1", "--on", "21/06/2022").stderr
    assert "2021" in cli.fails("inspection", "edit", "2022#1", "--on", "01/12/2021").stderr  # its year is its ref's
    assert (
        "trước ngày kiểm tra"
        in cli.fails("inspection", "edit", "2022#2", "--follow-up", "x", "--due", "01/05/2022").stderr
    )
    assert "2022#9" in cli.fails("inspection", "show", "2022#9").stderr
    assert "x#1" in cli.fails("inspection", "show", "x#1").stderr
    cli.ok("inspection", "delete", "2022#2", "--reason", "Nhập nhầm")
    assert cli.count("inspections") == 1
    cli.ok("audit", "verify")
    cli.ok("check")
