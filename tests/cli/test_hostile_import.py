"""Hostile files through ``cchc import dossiers`` (the fast path, the pause columns, JSON input).

Every case ends in success, or in an exit 1 whose stderr is only ``FILE:LINE: column: message``
lines, warnings and a last ``cchc: ...`` line (or one ``cchc:`` line alone), or a usage error:
never a traceback, never a partial write, and ``cchc check`` passes afterwards.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_hostile import SETTINGS, TEXT, fingerprint, ledger_cli, report

pytestmark = pytest.mark.slow

HEADER = [
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
    "paused_on",
    "pause_reason",
    "rescheduled_due_on",
    "reschedule_reason",
    "pauses",
]
GOOD = [
    "HS-9",
    "Cấp phép",
    "Xây dựng",
    "Ông A",
    "online",
    "01/03/2022",
    "10/03/2022",
    "",
    "",
    "",
    "",
    "",
    "",
    "05/03/2022",
    "Thiếu giấy",
    "20/03/2022",
    "Phiếu xin lỗi",
    '[{"paused_on": "2022-03-02", "resumed_on": "2022-03-03", "days": 1, "reason": "x"},'
    ' {"paused_on": "2022-03-05", "reason": "Thiếu giấy"}]',
]
PAUSES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-5, 10**6),
        st.floats(allow_nan=True),
        TEXT,
        st.sampled_from(["2022-03-02", "02/03/2022", "2099-01-01", "x"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["paused_on", "resumed_on", "days", "reason", "other"]), inner, max_size=5),
    ),
    max_leaves=8,
)
ROW_LINE = re.compile(r"^\S*in\.(csv|json): ?\d+: ")


def csv_cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def run_import(cli, tmp_path, cases: Counter, content: bytes, name: str = "in.csv", *extra: str):
    if not cli.db.exists():
        ledger_cli(cli)
    path = tmp_path / name
    path.write_bytes(content)
    before = fingerprint(cli.db)
    result = cli("import", "dossiers", str(path), *extra)
    cases["file"] += 1
    cases[f"exit {result.exit_code}"] += 1
    out = result.stdout + result.stderr
    assert "Traceback" not in out, (content[:300], out[-2000:])
    assert "internal error" not in out, (content[:300], out[-2000:])
    assert result.exit_code in (0, 1, 2), (content[:300], result.exit_code, out[-2000:])
    if result.exit_code == 1:
        lines = result.stderr.splitlines()
        assert lines and lines[-1].startswith("cchc: "), result.stderr[-2000:]
        for line in lines[:-1]:  # bad rows, "... and N more", warnings
            assert ROW_LINE.match(line) or line.startswith(("... ", "cchc: ")), line
    if result.exit_code != 0:
        assert fingerprint(cli.db) == before
    assert cli("check").exit_code == 0
    return result


@SETTINGS
@given(
    cells=st.lists(
        st.tuples(
            st.integers(0, len(HEADER) - 1), st.one_of(TEXT, PAUSES.map(lambda v: json.dumps(v, ensure_ascii=False)))
        ),
        min_size=1,
        max_size=3,
    )
)
def spoiled_cells_in_a_dossier_csv(cli, tmp_path, cases: Counter, cells):
    row = list(GOOD)
    for i, value in cells:
        row[i] = value
    body = ",".join(HEADER) + "\n" + ",".join(csv_cell(c) for c in row) + "\n"
    run_import(cli, tmp_path, cases, body.encode("utf-8", "surrogateescape"))


@SETTINGS
@given(
    content=st.one_of(
        st.binary(max_size=400),
        st.tuples(st.binary(min_size=1, max_size=40), st.integers(0, 400)).map(
            lambda t: (",".join(HEADER) + "\n" + ",".join(csv_cell(c) for c in GOOD) + "\n").encode()[: t[1]] + t[0]
        ),
    )
)
def random_bytes_in_a_dossier_file(cli, tmp_path, cases: Counter, content):
    run_import(cli, tmp_path, cases, content)


@SETTINGS
@given(
    records=st.one_of(
        PAUSES,
        st.lists(st.fixed_dictionaries({}, optional={k: st.one_of(TEXT, PAUSES) for k in HEADER}), max_size=3),
    )
)
def random_json_records(cli, tmp_path, cases: Counter, records):
    content = json.dumps(records, ensure_ascii=False).encode("utf-8", "surrogateescape")
    run_import(cli, tmp_path, cases, content, "in.json")


@pytest.mark.parametrize(
    "what, run",
    [
        ("spoiled cells", spoiled_cells_in_a_dossier_csv),
        ("random bytes", random_bytes_in_a_dossier_file),
        ("random JSON records", random_json_records),
    ],
)
def test_hostile_dossier_files(cli, tmp_path, capsys, what, run):
    cases: Counter = Counter()
    run(cli=cli, tmp_path=tmp_path, cases=cases)
    report(capsys, f"dossier files, {what}", cases)
    assert cases["file"] >= 100 and cases["exit 1"] > 0
