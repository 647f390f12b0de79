"""The procedure catalog: ``cchc procedure add|list|edit|import``."""

from __future__ import annotations

import json
import unicodedata

import pytest

from cchc.store import procedures
from cchc.store.ledger import Ledger

HOI_NGHI = "Cho phép tổ chức hội nghị, hội thảo quốc tế"


def catalog(cli, *args):
    return json.loads(cli.ok("procedure", "list", "--json", *args).stdout)


def test_add_list_edit(cli):
    r = cli.ok("procedure", "add", "1.001", "--name", HOI_NGHI, "--field", "Hợp tác quốc tế", "--days", "15")
    assert "1.001" in r.stderr and r.stdout == ""
    cli.ok("procedure", "add", "2.001", "--name", "Giao đất", "--field", "Đất đai", "--days", "20")
    assert catalog(cli) == [
        {"code": "1.001", "name": HOI_NGHI, "field": "Hợp tác quốc tế", "days": 15},
        {"code": "2.001", "name": "Giao đất", "field": "Đất đai", "days": 20},
    ]
    assert [p["code"] for p in catalog(cli, "--field", "Đất đai")] == ["2.001"]
    out = cli.ok("procedure", "list").stdout
    assert "Giao đất" in out and "2 thủ tục" in out
    cli.ok("procedure", "edit", "2.001", "--days", "25", "--name", "Giao đất, cho thuê đất")
    assert catalog(cli, "--field", "Đất đai")[0] == {
        "code": "2.001",
        "name": "Giao đất, cho thuê đất",
        "field": "Đất đai",
        "days": 25,
    }
    assert cli.rows("SELECT key, action FROM audit WHERE kind = 'procedure' ORDER BY id") == [
        ("1.001", "insert"),
        ("2.001", "insert"),
        ("2.001", "update"),
    ]
    before, after = cli.rows("SELECT before, after FROM audit WHERE action = 'update'")[0]
    assert json.loads(before)["days"] == 20 and json.loads(after)["days"] == 25


def test_decomposed_name_is_stored_composed(cli):
    cli.ok("procedure", "add", "3.001", "--name", unicodedata.normalize("NFD", "Cấp phép"), "--days", "5")
    assert catalog(cli)[0]["name"] == unicodedata.normalize("NFC", "Cấp phép")


@pytest.mark.parametrize(
    "args, needle",
    [
        (["add", "1.001", "--name", "Khác", "--days", "5"], "thủ tục 1.001 đã có"),
        (["add", "9.1", "--name", "X", "--days", "0"], "từ 1 đến 365"),
        (["add", "9.1", "--name", "X", "--days", "-3"], "từ 1 đến 365"),
        (["add", "9.1", "--name", "X", "--days", "366"], "từ 1 đến 365"),
        (["add", "9.1", "--name", "  ", "--days", "3"], "Tên không được để trống"),
        (["add", " ", "--name", "X", "--days", "3"], "Mã không được để trống"),
        (["edit", "1.001"], "không có gì để sửa"),
        (["edit", "1.001", "--days", "999"], "từ 1 đến 365"),
        (["edit", "7.7", "--days", "5"], "không có thủ tục 7.7"),
    ],
)
def test_bad_input_one_line_nothing_written(cli, args, needle):
    cli.ok("procedure", "add", "1.001", "--name", HOI_NGHI, "--days", "15")
    rows, audit = catalog(cli), cli.count("audit")
    r = cli.fails("procedure", *args)
    assert needle in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert catalog(cli) == rows and cli.count("audit") == audit


def test_days_must_be_a_number(cli):
    cli.fails("procedure", "add", "9.1", "--name", "X", "--days", "mười", code=2)
    cli.fails("procedure", "add", "9.1", "--name", "X", code=2)


# -- import -------------------------------------------------------------------------------------

VI_CSV = (
    "\ufeffSTT,Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết\r\n"
    '1,1.001,"Cho phép tổ chức hội nghị, hội thảo quốc tế",Hợp tác quốc tế,15 ngày làm việc\r\n'
    "2,2.001,Giao đất,Đất đai,20\r\n"
    "\r\n"
)


