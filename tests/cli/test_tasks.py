"""cchc task add|start|done|cancel|edit|list|show|areas."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def plan(cli):
    cli.ok("plan", "add", "02/KH-VPUB", "--title", "KH CCHC 2022", "--year", "2022")
    return cli


def add(cli, title="Ban hành kế hoạch", *extra):
    return cli.ok("task", "add", "--plan", "02/KH-VPUB", "--title", title, *extra).stdout.strip()


def tasks(cli, *args):
    return json.loads(cli.ok("task", "list", "--json", *args).stdout)


def test_add_prints_reference_and_numbers_within_plan(plan):
    assert add(plan) == "02/KH-VPUB#1"
    assert add(plan, "Tuyên truyền", "--area", "chi-dao", "--unit", "Phòng HCTC", "--due", "Q2") == "02/KH-VPUB#2"
    plan.ok("plan", "add", "03/KH-VPUB", "--title", "Khác", "--year", "2023")
    out = plan.ok("task", "add", "--plan", "03/KH-VPUB", "--title", "x").stdout.strip()
    assert out == "03/KH-VPUB#1"
    row = tasks(plan, "--plan", "02/KH-VPUB")[1]
    assert row == {
        "ref": "02/KH-VPUB#2",
        "plan": "02/KH-VPUB",
        "number": 2,
        "title": "Tuyên truyền",
        "area": "chi-dao",
        "unit": "Phòng HCTC",
        "due_on": "2022-06-30",
        "status": "todo",
        "done_on": None,
        "evidence": None,
        "started_on": None,
        "cancelled_on": None,
        "cancel_reason": None,
    }


def test_due_accepts_quarter_whole_year_and_dates(plan):
    add(plan, "a", "--due", "cả năm")
    add(plan, "b", "--due", "15/09/2022")
    add(plan, "c", "--due", "Quý 1")
    assert [t["due_on"] for t in tasks(plan)] == ["2022-12-31", "2022-09-15", "2022-03-31"]
    plan.fails("task", "add", "--plan", "02/KH-VPUB", "--title", "d", "--due", "Q5")
    assert plan.count("tasks") == 3


def test_lifecycle(plan):
    ref = add(plan)
    plan.ok("task", "start", ref, "--on", "01/03/2022")
    assert tasks(plan)[0]["status"] == "doing"
    result = plan.ok("task", "done", ref, "--on", "10/03/2022", "--evidence", "KH số 02/KH-VPUB")
    assert "hoàn thành" in result.stderr
    t = tasks(plan)[0]
    assert (t["status"], t["done_on"], t["evidence"]) == ("done", "2022-03-10", "KH số 02/KH-VPUB")
    assert tasks(plan, "--status", "done")[0]["ref"] == ref
    assert tasks(plan, "--status", "todo") == []


def test_done_twice_and_other_state_errors(plan):
    ref = add(plan)
    plan.ok("task", "done", ref, "--on", "10/03/2022")
    audit_before = plan.count("audit")
    assert "trạng thái 'hoàn thành'" in plan.fails("task", "done", ref).stderr
    plan.fails("task", "start", ref)
    plan.fails("task", "cancel", ref, "--reason", "x")
    assert plan.count("audit") == audit_before
    ref2 = add(plan, "b")
    plan.ok("task", "cancel", ref2, "--on", "01/04/2022", "--reason", "Trùng nhiệm vụ")
    plan.fails("task", "done", ref2)
    assert tasks(plan, "--status", "cancelled")[0]["cancel_reason"] == "Trùng nhiệm vụ"


def test_done_before_start_is_refused(plan):
    ref = add(plan)
    plan.ok("task", "start", ref, "--on", "10/03/2022")
    result = plan.fails("task", "done", ref, "--on", "01/03/2022")
    assert "01/03/2022" in result.stderr
    assert tasks(plan)[0]["status"] == "doing"


def test_edit(plan):
    ref = add(plan)
    plan.ok("task", "edit", ref, "--title", "Mới", "--unit", "Phòng KSTT", "--area", "tthc")
    t = tasks(plan)[0]
    assert (t["title"], t["unit"], t["area"]) == ("Mới", "Phòng KSTT", "tthc")
    plan.fails("task", "edit", ref)  # nothing to edit
    plan.fails("task", "edit", ref, "--area", "bogus")
    plan.fails("task", "edit", ref, "--title", "")


def test_overdue_filter(plan):
    add(plan, "late", "--due", "01/01/2022")
    add(plan, "later", "--due", "31/12/2199")
    add(plan, "done late", "--due", "01/01/2022")
    plan.ok("task", "done", "02/KH-VPUB#3", "--on", "05/01/2022")
    assert [t["ref"] for t in tasks(plan, "--overdue")] == ["02/KH-VPUB#1"]


def test_unknown_plan_task_area(plan):
    assert "KHÔNG" in plan.fails("task", "add", "--plan", "KHÔNG", "--title", "x").stderr
    assert "02/KH-VPUB#9" in plan.fails("task", "done", "02/KH-VPUB#9").stderr
    assert "PLAN#N" in plan.fails("--lang", "en", "task", "done", "02/KH-VPUB").stderr
    assert "task areas" in plan.fails("task", "add", "--plan", "02/KH-VPUB", "--title", "x", "--area", "nope").stderr
    plan.fails("task", "list", "--status", "finished")
    assert plan.count("tasks") == 0


def test_show_includes_history(plan):
    ref = add(plan)
    plan.ok("task", "start", ref, "--on", "01/03/2022")
    data = json.loads(plan.ok("task", "show", ref, "--json").stdout)
    assert [h["action"] for h in data["history"]] == ["insert", "update"]
    assert data["history"][1]["after"]["started_on"] == "2022-03-01"
    assert "started_on" in plan.ok("task", "show", ref).stdout


def test_areas(cli):
    rows = json.loads(cli.ok("task", "areas", "--json").stdout)
    assert len(rows) == 8
    assert {"key": "tthc", "name": "Cải cách thủ tục hành chính", "name_en": "Administrative procedures"} in rows
    assert "Cải cách tài chính công" in cli.ok("task", "areas").stdout


def test_done_in_the_future_is_refused(plan):
    from datetime import date, timedelta

    ref = add(plan)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    shown = date.fromisoformat(tomorrow).strftime("%d/%m/%Y")
    assert shown in plan.fails("task", "done", ref, "--on", tomorrow).stderr
    assert tasks(plan)[0]["status"] == "todo"
