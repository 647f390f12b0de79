"""Every list and export with ``--from``/``--to`` refuses a window that ends before it starts,
in one line naming both days — the outreach, document and inspection lists and the exports
used to answer it with an empty list, while the meeting and dossier lists refused it."""

import pytest

REVERSED = ("--from", "10/06/2022", "--to", "01/06/2022")


@pytest.mark.parametrize("noun", ["meeting", "outreach", "document", "inspection", "dossier"])
def test_a_list_refuses_a_window_that_ends_before_it_starts(sample, noun):
    r = sample.fails(noun, "list", *REVERSED)
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1 and "--from" in r.stderr and "--to" in r.stderr


@pytest.mark.parametrize("noun", ["dossiers", "meetings", "outreach", "documents", "inspections"])
def test_an_export_refuses_it_and_writes_nothing(sample, noun, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    r = sample.fails("export", noun, *REVERSED, "-o", str(folder / f"{noun}.csv"))
    assert "--from" in r.stderr
    assert list(folder.iterdir()) == []  # not even a temporary file


def test_a_window_of_one_day_is_still_a_window(sample):
    import json

    rows = json.loads(sample.ok("dossier", "list", "--from", "07/06/2022", "--to", "07/06/2022", "--json").stdout)
    assert rows and {r["received_on"] for r in rows} == {"2022-06-07"}
