"""Review of the pause columns of a dossier import: a paused dossier keeps its open pause as a
row whatever columns the file has, and odd ``pauses`` cells are row errors, not tracebacks."""

from __future__ import annotations

import json

import pytest

BOOK = "Mã hồ sơ,Tên TTHC,Nhận hồ sơ,Hẹn trả kết quả,Tạm dừng từ,Lý do tạm dừng\n"


def write(tmp_path, name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    return str(path)


def pauses(cli, code: str = "P-1") -> list[tuple]:
    return cli.rows(
        "SELECT p.paused_on, p.resumed_on, p.days, p.reason FROM dossier_pauses p"
        " JOIN dossiers d ON d.id = p.dossier_id WHERE d.code = ? ORDER BY p.id",
        (code,),
    )


def round_trip(cli, tmp_path, other) -> None:
    """export -> import into an empty ledger gives the same dossiers; again: unchanged."""
    path = str(tmp_path / "out.csv")
    cli.ok("export", "dossiers", "-o", path)
    other.ok("import", "dossiers", path)
    r = other.ok("--lang", "en", "import", "dossiers", path)
    assert " 0 inserted, 0 updated," in r.stderr
    assert (
        other.ok("export", "dossiers", "--format", "json").stdout
        == cli.ok("export", "dossiers", "--format", "json").stdout
    )
    assert other.ok("audit", "verify").exit_code == 0


@pytest.fixture
def other(tmp_path):
    from conftest import Cli

    other = Cli(tmp_path / "other.db")
    other.ok("init")
    return other


def test_book_pause_column_without_history_keeps_the_open_pause(cli, tmp_path, other, monkeypatch):
    from cchc.services.imports import dossiers as import_dossiers

    monkeypatch.setattr(import_dossiers, "CHUNK", 2)  # histories applied after several batches
    rows = "".join(
        f"P-{i},Cấp phép,01/03/2022,15/03/2022,{'05/03/2022,Thiếu giấy' if i % 2 else ','}\n" for i in range(1, 6)
    )
    path = write(tmp_path, "so.csv", BOOK + rows)
    cli.ok("import", "dossiers", path)
    assert pauses(cli) == [("2022-03-05", None, None, "Thiếu giấy")]
    assert pauses(cli, "P-2") == []
    r = cli.ok("--lang", "en", "import", "dossiers", path)
    assert "0 inserted, 0 updated, 5 unchanged" in r.stderr
    assert cli.ok("audit", "verify").exit_code == 0
    # the resume closes it: the wait stays in the history, export and show
    cli.ok("dossier", "resume", "P-1", "--on", "10/03/2022")
    assert pauses(cli) == [("2022-03-05", "2022-03-10", 4, "Thiếu giấy")]
    shown = json.loads(cli.ok("dossier", "show", "P-1", "--json").stdout)
    assert [(c["on"], c["until"], c["workdays"]) for c in shown["changes"]] == [("2022-03-05", "2022-03-10", 4)]
    # the book again, P-1 resumed and P-3, P-5 no longer paused: closed pauses stay,
    # P-3's open one goes with its paused_on
    rows = "".join(f"P-{i},Cấp phép,01/03/2022,{'17/03/2022' if i == 1 else '15/03/2022'},,\n" for i in range(1, 6))
    r = cli.ok("--lang", "en", "import", "dossiers", write(tmp_path, "so2.csv", BOOK + rows))
    assert "0 inserted, 3 updated, 2 unchanged" in r.stderr
    assert pauses(cli) == [("2022-03-05", "2022-03-10", 4, "Thiếu giấy")]
    assert pauses(cli, "P-3") == [] and pauses(cli, "P-5") == []
    assert cli.ok("audit", "verify").exit_code == 0
    cli.ok("dossier", "pause", "P-3", "--on", "07/03/2022", "--reason", "lần 2")
    cli.ok("dossier", "resume", "P-3", "--on", "09/03/2022")
    round_trip(cli, tmp_path, other)


def test_clearing_paused_on_by_import_leaves_no_open_pause(cli, tmp_path, other):
    cli.ok("dossier", "add", "P-1", "--procedure", "X", "--received", "01/03/2022", "--due", "15/03/2022")
    cli.ok("dossier", "pause", "P-1", "--on", "05/03/2022", "--reason", "r")
    cli.ok(
        "import",
        "dossiers",
        write(
            tmp_path,
            "b.csv",
            "code,procedure,received_on,due_on,paused_on,pause_reason\nP-1,X,01/03/2022,15/03/2022,,\n",
        ),
    )
    assert pauses(cli) == []
    cli.ok("dossier", "pause", "P-1", "--on", "07/03/2022", "--reason", "again")
    cli.ok("dossier", "resume", "P-1", "--on", "09/03/2022")
    assert pauses(cli) == [("2022-03-07", "2022-03-09", 2, "again")]
    round_trip(cli, tmp_path, other)


def test_a_new_pause_before_the_last_resume_is_refused(cli, tmp_path):
    cli.ok("dossier", "add", "P-1", "--procedure", "X", "--received", "01/03/2022", "--due", "15/03/2022")
    cli.ok("dossier", "pause", "P-1", "--on", "05/03/2022", "--reason", "r")
    cli.ok("dossier", "resume", "P-1", "--on", "10/03/2022")
    r = cli.fails(
        "--lang",
        "en",
        "import",
        "dossiers",
        write(tmp_path, "b.csv", BOOK + "P-1,X,01/03/2022,17/03/2022,08/03/2022,x\n"),
    )
    assert (
        "Tạm dừng từ: the pause date 08/03/2022 is before dossier P-1 resumed from its last pause (10/03/2022)"
        in r.stderr
    )
    assert len(pauses(cli)) == 1


def test_empty_history_cell_of_a_paused_row_is_its_open_pause(cli, tmp_path, other):
    path = write(
        tmp_path,
        "p.csv",
        "code,procedure,received_on,due_on,paused_on,pause_reason,pauses\nP-1,X,01/03/2022,15/03/2022,05/03/2022,r,\n",
    )
    cli.ok("import", "dossiers", path)
    assert pauses(cli) == [("2022-03-05", None, None, "r")]
    r = cli.ok("--lang", "en", "import", "dossiers", path)
    assert "0 inserted, 0 updated, 1 unchanged" in r.stderr
    round_trip(cli, tmp_path, other)


HEAD = (
    '{"code":"P-1","procedure":"X","received_on":"2022-03-01","due_on":"2022-03-15",'
    '"pauses":[{"paused_on":"2022-03-02","resumed_on":"2022-03-04",'
)


@pytest.mark.parametrize(
    ("item", "text"),
    [
        ('"days":100000000000000000000000,"reason":"a"', "days: a whole number"),
        ('"days":3,"reason":"a"', "days: a whole number"),  # more than the days in between
        ('"days":2,"reason":"a\\u0000b"', "invalid text (NUL)"),
        ('"days":2,"reason":{"x":1}', "reason: text"),
        ('"days":2,"reason":["a"]', "reason: text"),
    ],
)
def test_odd_history_cells_are_row_errors(cli, tmp_path, item, text):
    path = write(tmp_path, "h.jsonl", HEAD + item + "}]}\n")
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    assert "h.jsonl:1: pauses: invalid pause history: #1: " in r.stderr and text in r.stderr
    assert cli.count("dossiers") == 0


def test_lone_surrogate_in_a_history_is_refused_by_the_reader(cli, tmp_path):
    path = write(tmp_path, "h.jsonl", HEAD + '"days":2,"reason":"a\\ud800b"}]}\n')
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    assert "h.jsonl:1: pauses: invalid text (a NUL or a lone" in r.stderr
    assert cli.count("dossiers") == 0


def test_odd_pause_reason_is_a_row_error(cli, tmp_path):
    path = write(
        tmp_path,
        "h.jsonl",
        '{"code":"P-1","procedure":"X","received_on":"2022-03-01",'
        '"due_on":"2022-03-15","paused_on":"2022-03-02","pause_reason":"x\\ud800"}\n',
    )
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    assert "h.jsonl:1: pause_reason: invalid text (a NUL or a lone" in r.stderr


def test_a_json_key_with_a_nul_is_refused(cli, tmp_path):
    path = write(
        tmp_path,
        "k.json",
        '[{"code":"K-1","procedure":"X","received_on":"2022-03-01","due_on":"2022-03-15","no\\u0000te":"x"}]',
    )
    r = cli.fails("--lang", "en", "import", "dossiers", path)
    assert r.stderr.strip().splitlines() == [
        f"cchc: {path}:1: 'no\\x00te': invalid text (a NUL or a lone \\ud800..\\udfff character)"
    ]
    assert cli.count("dossiers") == 0
