"""Import files as Excel writes them, and hostile ones: encodings from the byte-order mark,
tab-separated text sniffed, merged cells read or refused with the cell named, and every limit
(xlsx expansion, JSON nesting, line length) one line, exit 1, memory bounded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

EN = {"CCHC_LANG": "en"}
HEADER = ["Mã hồ sơ", "Tên TTHC", "Tên cá nhân, tổ chức", "Nhận hồ sơ", "Hẹn trả kết quả"]
ROWS = [
    ["000.00.12.H50-220315-0001", "Cấp giấy phép xây dựng", "Nguyễn Văn An", "15/03/2022", "06/04/2022"],
    ["000.00.12.H50-220316-0002", "Đăng ký khai sinh", "Trần Thị Bình", "16/03/2022", "18/03/2022"],
]


def stored(cli) -> list[tuple]:
    return cli.rows("SELECT code, procedure, applicant, received_on, due_on FROM dossiers ORDER BY code")


EXPECTED = [
    ("000.00.12.H50-220315-0001", "Cấp giấy phép xây dựng", "Nguyễn Văn An", "2022-03-15", "2022-04-06"),
    ("000.00.12.H50-220316-0002", "Đăng ký khai sinh", "Trần Thị Bình", "2022-03-16", "2022-03-18"),
]


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters with their hats composed
    (â, ơ, ư, đ ...), tones as combining marks after them."""
    import unicodedata

    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out.append(
            unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES)) + "".join(c for c in d if c in TONES)
        )
    return "".join(out).encode("cp1258")


def text_table(sep: str) -> str:
    return "\r\n".join(sep.join(r) for r in [HEADER, *ROWS]) + "\r\n"


