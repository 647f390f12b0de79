"""A received date typed the wrong way round (month first) lands in the future: refused like a
future outcome, and the message names the other reading ("did you mean ...?")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest


def swapped_future() -> tuple[date, date] | None:
    """A date after today whose day and month, swapped, give a date that has passed."""
    today = date.today()
    for n in range(1, 400):
        d = today + timedelta(days=n)
        if d.day <= 12 and d.day != d.month:
            other = date(d.year, d.day, d.month)
            if other <= today:
                return d, other
    return None


FOUND = swapped_future()
pytestmark = pytest.mark.skipif(FOUND is None, reason="no such date from today")


def typed(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def test_dossier_add_names_the_other_reading(cli):
    wrong, meant = FOUND
    r = cli.fails("dossier", "add", "X-1", "--procedure", "Thủ tục", "--received", typed(wrong), "--days", "5")
    assert typed(meant) in r.stderr and "chưa đến" in r.stderr
    r = cli.fails(
        "--lang", "en", "dossier", "add", "X-1", "--procedure", "Thủ tục", "--received", typed(wrong), "--days", "5"
    )
    assert f"did you mean {typed(meant)}?" in r.stderr
    assert cli.count("dossiers") == 0


def test_far_future_has_no_other_reading(cli):
    r = cli.fails("dossier", "add", "X-1", "--procedure", "Thủ tục", "--received", "15/03/2062", "--days", "5")
    assert "15/03/2062" in r.stderr and "có phải" not in r.stderr


def test_dossier_edit_names_it_too(sample):
    wrong, meant = FOUND
    code = "000.00.12.H50-220607-0001"
    r = sample.fails("dossier", "edit", code, "--received", typed(wrong), "--reason", "x")
    assert typed(meant) in r.stderr


def test_import_names_it_with_the_line(cli, tmp_path):
    wrong, meant = FOUND
    f = tmp_path / "d.csv"
    f.write_text(
        "code,procedure,received_on,due_on\nX-1,Thủ tục,01/03/2022,05/03/2022\n"
        f"X-2,Thủ tục,{typed(wrong)},{typed(wrong + timedelta(days=9))}\n",
        encoding="utf-8",
    )
    r = cli.fails("import", "dossiers", str(f))
    assert f"{f}:3: received_on:" in r.stderr and typed(meant) in r.stderr
    assert cli.count("dossiers") == 0
