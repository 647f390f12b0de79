"""cchc dossier add|resolve|return|withdraw|show|list — timeliness derived from dates."""

from __future__ import annotations

import json
import unicodedata

import pytest

CODE = "000.00.12.H50-220315-0001"


def add(cli, code=CODE, received="15/03/2022", due="25/03/2022", *extra):
    return cli.ok(
        "dossier",
        "add",
        code,
        "--procedure",
        "Cấp giấy phép tổ chức hội thảo quốc tế",
        "--received",
        received,
        "--due",
        due,
        "--field",
        "Hợp tác quốc tế",
        *extra,
    )


def listing(cli, *args):
    return json.loads(cli.ok("dossier", "list", "--json", *args).stdout)


KEYS = [
    "code",
    "procedure",
    "field",
    "applicant",
    "channel",
    "received_on",
    "due_on",
    "resolved_on",
    "returned_on",
    "return_reason",
    "withdrawn_on",
    "note",
    "status",
    "overdue",
    "paused_on",
    "pause_reason",
    "rescheduled_due_on",
    "reschedule_reason",
    "pauses",
    "online_service",
    "digitised",
    "result_digitised",
    "paid_online",
    "rating",
]


def test_add_keeps_code_exactly_and_lists_with_stable_keys(cli):
    result = add(
        cli,
        "000.00.12.H50-220315-0001",
        "15/03/2022",
        "25/03/2022",
        "--channel",
        "online",
        "--applicant",
        "Công ty TNHH Mộc Châu",
        "--note",
        "gấp",
    )
    assert "25/03/2022" in result.stderr
    rows = listing(cli, "--as-of", "20/03/2022")
    assert list(rows[0]) == KEYS
    assert rows[0]["code"] == "000.00.12.H50-220315-0001"
    assert rows[0]["channel"] == "online"
    assert (rows[0]["status"], rows[0]["overdue"]) == ("pending", False)
    assert listing(cli, "--as-of", "26/03/2022")[0]["overdue"] is True


@pytest.mark.parametrize(
    ("on", "status"),
    [("20/03/2022", "early"), ("25/03/2022", "on_time"), ("28/03/2022", "late")],
)
def test_resolve_timeliness(cli, on, status):
    add(cli)
    cli.ok("dossier", "resolve", CODE, "--on", on)
    row = listing(cli)[0]
    assert row["status"] == status
    assert row["resolved_on"] is not None and row["overdue"] is False


def test_return_and_withdraw(cli):
    add(cli, "A")
    add(cli, "B")
    cli.ok("dossier", "return", "A", "--on", "16/03/2022", "--reason", "Hồ sơ không hợp lệ")
    cli.ok("dossier", "withdraw", "B", "--on", "17/03/2022")
    a, b = listing(cli)
    assert (a["status"], a["returned_on"], a["return_reason"]) == ("returned", "2022-03-16", "Hồ sơ không hợp lệ")
    assert (b["status"], b["withdrawn_on"]) == ("withdrawn", "2022-03-17")
    cli.fails("dossier", "return", "A", "--on", "16/03/2022", "--reason", "x")  # finished already


def test_status_is_as_of_the_date(cli):
    add(cli)
    cli.ok("dossier", "resolve", CODE, "--on", "28/03/2022")
    before = listing(cli, "--as-of", "27/03/2022")[0]
    # the day before it was resolved: pending, and no resolution date shown yet
    assert (before["status"], before["resolved_on"]) == ("pending", None)
    assert listing(cli, "--as-of", "27/03/2022", "--status", "overdue")[0]["code"] == CODE
    late = listing(cli, "--as-of", "28/03/2022", "--status", "late")[0]
    assert (late["code"], late["resolved_on"]) == (CODE, "2022-03-28")
    # not yet received on that day: not listed
    received = listing(cli)[0]["received_on"]
    day_before = f"{int(received[8:]) - 1:02d}/{received[5:7]}/{received[:4]}"
    assert listing(cli, "--as-of", day_before) == []


def test_list_filters(sample):
    def count(*args):
        return len(listing(sample, "--as-of", "09/06/2022", *args))

    assert count() == 675
    assert count("--status", "early") == 567
    assert count("--status", "on-time") == 68
    assert count("--status", "returned") == 18
    assert count("--status", "withdrawn") == 4
    assert count("--status", "pending") == 18
    assert count("--status", "overdue") == 0
    assert count("--status", "late") == 0
    assert count("--from", "01/06/2022", "--to", "09/06/2022") < 675
    assert count("--field", "Đất đai") == sum(
        1 for r in listing(sample, "--as-of", "09/06/2022") if r["field"] == "Đất đai"
    )
    sample.fails("dossier", "list", "--status", "done")


def test_show_has_record_and_history(cli):
    add(cli)
    cli.ok("dossier", "resolve", CODE, "--on", "20/03/2022")
    data = json.loads(cli.ok("dossier", "show", CODE, "--json").stdout)
    assert data["status"] == "early"
    assert [h["action"] for h in data["history"]] == ["insert", "resolved"]
    assert data["history"][1]["after"]["finished_on"] == "2022-03-20"
    table = cli.ok("dossier", "show", CODE).stdout
    assert CODE in table and "trước hạn" in table


