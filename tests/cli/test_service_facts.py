"""Through the command line: a dossier's service-quality facts (typed, corrected, imported from
the portal's headings, exported and imported back), the report's ``service_index``, and the
notes ``cchc init`` gives on the units' particulars."""

from __future__ import annotations

import json


def _add(cli, code="A1", *extra):
    return cli.ok(
        "dossier", "add", code, "--procedure", "Cấp phép", "--received", "01/03/2022", "--due", "10/03/2022", *extra
    )


def _listed(cli) -> dict:
    return {d["code"]: d for d in json.loads(cli.ok("dossier", "list", "--json").stdout)}


def test_facts_typed_in_vietnamese_or_english_and_corrected(cli):
    _add(cli, "A1", "--online", "toàn trình", "--digitised", "có", "--rating", "Hài lòng")
    d = _listed(cli)["A1"]
    assert d["channel"] == "online"  # fully online implies the channel
    assert (d["online_service"], d["digitised"], d["result_digitised"], d["rating"]) == ("full", True, None, 4)
    out = cli.ok("dossier", "facts", "A1", "--result-digitised", "yes", "--paid-online", "no", "--rating", "5")
    assert "A1" in out.stderr
    d = _listed(cli)["A1"]
    assert (d["result_digitised"], d["paid_online"], d["rating"]) == (True, False, 5)
    cli.ok("dossier", "facts", "A1", "--paid-online", "-")  # no fee after all
    assert _listed(cli)["A1"]["paid_online"] is None
    assert cli.ok("audit", "verify")
    cli.ok("check")


def test_bad_facts_are_one_line_and_write_nothing(cli):
    _add(cli)
    before = cli.count("audit")
    r = cli.fails("dossier", "facts", "A1", "--rating", "9")
    assert r.stderr.count("\n") == 1 and "9" in r.stderr
    r = cli.fails(
        "dossier",
        "add",
        "B1",
        "--procedure",
        "X",
        "--received",
        "01/03/2022",
        "--due",
        "09/03/2022",
        "--channel",
        "direct",
        "--online",
        "full",
    )
    assert "trực tuyến" in r.stderr
    cli.fails("dossier", "facts", "A1")  # nothing to record
    assert cli.count("audit") == before and cli.count("dossiers") == 1


def test_import_reads_the_portals_headings_and_export_imports_back(cli, tmp_path):
    src = tmp_path / "portal.csv"
    src.write_text(
        "Mã hồ sơ,Tên TTHC,Nhận hồ sơ,Hẹn trả kết quả,Hình thức,Mức độ DVC,HoSoCoThanhPhanSoHoa,"
        "Kết quả điện tử,DuocThanhToanTrucTuyen,Mức độ hài lòng\n"
        "P1,Cấp phép,01/03/2022,10/03/2022,Trực tuyến,Một phần,1,,2,Rất hài lòng\n"
        "P2,Cấp phép,02/03/2022,11/03/2022,Trực tiếp,,0,có,0,3.0\n",
        encoding="utf-8",
    )
    cli.ok("import", "dossiers", str(src))
    got = _listed(cli)
    assert (got["P1"]["online_service"], got["P1"]["digitised"], got["P1"]["paid_online"], got["P1"]["rating"]) == (
        "partial",
        True,
        True,
        5,
    )
    assert (got["P2"]["result_digitised"], got["P2"]["paid_online"], got["P2"]["rating"]) == (True, False, 3)
    bad = tmp_path / "bad.csv"
    bad.write_text("Mã hồ sơ,Tên TTHC,Nhận hồ sơ,Hẹn trả kết quả,Mức độ hài lòng\nP3,X,01/03/2022,10/03/2022,tuyệt\n")
    r = cli.fails("import", "dossiers", str(bad))
    assert "bad.csv:2: Mức độ hài lòng" in r.stderr
    for fmt in ("csv", "json", "xlsx"):
        out = tmp_path / f"e.{fmt}"
        cli.ok("export", "dossiers", "-o", str(out))
        r = cli.ok("import", "dossiers", str(out), "--json")
        assert json.loads(r.stdout)["unchanged"] == 2


def test_the_report_json_gains_service_index_with_stable_keys(sample):
    r = sample.ok("report", "semester", "2022-H1", "--until", "09/06/2022", "--json")
    data = json.loads(r.stdout)
    assert list(data)[:6] == ["period", "tasks", "dossiers", "meetings", "form", "compare"]
    x = data["service_index"]
    assert set(x) >= {"basis", "counts", "procedures", "indicators", "score", "max_score", "percent"}
    assert x["counts"]["window"] == data["dossiers"]["carried_over"] + data["dossiers"]["received"]
    assert x["counts"]["received_online"] == data["dossiers"]["received_online"]
    assert x["indicators"]["on_time"]["code"] == "2.1"
    text = sample.ok("report", "semester", "2022-H1", "--until", "09/06/2022", "--format", "text").stdout
    assert "Quyết định 766/QĐ-TTg" in text


def test_init_notes_merged_provinces_and_refuses_a_bad_unit_code(cli):
    r = cli.ok("init", "--parent", "UBND tỉnh Hà Giang", "--place", "Hà Giang")
    assert r.stderr.count("Tuyên Quang") == 2
    r = cli.fails("init", "--unit-code", "a/b")
    assert "a/b" in r.stderr
    assert cli.rows("SELECT value FROM settings WHERE key = 'unit_code'") == []
