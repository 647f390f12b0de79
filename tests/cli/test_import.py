"""cchc import: formats, clerks' spreadsheets, validation, idempotence, audit entries."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

HEADER = "code,procedure,field,applicant,channel,received_on,due_on,resolved_on,note\n"
ROWS = (
    "000.00.12.H50-220315-0001,Cấp giấy phép xây dựng,Xây dựng,Nguyễn Văn An,online,"
    "15/03/2022,05/04/2022,01/04/2022,\n"
    "000.00.12.H50-220315-0002,Đăng ký khai sinh,Hộ tịch,Trần Thị Bình,trực tiếp,"
    "2022-03-15,2022-03-16,,chờ bổ sung\n"
)


def write(tmp_path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return str(path)


def dossiers(cli) -> list[tuple]:
    return cli.rows(
        "SELECT code, procedure, field, applicant, channel, received_on, due_on,"
        " outcome, finished_on, note FROM dossiers ORDER BY code"
    )


EXPECTED = [
    (
        "000.00.12.H50-220315-0001",
        "Cấp giấy phép xây dựng",
        "Xây dựng",
        "Nguyễn Văn An",
        "online",
        "2022-03-15",
        "2022-04-05",
        "resolved",
        "2022-04-01",
        None,
    ),
    (
        "000.00.12.H50-220315-0002",
        "Đăng ký khai sinh",
        "Hộ tịch",
        "Trần Thị Bình",
        "direct",
        "2022-03-15",
        "2022-03-16",
        None,
        None,
        "chờ bổ sung",
    ),
]


def test_csv_import_summary_and_audit(cli, tmp_path):
    path = write(tmp_path, "d.csv", HEADER + ROWS)
    r = cli.ok("import", "dossiers", path)
    assert r.stderr.startswith("dossiers: thêm 2, cập nhật 0, giữ nguyên 0 (")
    assert dossiers(cli) == EXPECTED
    # one chained entry names the file and its SHA-256; a row per dossier gives its line
    ((kind, key, action, after),) = cli.rows("SELECT kind, key, action, after FROM audit ORDER BY id")
    after = json.loads(after)
    assert (kind, key, action) == ("dossier", path, "import")
    assert after["sha256"] == hashlib.sha256(Path(path).read_bytes()).hexdigest() and after["rows"] == 2
    assert cli.rows("SELECT key, line, action FROM audit_rows ORDER BY rowid") == [
        (EXPECTED[0][0], 2, "insert"),
        (EXPECTED[1][0], 3, "insert"),
    ]
    shipped = cli.count("calendar_overrides") + cli.count("meeting_kinds")
    assert cli.ok("--lang", "en", "audit", "verify").stderr.startswith(
        f"audit trail intact: 1 entries, {2 + shipped} records match"
    )


def test_english_summary_counts(cli, tmp_path):
    path = write(tmp_path, "d.csv", HEADER + ROWS)
    r = cli.ok("--lang", "en", "import", "dossiers", path)
    assert "dossiers: 2 inserted, 0 updated, 0 unchanged" in r.stderr
    r = cli.ok("--lang", "en", "import", "dossiers", path, "--json")
    assert json.loads(r.stdout)["unchanged"] == 2


@pytest.mark.parametrize("fmt", ["tsv", "json", "jsonl", "xlsx"])
def test_other_formats(cli, tmp_path, fmt):
    lines = [line.split(",") for line in (HEADER + ROWS).strip().split("\n")]
    head, body = lines[0], lines[1:]
    if fmt == "tsv":
        path = write(tmp_path, "d.tsv", "\n".join("\t".join(r) for r in lines) + "\n")
    elif fmt in ("json", "jsonl"):
        objs = [{k: (v or None) for k, v in zip(head, r, strict=True)} for r in body]
        text = (
            json.dumps(objs, ensure_ascii=False, indent=2)
            if fmt == "json"
            else "\n".join(json.dumps(o, ensure_ascii=False) for o in objs) + "\n"
        )
        path = write(tmp_path, f"d.{fmt}", text)
    else:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        for r in lines:
            ws.append(r)
        path = str(tmp_path / "d.xlsx")
        wb.save(path)
    cli.ok("import", "dossiers", path)
    assert dossiers(cli) == EXPECTED


def test_vietnamese_book_headings(cli, tmp_path):
    """The tracking book as a clerk keeps it: title lines, a two-row header, numbering row,
    ignored columns, NFD text, day-first dates; an unknown column is named on stderr."""
    import unicodedata

    book = (
        "SỔ THEO DÕI HỒ SƠ\n"
        'TT,Mã hồ sơ,TÊN TTHC,Số lượng hồ sơ (bộ),"Tên cá nhân,  tổ chức","Địa chỉ, số điện thoại",'
        '"Ngày, tháng, năm",,,Ký nhận,Ghi chú,Người nhập\n'
        ',,,,,,Nhận hồ sơ,Hẹn trả kết quả,"Trả kết quả cho cá nhân, tổ chức",,,\n'
        "(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12)\n"
        f"1,007.01,{unicodedata.normalize('NFD', 'Cấp phiếu lý lịch tư pháp')},1,Lê Văn C,"
        "Sơn La,01/06/2022,10/06/2022,09/06/2022,,,Hà\n"
    )
    path = write(tmp_path, "so.csv", book)
    r = cli.ok("--lang", "en", "import", "dossiers", path)
    assert "Người nhập" in r.stderr and "ignoring" in r.stderr
    for ignored in ("Ký nhận", "Địa chỉ", "TT,"):
        assert ignored not in r.stderr
    assert cli.rows("SELECT code, procedure, applicant, received_on, due_on, outcome, finished_on FROM dossiers") == [
        ("007.01", "Cấp phiếu lý lịch tư pháp", "Lê Văn C", "2022-06-01", "2022-06-10", "resolved", "2022-06-09")
    ]


def test_bom_and_crlf(cli, tmp_path):
    data = ("\ufeff" + HEADER + ROWS).replace("\n", "\r\n").encode("utf-8")
    cli.ok("import", "dossiers", write(tmp_path, "d.csv", data))
    assert dossiers(cli) == EXPECTED


def test_legacy_encoding_hint_and_option(cli, tmp_path):
    # cp1258 writes tones as combining marks: "Nội" is "Nô" + U+0323
    data = "code,procedure,received_on,due_on\nA,Đăng ky\u0301 khai sinh ta\u0323i Hà Nô\u0323i,01/03/2022,10/03/2022\n"
    path = write(tmp_path, "old.csv", data.encode("cp1258"))
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    assert "--encoding cp1258" in r.stderr and "old.csv:2" in r.stderr
    assert cli.count("dossiers") == 0
    cli.ok("import", "dossiers", path, "--encoding", "cp1258")
    assert cli.rows("SELECT procedure FROM dossiers") == [("Đăng ký khai sinh tại Hà Nội",)]


def test_bad_row_deep_in_large_file_named_nothing_written(cli, tmp_path):
    lines = [HEADER.strip()]
    for i in range(5000):
        received = "31/02/2022" if i == 4321 else "01/03/2022"
        lines.append(f"C{i:05d},Thủ tục,Lĩnh vực,,online,{received},10/03/2022,,")
    path = write(tmp_path, "big.csv", "\n".join(lines) + "\n")
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    assert f"{path}:4323: received_on: invalid date: '31/02/2022'" in r.stderr
    assert "1 bad rows; nothing was written" in r.stderr
    assert cli.count("dossiers") == 0 and cli.count("audit") == 0


def test_every_bad_row_listed_first_50_then_count(cli, tmp_path):
    body = "".join(f"X{i},Thủ tục,,,fax,01/03/2022,10/03/2022,,\n" for i in range(60))
    path = write(tmp_path, "bad.csv", HEADER + body)
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    shown = [line for line in r.stderr.splitlines() if ": channel: invalid channel" in line]
    assert len(shown) == 50 and shown[0].startswith(f"{path}:2: channel")
    assert "10 more errors" in r.stderr and "60 bad rows" in r.stderr


@pytest.mark.parametrize(
    ("row", "column", "text"),
    [
        ("A,P,,,online,10/03/2022,01/03/2022,,", "due_on", "before the received date"),
        ("A,,,,online,10/03/2022,11/03/2022,,", "procedure", "must not be empty"),
        (",P,,,online,10/03/2022,11/03/2022,,", "code", "must not be empty"),
        ("A,P,,,online,10/03/2022,11/03/2022,01/03/2022,", "resolved_on", "before it was received"),
        ("A,P,,,online,10/03/2022,11/03/2022,01/03/2099,", "resolved_on", "is in the future"),
        ("A,P,,,online,,11/03/2022,,", "received_on", "must not be empty"),
    ],
)
def test_row_errors(cli, tmp_path, row, column, text):
    r = cli.fails("--lang", "en", "import", "dossiers", write(tmp_path, "e.csv", HEADER + row + "\n"))
    assert f"e.csv:2: {column}: " in r.stderr and text in r.stderr
    assert cli.count("dossiers") == 0


def test_duplicate_code_in_file(cli, tmp_path):
    row = "A,P,,,online,10/03/2022,11/03/2022,,\n"
    r = cli.fails("--lang", "en", "import", "dossiers", write(tmp_path, "d.csv", HEADER + row + row))
    assert "d.csv:3: code: A appears more than once" in r.stderr
    assert cli.count("dossiers") == 0 and cli.count("audit") == 0


def test_reimport_is_idempotent_and_updates_changed_rows(cli, tmp_path):
    path = write(tmp_path, "d.csv", HEADER + ROWS)
    cli.ok("import", "dossiers", path)
    r = cli.ok("--lang", "en", "import", "dossiers", path)
    assert "0 inserted, 0 updated, 2 unchanged" in r.stderr
    assert cli.count("dossiers") == 2 and cli.count("audit") == 1  # the unchanged file wrote nothing
    changed = ROWS.replace("2022-03-15,2022-03-16,,chờ bổ sung", "2022-03-15,2022-03-16,2022-03-16,")
    r = cli.ok("--lang", "en", "import", "dossiers", write(tmp_path, "d2.csv", HEADER + changed))
    assert "0 inserted, 1 updated, 1 unchanged" in r.stderr
    assert cli.rows("SELECT key, line, action FROM audit_rows WHERE entry = (SELECT MAX(id) FROM audit)") == [
        (EXPECTED[1][0], 3, "update")
    ]
    assert cli.rows("SELECT outcome, finished_on, note FROM dossiers WHERE code = ?", (EXPECTED[1][0],)) == [
        ("resolved", "2022-03-16", None)
    ]
    assert cli.ok("--lang", "en", "audit", "verify").exit_code == 0


def test_columns_absent_from_file_keep_their_values(cli, tmp_path):
    cli.ok("import", "dossiers", write(tmp_path, "d.csv", HEADER + ROWS))
    slim = "code,procedure,received_on,due_on\n000.00.12.H50-220315-0001,Cấp giấy phép xây dựng,15/03/2022,06/04/2022\n"
    r = cli.ok("--lang", "en", "import", "dossiers", write(tmp_path, "slim.csv", slim))
    assert "1 updated" in r.stderr
    row = dossiers(cli)[0]
    assert row[6] == "2022-04-06" and row[3] == "Nguyễn Văn An" and row[7] == "resolved"


def test_dry_run_writes_nothing(fresh, sample, tmp_path):
    cli = fresh
    path = write(tmp_path, "d.csv", HEADER + ROWS)
    r = cli.ok("--lang", "en", "import", "dossiers", path, "--dry-run")
    assert "insert\t000.00.12.H50-220315-0001" in r.stdout
    assert "would insert 2" in r.stderr
    assert not cli.db.exists()
    counts = sample.count("dossiers"), sample.count("audit")
    r = sample.ok("--lang", "en", "import", "dossiers", path, "--dry-run")
    assert "would insert 0, update 2" in r.stderr  # the sample has these codes
    assert "update\t000.00.12.H50-220315-0002" in r.stdout
    assert (sample.count("dossiers"), sample.count("audit")) == counts


def test_stdin(cli):
    cli.ok("import", "dossiers", "-", input=(HEADER + ROWS).encode("utf-8"))
    assert dossiers(cli) == EXPECTED


def test_status_column_and_vietnamese_words(cli, tmp_path):
    data = (
        "code,procedure,received_on,due_on,status,finished_on,channel,Ghi chú\n"
        "A,P,01/03/2022,10/03/2022,Đã giải quyết,05/03/2022,Dịch vụ bưu chính,\n"
        "B,P,01/03/2022,10/03/2022,trả lại,02/03/2022,trực tuyến,Không thuộc thẩm quyền\n"
        "C,P,01/03/2022,10/03/2022,đang giải quyết,,,\n"
    )
    cli.ok("import", "dossiers", write(tmp_path, "s.csv", data))
    assert cli.rows("SELECT code, outcome, finished_on, channel FROM dossiers ORDER BY code") == [
        ("A", "resolved", "2022-03-05", "postal"),
        ("B", "returned", "2022-03-02", "online"),
        ("C", None, None, "direct"),
    ]
    assert cli.rows("SELECT return_reason FROM dossiers WHERE code = 'B'") == [("Không thuộc thẩm quyền",)]


def test_returned_row_needs_a_reason(cli, tmp_path):
    data = "code,procedure,received_on,due_on,returned_on\nS3,p,01/02/2023,10/02/2023,05/02/2023\n"
    r = cli.fails("--lang", "en", "import", "dossiers", write(tmp_path, "r.csv", data))
    assert "r.csv:2: return_reason: a returned dossier needs its reason" in r.stderr
    assert cli.count("dossiers") == 0


def test_status_needs_a_date(cli, tmp_path):
    data = "code,procedure,received_on,due_on,status\nA,P,01/03/2022,10/03/2022,withdrawn\n"
    r = cli.fails("--lang", "en", "import", "dossiers", write(tmp_path, "s.csv", data))
    assert "s.csv:2: status: status 'withdrawn' needs its date" in r.stderr


def test_due_date_from_the_catalog(cli, tmp_path):
    cli.ok("procedure", "add", "1.001", "--name", "Đăng ký khai sinh", "--field", "Hộ tịch", "--days", "3")
    data = "code,procedure,received_on\nA,Đăng ký khai sinh,2022-06-03\n"
    cli.ok("import", "dossiers", write(tmp_path, "c.csv", data))
    # received Friday 03/06/2022: three working days -> Wednesday 08/06/2022
    assert cli.rows("SELECT due_on, field FROM dossiers") == [("2022-06-08", "Hộ tịch")]
    data = "code,procedure,received_on\nB,Không có,2022-06-03\n"
    r = cli.fails("--lang", "en", "import", "dossiers", write(tmp_path, "n.csv", data))
    assert "n.csv:2: due_on: no appointment date" in r.stderr


@pytest.mark.parametrize(
    ("name", "content", "text"),
    [
        ("fake.csv", b"PK\x03\x04rest-of-a-zip", "looks like xlsx/zip, not csv"),
        ("fake.xlsx", b"code,procedure\nA,B\n", "looks like text, not xlsx"),
        ("fake.json", b"code,procedure\nA,B\n", "invalid JSON"),
        ("fake.csv", b"SQLite format 3\x00" + b"\x00" * 100, "looks like SQLite"),
        ("data.dat", b"a,b\n", "cannot tell the format"),
    ],
)
def test_file_not_what_its_extension_says(cli, tmp_path, name, content, text):
    r = cli.fails("--lang", "en", "import", "dossiers", write(tmp_path, name, content))
    assert text in r.stderr
    assert cli.count("dossiers") == 0


def test_missing_required_column(cli, tmp_path):
    r = cli.fails(
        "--lang", "en", "import", "dossiers", write(tmp_path, "m.csv", "code,procedure,due_on\nA,B,01/01/2022\n")
    )
    assert "missing column received_on" in r.stderr


def test_missing_file(cli, tmp_path):
    r = cli.fails("--lang", "en", "import", "dossiers", str(tmp_path / "nope.csv"))
    assert "cannot open the file" in r.stderr


def test_plans_tasks_meetings(cli, tmp_path):
    plans = "Số kế hoạch,Tên kế hoạch,Năm,Ngày ban hành\n02/KH-VPUB,Kế hoạch CCHC 2022,2022,06/02/2022\n"
    cli.ok("import", "plans", write(tmp_path, "p.csv", plans))
    tasks = (
        "plan,number,title,area,due_on,done_on\n"
        "02/KH-VPUB,1,Ban hành kế hoạch,Cải cách thủ tục hành chính,Q1,05/04/2022\n"
        "02/KH-VPUB,2,Tuyên truyền,chi-dao,cả năm,\n"
    )
    cli.ok("import", "tasks", write(tmp_path, "t.csv", tasks))
    assert cli.rows("SELECT number, area, due_on, done_on FROM tasks ORDER BY number") == [
        (1, "tthc", "2022-03-31", "2022-04-05"),
        (2, "chi-dao", "2022-12-31", None),
    ]
    meetings = "Loại,Ngày họp,Nội dung,Chủ trì\noffice,03/01/2022,Giao ban tuần 1,Chánh VP\n"
    cli.ok("import", "meetings", write(tmp_path, "m.csv", meetings))
    r = cli.ok("--lang", "en", "import", "tasks", write(tmp_path, "t.csv", tasks))
    assert "0 inserted, 0 updated, 2 unchanged" in r.stderr
    keys = [k for (k,) in cli.rows("SELECT key FROM audit_rows ORDER BY rowid")]
    assert keys == ["02/KH-VPUB", "02/KH-VPUB#1", "02/KH-VPUB#2", "office@2022-01-03/Giao ban tuần 1"]
    assert cli.ok("audit", "verify").exit_code == 0


def test_task_done_in_the_future_is_a_typo(cli, tmp_path):
    cli.ok("import", "plans", write(tmp_path, "p.csv", "code,title,year\n02/KH-VPUB,KH,2022\n"))
    r = cli.fails(
        "--lang",
        "en",
        "import",
        "tasks",
        write(tmp_path, "t.csv", "plan,number,title,done_on\n02/KH-VPUB,1,X,05/04/2099\n"),
    )
    assert "t.csv:2: done_on: 05/04/2099 is in the future" in r.stderr
    assert cli.count("tasks") == 0


def test_task_of_unknown_plan(cli, tmp_path):
    r = cli.fails("--lang", "en", "import", "tasks", write(tmp_path, "t.csv", "plan,number,title\nNO/KH,1,X\n"))
    assert "t.csv:2: plan: no plan NO/KH" in r.stderr


def test_procedures_import(cli, tmp_path):
    data = "Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết\n1.001,Khai sinh,Hộ tịch,3 ngày làm việc\n"
    cli.ok("import", "procedures", write(tmp_path, "p.csv", data))
    assert cli.rows("SELECT code, name, days FROM procedures") == [("1.001", "Khai sinh", 3)]
    r = cli.ok("--lang", "en", "import", "procedures", write(tmp_path, "p.csv", data))
    assert "1 unchanged" in r.stderr


def test_batches_audit_every_row_once_in_chain(cli, tmp_path, monkeypatch):
    # the UPSERT runs in batches, the new rows' audit entries appended after each batch:
    # batches of 2 rows, updates and inserts interleaved across batch boundaries
    from cchc.services.imports import dossiers as import_dossiers

    monkeypatch.setattr(import_dossiers, "CHUNK", 2)
    cli.ok("import", "dossiers", write(tmp_path, "d.csv", HEADER + ROWS))
    new = "".join(f"B-{i},Đăng ký khai sinh,Hộ tịch,Lê Văn {i},online,10/03/2022,11/03/2022,,\n" for i in range(5))
    changed = ROWS.replace("chờ bổ sung", "đã bổ sung").replace("Nguyễn Văn An", "Nguyễn An")
    lines = new.splitlines(keepends=True)
    content = HEADER + "".join(lines[:3]) + changed + "".join(lines[3:])
    r = cli.ok("--lang", "en", "import", "dossiers", write(tmp_path, "d2.csv", content))
    assert "5 inserted, 2 updated, 0 unchanged" in r.stderr
    # the second import: one chained entry naming the file, and a row per dossier it wrote
    (entry,) = cli.rows("SELECT id FROM audit WHERE action = 'import' ORDER BY id DESC LIMIT 1")[0]
    rows = cli.rows("SELECT key, action, digest, line FROM audit_rows WHERE entry = ? ORDER BY rowid", (entry,))
    assert sorted((k, a) for k, a, _, _ in rows) == sorted(
        [(f"B-{i}", "insert") for i in range(5)] + [(EXPECTED[0][0], "update"), (EXPECTED[1][0], "update")]
    )
    assert [line for *_, line in rows] == sorted(line for *_, line in rows)  # in the file's order
    from cchc.store.dossier_writer import state_digest
    from cchc.store.dossiers import COLUMNS

    cols = ", ".join(COLUMNS)
    stored = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in cli.rows(f"SELECT {cols} FROM dossiers")}
    # each row's digest is the digest of the dossier as stored
    assert all(d == state_digest(stored[k], []) for k, _, d, _ in rows)
    assert cli.ok("--lang", "en", "audit", "verify").exit_code == 0
    # a code repeated in a later batch: nothing written
    again = HEADER + "".join(f"C-{i},P,,,online,10/03/2022,11/03/2022,,\n" for i in range(5))
    r = cli.fails(
        "--lang",
        "en",
        "import",
        "dossiers",
        write(tmp_path, "d3.csv", again + "C-0,P,,,online,10/03/2022,11/03/2022,,\n"),
    )
    assert "C-0 appears more than once" in r.stderr
    assert cli.count("dossiers") == 7 and cli.count("audit") == 2 and cli.count("audit_rows") == 9


def test_semicolon_book_with_a_title_line(cli, tmp_path):
    data = (
        "\ufeffSổ theo dõi hồ sơ\r\n"
        "TT;Mã hồ sơ;Tên TTHC;Số lượng hồ sơ;Tên cá nhân, tổ chức;Nhận hồ sơ;Hẹn trả kết quả;"
        "Trả kết quả cho cá nhân, tổ chức;Ghi chú\r\n"
        "1;SL.1;Cấp phép;1;Ông A;01/03/2022;10/03/2022;08/03/2022;\r\n"
    )
    cli.ok("import", "dossiers", write(tmp_path, "so.csv", data.encode("utf-8")))
    assert cli.rows("SELECT code, applicant, finished_on FROM dossiers") == [("SL.1", "Ông A", "2022-03-08")]


PAUSE_HEADER = "code,procedure,received_on,due_on,paused_on,pause_reason,pauses\n"
HISTORY = '"[{""paused_on"":""2022-03-02"",""resumed_on"":""2022-03-04"",""days"":2,""reason"":""Thiếu bản sao""}]"'


def test_pause_history_imported_then_changed_then_cleared(cli, tmp_path):
    row = "P-1,Cấp phép,01/03/2022,15/03/2022,,,"
    cli.ok("import", "dossiers", write(tmp_path, "a.csv", PAUSE_HEADER + row + HISTORY + "\n"))
    assert cli.rows("SELECT paused_on, resumed_on, days, reason FROM dossier_pauses") == [
        ("2022-03-02", "2022-03-04", 2, "Thiếu bản sao")
    ]
    shown = json.loads(cli.ok("dossier", "show", "P-1", "--json").stdout)
    assert [(c["change"], c["on"], c["until"], c["workdays"]) for c in shown["changes"]] == [
        ("pause", "2022-03-02", "2022-03-04", 2)
    ]
    # the same file again: nothing to do
    r = cli.ok("--lang", "en", "import", "dossiers", write(tmp_path, "a.csv", PAUSE_HEADER + row + HISTORY + "\n"))
    assert "0 inserted, 0 updated, 1 unchanged" in r.stderr
    # now paused again, still open: the row and the history change together
    again = HISTORY[:-2] + ',{""paused_on"":""2022-03-10"",""reason"":""Thiếu giấy""}]"'
    r = cli.ok(
        "--lang",
        "en",
        "import",
        "dossiers",
        write(
            tmp_path, "b.csv", PAUSE_HEADER + "P-1,Cấp phép,01/03/2022,15/03/2022,10/03/2022,Thiếu giấy," + again + "\n"
        ),
    )
    assert "0 inserted, 1 updated, 0 unchanged" in r.stderr
    assert cli.rows("SELECT paused_on, pause_reason FROM dossiers") == [("2022-03-10", "Thiếu giấy")]
    assert cli.count("dossier_pauses") == 2
    # an empty cell: no pauses any more
    r = cli.ok(
        "--lang",
        "en",
        "import",
        "dossiers",
        write(tmp_path, "c.csv", "code,procedure,received_on,due_on,pauses\nP-1,Cấp phép,01/03/2022,15/03/2022,\n"),
    )
    assert "0 inserted, 1 updated, 0 unchanged" in r.stderr
    # the history is the record of the waits: without its open pause, the dossier is not paused
    assert cli.count("dossier_pauses") == 0
    assert cli.rows("SELECT paused_on, pause_reason FROM dossiers") == [(None, None)]
    # each file: one entry, and one row for the dossier whose values or waits it changed
    assert [a for (a,) in cli.rows("SELECT action FROM audit ORDER BY id")] == ["import"] * 3
    assert [a for (a,) in cli.rows("SELECT action FROM audit_rows ORDER BY rowid")] == ["insert", "update", "update"]
    assert cli.ok("audit", "verify").exit_code == 0
    assert cli.ok("audit", "verify").exit_code == 0


@pytest.mark.parametrize(
    ("cells", "column", "text"),
    [
        (",Thiếu giấy,", "paused_on", "a reason but no date"),
        ("10/03/2022,,", "pause_reason", "Pause reason must not be empty"),
        ("28/02/2022,Thiếu giấy,", "paused_on", "is before dossier P-1 was received (01/03/2022)"),
        (",,[1]", "pauses", "invalid pause history: #1"),
        (",,not json", "pauses", "invalid pause history"),
        (',,"[{""paused_on"":""2022-03-02"",""reason"":""x""}]"', "pauses", "must match paused_on"),
        (
            ',,"[{""paused_on"":""2022-03-02"",""resumed_on"":""2022-03-01"",""days"":0,""reason"":""x""}]"',
            "pauses",
            "the resume date 01/03/2022 is before dossier P-1 was paused (02/03/2022)",
        ),
    ],
)
def test_bad_pause_cells_are_named(cli, tmp_path, cells, column, text):
    path = write(tmp_path, "p.csv", PAUSE_HEADER + "P-1,Cấp phép,01/03/2022,15/03/2022," + cells + "\n")
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    assert f"p.csv:2: {column}: " in r.stderr and text in r.stderr
    assert cli.count("dossiers") == 0 and cli.count("dossier_pauses") == 0


def test_a_finished_dossier_cannot_be_paused(cli, tmp_path):
    path = write(
        tmp_path,
        "p.csv",
        "code,procedure,received_on,due_on,resolved_on,paused_on,"
        "pause_reason\nP-1,Cấp phép,01/03/2022,15/03/2022,10/03/2022,05/03/2022,x\n",
    )
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    assert "paused_on: a finished dossier cannot be waiting for supplements" in r.stderr


def test_a_history_alone_sets_the_pause(cli, tmp_path):
    # no paused_on column: the history's open pause is the dossier's pause
    open_pause = '"[{""paused_on"":""2022-03-05"",""reason"":""Thiếu giấy""}]"'
    path = write(
        tmp_path,
        "h.csv",
        "code,procedure,received_on,due_on,pauses\nP-1,Cấp phép,01/03/2022,15/03/2022," + open_pause + "\n",
    )
    cli.ok("import", "dossiers", path)
    assert cli.rows("SELECT paused_on, pause_reason FROM dossiers") == [("2022-03-05", "Thiếu giấy")]
    cli.ok("dossier", "resume", "P-1", "--on", "07/03/2022")
    assert cli.rows("SELECT resumed_on, days FROM dossier_pauses") == [("2022-03-07", 1)]  # Sat->Mon
    # a finished row cannot carry an open pause in its history
    r = cli.fails(
        "--lang",
        "en",
        "import",
        "dossiers",
        write(
            tmp_path,
            "f.csv",
            "code,procedure,received_on,due_on,resolved_on,pauses\n"
            "P-2,Cấp phép,01/03/2022,15/03/2022,10/03/2022," + open_pause + "\n",
        ),
    )
    assert "f.csv:2: pauses: a finished dossier cannot be waiting for supplements" in r.stderr


def test_dry_run_names_a_dossier_whose_history_alone_changes(cli, tmp_path):
    path = write(tmp_path, "a.csv", PAUSE_HEADER + "P-1,Cấp phép,01/03/2022,15/03/2022,,,\n")
    cli.ok("import", "dossiers", path)
    changed = write(tmp_path, "b.csv", PAUSE_HEADER + "P-1,Cấp phép,01/03/2022,15/03/2022,,," + HISTORY + "\n")
    r = cli.ok("--lang", "en", "import", "dossiers", changed, "--dry-run")
    assert r.stdout == "update\tP-1\n" and "would insert 0, update 1" in r.stderr
    assert cli.count("dossier_pauses") == 0


def test_a_reason_on_an_unfinished_dossier_round_trips(cli, tmp_path):
    cli.ok(
        "import",
        "dossiers",
        write(
            tmp_path,
            "r.csv",
            "code,procedure,received_on,due_on,return_reason\nR-1,X,01/03/2022,15/03/2022,thiếu hồ sơ\n",
        ),
    )
    out = tmp_path / "out.csv"
    cli.ok("export", "dossiers", "-o", str(out))
    r = cli.ok("--lang", "en", "import", "dossiers", str(out))
    assert "0 inserted, 0 updated, 1 unchanged" in r.stderr
    assert cli.rows("SELECT return_reason FROM dossiers") == [("thiếu hồ sơ",)]


def test_a_json_key_missing_from_the_first_object_is_refused_not_dropped(cli, tmp_path):
    objs = [
        {"code": "A", "procedure": "P", "received_on": "10/03/2022", "due_on": "11/03/2022"},
        {"code": "B", "procedure": "P", "received_on": "10/03/2022", "due_on": "11/03/2022", "note": "giữ lại"},
    ]
    path = write(tmp_path, "d.json", json.dumps(objs, ensure_ascii=False, indent=1))
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    assert f'{path}:8: key "note" is not in the first object' in r.stderr
    assert cli.count("dossiers") == 0
    objs[0]["note"] = None  # every key in the first object: imported, the note kept
    cli.ok("import", "dossiers", write(tmp_path, "d.json", json.dumps(objs, ensure_ascii=False)))
    assert cli.rows("SELECT code, note FROM dossiers ORDER BY code") == [("A", None), ("B", "giữ lại")]
    # a column spelled another way in a later object is the same column
    plans = [{"code": "P1", "title": "A", "year": 2022}, {"Số kế hoạch": "P2", "title": "B", "year": 2022}]
    cli.ok("import", "plans", write(tmp_path, "p.json", json.dumps(plans, ensure_ascii=False)))
    assert cli.rows("SELECT code FROM plans ORDER BY code") == [("P1",), ("P2",)]
