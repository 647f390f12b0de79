"""cchc meeting add|list|kinds|kind-add."""

from __future__ import annotations

import json


def test_builtin_kinds(cli):
    cli.ok("init")
    kinds = json.loads(cli.ok("meeting", "kinds", "--json").stdout)
    assert [k["key"] for k in kinds] == ["office", "chairman"]
    assert kinds[0]["name"].startswith("Lãnh đạo Văn phòng")


def test_add_and_list(cli):
    cli.ok(
        "meeting",
        "add",
        "--kind",
        "office",
        "--on",
        "10/01/2022",
        "--title",
        "Giao ban tuần 2",
        "--chair",
        "Chánh Văn phòng",
    )
    cli.ok("meeting", "add", "--kind", "chairman", "--on", "13/01/2022")
    rows = json.loads(cli.ok("meeting", "list", "--json").stdout)
    assert rows[0] == {
        "kind": "office",
        "held_on": "2022-01-10",
        "title": "Giao ban tuần 2",
        "chair": "Chánh Văn phòng",
        "note": None,
    }
    assert list(rows[1]) == ["kind", "held_on", "title", "chair", "note"]
    only = json.loads(cli.ok("meeting", "list", "--kind", "chairman", "--json").stdout)
    assert [r["held_on"] for r in only] == ["2022-01-13"]
    window = json.loads(cli.ok("meeting", "list", "--from", "11/01/2022", "--json").stdout)
    assert len(window) == 1


def test_sample_counts(sample):
    def count(kind):
        return len(
            json.loads(
                sample.ok(
                    "meeting", "list", "--kind", kind, "--from", "15/12/2021", "--to", "09/06/2022", "--json"
                ).stdout
            )
        )

    assert (count("office"), count("chairman")) == (20, 24)


def test_kind_add(cli):
    cli.ok("meeting", "kind-add", "department", "--name", "Giao ban phòng")
    cli.ok("meeting", "add", "--kind", "department", "--on", "today")
    assert "đã có" in cli.fails("meeting", "kind-add", "department", "--name", "x").stderr
    assert "bad key!" in cli.fails("meeting", "kind-add", "bad key!", "--name", "x").stderr
    assert cli.rows("SELECT key, name FROM meeting_kinds WHERE key NOT IN ('office', 'chairman')") == [
        ("department", "Giao ban phòng")
    ]


def test_unknown_kind_and_duplicates_write_nothing(cli):
    cli.ok("meeting", "add", "--kind", "office", "--on", "10/01/2022")
    result = cli.fails("meeting", "add", "--kind", "weekly", "--on", "10/01/2022")
    assert "weekly" in result.stderr and "meeting kinds" in result.stderr
    cli.fails("meeting", "add", "--kind", "office", "--on", "10/01/2022")
    cli.fails("meeting", "add", "--kind", "office", "--on", "32/01/2022")
    assert cli.count("meetings") == 1
