"""The roll-up of several units: totals equal the sum of the units on random ledgers, the same
reports from the ledgers and from their Parquet exports (DuckDB), ties in the ranking, damaged
and tampered ledgers left out (or kept with --force), anchors, and checks remembered per file."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.domain import periods
from cchc.domain.rollup import LABELS
from cchc.services import dossiers as svc
from cchc.services import meetings, rollup
from cchc.services import settings as unit_settings
from cchc.store.dossier_writer import Item, Writer
from cchc.store.ledger import Ledger

DAY0 = date(2021, 11, 1)
H1 = periods.make("semester", 2022, 1, today=date(2030, 1, 1))
pytest.importorskip("duckdb")


def _day(n: int) -> str:
    return (DAY0 + timedelta(days=n)).isoformat()


@st.composite
def dossier(draw, n: int) -> Item:
    r = draw(st.integers(0, 220))
    due = r + draw(st.integers(0, 30))
    rec = {
        "code": f"D-{n}",
        "procedure": draw(st.sampled_from(["Đăng ký", "Cấp phép"])),
        "field": draw(st.sampled_from(["Đất đai", "Tư pháp", None])),
        "channel": draw(st.sampled_from(["online", "direct", "postal"])),
        "received_on": _day(r),
        "due_on": _day(due),
        "digitised": draw(st.sampled_from([None, 0, 1])),
        "rating": draw(st.sampled_from([None, 2, 5])),
    }
    pauses = []
    if draw(st.booleans()):
        start = r + draw(st.integers(0, 10))
        end = start + draw(st.integers(0, 5))
        pauses.append({"paused_on": _day(start), "resumed_on": _day(end), "days": 0, "reason": "bổ sung"})
        r = end
    if draw(st.booleans()):
        rec.update(outcome=draw(st.sampled_from(["resolved", "returned", "withdrawn"])))
        rec["finished_on"] = _day(r + draw(st.integers(0, 40)))
        if rec["outcome"] == "returned":
            rec["return_reason"] = "thiếu"
    return Item(rec, pauses=pauses)


def make_unit(path, code: str, items: list[Item], meetings_held: int = 0) -> None:
    with Ledger.open(path) as led:
        unit_settings.set_many(led, {"unit_code": code, "agency": f"Sở {code}"})
        with led.write() as tx:
            out = Writer(tx, today="2030-01-01").write(items)
            assert not out.problems, out.problems
        for i in range(meetings_held):
            meetings.add(led, "office", date(2022, 1, 10) + timedelta(days=7 * i), f"Giao ban {i}")


def _ints(doc: dict, prefix: str = "") -> dict:
    """Every whole-number figure of a report, by path (lists of keyed items by their key)."""
    out = {}
    for k, v in doc.items():
        path = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_ints(v, path + "."))
        elif isinstance(v, list):
            for item in v:
                if isinstance(item, dict):
                    ident = next((item[i] for i in ("field", "key", "kind", "procedure") if i in item), None)
                    out.update(_ints({kk: vv for kk, vv in item.items() if kk != "no"}, f"{path}[{ident}]."))
        elif isinstance(v, int) and not isinstance(v, bool) and k not in LABELS:
            out[path] = v
    return out


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_totals_are_the_sum_of_the_units_and_parquet_gives_the_same(tmp_path_factory, data):
    from cchc.services import parquet_export

    base = tmp_path_factory.mktemp("r")
    n_units = data.draw(st.integers(2, 4))
    paths = []
    for u in range(n_units):
        items = [data.draw(dossier(i)) for i in range(data.draw(st.integers(0, 12)))]
        path = base / f"u{u}.db"
        make_unit(path, f"U{u}", items, data.draw(st.integers(0, 3)))
        paths.append(str(path))
    compare = data.draw(st.booleans())
    opts = rollup.Options(period=H1, compare=compare, jobs=1)
    out = rollup.run(rollup.discover(paths), opts)
    assert out["excluded"] == [] and len(out["units"]) == n_units
    total = _ints(out["total"])
    units = [_ints(u) for u in out["units"]]
    for path, value in total.items():
        if path.startswith("service_index.indicators."):
            continue  # shares and points: recomputed from the summed counts, not summed
        assert value == sum(u.get(path, 0) for u in units), path
    assert out["total"]["dossiers"]["received"] == sum(u["dossiers"]["received"] for u in out["units"])
    assert out["total"]["form"]["total"]["c3_total"] == sum(u["form"]["total"]["c3_total"] for u in out["units"])
    # the same from the units' Parquet exports, with DuckDB
    folder = base / "province"
    for p in paths:
        with Ledger.open(p, create=False) as led:
            parquet_export.export(led, folder)
    via = rollup.run(rollup.discover([str(folder)]), opts)
    by_code = {u["unit_code"]: u for u in out["units"]}
    for u in via["units"]:
        want = {k: v for k, v in by_code[u["unit_code"]].items() if k != "source"}
        assert {k: v for k, v in u.items() if k != "source"} == want
    assert via["total"] == out["total"]


def test_ties_in_the_ranking(tmp_path):
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    on_time = {"procedure": "P", "channel": "direct", "received_on": "2022-01-05", "due_on": "2022-01-10"}
    late = {**on_time, "due_on": "2022-01-06"}
    for path, code, recs in ((a, "A", [on_time]), (b, "B", [on_time]), (c, "C", [late])):
        items = [
            Item({**r, "code": f"{code}-{i}", "outcome": "resolved", "finished_on": "2022-01-07"})
            for i, r in enumerate(recs)
        ]
        make_unit(path, code, items)
    out = rollup.run(rollup.discover([str(c), str(b), str(a)]), rollup.Options(period=H1, rank_by="on-time", jobs=1))
    got = [(u["unit_code"], u["rank"]) for u in out["units"]]
    assert got == [("A", 1), ("B", 1), ("C", 3)]  # tied units share 1st, by name; the next is 3rd
    assert out["of"] == 3 and out["ranked_by"] == "on-time"


def _sound(tmp_path, code="S"):
    path = tmp_path / f"{code}.db"
    with Ledger.open(path) as led:
        unit_settings.set_many(led, {"unit_code": code})
        svc.add(led, f"{code}-1", "P", date(2022, 1, 5), due_on=date(2022, 1, 20))
    return str(path)


def test_a_tampered_or_damaged_ledger_is_named_and_left_out_unless_forced(tmp_path):
    good = _sound(tmp_path, "G")
    tampered = _sound(tmp_path, "T")
    conn = sqlite3.connect(tampered)
    conn.execute("UPDATE dossiers SET due_on = '2022-03-01'")  # behind cchc's back
    conn.commit()
    conn.close()
    garbage = tmp_path / "x.db"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x07" * 3000)
    out = rollup.run(rollup.discover([str(tmp_path)]), rollup.Options(period=H1, jobs=1))
    assert [u["unit_code"] for u in out["units"]] == ["G"]
    named = {e["source"]: e["reason"] for e in out["excluded"]}
    assert set(named) == {tampered, str(garbage)}
    assert named[tampered][0] == "rollup_check_failed"
    forced = rollup.run(rollup.discover([good, tampered, str(garbage)]), rollup.Options(period=H1, jobs=1, force=True))
    assert sorted(u["unit_code"] for u in forced["units"]) == ["G", "T"]  # a file that cannot be read stays out
    assert [e["source"] for e in forced["included"]] == [tampered]


def test_an_anchor_that_does_not_verify_leaves_the_unit_out(tmp_path):
    path, other = _sound(tmp_path, "A"), _sound(tmp_path, "B")
    conn = sqlite3.connect(path)
    n, h = conn.execute("SELECT COUNT(*), (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) FROM audit").fetchone()
    conn.close()
    both = rollup.discover([path, other])
    ok = rollup.run(both, rollup.Options(period=H1, jobs=1, anchors={"A": (n, h)}))
    assert ok["excluded"] == [] and len(ok["units"]) == 2
    for anchor in ((n, "0" * 64), (n + 5, h)):  # another hash; an entry the trail no longer has
        bad = rollup.run(both, rollup.Options(period=H1, jobs=1, anchors={"A": anchor}))
        assert [u["unit_code"] for u in bad["units"]] == ["B"]
        assert bad["excluded"][0]["source"] == path and bad["excluded"][0]["reason"][0] == "rollup_anchor_failed"


def test_a_check_is_remembered_until_the_ledger_changes(tmp_path, monkeypatch):
    from cchc.services import checks

    path = _sound(tmp_path, "C")
    cache = rollup.CheckCache(tmp_path / "cache.json")
    rollup.run([rollup.Source("ledger", path)], rollup.Options(period=H1, jobs=1), cache)
    calls = []
    real = checks.run
    monkeypatch.setattr(checks, "run", lambda led: calls.append(1) or real(led))
    cache = rollup.CheckCache(tmp_path / "cache.json")
    rollup.run([rollup.Source("ledger", path)], rollup.Options(period=H1, jobs=1), cache)
    assert calls == []  # unchanged: not checked again
    with Ledger.open(path, create=False) as led:
        svc.add(led, "C-2", "P", date(2022, 1, 6), due_on=date(2022, 1, 20))
    rollup.run(
        [rollup.Source("ledger", path)], rollup.Options(period=H1, jobs=1), rollup.CheckCache(tmp_path / "cache.json")
    )
    assert calls == [1]
    rollup.run([rollup.Source("ledger", path)], rollup.Options(period=H1, jobs=1, recheck=True), cache)
    assert calls == [1, 1]


def test_duckdb_reproduces_a_ledgers_semester_figures_from_its_parquet(tmp_path, sample_master):
    """The README's query, on the sample ledger's export: received, by channel, resolved by
    timeliness, as the report counts them."""
    import duckdb

    from cchc.services import parquet_export, reports
    from cchc.store.readonly import open_readonly

    period = periods.make("semester", 2022, 1, until=date(2022, 6, 9))
    copy = tmp_path / "s.db"
    src, dst = sqlite3.connect(sample_master), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    with Ledger.open(copy, create=False) as led:
        unit_settings.set_many(led, {"unit_code": "VPUB"})
        parquet_export.export(led, tmp_path / "pq")
        report = reports.build(led, period)
    sql = f"""
        SELECT count(*) FILTER (WHERE received_on >= DATE '2021-12-15') AS received,
               count(*) FILTER (WHERE received_on >= DATE '2021-12-15' AND channel = 'online') AS online,
               count(*) FILTER (WHERE outcome = 'resolved' AND finished_on <= DATE '2022-06-09'
                                AND finished_on < due_on) AS early,
               count(*) FILTER (WHERE outcome = 'resolved' AND finished_on <= DATE '2022-06-09'
                                AND finished_on = due_on) AS on_time,
               count(*) FILTER (WHERE outcome IS NULL OR finished_on > DATE '2022-06-09') AS pending
        FROM read_parquet('{tmp_path}/pq/dossiers/*/*/*.parquet', hive_partitioning = true)
        WHERE unit = 'VPUB' AND received_on <= DATE '2022-06-09'
          AND (received_on >= DATE '2021-12-15' OR finished_on IS NULL OR finished_on >= DATE '2021-12-15')
    """
    got = duckdb.connect().execute(sql).fetchone()
    d = report.dossiers
    assert got == (d.received, d.received_online, d.early, d.on_time, d.pending) == (675, 406, 567, 68, 18)
    with open_readonly(copy) as led, pytest.raises(sqlite3.OperationalError, match="readonly"):
        led.conn.execute("DELETE FROM dossiers")  # the roll-up cannot write to a unit's ledger
