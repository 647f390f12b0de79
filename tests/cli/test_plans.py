"""cchc plan add|list|show."""

from __future__ import annotations

import json

PLAN = [
    "plan",
    "add",
    "02/KH-VPUB",
    "--title",
    "Kế hoạch CCHC năm 2022",
    "--year",
    "2022",
    "--issued-on",
    "06/02/2022",
    "--basis",
    "3162/QĐ-UBND ngày 20/12/2021",
]


def test_add_and_list_json(cli):
    result = cli.ok(*PLAN)
    assert "02/KH-VPUB" in result.stderr
    assert result.stdout == ""
    rows = json.loads(cli.ok("plan", "list", "--json").stdout)
    assert rows == [
        {
            "code": "02/KH-VPUB",
            "title": "Kế hoạch CCHC năm 2022",
            "year": 2022,
            "issued_on": "2022-02-06",
            "basis": "3162/QĐ-UBND ngày 20/12/2021",
            "tasks_total": 0,
            "tasks_done": 0,
            "completion": "0/0",
        }
    ]


def test_list_table_shows_completion(sample):
    out = sample.ok("plan", "list").stdout
    assert "02/KH-VPUB" in out and "30/50" in out


def test_show_counts_tasks(sample):
    data = json.loads(sample.ok("plan", "show", "02/KH-VPUB", "--json").stdout)
    assert data["plan"]["code"] == "02/KH-VPUB"
    assert data["completion"]["total"] == 50
    assert data["completion"]["done"] == 30
    assert len(data["tasks"]) == 50
    table = sample.ok("plan", "show", "02/KH-VPUB").stdout
    assert "30/50" in table


def test_cancelled_task_leaves_the_total(cli):
    cli.ok(*PLAN)
    for title in ("a", "b", "c"):
        cli.ok("task", "add", "--plan", "02/KH-VPUB", "--title", title)
    cli.ok("task", "done", "02/KH-VPUB#1", "--on", "01/03/2022")
    cli.ok("task", "cancel", "02/KH-VPUB#3", "--on", "02/03/2022", "--reason", "Không còn phù hợp")
    data = json.loads(cli.ok("plan", "show", "02/KH-VPUB", "--json").stdout)
    assert (data["completion"]["done"], data["completion"]["total"], data["completion"]["cancelled"]) == (1, 2, 1)


def test_duplicate_plan_code_refused(cli):
    cli.ok(*PLAN)
    result = cli.fails(*PLAN)
    assert "02/KH-VPUB" in result.stderr and "đã có" in result.stderr
    assert cli.count("plans") == 1


def test_plan_code_typed_in_nfd_is_the_same_plan(cli):
    import unicodedata

    cli.ok("plan", "add", "01/KH-SƠN LA", "--title", "t", "--year", "2022")
    nfd = unicodedata.normalize("NFD", "01/KH-SƠN LA")
    assert "đã có" in cli.fails("plan", "add", nfd, "--title", "t", "--year", "2022").stderr
    assert json.loads(cli.ok("plan", "show", nfd, "--json").stdout)["plan"]["code"] == "01/KH-SƠN LA"
    assert cli.count("plans") == 1


def test_bad_inputs_write_nothing(cli):
    cli.ok("init")
    cases = [
        (["plan", "add", "X", "--title", "  ", "--year", "2022"], "không được để trống"),
        (["plan", "add", "X", "--title", "t", "--year", "20222"], "Năm"),
        (["plan", "add", "X", "--title", "t", "--year", "2022", "--issued-on", "31/02/2022"], "31/02/2022"),
        (["plan", "show", "NOPE"], "NOPE"),
    ]
    for args, needle in cases:
        result = cli.fails(*args)
        assert needle in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    assert cli.count("plans") == 0
    assert cli.count("audit") == 0


def test_missing_required_option_is_usage_error(cli):
    cli.fails("plan", "add", "X", "--year", "2022", code=2)
