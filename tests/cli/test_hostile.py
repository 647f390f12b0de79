"""Hostile input through the real CLI: random text, NUL bytes, very long fields, undecodable
bytes, SQL- and formula-looking strings, dates out of range, random bytes in import files.

Every case ends in success or one clear error line with a non-zero exit: never a traceback,
never an internal error (exit 3), never a partial write, and the ledger still passes
``cchc check`` afterwards. Each test counts the cases it ran and their exit codes, prints
them and checks that enough ran, of each outcome.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow

SETTINGS = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "HS\x00-1",
    "'; DROP TABLE dossiers; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM audit;--",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://x")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1",
    "31/02/2022",
    "00/00/0000",
    "01/01/0001",
    "9999-12-31",
    "2022-13-01",
    "29/02/2023",
    "1/1/1899",
    "32-01-2022",
    "ngày 40 tháng 13 năm 2022",
    "99999999999999999999",
    "-1",
    "0",
    "1e309",
    "NaN",
    "\u202eevil",
    "\ufeffBOM",
    "\r\n",
    "Sơn La",
    "So\u031bn La",
    "\udcff\udcfe",
    "x\udc80y",
    "%s%s%n",
    "{0}{key}",
    "\\",
    "*",
    "a" * 5000,
    "é" * 20000,
    "🙂" * 300,
    "--help",
    "--json",
    "-",
]
TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=12),
    st.binary(max_size=30).map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
)

# Sensible values per slot; each example makes zero, one or two slots hostile, so that both
# the success path (no stray writes, audit intact) and the error path (nothing written) run.
CODE_CHARS = st.characters(categories=["Lu", "Ll", "Nd"], max_codepoint=0x1EF9)
VALID = {
    "code": st.text(alphabet=CODE_CHARS, min_size=1, max_size=10).map(lambda c: "HS-" + c),
    "text": st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=30).filter(
        lambda t: t.strip() != ""
    ),
    "date": st.dates(
        min_value=__import__("datetime").date(2000, 1, 1), max_value=__import__("datetime").date(2030, 12, 31)
    ).flatmap(
        lambda d: st.sampled_from(
            [
                d.strftime("%d/%m/%Y"),
                d.isoformat(),
                f"{d.day}/{d.month}/{d.year}",
                f"ngày {d.day} tháng {d.month} năm {d.year}",
            ]
        )
    ),
    "year": st.integers(min_value=1990, max_value=2100).map(str),
    "days": st.integers(min_value=0, max_value=90).map(str),
    "kind": st.sampled_from(["office", "chairman"]),
    "channel": st.sampled_from(["online", "direct", "postal"]),
    "status": st.sampled_from(["early", "late", "pending", "overdue"]),
    "ref": st.sampled_from(["02/KH-VPUB#1", "02/KH-VPUB#2"]),
}
COMMANDS = [
    [
        "dossier",
        "add",
        "{code}",
        "--procedure",
        "{text}",
        "--received",
        "{date}",
        "--due",
        "{date2}",
        "--field",
        "{text2}",
        "--channel",
        "{channel}",
        "--applicant",
        "{text3}",
        "--note",
        "{text4}",
    ],
    ["dossier", "resolve", "HS-1", "--on", "{date}"],
    ["dossier", "return", "{code}", "--on", "{date}", "--reason", "{text}"],
    ["dossier", "withdraw", "{code}"],
    ["dossier", "show", "{code}", "--as-of", "{date}"],
    [
        "dossier",
        "list",
        "--status",
        "{status}",
        "--from",
        "{date}",
        "--to",
        "{date2}",
        "--field",
        "{text}",
        "--as-of",
        "{date3}",
        "--json",
    ],
    ["plan", "add", "{code}", "--title", "{text}", "--year", "{year}", "--issued-on", "{date}", "--basis", "{text2}"],
    ["plan", "show", "{code}"],
    ["task", "add", "--plan", "02/KH-VPUB", "--title", "{text}", "--unit", "{text2}", "--due", "{date}"],
    ["task", "add", "--plan", "{code}", "--title", "{text}", "--area", "{text2}"],
    ["task", "start", "{ref}", "--on", "{date}"],
    ["task", "done", "{ref}", "--on", "{date}", "--evidence", "{text}"],
    ["task", "edit", "{ref}", "--title", "{text}", "--unit", "{text2}", "--due", "{date}"],
    ["task", "cancel", "{ref}", "--reason", "{text}"],
    ["task", "list", "--plan", "{code}", "--status", "{status}", "--json"],
    [
        "meeting",
        "add",
        "--kind",
        "{kind}",
        "--on",
        "{date}",
        "--title",
        "{text}",
        "--chair",
        "{text2}",
        "--note",
        "{text3}",
    ],
    ["meeting", "kind-add", "{code}", "--name", "{text}", "--name-en", "{text2}"],
    ["meeting", "list", "--kind", "{kind}", "--from", "{date}", "--to", "{date2}"],
    ["calendar", "off", "{date}", "--reason", "{text}"],
    ["calendar", "work", "{date}", "--reason", "{text}"],
    ["calendar", "due", "{date}", "{days}"],
    ["procedure", "add", "{code}", "--name", "{text}", "--days", "{days}", "--field", "{text2}"],
    ["report", "range", "--from", "{date}", "--to", "{date2}"],
    ["report", "semester", "{year}", "--json"],
    ["audit", "log", "--kind", "{kind}", "--key", "{code}", "--since", "{date}", "--json"],
    ["--lang", "{kind}", "plan", "list"],
    # corrections
    ["dossier", "edit", "HS-1", "--procedure", "{text}", "--received", "{date}", "--reason", "{text2}"],
    ["dossier", "edit", "{code}", "--due", "{date}", "--channel", "{channel}", "--note", "{text}"],
    ["dossier", "reopen", "HS-1", "--reason", "{text}"],
    ["dossier", "delete", "{code}", "--reason", "{text}"],
    ["dossier", "reschedule", "HS-1", "--due", "{date}", "--reason", "{text}", "--on", "{date2}"],
    ["task", "edit", "{ref}", "--started", "{date}", "--done", "{date2}", "--reason", "{text}"],
    ["task", "reopen", "{ref}", "--reason", "{text}"],
    ["meeting", "edit", "--kind", "{kind}", "--on", "{date}", "--new-title", "{text}", "--reason", "{text2}"],
    ["meeting", "delete", "--kind", "{kind}", "--on", "{date}", "--reason", "{text}"],
    ["plan", "edit", "{code}", "--title", "{text}", "--year", "{year}", "--reason", "{text2}"],
    ["{text}", "{text2}"],  # any command line: a misspelt noun or verb is one line, exit 2
]


FRAGMENTS = [
    "\x00",
    "\udc80",
    "\udcff\udcfe",
    "'; DROP TABLE audit; --",
    "=1+1",
    "\r\n",
    "\u0301",
    "x" * 5000,
    "\ufeff",
]


def slot_kind(slot: str) -> str:
    return slot.rstrip("0123456789")


def hostile(slot: str):
    """Wholly random text, or a sensible value with a nasty fragment at either end."""
    spoiled = st.tuples(VALID[slot_kind(slot)], st.sampled_from(FRAGMENTS), st.booleans()).map(
        lambda t: t[1] + t[0] if t[2] else t[0] + t[1]
    )
    return st.one_of(TEXT, spoiled)


def fingerprint(db) -> tuple:
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ]
        return tuple(sorted((t, conn.execute(f'SELECT COUNT(*), TOTAL(rowid) FROM "{t}"').fetchone()) for t in tables))
    finally:
        conn.close()


def assert_clean(result, what) -> None:
    out = result.stdout + result.stderr
    assert "Traceback" not in out, (what, out[-2000:])
    assert result.exit_code in (0, 1, 2), (what, result.exit_code, out[-2000:])
    if result.exit_code == 1:
        lines = result.stderr.splitlines()
        # one line saying what went wrong; an import lists its bad rows (FILE:LINE: ...) above it
        assert lines and lines[-1].startswith("cchc: "), (what, result.stderr[-2000:])
        assert all(line.startswith(("cchc: ", "... ")) or ".csv:" in line for line in lines), (what, lines)
        assert "internal error" not in result.stderr


def ledger_cli(cli):
    cli.ok("plan", "add", "02/KH-VPUB", "--title", "Kế hoạch CCHC", "--year", "2022")
    cli.ok("task", "add", "--plan", "02/KH-VPUB", "--title", "Nhiệm vụ 1")
    cli.ok("dossier", "add", "HS-1", "--procedure", "Cấp phép", "--received", "01/03/2022", "--due", "10/03/2022")
    return cli


def report(capsys, what: str, cases: Counter) -> None:
    with capsys.disabled():
        print(f"\nhostile {what}: {dict(cases)}")


@SETTINGS
@given(data=st.data())
def random_text_in_every_option(cli, tmp_path, cases: Counter, data):
    if not cli.db.exists():
        ledger_cli(cli)
    template = data.draw(st.sampled_from(COMMANDS), label="command")
    slots = [a[1:-1] for a in template if a.startswith("{")]
    bad = data.draw(st.sets(st.sampled_from(slots), max_size=2), label="hostile slots")
    values = {slot: data.draw(hostile(slot) if slot in bad else VALID[slot_kind(slot)], label=slot) for slot in slots}
    args = [values[a[1:-1]] if a.startswith("{") else a for a in template]
    before = fingerprint(cli.db)
    result = cli(*args)
    cases["option"] += 1
    cases[f"exit {result.exit_code}"] += 1
    assert_clean(result, args)
    if result.exit_code != 0:
        assert fingerprint(cli.db) == before, args  # nothing written
    checked = cli("check")
    assert checked.exit_code == 0, (args, checked.stdout, checked.stderr)


GOOD_CSV = "code,name,field,days\nP-1,Cấp phép,Xây dựng,15\nP-2,Đăng ký,Hộ tịch,3\n".encode()


@SETTINGS
@given(
    content=st.one_of(
        st.binary(max_size=400),
        st.lists(st.lists(TEXT, min_size=1, max_size=6), min_size=1, max_size=6).map(
            lambda rows: "\n".join(",".join(r) for r in rows).encode("utf-8", "surrogateescape")
        ),
        st.lists(st.lists(TEXT, max_size=4), max_size=4).map(
            lambda rows: ("code,name,field,days\n" + "\n".join(",".join(r) for r in rows)).encode(
                "utf-8", "surrogateescape"
            )
        ),
        st.sampled_from(["utf-8", "utf-16", "cp1258", "latin-1", "utf-8-sig"]).map(
            lambda enc: "code,name,field,days\nP-1,Cấp phép xây dựng,Xây dựng,15\n".encode(enc, "replace")
        ),
        st.tuples(st.binary(min_size=1, max_size=40), st.integers(0, 60)).map(
            lambda t: GOOD_CSV[: t[1]] + t[0] + GOOD_CSV[t[1] :]
        ),
    )
)
def random_bytes_in_an_import_file(cli, tmp_path, cases: Counter, content):
    if not cli.db.exists():
        ledger_cli(cli)
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    before = fingerprint(cli.db)
    result = cli("procedure", "import", str(path))
    cases["file"] += 1
    cases[f"exit {result.exit_code}"] += 1
    assert_clean(result, content[:200])
    if result.exit_code != 0:
        assert fingerprint(cli.db) == before
    assert cli("check").exit_code == 0


def test_random_text_in_every_option(cli, tmp_path, capsys):
    cases: Counter = Counter()
    random_text_in_every_option(cli=cli, tmp_path=tmp_path, cases=cases)
    report(capsys, "options", cases)
    assert cases["option"] >= 100 and cases["exit 0"] > 0 and cases["exit 1"] > 0


def test_random_bytes_in_an_import_file(cli, tmp_path, capsys):
    cases: Counter = Counter()
    random_bytes_in_an_import_file(cli=cli, tmp_path=tmp_path, cases=cases)
    report(capsys, "catalog files", cases)
    assert cases["file"] >= 100 and cases["exit 0"] > 0 and cases["exit 1"] > 0
