"""The 2026 calendar as the law stands: the New Year swap (Friday 02/01/2026 off, Saturday
10/01/2026 worked; Government Office letter 12729/VPCP-KGVX) shipped by a migration, and
24/11/2026 ("Ngày Văn hóa Việt Nam") a working day until the Labour Code says otherwise — the
``holidays`` package counts it from 2026; ``calendar show`` over a range of years."""

from __future__ import annotations

import json

from cchc.domain.workdays import package_holidays, package_workdays


def test_the_package_lacks_the_new_year_swap_and_counts_24_11():
    """Why the migration ships them (if a later ``holidays`` learns them, the overrides agree)."""
    from datetime import date

    assert date(2026, 1, 2) not in package_holidays(2026) and date(2026, 1, 10) not in package_workdays(2026)
    assert date(2026, 11, 24) in package_holidays(2026)


def test_due_dates_across_the_swap_and_24_11(cli):
    cli.ok("init")
    # received Wednesday 31/12/2025: 01/01 holiday, 02/01 swapped off, weekend -> Monday 05/01 is day 1
    assert cli.ok("calendar", "due", "31/12/2025", "1").stdout == "2026-01-05\n"
    # received Friday 09/01/2026: Saturday 10/01 is worked
    assert cli.ok("calendar", "due", "09/01/2026", "1").stdout == "2026-01-10\n"
    # 24/11/2026 (Tuesday) counts as a working day
    assert cli.ok("calendar", "due", "23/11/2026", "1").stdout == "2026-11-24\n"
    assert cli.ok("calendar", "workdays", "20/11/2026", "25/11/2026").stdout == "3\n"
    # the same without a ledger: the package plus every shipped override
    from typer.testing import CliRunner

    from cchc.cli.app import app

    out = CliRunner().invoke(app, ["--db", str(cli.db.parent / "none.db"), "calendar", "due", "23/11/2026", "1"])
    assert out.stdout == "2026-11-24\n" and not (cli.db.parent / "none.db").exists()


def test_show_names_the_overrides_with_their_source(cli):
    cli.ok("init")
    rows = json.loads(cli.ok("calendar", "show", "2026", "--json").stdout)
    by_day = {r["date"]: r for r in rows}
    assert by_day["2026-01-02"]["working"] is False and "12729/VPCP-KGVX" in by_day["2026-01-02"]["name"]
    assert by_day["2026-01-10"]["working"] is True and by_day["2026-01-10"]["source"] == "office"
    assert by_day["2026-11-24"]["working"] is True and "Điều 112 Bộ luật Lao động" in by_day["2026-11-24"]["name"]
    # the office can follow the law when it changes, with an audit entry
    cli.ok("calendar", "off", "24/11/2026", "--reason", "Nghỉ theo luật sửa đổi")
    assert cli.ok("calendar", "due", "23/11/2026", "1").stdout == "2026-11-25\n"
    cli.ok("audit", "verify")


def test_show_takes_a_range_of_years(cli):
    cli.ok("init")
    both = json.loads(cli.ok("calendar", "show", "2025-2026", "--json").stdout)
    assert both == json.loads(cli.ok("calendar", "show", "2025", "2026", "--json").stdout)
    assert both == json.loads(cli.ok("calendar", "show", "2025", "--json").stdout) + json.loads(
        cli.ok("calendar", "show", "2026", "--json").stdout
    )
    assert {r["date"][:4] for r in both} == {"2025", "2026"}
    assert "2025–2026" in cli.ok("calendar", "show", "2025..2026").stdout
    for args in (("2026", "2025"), ("2025-2026", "2027"), ("2000-2100",), ("20x5",), ("2025", "abc")):
        r = cli.fails("calendar", "show", *args)
        assert r.stderr.startswith("cchc: ") and len(r.stderr.splitlines()) == 1, args
