"""Updating an existing record through ``cchc import NOUN``, for every noun: the summary counts,
the stored values, one audit row naming the file's line, ``audit verify`` intact; and with
``--dry-run``, the record it would update listed and nothing written."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest


@dataclass
class Case:
    noun: str
    setup: list[list[str]]  # commands that make the record
    file: str  # a CSV that changes it (its second line)
    key: str  # the record's key in the audit trail
    query: str  # SQL reading the changed values
    before: tuple
    after: tuple


CASES = [
    Case(
        "plans",
        [["plan", "add", "02/KH-VPUB", "--title", "Kế hoạch CCHC", "--year", "2022"]],
        "code,title,year,issued_on,basis\n02/KH-VPUB,Kế hoạch CCHC năm 2022,2022,06/02/2022,3162/QĐ-UBND\n",
        "02/KH-VPUB",
        "SELECT title, issued_on, basis FROM plans WHERE code = '02/KH-VPUB'",
        ("Kế hoạch CCHC", None, None),
        ("Kế hoạch CCHC năm 2022", "2022-02-06", "3162/QĐ-UBND"),
    ),
    Case(
        "tasks",
        [
            ["plan", "add", "02/KH-VPUB", "--title", "KH", "--year", "2022"],
            ["task", "add", "--plan", "02/KH-VPUB", "--title", "Tuyên truyền", "--unit", "Phòng A", "--due", "Q1"],
        ],
        "plan,number,title,unit,due_on\n02/KH-VPUB,1,Tuyên truyền CCHC,Phòng Hành chính - Tổ chức,30/06/2022\n",
        "02/KH-VPUB#1",
        "SELECT title, unit, due_on FROM tasks WHERE number = 1",
        ("Tuyên truyền", "Phòng A", "2022-03-31"),
        ("Tuyên truyền CCHC", "Phòng Hành chính - Tổ chức", "2022-06-30"),
    ),
    Case(
        "meetings",
        [["meeting", "add", "--kind", "office", "--on", "10/01/2022", "--title", "Giao ban tuần 2", "--chair", "A"]],
        "kind,held_on,title,chair,note\noffice,10/01/2022,Giao ban tuần 2,Chánh Văn phòng,Đã ban hành thông báo\n",
        "office@2022-01-10/Giao ban tuần 2",
        "SELECT chair, note FROM meetings",
        ("A", None),
        ("Chánh Văn phòng", "Đã ban hành thông báo"),
    ),
    Case(
        "meeting-kinds",
        [["meeting", "kind-add", "department", "--name", "Giao ban"]],
        "key,name,name_en\ndepartment,Giao ban phòng,Division briefing\n",
        "department",
        "SELECT name, name_en FROM meeting_kinds WHERE key = 'department'",
        ("Giao ban", None),
        ("Giao ban phòng", "Division briefing"),
    ),
    Case(
        "procedures",
        [["procedure", "add", "1.001", "--name", "Khai sinh", "--days", "5"]],
        "Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết\n1.001,Đăng ký khai sinh,Hộ tịch,3 ngày làm việc\n",
        "1.001",
        "SELECT name, field, days FROM procedures",
        ("Khai sinh", None, 5),
        ("Đăng ký khai sinh", "Hộ tịch", 3),
    ),
    Case(
        "calendar",
        [["calendar", "off", "31/12/2026", "--reason", "Thông báo 1"]],
        "day,kind,reason\n31/12/2026,off,Nghỉ theo Thông báo số 12/TB-UBND\n",
        "2026-12-31",
        "SELECT kind, reason FROM calendar_overrides WHERE day = '2026-12-31'",
        ("off", "Thông báo 1"),
        ("off", "Nghỉ theo Thông báo số 12/TB-UBND"),
    ),
    Case(
        "settings",
        [["init", "--agency", "Văn phòng", "--place", "Sơn La"]],
        "key,value\nagency,Văn phòng UBND tỉnh Sơn La\n",
        "agency",
        "SELECT key, value FROM settings ORDER BY key",
        (("agency", "Văn phòng"), ("place", "Sơn La")),
        (("agency", "Văn phòng UBND tỉnh Sơn La"), ("place", "Sơn La")),
    ),
    Case(
        "dossiers",
        [
            ["dossier", "add", "000.00.12.H50-220315-0001", "--procedure", "Khai sinh", "--received", "15/03/2022"]
            + ["--due", "18/03/2022", "--applicant", "Nguyễn Văn An"]
        ],
        "code,procedure,received_on,due_on,applicant,note\n"
        "000.00.12.H50-220315-0001,Khai sinh,15/03/2022,21/03/2022,Nguyễn Văn Ân,Hẹn lại theo phiếu\n",
        "000.00.12.H50-220315-0001",
        "SELECT due_on, applicant, note FROM dossiers",
        ("2022-03-18", "Nguyễn Văn An", None),
        ("2022-03-21", "Nguyễn Văn Ân", "Hẹn lại theo phiếu"),
    ),
]


def _values(cli, case: Case) -> tuple:
    rows = cli.rows(case.query)
    return rows[0] if len(rows) == 1 and case.noun != "settings" else tuple(rows)


@pytest.fixture(params=CASES, ids=[c.noun for c in CASES])
def case(request, cli, tmp_path) -> Case:
    for args in request.param.setup:
        cli.ok(*args)
    assert _values(cli, request.param) == request.param.before
    (tmp_path / "changes.csv").write_text(request.param.file, encoding="utf-8")
    return request.param


def test_import_updates_an_existing_record(cli, tmp_path, case):
    path = str(tmp_path / "changes.csv")
    entries = cli.count("audit")
    r = cli.ok("--lang", "en", "import", case.noun, path, "--json")
    summary = json.loads(r.stdout)
    assert (summary["inserted"], summary["updated"], summary["unchanged"]) == (0, 1, 0)
    assert f"{case.noun}: 0 inserted, 1 updated, 0 unchanged" in r.stderr
    assert _values(cli, case) == case.after
    # one chained entry for the file, one row for the record, pointing at its line
    ((entry, key, after),) = cli.rows("SELECT id, key, after FROM audit WHERE id > ? AND action = 'import'", (entries,))
    assert key == path and json.loads(after)["actions"] == {"update": 1}
    assert cli.rows("SELECT key, line, action FROM audit_rows WHERE entry = ?", (entry,)) == [(case.key, 2, "update")]
    assert cli.count("audit") == entries + 1
    r = cli.ok("--lang", "en", "audit", "verify")
    assert r.stderr.startswith("audit trail intact")
    # the same file again: nothing to do
    r = cli.ok("--lang", "en", "import", case.noun, path)
    assert f"{case.noun}: 0 inserted, 0 updated, 1 unchanged" in r.stderr
    assert cli.count("audit") == entries + 1


def test_dry_run_names_the_update_and_writes_nothing(cli, tmp_path, case):
    entries, rows = cli.count("audit"), cli.count("audit_rows")
    r = cli.ok("--lang", "en", "import", case.noun, str(tmp_path / "changes.csv"), "--dry-run")
    assert r.stdout == f"update\t{case.key}\n"
    assert f"{case.noun} (dry run, nothing written): would insert 0, update 1, leave 0 unchanged" in r.stderr
    assert _values(cli, case) == case.before
    assert (cli.count("audit"), cli.count("audit_rows")) == (entries, rows)
