"""Review (2) of the pause rules of a dossier import: the same file imported twice changes
nothing after it finished a dossier waiting for supplements, a dossier of the ledger appears once
per file, and the counts are the rows'."""

from __future__ import annotations

import json

HEAD = "code,procedure,received_on,due_on,resolved_on\n"


def write(tmp_path, name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    return str(path)


def show(cli, code: str) -> dict:
    return json.loads(cli.ok("dossier", "show", code, "--json").stdout)


def paused(cli, code: str, on: str = "04/03/2022") -> None:
    cli.ok("dossier", "add", code, "--procedure", "P", "--received", "01/03/2022", "--due", "15/03/2022")
    cli.ok("dossier", "pause", code, "--on", on, "--reason", "Thiếu giấy")


def test_reimporting_the_file_that_finished_a_paused_dossier_is_unchanged(cli, tmp_path, monkeypatch):
    from cchc.services.imports import dossiers as import_dossiers

    monkeypatch.setattr(import_dossiers, "CHUNK", 2)
    for i in range(1, 6):
        paused(cli, f"X{i}")
    rows = "".join(f"X{i},P,01/03/2022,15/03/2022,10/03/2022\n" for i in range(1, 6))
    path = write(tmp_path, "week.csv", HEAD + rows)
    r = cli.ok("--lang", "en", "import", "dossiers", path)
    assert "0 inserted, 5 updated, 0 unchanged" in r.stderr
    d = show(cli, "X3")
    assert (d["due_on"], d["paused_on"]) == ("2022-03-21", None)  # 4 working days waited
    audit = cli.count("audit")
    # the same file again (a cron job re-reading the week): nothing to do, the wait still counts
    r = cli.ok("--lang", "en", "import", "dossiers", path)
    assert "0 inserted, 0 updated, 5 unchanged" in r.stderr
    assert cli.count("audit") == audit
    assert show(cli, "X3")["due_on"] == "2022-03-21"
    assert cli.ok("audit", "verify").exit_code == 0
    assert cli.ok("check").exit_code == 0


def test_the_book_after_dossier_resolve_keeps_the_moved_dates(cli, tmp_path):
    paused(cli, "X1")
    cli.ok("dossier", "reschedule", "X1", "--due", "20/03/2022", "--reason", "Chờ ý kiến")
    cli.ok("dossier", "resolve", "X1", "--on", "10/03/2022")
    d = show(cli, "X1")
    assert (d["due_on"], d["rescheduled_due_on"]) == ("2022-03-21", "2022-03-24")
    book = (
        "code,procedure,received_on,due_on,resolved_on,rescheduled_due_on,reschedule_reason\n"
        "X1,P,01/03/2022,15/03/2022,10/03/2022,20/03/2022,Chờ ý kiến\n"
    )
    for _ in range(2):
        r = cli.ok("--lang", "en", "import", "dossiers", write(tmp_path, "book.csv", book))
        assert "0 inserted, 0 updated, 1 unchanged" in r.stderr
    d = show(cli, "X1")
    assert (d["due_on"], d["rescheduled_due_on"]) == ("2022-03-21", "2022-03-24")
    # a real change of the date is still an update
    r = cli.ok(
        "--lang", "en", "import", "dossiers", write(tmp_path, "b2.csv", book.replace("15/03/2022", "16/03/2022"))
    )
    assert "0 inserted, 1 updated, 0 unchanged" in r.stderr
    assert show(cli, "X1")["due_on"] == "2022-03-16"
    assert cli.ok("audit", "verify").exit_code == 0


def test_a_ledger_dossier_twice_in_one_file_is_refused(cli, tmp_path):
    cli.ok("dossier", "add", "X1", "--procedure", "P", "--received", "01/03/2022", "--due", "15/03/2022")
    audit = cli.count("audit")
    # paused by the first row, finished by the second: a pause that never was a row, the due
    # date moved by it, and "2 updated" for one dossier
    body = (
        "code,procedure,received_on,due_on,resolved_on,paused_on,pause_reason\n"
        "X1,P,01/03/2022,15/03/2022,,04/03/2022,Thiếu\n"
        "X1,P,01/03/2022,15/03/2022,10/03/2022,,\n"
    )
    r = cli.fails("--lang", "en", "import", "dossiers", write(tmp_path, "twice.csv", body))
    assert "twice.csv:3: code: X1 appears more than once" in r.stderr
    assert cli.count("audit") == audit and cli.count("dossier_pauses") == 0
    d = show(cli, "X1")
    assert (d["due_on"], d["paused_on"], d["status"]) == ("2022-03-15", None, "pending")
    # without pause columns too
    body = HEAD + "X1,P,01/03/2022,16/03/2022,\nX1,P,01/03/2022,17/03/2022,\n"
    r = cli.fails("--lang", "en", "import", "dossiers", write(tmp_path, "t2.csv", body))
    assert "t2.csv:3: code: X1 appears more than once" in r.stderr
    assert cli.count("audit") == audit


def test_counts_leave_out_the_holiday_cache_of_computed_dates(cli, tmp_path):
    cli.ok("procedure", "add", "1.001", "--name", "Cấp phép", "--field", "F", "--days", "5")
    body = "code,procedure,received_on\nA1,1.001,01/03/2019\nA2,1.001,01/03/2019\n"
    path = write(tmp_path, "c.csv", body)
    r = cli.ok("--lang", "en", "import", "dossiers", path)
    assert "2 inserted, 0 updated, 0 unchanged" in r.stderr
    r = cli.ok("--lang", "en", "import", "dossiers", path, "--json")
    assert (json.loads(r.stdout)["inserted"], json.loads(r.stdout)["unchanged"]) == (0, 2)