@pytest.mark.parametrize(
    "name, data",
    [
        ("unicode.txt", b"\xff\xfe" + text_table("\t").encode("utf-16-le")),  # Excel's "Unicode text"
        ("be.txt", b"\xfe\xff" + text_table("\t").encode("utf-16-be")),
        (
            "bom.csv",
            b"\xef\xbb\xbf" + text_table(",").replace("Tên cá nhân, tổ chức", '"Tên cá nhân, tổ chức"').encode(),
        ),
        ("tabs.csv", text_table("\t").encode()),  # a tab-separated file named .csv
        ("tabs.txt", cp1258(text_table("\t"))),  # "Text (tab delimited)", with --encoding
        ("semi.txt", text_table(";").encode()),
    ],
    ids=["utf-16 le", "utf-16 be", "utf-8 bom", "tab csv", "cp1258 txt", "semicolon txt"],
)
def test_files_as_excel_writes_them(cli, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    extra = ("--encoding", "cp1258") if "cp1258" in name or name == "tabs.txt" else ()
    cli.ok("import", "dossiers", str(path), *extra)
    assert stored(cli) == EXPECTED


def test_a_bom_wins_over_a_wrong_encoding_and_a_legacy_file_gets_a_hint(cli, tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes(b"\xff\xfe" + text_table("\t").encode("utf-16-le"))
    cli.ok("import", "dossiers", str(path), "--encoding", "cp1258")
    assert stored(cli) == EXPECTED
    legacy = tmp_path / "old.csv"
    legacy.write_bytes(cp1258(text_table(",").replace("Tên cá nhân, tổ chức", "Người nộp")))
    r = cli.fails("--lang", "en", "import", "dossiers", str(legacy))
    assert "old.csv:1: cannot decode as utf-8" in r.stderr and "--encoding cp1258" in r.stderr


def test_procedure_import_and_import_all_take_encoding(cli, tmp_path):
    cat = tmp_path / "dm.csv"
    cat.write_bytes(cp1258("Mã thủ tục;Tên thủ tục;Thời hạn giải quyết\n1.001;Cấp giấy phép hội thảo;15\n"))
    cli.ok("procedure", "import", str(cat), "--encoding", "cp1258")
    assert cli.rows("SELECT name FROM procedures") == [("Cấp giấy phép hội thảo",)]
    folder = tmp_path / "all"
    folder.mkdir()
    (folder / "procedures.csv").write_bytes(cp1258("code,name,days\n1.002,Đăng ký hộ kinh doanh,3\n"))
    cli.ok("import", "all", str(folder), "--encoding", "cp1258")
    assert cli.rows("SELECT name FROM procedures WHERE code = '1.002'") == [("Đăng ký hộ kinh doanh",)]


def workbook(path: Path, rows: list[list], merges: list[str] = ()) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def test_a_heading_merged_over_a_split_code_is_refused_with_the_cell(cli, tmp_path):
    """The code typed in two cells under one merged heading: never keep half of it."""
    rows = [
        ["Mã hồ sơ", None, "Tên TTHC", "Nhận hồ sơ", "Hẹn trả kết quả"],
        ["000.00.12.H50-", "220315-0001", "Cấp phép", "15/03/2022", "06/04/2022"],
    ]
    path = workbook(tmp_path / "book.xlsx", rows, ["A1:B1"])
    r = cli.fails("--lang", "en", "import", "dossiers", str(path))
    assert "heading cell A1 is merged over several columns (A1:B1)" in r.stderr and r.stderr.count("\n") == 1
    assert cli.count("dossiers") == 0


def test_merged_cells_read_as_the_sheet_shows_them(cli, tmp_path):
    """A heading merged for looks over an empty column, and a procedure merged down several
    rows (one name for a group of dossiers): read as the sheet shows them."""
    rows = [
        ["SỔ THEO DÕI HỒ SƠ", None, None, None, None, None],
        ["Mã hồ sơ", None, "Tên TTHC", "Nhận hồ sơ", "Hẹn trả kết quả", "Tên cá nhân, tổ chức"],
        ["A-1", None, "Cấp phép xây dựng", "15/03/2022", "06/04/2022", "An"],
        ["A-2", None, None, "16/03/2022", "06/04/2022", "Bình"],
        ["A-3", None, None, "17/03/2022", "06/04/2022", "Chi"],
    ]
    path = workbook(tmp_path / "book.xlsx", rows, ["A1:F1", "A2:B2", "C3:C5"])
    cli.ok("import", "dossiers", str(path))
    assert cli.rows("SELECT code, procedure FROM dossiers ORDER BY code") == [
        ("A-1", "Cấp phép xây dựng"),
        ("A-2", "Cấp phép xây dựng"),
        ("A-3", "Cấp phép xây dựng"),
    ]


def test_a_merge_across_two_headed_columns_in_the_data_is_refused(cli, tmp_path):
    rows = [
        ["Mã hồ sơ", "Tên TTHC", "Nhận hồ sơ", "Hẹn trả kết quả"],
        ["A-1", "Cấp phép", "15/03/2022", "06/04/2022"],
    ]
    path = workbook(tmp_path / "book.xlsx", rows, ["C2:D2"])
    r = cli.fails("--lang", "en", "import", "dossiers", str(path))
    assert "cell C2 is merged over several columns (C2:D2)" in r.stderr


# -- hostile files, each in a process with a memory limit ----------------------------------------
LIMITED = (
    "import resource, sys\n"
    "resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))\n"
    "from cchc.cli import main\n"
    "main(sys.argv[1:])\n"
)
MEMORY = 600 << 20  # the import of a hostile file must stay far below this


def run_limited(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", LIMITED.format(limit=MEMORY), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **EN},
        timeout=300,
    )


def zip_parts(path: Path, sheet: bytes, strings: bytes = b"") -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from xlsx_readers import hostile

    return hostile(path, sheet, strings)


def test_an_xlsx_holding_one_huge_shared_string_is_refused_before_it_is_expanded(cli, tmp_path):
    big = b"<si><t>" + b"A" * (120 << 20) + b"</t></si>"  # 120 MB: 120 KB compressed
    path = zip_parts(tmp_path / "bomb.xlsx", b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>', big)
    assert path.stat().st_size < 1 << 20
    r = run_limited(cli.db, "import", "dossiers", str(path))
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
    assert "exceeds a limit" in r.stderr and "compression ratio" in r.stderr


def test_an_xlsx_of_a_million_sparse_rows_is_refused_quickly(cli, tmp_path):
    rows = b"".join(b'<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (i, i) for i in range(2, 100_002))
    head = b'<row r="1"><c r="A1" t="inlineStr"><is><t>M\xc3\xa3 h\xe1\xbb\x93 s\xc6\xa1</t></is></c></row>'
    path = zip_parts(tmp_path / "rows.xlsx", head + rows)
    r = run_limited(cli.db, "import", "dossiers", str(path))
    assert r.returncode == 1 and "exceeds a limit (columns in row" in r.stderr, r.stderr


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("deep.json", b"[" * 200_000 + b"]" * 200_000, "JSON nested deeper than 32 levels"),
        ("deep2.json", b'[{"code": ' + b"[" * 40 + b"]" * 40 + b"}]", "JSON nested deeper than 32 levels"),
        ("deep.jsonl", b'{"code": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", "JSON nested deeper than 32 levels"),
        ("wrapped.json", b'{"dossiers": [' + b'"x",' * (20 << 20) + b'"x"]}', "a {...} file"),
        ("one-line.csv", b"code,procedure\n" + b"a," * (1 << 20), "line 2 (characters)"),
        ("record.json", b'[{"code": "' + b"x" * (20 << 20) + b'"}]', "record at line 1"),
    ],
    ids=["deep array", "deep cell", "deep jsonl", "wrapped", "no line end", "huge record"],
)
def test_hostile_text_files_are_one_line_within_memory(cli, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    r = run_limited(cli.db, "import", "dossiers", str(path))
    assert r.returncode == 1, r.stderr[-500:]
    assert r.stderr.count("\n") == 1 and words in r.stderr, r.stderr[-500:]
    assert "Traceback" not in r.stderr and cli.count("dossiers") == 0


def test_limits_leave_a_real_book_alone(cli, tmp_path):
    rows = [HEADER, *ROWS] + [[f"B-{i}", "Cấp phép", "Người nộp", "15/03/2022", "06/04/2022"] for i in range(3000)]
    path = workbook(tmp_path / "book.xlsx", rows)
    cli.ok("import", "dossiers", str(path))
    assert cli.count("dossiers") == 3002
    with zipfile.ZipFile(path) as z:
        assert all(i.file_size < 13 * 30 * max(i.compress_size, 1) for i in z.infolist())


@pytest.mark.slow
def test_peak_memory_of_a_bounded_import(cli, tmp_path):
    """An xlsx of 10,000 rows imports in a process limited to 600 MB of address space."""
    rows = [HEADER] + [
        [f"M-{i:05d}", f"Thủ tục {i % 50}", f"Người {i}", "15/03/2022", "06/04/2022"] for i in range(20_000)
    ]
    path = workbook(tmp_path / "big.xlsx", rows)
    r = run_limited(cli.db, "import", "dossiers", str(path))
    assert r.returncode == 0, r.stderr
    assert cli.count("dossiers") == 20_000
    data = json.loads(run_limited(cli.db, "import", "dossiers", str(path), "--json").stdout)
    assert data["unchanged"] == 20_000
