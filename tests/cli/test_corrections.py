"""Corrections through the one write path: each leaves an audit entry with its reason (not in
the record), is refused as the adding command would be, and ``audit verify`` accepts it."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

CODE = "000.00.12.H50-211215-0001"  # resolved 29/12/2021, due 06/01/2022, received 15/12/2021
OTHER = "000.00.12.H50-211215-0002"
TASK = "02/KH-VPUB#1"  # started 31/03/2022, done 05/04/2022


def last_entry(cli, kind: str, key: str) -> dict:
    (row,) = cli.rows(
        "SELECT action, before, after FROM audit WHERE kind = ? AND key = ? ORDER BY id DESC LIMIT 1", (kind, key)
    )
    return {"action": row[0], "before": json.loads(row[1]) if row[1] else None, "after": json.loads(row[2])}


def audit_count(cli) -> int:
    return cli.count("audit")


def verified(cli) -> None:
    r = cli.ok("audit", "verify", "--json")
    assert json.loads(r.stdout)["ok"], r.stdout


def dossier(cli, code: str = CODE) -> dict:
    return json.loads(cli.ok("dossier", "show", code, "--json").stdout)


def test_dossier_edit_text_fields_and_procedure_from_the_catalog(sample):
    sample.ok("procedure", "add", "9.001", "--name", "Thủ tục mới", "--field", "Lĩnh vực mới", "--days", "5")
    sample.ok("dossier", "edit", CODE, "--applicant", "Hội Nông dân", "--procedure", "9.001", "--channel", "trực tiếp")
    d = dossier(sample)
    assert (d["applicant"], d["procedure"], d["field"], d["channel"]) == (
        "Hội Nông dân",
        "Thủ tục mới",
        "Lĩnh vực mới",
        "direct",
    )
    assert d["due_on"] == "2022-01-06"  # a procedure change keeps the appointment date
    e = last_entry(sample, "dossier", CODE)
    assert e["action"] == "edit" and "reason" not in e["after"]
    sample.ok("dossier", "edit", CODE, "--note", "")  # an empty text clears
    verified(sample)


def test_dossier_edit_a_date_needs_a_reason_and_keeps_the_working_days(sample):
    before = audit_count(sample)
    r = sample.fails("dossier", "edit", CODE, "--received", "16/12/2021")
    assert "--reason" in r.stderr and audit_count(sample) == before
    r = sample.ok("dossier", "edit", CODE, "--received", "16/12/2021", "--reason", "gõ nhầm ngày")
    d = dossier(sample)
    assert d["received_on"] == "2021-12-16" and d["due_on"] == "2022-01-07"  # 16 working days as before
    assert "07/01/2022" in r.stderr
    e = last_entry(sample, "dossier", CODE)
    assert e["after"]["reason"] == "gõ nhầm ngày" and e["after"]["received_on"] == "2021-12-16"
    stored = sample.rows("SELECT * FROM dossiers WHERE code = ?", (CODE,))[0]
    assert "gõ nhầm ngày" not in stored
    sample.ok("dossier", "edit", CODE, "--due", "05/01/2022", "--reason", "hẹn sai")
    assert dossier(sample)["status"] == "early"  # resolved 29/12 < 05/01: timeliness follows
    sample.ok("dossier", "edit", CODE, "--due", "28/12/2021", "--reason", "hẹn sai")
    assert dossier(sample)["status"] == "late"
    verified(sample)
    show = sample.ok("dossier", "show", CODE).stdout
    assert "gõ nhầm ngày" in show and "hẹn sai" in show


@pytest.mark.parametrize(
    "args, words",
    [
        (["--due", "01/12/2021", "--reason", "x"], "01/12/2021"),  # before received
        (["--received", "30/12/2021", "--reason", "x"], "29/12/2021"),  # after it was resolved
        (["--received", "31/02/2022", "--reason", "x"], "31/02/2022"),
        (["--procedure", "", "--reason", "x"], ""),
        (["--channel", "fax"], "fax"),
        (["--received", (date.today() + timedelta(days=40)).strftime("%d/%m/%Y"), "--reason", "x"], ""),
    ],
)
def test_dossier_edit_refuses_what_add_refuses(sample, args, words):
    before = (audit_count(sample), dossier(sample))
    r = sample.fails("dossier", "edit", CODE, *args, code=1)
    assert words in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert (audit_count(sample), dossier(sample)) == before


def test_dossier_edit_needs_something_and_an_existing_dossier(sample):
    sample.fails("dossier", "edit", CODE)
    assert "không có hồ sơ" in sample.fails("dossier", "edit", "NOPE", "--note", "x").stderr


def test_reopen_undoes_an_outcome(sample):
    r = sample.fails("dossier", "reopen", CODE, code=2)  # --reason is required
    assert "--reason" in r.stderr
    sample.ok("dossier", "reopen", CODE, "--reason", "ghi nhầm kết quả")
    d = dossier(sample)
    assert d["status"] == "pending" and d["resolved_on"] is None
    e = last_entry(sample, "dossier", CODE)
    assert e["action"] == "reopen" and e["after"]["reason"] == "ghi nhầm kết quả"
    assert e["before"]["outcome"] == "resolved"
    assert "chưa có kết quả" in sample.fails("dossier", "reopen", CODE, "--reason", "x").stderr
    sample.ok("dossier", "resolve", CODE, "--on", "30/12/2021")
    assert dossier(sample)["resolved_on"] == "2021-12-30"
    verified(sample)
    assert "ghi nhầm kết quả" in sample.ok("dossier", "show", CODE).stdout


def test_reopen_a_returned_dossier_clears_its_reason(sample):
    (code,) = sample.rows("SELECT code FROM dossiers WHERE outcome = 'returned' LIMIT 1")[0]
    sample.ok("dossier", "reopen", code, "--reason", "trả lại nhầm")
    assert dossier(sample, code)["return_reason"] is None
    verified(sample)


def test_delete_keeps_the_dossier_in_the_audit_trail(sample):
    sample.ok("dossier", "pause", "000.00.12.H50-220607-0001", "--on", "08/06/2022", "--reason", "bổ sung")
    sample.ok("dossier", "delete", "000.00.12.H50-220607-0001", "--reason", "nhập trùng")
    assert sample.fails("dossier", "show", "000.00.12.H50-220607-0001").exit_code == 1
    assert sample.rows("SELECT COUNT(*) FROM dossier_pauses")[0][0] == 0
    e = last_entry(sample, "dossier", "000.00.12.H50-220607-0001")
    assert e["action"] == "delete" and e["after"] == {"reason": "nhập trùng"}
    assert e["before"]["code"] == "000.00.12.H50-220607-0001" and e["before"]["pauses"][0]["reason"] == "bổ sung"
    verified(sample)
    log = sample.ok("audit", "log", "--key", "000.00.12.H50-220607-0001").stdout
    assert "nhập trùng" in log
    # the code can be received again
    sample.ok(
        "dossier", "add", "000.00.12.H50-220607-0001", "--procedure", "x", "--received", "07/06/2022", "--days", "3"
    )
    verified(sample)


def test_delete_needs_a_reason_and_a_dossier(sample):
    n = sample.count("dossiers")
    sample.fails("dossier", "delete", CODE, code=2)
    sample.fails("dossier", "delete", CODE, "--reason", "  ")
    sample.fails("dossier", "delete", "NOPE", "--reason", "x")
    assert sample.count("dossiers") == n


def test_a_deletion_behind_cchcs_back_is_still_caught(sample):
    sample.ok("dossier", "delete", CODE, "--reason", "nhập trùng")
    import sqlite3

    conn = sqlite3.connect(sample.db)
    conn.execute("DELETE FROM dossiers WHERE code = ?", (OTHER,))
    conn.commit()
    conn.close()
    r = sample.fails("audit", "verify", "--json")
    problems = json.loads(r.stdout)["problems"]
    assert [p["key"] for p in problems] == [OTHER]


def test_reschedule_on_dates_the_apology_slip(sample):
    code = "000.00.12.H50-220607-0001"
    sample.ok("dossier", "reschedule", code, "--due", "30/07/2022", "--reason", "chờ ý kiến", "--on", "08/06/2022")
    changes = dossier(sample, code)["changes"]
    assert changes[-1]["on"] == "2022-06-08" and changes[-1]["reason"] == "chờ ý kiến"
    assert "reason" not in sample.rows("SELECT * FROM dossiers WHERE code = ?", (code,))[0]
    for on in ("06/06/2022", (date.today() + timedelta(days=3)).strftime("%d/%m/%Y")):
        sample.fails("dossier", "reschedule", code, "--due", "01/08/2022", "--reason", "x", "--on", on)
    assert dossier(sample, code)["rescheduled_due_on"] == "2022-07-30"
    verified(sample)


def test_task_edit_dates_need_a_reason_and_follow_the_rules(sample):
    n = audit_count(sample)
    assert "--reason" in sample.fails("task", "edit", TASK, "--done", "06/04/2022").stderr
    sample.fails("task", "edit", TASK, "--done", "01/03/2022", "--reason", "x")  # before the start
    future = (date.today() + timedelta(days=5)).strftime("%d/%m/%Y")
    sample.fails("task", "edit", TASK, "--started", future, "--reason", "x")
    sample.fails("task", "edit", TASK, "--cancelled", "06/04/2022", "--reason", "x")  # done and cancelled
    assert audit_count(sample) == n
    sample.ok("task", "edit", TASK, "--done", "06/04/2022", "--started", "01/04/2022", "--reason", "sai ngày")
    t = json.loads(sample.ok("task", "show", TASK, "--json").stdout)
    assert (t["started_on"], t["done_on"]) == ("2022-04-01", "2022-04-06")
    assert t["history"][-1]["after"]["reason"] == "sai ngày"
    sample.ok("task", "edit", TASK, "--started", "none", "--done", "", "--reason", "chưa làm")
    t = json.loads(sample.ok("task", "show", TASK, "--json").stdout)
    assert (t["status"], t["started_on"], t["done_on"]) == ("todo", None, None)
    verified(sample)
    assert "sai ngày" in sample.ok("task", "show", TASK).stdout


def test_task_reopen(sample):
    sample.fails("task", "reopen", TASK, code=2)
    sample.ok("task", "reopen", TASK, "--reason", "chưa xong")
    t = json.loads(sample.ok("task", "show", TASK, "--json").stdout)
    assert (t["status"], t["done_on"], t["evidence"]) == ("doing", None, None)
    e = last_entry(sample, "task", TASK)
    assert e["action"] == "reopen" and e["after"]["reason"] == "chưa xong"
    assert "chỉ mở lại" in sample.fails("task", "reopen", TASK, "--reason", "x").stderr
    sample.ok("task", "cancel", TASK, "--on", "01/05/2022", "--reason", "trùng")
    sample.ok("task", "reopen", TASK, "--reason", "không trùng")
    t = json.loads(sample.ok("task", "show", TASK, "--json").stdout)
    assert (t["status"], t["cancelled_on"], t["cancel_reason"]) == ("doing", None, None)
    verified(sample)


def test_meeting_edit_and_delete(sample):
    # the week-52 meeting: no reform-index criterion cites it (week 51 is evidence; see below)
    sample.ok("meeting", "edit", "--kind", "office", "--on", "27/12/2021", "--chair", "Phó Chánh Văn phòng")
    m = json.loads(sample.ok("meeting", "list", "--from", "27/12/2021", "--to", "27/12/2021", "--json").stdout)
    assert m[0]["chair"] == "Phó Chánh Văn phòng"
    n = audit_count(sample)
    assert (
        "--reason"
        in sample.fails("meeting", "edit", "--kind", "office", "--on", "27/12/2021", "--new-on", "28/12/2021").stderr
    )
    sample.fails("meeting", "edit", "--kind", "office", "--on", "27/12/2021", "--new-kind", "nope", "--reason", "x")
    sample.fails("meeting", "edit", "--kind", "office", "--on", "26/12/2021", "--note", "x")
    assert audit_count(sample) == n
    sample.ok(
        "meeting", "edit", "--kind", "office", "--on", "27/12/2021", "--new-on", "28/12/2021", "--reason", "sai ngày"
    )
    assert sample.rows("SELECT COUNT(*) FROM meetings WHERE held_on = '2021-12-27' AND kind = 'office'")[0][0] == 0
    sample.ok("meeting", "delete", "--kind", "office", "--on", "28/12/2021", "--reason", "trùng")
    assert sample.rows("SELECT COUNT(*) FROM meetings WHERE held_on = '2021-12-28' AND kind = 'office'")[0][0] == 0
    (after,) = sample.rows("SELECT after FROM audit WHERE action = 'delete' AND kind = 'meeting' ORDER BY id DESC")[0]
    assert json.loads(after) == {"reason": "trùng"}
    sample.fails("meeting", "delete", "--kind", "office", "--on", "28/12/2021", "--reason", "x")
    verified(sample)


def test_plan_edit(sample):
    sample.ok("plan", "edit", "02/KH-VPUB", "--basis", "Quyết định 3162/QĐ-UBND", "--reason", "viết đầy đủ")
    plan = json.loads(sample.ok("plan", "show", "02/KH-VPUB", "--json").stdout)["plan"]
    assert plan["basis"] == "Quyết định 3162/QĐ-UBND"
    assert last_entry(sample, "document", "02/KH-VPUB")["after"]["reason"] == "viết đầy đủ"  # a plan is a document
    sample.fails("plan", "edit", "02/KH-VPUB", "--year", "1800")
    sample.fails("plan", "edit", "02/KH-VPUB", "--title", "")
    sample.fails("plan", "edit", "02/KH-VPUB")
    sample.fails("plan", "edit", "NOPE", "--title", "x")
    verified(sample)


def test_a_meeting_cited_as_evidence_is_not_deleted_and_its_evidence_follows_a_move(sample):
    """The 2021 index cites the office briefing of 20/12/2021 for criterion 1.6: deleting it
    would leave evidence pointing at nothing; moving it to the right date takes the evidence
    along, each step in the audit trail with the reason."""
    old = "office@2021-12-20/Giao ban Văn phòng tuần 51"
    r = sample.fails("--lang", "en", "meeting", "delete", "--kind", "office", "--on", "20/12/2021", "--reason", "x")
    assert f"meeting {old} is evidence for 1 reform-index criteria" in r.stderr and "evidence-remove" in r.stderr
    assert sample.rows("SELECT COUNT(*) FROM meetings WHERE held_on = '2021-12-20'") == [(1,)]
    sample.ok(
        "meeting",
        "edit",
        "--kind",
        "office",
        "--on",
        "20/12/2021",
        "--new-on",
        "21/12/2021",
        "--reason",
        "Ghi nhầm ngày",
    )
    new = "office@2021-12-21/Giao ban Văn phòng tuần 51"
    assert sample.rows("SELECT criterion, ref FROM index_evidence WHERE kind = 'meeting'") == [("1.6", new)]
    sql = "SELECT action, json_extract(after, '$.reason') FROM audit WHERE kind = 'index_evidence' ORDER BY id DESC"
    assert sample.rows(sql + " LIMIT 2") == [("edit", "Ghi nhầm ngày"), ("delete", "Ghi nhầm ngày")]
    sample.ok("check")
    sample.ok("audit", "verify")
    sample.ok("index", "evidence-remove", "2021", "1.6", "--meeting", new, "--reason", "Không còn dùng")
    sample.ok("meeting", "delete", "--kind", "office", "--on", "21/12/2021", "--reason", "Ghi trùng")
    assert not sample.rows("SELECT 1 FROM index_evidence WHERE kind = 'meeting'")
