"""The ledger caches the package's holidays per year and package version, so the clerk's
``dossier add`` from the catalog does not load the ``holidays`` package every time."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from cchc.store import calendar
from cchc.store.ledger import Ledger


def test_second_add_does_not_load_the_package(tmp_path):
    env = {**os.environ, "CCHC_DB": str(tmp_path / "l.db")}

    def run(*args):
        return subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "cchc", *args],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )

    init = run("init")  # caches the years around this one
    run("procedure", "add", "1.001", "--name", "Cho phép hội thảo", "--days", "15")
    first = run("dossier", "add", "A", "--procedure", "1.001", "--received", "28/01/2022")
    second = run("dossier", "add", "B", "--procedure", "1.001", "--received", "28/01/2022")
    old = run("dossier", "add", "C", "--procedure", "1.001", "--received", "28/01/2009")
    again = run("dossier", "add", "D", "--procedure", "1.001", "--received", "28/01/2009")
    today = run("today", "--as-of", "01/02/2022")
    assert "| holidays" in init.stderr
    assert "| holidays" not in first.stderr + second.stderr + today.stderr  # a read finds the years too
    assert "25/02/2022" in first.stderr and "25/02/2022" in second.stderr
    assert "| holidays" in old.stderr and "| holidays" not in again.stderr  # a year outside: cached on first use


def test_init_caches_the_years_around_this_one(tmp_path):
    from conftest import Cli

    cli = Cli(tmp_path / "l.db")
    cli.ok("init")
    years = [y for (y,) in cli.rows("SELECT year FROM holiday_cache ORDER BY year")]
    this = date.today().year
    assert years == list(range(this - calendar.SPAN_BACK, this + calendar.SPAN_AHEAD + 1))
    n = cli.rows("SELECT COUNT(*) FROM audit")[0][0]
    cli.ok("init")  # nothing more to cache, no audit entry: derived data, not a record
    assert cli.rows("SELECT COUNT(*) FROM holiday_cache")[0][0] == len(years)
    assert cli.rows("SELECT COUNT(*) FROM audit")[0][0] == n
    cli.ok("audit", "verify")


def test_cache_follows_the_package_version(tmp_path, monkeypatch):
    with Ledger.open(tmp_path / "l.db") as led:
        assert calendar.load_calendar(led).due(date(2022, 1, 28), 1) == date(2022, 2, 7)
        assert led.scalar("SELECT COUNT(*) FROM holiday_cache") == 0  # a read writes nothing
        with led.write() as tx:  # an action's transaction keeps what it computed
            assert calendar.load_calendar(tx.conn).due(date(2022, 1, 28), 1) == date(2022, 2, 7)
        led.conn.execute("UPDATE holiday_cache SET days = '{}' WHERE year = 2022")
        # a cache entry of the same version is used ...
        assert calendar.load_calendar(led).due(date(2022, 1, 28), 1) == date(2022, 1, 31)
        # ... and an upgraded package recomputes
        monkeypatch.setattr(calendar, "holidays_version", lambda: "999.0")
        assert calendar.load_calendar(led).due(date(2022, 1, 28), 1) == date(2022, 2, 7)


def test_a_failed_action_leaves_no_cache_row(tmp_path):
    from conftest import Cli

    cli = Cli(tmp_path / "l.db")
    cli.ok("init")
    cli.ok("procedure", "add", "1.001", "--name", "Cho phép hội thảo", "--days", "15")
    cli.ok("dossier", "add", "A", "--procedure", "1.001", "--received", "28/01/2022", "--due", "25/02/2022")
    before = cli.rows("SELECT * FROM holiday_cache")
    assert (2009,) not in {r[:1] for r in before}  # init cached the years around this one only
    # the command computes the date from the catalog (the calendar of 2009), then fails
    r = cli.fails("dossier", "add", "B", "--procedure", "1.001", "--received", "28/01/2009", "--channel", "fax")
    assert "fax" in r.stderr
    assert cli.rows("SELECT * FROM holiday_cache") == before
    cli.ok("dossier", "add", "B", "--procedure", "1.001", "--received", "28/01/2009")
    assert (2009,) in cli.rows("SELECT year FROM holiday_cache")  # (and the years it reaches into)
