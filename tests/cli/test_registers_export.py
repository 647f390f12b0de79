"""Export of the registers, then import into an empty ledger, gives the same registers (every
format); importing the same files again changes nothing; the audit trail and the checks agree."""

from __future__ import annotations

import pytest

TABLES = {
    "documents": "SELECT code, kind, issued_on, issuer, summary, area, serves, year, basis FROM documents"
    " ORDER BY code",
    "outreach": "SELECT kind, held_on, title, outlet, count, note FROM outreach ORDER BY kind, held_on, title",
    "inspections": "SELECT year, number, held_on, unit, body, findings, follow_up, due_on, done_on, evidence,"
    " document, note FROM inspections ORDER BY year, number",
    "index-criteria": "SELECT year, code, title, max_points, self_score, council_score, area, evidence, note"
    " FROM index_criteria ORDER BY year, code",
    "index-evidence": "SELECT year, criterion, kind, ref, sha256, note FROM index_evidence ORDER BY 1, 2, 3, 4",
    "index-results": "SELECT year, score, max_points, rank, of, document, note FROM index_results ORDER BY year",
    "report-notes": "SELECT period, section, text FROM report_notes ORDER BY period, section",
    "settings": "SELECT key, value FROM settings ORDER BY key",
}
NOUNS = ("settings", "plans", "tasks", "meetings", *[n for n in TABLES if n != "settings"])


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "xlsx"])
def test_round_trip_into_an_empty_ledger(sample, cli, tmp_path, fmt):
    sample.ok("inspection", "done", "2022#1", "--on", "20/06/2022", "--evidence", "=Báo cáo khắc phục")
    for noun in NOUNS:
        out = tmp_path / f"{noun}.{fmt}"
        sample.ok("export", noun, "-o", str(out))
        cli.ok("import", noun, str(out))
    for noun, sql in TABLES.items():
        assert cli.rows(sql) == sample.rows(sql), noun
    assert cli.count("documents") == 8 and cli.count("index_criteria") == 38
    audit = cli.count("audit")
    for noun in NOUNS:
        r = cli.ok("--lang", "en", "import", noun, str(tmp_path / f"{noun}.{fmt}"))
        assert "0 inserted, 0 updated" in r.stderr, noun
    assert cli.count("audit") == audit
    cli.ok("audit", "verify")
    cli.ok("check")


def test_export_all_and_import_all(sample, cli, tmp_path):
    folder = tmp_path / "all"
    sample.ok("export", "all", "-o", str(folder))
    names = {p.stem for p in folder.iterdir()}
    assert {"documents", "outreach", "inspections", "index-criteria", "index-evidence", "report-notes"} <= names
    cli.ok("import", "all", str(folder))
    for noun, sql in TABLES.items():
        assert cli.rows(sql) == sample.rows(sql), noun
    cli.ok("audit", "verify")
