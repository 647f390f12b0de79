"""A clerk's command and an import file refuse the same bad record with the same message: the
command prints ``cchc: MESSAGE``, the import ``FILE:LINE: column: MESSAGE`` (one line for the
one bad row), and neither writes anything."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

PLAN = [["plan", "add", "P", "--title", "Kế hoạch", "--year", "2022"], ["task", "add", "--plan", "P", "--title", "T"]]
STARTED = [*PLAN, ["task", "start", "P#1", "--on", "10/03/2022"]]
DOSSIER = [["dossier", "add", "X", "--procedure", "Khai sinh", "--received", "15/03/2022", "--due", "20/03/2022"]]
D_HEAD = "code,procedure,received_on,due_on"
D_ROW = "X,Khai sinh,15/03/2022,20/03/2022"


@dataclass
class Case:
    name: str
    command: list[str]
    noun: str
    file: str  # its second line is the bad record
    column: str  # as the import names it
    setup: list[list[str]] = field(default_factory=list)
    suffix: str = "csv"


CASES = [
    Case(
        "task cancelled before it was started",
        ["task", "cancel", "P#1", "--on", "01/03/2022", "--reason", "Trùng"],
        "tasks",
        "plan,number,title,started_on,cancelled_on,cancel_reason\nP,1,T,10/03/2022,01/03/2022,Trùng\n",
        "cancelled_on",
        STARTED,
    ),
    Case(
        "task done before it was started",
        ["task", "done", "P#1", "--on", "09/03/2022"],
        "tasks",
        "plan,number,title,started_on,done_on\nP,1,T,10/03/2022,09/03/2022\n",
        "done_on",
        STARTED,
    ),
    Case(
        "task cancelled in the future",
        ["task", "cancel", "P#1", "--on", "01/01/2099", "--reason", "Trùng"],
        "tasks",
        "plan,number,title,cancelled_on,cancel_reason\nP,1,T,01/01/2099,Trùng\n",
        "cancelled_on",
        PLAN,
    ),
    Case(
        "task cancelled without a reason",
        ["task", "cancel", "P#1", "--on", "01/03/2022", "--reason", " "],
        "tasks",
        "plan,number,title,cancelled_on,cancel_reason\nP,1,T,01/03/2022,\n",
        "cancel_reason",
        PLAN,
    ),
    Case(
        "plan year 20222",
        ["plan", "add", "Q", "--title", "Kế hoạch", "--year", "20222"],
        "plans",
        "code,title,year\nQ,Kế hoạch,20222\n",
        "year",
    ),
    Case(
        "plan code in mixed scripts",
        ["plan", "add", "02/\u041aH-VPUB", "--title", "Kế hoạch", "--year", "2022"],  # a Cyrillic К
        "plans",
        "code,title,year\n02/\u041aH-VPUB,Kế hoạch,2022\n",
        "code",
    ),
    Case(
        "dossier due before it was received",
        ["dossier", "add", "Y", "--procedure", "Khai sinh", "--received", "15/03/2022", "--due", "10/03/2022"],
        "dossiers",
        f"{D_HEAD}\nY,Khai sinh,15/03/2022,10/03/2022\n",
        "due_on",
    ),
    Case(
        "dossier received in the future",
        ["dossier", "add", "Y", "--procedure", "Khai sinh", "--received", "01/01/2099", "--due", "05/01/2099"],
        "dossiers",
        f"{D_HEAD}\nY,Khai sinh,01/01/2099,05/01/2099\n",
        "received_on",
    ),
    Case(
        "dossier resolved before it was received",
        ["dossier", "resolve", "X", "--on", "10/03/2022"],
        "dossiers",
        f"{D_HEAD},resolved_on\n{D_ROW},10/03/2022\n",
        "resolved_on",
        DOSSIER,
    ),
    Case(
        "dossier returned without a reason",
        ["dossier", "return", "X", "--on", "16/03/2022", "--reason", " "],
        "dossiers",
        f"{D_HEAD},returned_on\n{D_ROW},16/03/2022\n",
        "return_reason",
        DOSSIER,
    ),
    Case(
        "a wait for supplements before the receipt",
        ["dossier", "pause", "X", "--on", "10/03/2022", "--reason", "Thiếu bản sao"],
        "dossiers",
        f"{D_HEAD},paused_on,pause_reason\n{D_ROW},10/03/2022,Thiếu bản sao\n",
        "paused_on",
        DOSSIER,
    ),
    Case(
        "a wait for supplements without a reason",
        ["dossier", "pause", "X", "--on", "16/03/2022", "--reason", ""],
        "dossiers",
        f"{D_HEAD},paused_on,pause_reason\n{D_ROW},16/03/2022,\n",
        "pause_reason",
        DOSSIER,
    ),
    Case(
        "a resume before the wait began",
        ["dossier", "resume", "X", "--on", "16/03/2022"],
        "dossiers",
        f"{D_HEAD},pauses\n"
        f'{D_ROW},"[{{""paused_on"": ""2022-03-17"", ""resumed_on"": ""2022-03-16"", ""days"": 0,'
        f' ""reason"": ""Thiếu""}}]"\n',
        "pauses",
        [*DOSSIER, ["dossier", "pause", "X", "--on", "17/03/2022", "--reason", "Thiếu"]],
    ),
    Case(
        "a new date not after the appointment date",
        ["dossier", "reschedule", "X", "--due", "20/03/2022", "--reason", "Phiếu xin lỗi"],
        "dossiers",
        f"{D_HEAD},rescheduled_due_on,reschedule_reason\n{D_ROW},20/03/2022,Phiếu xin lỗi\n",
        "rescheduled_due_on",
        DOSSIER,
    ),
    Case(
        "an unknown meeting kind",
        ["meeting", "add", "--kind", "nope", "--on", "10/03/2022"],
        "meetings",
        "kind,held_on\nnope,10/03/2022\n",
        "kind",
    ),
    Case(
        "a meeting kind key with spaces",
        ["meeting", "kind-add", "Giao ban", "--name", "Giao ban phòng"],
        "meeting-kinds",
        "key,name\nGiao ban,Giao ban phòng\n",
        "key",
    ),
    Case(
        "a procedure of 0 days",
        ["procedure", "add", "1.001", "--name", "Khai sinh", "--days", "0"],
        "procedures",
        "code,name,days\n1.001,Khai sinh,0\n",
        "days",
    ),
    Case(
        "a calendar override without a reason",
        ["calendar", "off", "31/12/2026", "--reason", " "],
        "calendar",
        "day,kind,reason\n31/12/2026,off,\n",
        "reason",
    ),
]
TABLES = ("plans", "tasks", "dossiers", "dossier_pauses", "meetings", "meeting_kinds", "procedures", "audit")


def _state(cli) -> dict:
    return {t: cli.rows(f"SELECT * FROM {t}") for t in TABLES}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_command_and_import_refuse_with_the_same_message(cli, tmp_path, case, lang):
    cli.ok("init")
    for args in case.setup:
        cli.ok(*args)
    before = _state(cli)
    r = cli.fails("--lang", lang, *case.command)
    assert r.stderr.startswith("cchc: ") and r.stderr.count("\n") == 1, r.stderr
    message = r.stderr[len("cchc: ") : -1]
    assert _state(cli) == before

    path = tmp_path / f"bad.{case.suffix}"
    path.write_text(case.file, encoding="utf-8")
    r = cli.fails("--lang", lang, "import", case.noun, str(path))
    lines = r.stderr.splitlines()
    assert lines[0] == f"{path}:2: {case.column}: {message}", (lines, message)
    assert len(lines) == 2 and lines[1].startswith(f"cchc: {path}: 1 ")  # one bad row, one problem
    assert _state(cli) == before
