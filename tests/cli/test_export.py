"""cchc export: formats, formula neutralisation, and export -> import giving the same ledger."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.services.exporting import neutralise
from cchc.services.imports.cells import text
from cchc.services.imports.readers import restore
from cchc.store.schema import shipped_calendar

TABLES = {
    "plans": "SELECT code, title, year, issued_on, basis FROM plans ORDER BY code",
    "tasks": "SELECT p.code, t.number, t.title, t.area, t.unit, t.due_on, t.started_on, t.done_on,"
    " t.evidence, t.cancelled_on, t.cancel_reason FROM tasks t JOIN plans p"
    " ON p.id = t.plan_id ORDER BY p.code, t.number",
    "meetings": "SELECT kind, held_on, title, chair, note FROM meetings ORDER BY kind, held_on, title",
    "dossiers": "SELECT code, procedure, field, applicant, channel, received_on, due_on, outcome,"
    " finished_on, return_reason, note, paused_on, pause_reason, rescheduled_due_on,"
    " reschedule_reason FROM dossiers ORDER BY code",
    "pauses": "SELECT d.code, p.paused_on, p.resumed_on, p.days, p.reason FROM dossier_pauses p"
    " JOIN dossiers d ON d.id = p.dossier_id ORDER BY d.code, p.id",
    "procedures": "SELECT code, name, field, days FROM procedures ORDER BY code",
}


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "xlsx"])
def test_round_trip_into_an_empty_ledger(sample, cli, tmp_path, fmt):
    sample.ok("procedure", "add", "9.001", "--name", "Đăng ký khai sinh", "--days", "3")
    # waits for supplements (one ended, one still open) and an apology slip's new date
    a, b = [c for (c,) in sample.rows("SELECT code FROM dossiers WHERE outcome IS NULL ORDER BY code LIMIT 2")]
    sample.ok("dossier", "pause", a, "--on", "13/06/2022", "--reason", "Thiếu bản sao sổ đỏ")
    sample.ok("dossier", "resume", a, "--on", "16/06/2022")
    sample.ok("dossier", "pause", a, "--on", "20/06/2022", "--reason", "=Bổ sung lần 2")
    sample.ok("dossier", "reschedule", b, "--due", "30/12/2022", "--reason", "Phiếu xin lỗi")
    assert sample.count("dossier_pauses") == 2
    for noun in ("plans", "procedures", "tasks", "meetings", "dossiers"):
        out = tmp_path / f"{noun}.{fmt}"
        sample.ok("export", noun, "-o", str(out))
        cli.ok("import", noun, str(out))
    for noun, sql in TABLES.items():
        assert cli.rows(sql) == sample.rows(sql), noun
    assert cli.count("dossiers") == 675 and cli.count("tasks") == 50
    # and once more: everything unchanged, nothing new in the audit trail
    audit = cli.count("audit")
    r = cli.ok("--lang", "en", "import", "dossiers", str(tmp_path / f"dossiers.{fmt}"))
    assert "0 inserted, 0 updated, 675 unchanged" in r.stderr
    assert cli.count("audit") == audit
    assert cli.ok("audit", "verify").exit_code == 0


def test_csv_to_stdout_keys_match_list_json(sample):
    r = sample.ok("export", "dossiers", "--from", "01/06/2022", "--to", "09/06/2022")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    listed = json.loads(sample.ok("dossier", "list", "--from", "01/06/2022", "--to", "09/06/2022", "--json").stdout)
    assert list(rows[0]) == list(listed[0])
    assert [r["code"] for r in rows] == [d["code"] for d in listed]
    assert "\r\n" in r.stdout or r.stdout.count("\n") == len(rows) + 1


def test_bom_option(sample, tmp_path):
    out = tmp_path / "m.csv"
    sample.ok("export", "meetings", "-o", str(out), "--bom")
    assert out.read_bytes().startswith(b"\xef\xbb\xbfkind,")
    assert "Giao ban" in out.read_text(encoding="utf-8-sig")


def test_json_formats(sample):
    data = json.loads(sample.ok("export", "plans", "--format", "json").stdout)
    assert data[0]["code"] == "02/KH-VPUB" and data[0]["year"] == 2022
    lines = sample.ok("export", "meetings", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 44 and json.loads(lines[0])["kind"] in ("office", "chairman")


def test_formulas_neutralised_and_restored(cli, tmp_path):
    cli.ok(
        "dossier",
        "add",
        "A1",
        "--procedure",
        '=HYPERLINK("http://x")',
        "--received",
        "01/03/2022",
        "--due",
        "10/03/2022",
        "--note",
        "@SUM(A1)",
        "--applicant",
        "+84 912",
    )
    r = cli.ok("export", "dossiers")
    row = list(csv.DictReader(io.StringIO(r.stdout)))[0]
    assert row["procedure"] == '\'=HYPERLINK("http://x")'
    assert row["note"] == "'@SUM(A1)" and row["applicant"] == "'+84 912"
    path = tmp_path / "d.csv"
    path.write_text(r.stdout, encoding="utf-8")
    other = tmp_path / "other.db"
    from tests.conftest import Cli

    dest = Cli(other)
    dest.ok("init")
    dest.ok("import", "dossiers", str(path))
    assert dest.rows("SELECT procedure, note, applicant FROM dossiers") == [
        ('=HYPERLINK("http://x")', "@SUM(A1)", "+84 912")
    ]


def test_bad_format_is_a_usage_error(sample):
    r = sample.fails("export", "plans", "--format", "xml", code=2)
    assert "xml" in r.stderr


def test_export_without_ledger(fresh):
    r = fresh.fails("--lang", "en", "export", "plans")
    assert "no ledger" in r.stderr


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("'=+-@\t\rab "))))
def test_neutralise_then_restore_is_identity(value):
    assert restore(neutralise(value)) == value
    stored = text(value, False)
    if stored is not None:  # a stored value (already stripped) survives export + import
        assert text(neutralise(stored)) == stored


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "xlsx"])
def test_export_all_of_a_new_ledger_imports_back(cli, tmp_path, fmt):
    """Nouns without records are files without rows ([] in JSON, an empty JSONL file)."""
    from tests.conftest import Cli

    cli.ok("init")
    cli.ok("export", "all", "-o", str(tmp_path / "out"), "--format", fmt)
    assert (tmp_path / "out" / f"plans.{fmt}").exists()
    other = Cli(tmp_path / "other.db")
    other.ok("init")
    r = other.ok("--lang", "en", "import", "all", str(tmp_path / "out"))
    assert "plans: 0 inserted, 0 updated, 0 unchanged" in r.stderr
    assert f"calendar: 0 inserted, 0 updated, {len(shipped_calendar())} unchanged" in r.stderr


def test_a_removed_shipped_override_stays_removed(cli, tmp_path):
    """Every ledger starts with the shipped swaps: one removed is missing from the export, and
    import all into a new ledger removes it there too (with its audit entry)."""
    from tests.conftest import Cli

    cli.ok("init")
    cli.ok("calendar", "remove", "02/05/2025")
    cli.ok("calendar", "off", "31/12/2026", "--reason", "Thông báo 12/TB-UBND")
    cli.ok("export", "all", "-o", str(tmp_path / "out"))
    other = Cli(tmp_path / "other.db")
    other.ok("init")
    other.ok("import", "all", str(tmp_path / "out"))
    sql = "SELECT day, kind, reason FROM calendar_overrides ORDER BY day"
    assert other.rows(sql) == cli.rows(sql)
    assert "2025-05-02" not in [d for d, _, _ in other.rows(sql)]
    assert other.rows("SELECT kind, key, action FROM audit WHERE action = 'delete'") == [
        ("calendar", "2025-05-02", "delete")
    ]
    other.ok("audit", "verify")
    other.ok("check")
    # importing a calendar file alone leaves the shipped days be; so does a ledger that decided
    # about the day itself
    third = Cli(tmp_path / "third.db")
    third.ok("init")
    third.ok("import", "calendar", str(tmp_path / "out" / "calendar.json"))
    assert "2025-05-02" in [d for d, _, _ in third.rows(sql)]
    third.ok("calendar", "work", "02/05/2025", "--reason", "Làm việc bình thường")
    third.ok("import", "all", str(tmp_path / "out"))
    assert ("2025-05-02", "work", "Làm việc bình thường") in third.rows(sql)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_quoted_reason_in_a_pause_history_round_trips(cli, tmp_path, fmt):
    from conftest import Cli

    cli.ok("dossier", "add", "A", "--procedure", "P", "--received", "01/03/2022", "--due", "10/03/2022")
    cli.ok("dossier", "pause", "A", "--on", "02/03/2022", "--reason", "'=bản sao")  # typed with its quote
    cli.ok("dossier", "resume", "A", "--on", "03/03/2022")
    cli.ok("export", "dossiers", "-o", str(tmp_path / f"d.{fmt}"))
    other = Cli(tmp_path / "other.db")
    other.ok("init")
    other.ok("import", "dossiers", str(tmp_path / f"d.{fmt}"))
    sql = "SELECT reason FROM dossier_pauses"
    assert other.rows(sql) == cli.rows(sql) == [("'=bản sao",)]


RECORDS = {
    "dossiers": "DossierRecord",
    "tasks": "TaskRecord",
    "meetings": "MeetingRecord",
    "documents": "DocumentRecord",
    "outreach": "OutreachRecord",
    "inspections": "InspectionRecord",
    "index-criteria": "CriterionRecord",
    "index-evidence": "EvidenceRecord",
    "index-results": "IndexResultRecord",
    "report-notes": "NoteRecord",
}


@pytest.mark.parametrize("noun", RECORDS)
def test_export_columns_are_the_json_keys_of_the_record(sample, noun):
    """The export's columns come from the store and rules, the JSON keys from domain/records.py:
    they must stay the same list, in the same order."""
    from cchc.domain import records

    header = next(csv.reader(io.StringIO(sample.ok("export", noun).stdout.lstrip("\ufeff"))))
    assert header == list(getattr(records, RECORDS[noun]).model_fields)