def test_import_csv_with_bom_crlf_and_vietnamese_headings(cli, tmp_path):
    f = tmp_path / "danh_muc.csv"
    f.write_text(VI_CSV, encoding="utf-8")
    r = cli.ok("procedure", "import", str(f))
    assert "thêm 2" in r.stderr
    assert catalog(cli)[0] == {"code": "1.001", "name": HOI_NGHI, "field": "Hợp tác quốc tế", "days": 15}
    # again: nothing changes, nothing audited
    audit = cli.count("audit")
    summary = json.loads(cli.ok("procedure", "import", str(f), "--json").stdout)
    assert {k: summary[k] for k in ("file", "rows", "inserted", "updated", "unchanged")} == {
        "file": str(f),
        "rows": 2,
        "inserted": 0,
        "updated": 0,
        "unchanged": 2,
    }
    assert cli.count("audit") == audit
    f2 = tmp_path / "update.csv"
    f2.write_text("code;name;field;days\n2.001;Giao đất;Đất đai;30\n3.001;Cấp phép;;5\n", encoding="utf-8")
    assert json.loads(cli.ok("procedure", "import", str(f2), "--json").stdout)["updated"] == 1
    assert {p["code"]: p["days"] for p in catalog(cli)} == {"1.001": 15, "2.001": 30, "3.001": 5}
    sql = "SELECT r.action, a.command FROM audit_rows r JOIN audit a ON a.id = r.entry WHERE r.key = '2.001'"
    assert cli.rows(sql + " ORDER BY r.rowid") == [
        ("insert", "procedure import"),
        ("update", "procedure import"),
    ]


def test_import_json(cli, tmp_path):
    f = tmp_path / "catalog.json"
    f.write_text(
        json.dumps(
            {
                "procedures": [
                    {"code": "1.001", "name": HOI_NGHI, "field": "Hợp tác quốc tế", "days": 15},
                    {"Mã thủ tục": "2.001", "Tên thủ tục": "Giao đất", "Thời hạn giải quyết": "20 ngày"},
                ]
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    cli.ok("procedure", "import", str(f))
    assert [(p["code"], p["field"], p["days"]) for p in catalog(cli)] == [
        ("1.001", "Hợp tác quốc tế", 15),
        ("2.001", None, 20),
    ]


@pytest.mark.parametrize(
    "name, content, needle",
    [
        (
            "a.csv",
            "code,name,field,days\n1,A,F,5\n2,B,F,mười\n3,C,F,0\n",
            "a.csv:3: days: thời hạn không hợp lệ: 'mười' (số ngày làm việc, 1–365)",
        ),
        ("b.csv", "code,name,field,days\n1,A,F,5\n2,,F,5\n", "b.csv:3: name: Tên không được"),
        ("c.csv", "code,name,field,days\n1,A,F,5\n1,B,F,6\n", "c.csv:3: code: 1 xuất hiện nhiều lần trong tệp"),
        ("d.csv", "code,field,days\n1,F,5\n", "d.csv: thiếu cột name"),
        (
            "f.json",
            '[{"code": "1", "name": "A", "days": 5}, {"code": "2", "name": "B"}]',
            "f.json:1: days: Thời hạn (ngày LV) không được để trống",
        ),
        ("g.json", "[{", "JSON không hợp lệ"),
        ("h.csv", b"code,name,field,days\n1,\xff,F,5\n", "không giải mã được bằng utf-8"),
    ],
)
def test_import_checks_every_row_first(cli, tmp_path, name, content, needle):
    cli.ok("procedure", "add", "0.1", "--name", "Có sẵn", "--days", "3")
    audit = cli.count("audit")
    f = tmp_path / name
    if isinstance(content, bytes):
        f.write_bytes(content)
    else:
        f.write_text(content, encoding="utf-8")
    r = cli.fails("procedure", "import", str(f))
    assert needle in r.stderr, r.stderr
    assert r.stderr.splitlines()[-1].startswith("cchc: ")  # one line per bad row, then what happened
    assert cli.count("procedures") == 1 and cli.count("audit") == audit


def test_import_missing_file(cli, tmp_path):
    r = cli.fails("procedure", "import", str(tmp_path / "nope.csv"))
    assert "không mở được tệp" in r.stderr


def test_upsert_many_for_other_importers(tmp_path):
    from cchc.store.records import Item, upsert_many

    with Ledger.open(tmp_path / "l.db") as led:
        led.command = "import procedures"
        rows = [
            {"code": "1.001", "name": "A", "field": "F", "days": 5},
            {"code": "1.002", "name": "B", "field": None, "days": 7},
        ]
        with led.write() as tx:
            out = upsert_many(tx, procedures.NOUN, [Item(r) for r in rows])
            assert (out.inserted, out.updated, out.unchanged) == (2, 0, 0)
        rows[1]["days"] = 8
        with led.write() as tx:
            out = upsert_many(tx, procedures.NOUN, [Item(r) for r in rows])
            assert (out.inserted, out.updated, out.unchanged) == (0, 1, 1)
        assert procedures.get(led, "1.002")["days"] == 8
        assert led.scalar("SELECT COUNT(*) FROM audit WHERE kind = 'procedure'") == 3


def test_a_file_with_headings_only_imports_nothing(cli, tmp_path):
    f = tmp_path / "empty.csv"
    f.write_text("code,name,field,days\n", encoding="utf-8")
    r = cli.ok("--lang", "en", "procedure", "import", str(f))  # a day with nothing new is no error
    assert "0 inserted, 0 updated, 0 unchanged" in r.stderr
    assert cli.count("audit") == 0