def test_nfc_on_the_way_in(cli):
    nfd = unicodedata.normalize("NFD", "Sơn La")
    add(cli, "X", "15/03/2022", "25/03/2022", "--applicant", nfd)
    assert listing(cli)[0]["applicant"] == unicodedata.normalize("NFC", "Sơn La")


BAD = [
    (["dossier", "add", "Y", "--procedure", "p", "--received", "15/03/2022", "--due", "14/03/2022"], "14/03/2022"),
    (["dossier", "add", "Y", "--procedure", "p", "--received", "31/02/2022", "--due", "01/03/2022"], "31/02/2022"),
    (["dossier", "add", "Y", "--procedure", " ", "--received", "15/03/2022", "--due", "16/03/2022"], "Thủ tục"),
    (
        [
            "dossier",
            "add",
            "Y",
            "--procedure",
            "p",
            "--received",
            "15/03/2022",
            "--due",
            "16/03/2022",
            "--channel",
            "fax",
        ],
        "fax",
    ),
    (["dossier", "add", CODE, "--procedure", "p", "--received", "15/03/2022", "--due", "16/03/2022"], CODE),
    (["dossier", "resolve", CODE, "--on", "14/03/2022"], "14/03/2022"),
    (["dossier", "resolve", "NOPE"], "NOPE"),
    (["dossier", "return", CODE, "--reason", ""], "hồ sơ trả lại cần lý do"),
    (["dossier", "show", "NOPE"], "NOPE"),
    (["dossier", "resolve", CODE, "--on", "2022-13-01"], "2022-13-01"),
]


@pytest.mark.parametrize(("args", "needle"), BAD)
def test_bad_input_one_line_exit_1_nothing_written(cli, args, needle):
    add(cli)
    before = (cli.count("dossiers"), cli.count("audit"), cli.rows("SELECT outcome FROM dossiers"))
    result = cli.fails(*args)
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    assert (cli.count("dossiers"), cli.count("audit"), cli.rows("SELECT outcome FROM dossiers")) == before


def test_finishing_twice(cli):
    add(cli)
    cli.ok("dossier", "resolve", CODE, "--on", "20/03/2022")
    result = cli.fails("dossier", "resolve", CODE, "--on", "21/03/2022")
    assert "đã kết thúc" in result.stderr
    cli.fails("dossier", "withdraw", CODE)
    assert cli.rows("SELECT finished_on FROM dossiers") == [("2022-03-20",)]


def test_english_messages(cli):
    add(cli)
    result = cli.fails("--lang", "en", "dossier", "resolve", "NOPE")
    assert result.stderr.strip() == "cchc: no dossier NOPE"
    result = cli.fails("dossier", "resolve", "NOPE", env={"CCHC_LANG": "en"})
    assert result.stderr.strip() == "cchc: no dossier NOPE"
    assert "Received" in cli.ok("--lang", "en", "dossier", "list").stdout


def test_json_contract_matches_the_documented_model(cli):
    from cchc.domain.records import DossierRecord

    assert list(DossierRecord.model_fields) == KEYS


def test_limit(sample):
    assert len(listing(sample, "--limit", "5")) == 5


def test_outcome_in_the_future_is_refused(cli):
    from datetime import date, timedelta

    add(cli)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    result = cli.fails("dossier", "resolve", CODE, "--on", tomorrow)
    assert date.fromisoformat(tomorrow).strftime("%d/%m/%Y") in result.stderr
    assert cli.rows("SELECT outcome FROM dossiers") == [(None,)]


def test_channel_in_vietnamese(cli):
    add(cli, "V1", "15/03/2022", "25/03/2022", "--channel", "trực tuyến")
    add(cli, "V2", "15/03/2022", "25/03/2022", "--channel", "Dịch vụ bưu chính")
    assert [r["channel"] for r in listing(cli)] == ["online", "postal"]


def test_a_command_never_creates_a_named_ledger(fresh, db):
    r = fresh.fails("dossier", "add", "A", "--procedure", "p", "--received", "01/02/2022", "--due", "01/05/2022")
    assert "cchc init" in r.stderr and str(db) in r.stderr and r.stderr.count("\n") == 1
    fresh.fails("task", "add", "--plan", "NOPE", "--title", "x")
    assert not db.exists() and not list(db.parent.iterdir())


def test_stored_value_broken_outside_cchc_is_one_line(cli):
    import sqlite3

    add(cli)
    conn = sqlite3.connect(cli.db)
    conn.execute("UPDATE dossiers SET due_on = '2022-03-32'")
    conn.commit()
    conn.close()
    result = cli.fails("dossier", "list", "--json")
    assert "cchc check" in result.stderr and len(result.stderr.splitlines()) == 1


def test_reversed_range_is_refused(cli):
    add(cli)
    assert "01/03/2022" in cli.fails("dossier", "list", "--from", "01/03/2022", "--to", "01/02/2022").stderr
    cli.fails("meeting", "list", "--from", "01/03/2022", "--to", "01/02/2022")
