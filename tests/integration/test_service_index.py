"""The service-quality indicators (Decision 766/QĐ-TTg) of a unit's period, computed in SQL,
against small ledgers counted by hand (each formula; nothing received; everything pending;
dossiers waiting for supplements) and against a plain Python reading of random ledgers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.domain import periods
from cchc.domain import service_index as si
from cchc.services import dossiers as svc
from cchc.services import service_index
from cchc.store.dossier_writer import Item, Writer
from cchc.store.ledger import Ledger

MARCH = periods.make_range(date(2022, 3, 1), date(2022, 3, 31))
D = date.fromisoformat


@pytest.fixture
def led(tmp_path):
    with Ledger.open(tmp_path / "l.db") as ledger:
        yield ledger


def add(led, code, received, due, *, proc="P", channel=None, **facts):
    return svc.add(led, code, proc, D(received), due_on=D(due), channel=channel, facts=facts)


def test_nothing_received_gives_no_value_and_no_score(led):
    x = service_index.figures(led, MARCH)
    assert x.counts.window == 0 and x.counts.received == 0
    assert all(i.value is None and i.points is None for i in x.indicators.values())
    assert x.score is None and x.percent is None and x.max_score == 0
    assert x.procedures == []


def test_everything_pending(led):
    add(led, "A", "2022-03-01", "2022-03-10")  # past its date at the end: late
    add(led, "B", "2022-03-02", "2022-03-31")  # due on the last day: within time
    add(led, "C", "2022-03-03", "2022-04-15")
    x = service_index.figures(led, MARCH)
    assert (x.counts.window, x.counts.in_time, x.counts.late) == (3, 2, 1)
    assert x.indicators["on_time"].value == 66.67
    assert x.indicators["on_time"].points == 6.67  # 10 points x 66.67 / 100
    assert x.counts.resolved_received == 0
    assert x.indicators["result_digitised"].value is None  # nothing resolved: N/A, not 0
    assert x.indicators["processing_time"].value is None
    assert x.counts.late_without_apology == 1


def _mixed(led):
    """The hand-counted ledger (March 2022 has no holiday; weekends 5-6, 12-13, 19-20, 26-27)."""
    f = {"digitised": 1, "result_digitised": 1, "paid_online": 1, "rating": 5, "online_service": "full"}
    add(led, "A", "2022-03-01", "2022-03-08", **f)  # resolved early: 3 working days of 5
    svc.finish(led, "A", "resolved", D("2022-03-04"))
    f = {"digitised": 1, "result_digitised": 0, "paid_online": 0, "rating": 4, "online_service": "partial"}
    add(led, "B", "2022-03-01", "2022-03-08", **f)  # on time: 5 of 5
    svc.finish(led, "B", "resolved", D("2022-03-08"))
    add(led, "C", "2022-03-01", "2022-03-08", proc="Q", digitised=0, result_digitised=1, rating=2)
    svc.reschedule(led, "C", D("2022-03-10"), "xin lỗi")  # an apology slip
    svc.finish(led, "C", "resolved", D("2022-03-10"))  # late: 7 working days of 5
    add(led, "D", "2022-03-02", "2022-03-09", rating=1)
    svc.finish(led, "D", "returned", D("2022-03-03"), "thiếu giấy tờ")  # ended in time
    add(led, "E", "2022-03-02", "2022-03-09")
    svc.finish(led, "E", "withdrawn", D("2022-03-15"))  # ended after its date: late
    add(led, "F", "2022-03-15", "2022-03-22")  # pending, overdue at the end
    add(led, "G", "2022-03-15", "2022-04-15")  # pending, within time
    add(led, "H", "2022-03-16", "2022-03-23")
    svc.pause(led, "H", D("2022-03-21"), "bổ sung")  # waiting since before its date, once: in time
    add(led, "I", "2022-03-16", "2022-03-23")
    svc.pause(led, "I", D("2022-03-17"), "bổ sung")
    svc.resume(led, "I", D("2022-03-18"))  # due moves to 24/03
    svc.pause(led, "I", D("2022-03-21"), "bổ sung lần 2")  # asked twice: late
    add(led, "M", "2022-03-16", "2022-03-18")
    svc.pause(led, "M", D("2022-03-21"), "bổ sung")  # asked after its date: late
    add(led, "J", "2022-02-21", "2022-02-28")  # carried over, overdue
    add(led, "K", "2022-02-21", "2022-03-07")  # carried over, resolved in time in March
    svc.finish(led, "K", "resolved", D("2022-03-04"))
    add(led, "L", "2022-02-01", "2022-02-10")  # finished before March: not in the window
    svc.finish(led, "L", "resolved", D("2022-02-09"))


def test_each_formula_on_a_hand_counted_ledger(led):
    _mixed(led)
    x = service_index.figures(led, MARCH)
    c = x.counts
    assert (c.window, c.received) == (12, 10)
    assert (c.in_time, c.late) == (6, 6)  # A B D G H K in time; C E F I M J late
    assert (c.apologies, c.late_without_apology) == (1, 5)
    assert (c.received_online, c.received_full_online, c.received_partial_online) == (2, 1, 1)
    assert (c.digitised_inputs, c.digitised) == (2, 1)  # B's result is not digitised
    assert (c.resolved_received, c.result_digitised) == (3, 2)
    assert (c.fee_dossiers, c.paid_online) == (2, 1)
    assert (c.rated, c.satisfied, c.unsatisfied) == (4, 2, 2)
    ind = x.indicators
    assert ind["on_time"].value == 50.0
    assert ind["online"].value == 20.0 and ind["online"].points == 1.76  # 4.4 x 20 / 50
    assert ind["fully_online"].value == 10.0 and ind["fully_online"].points is None
    assert ind["paid_online"].value == 50.0
    assert ind["result_digitised"].value == 66.67
    assert ind["digitised"].value == 10.0 and ind["digitised_inputs"].value == 20.0
    assert ind["satisfaction"].value == 33.33  # 100 - 50 (late) - 16.67 (rated 1-2)
    assert ind["satisfaction"].points == 2.22  # 6 x 33.33 / 90
    assert ind["satisfied"].value == 50.0
    procs = {p.procedure: p for p in x.procedures}
    assert (procs["P"].resolved, procs["P"].workdays, procs["P"].allowed_workdays) == (2, 8, 10)
    assert (procs["Q"].workdays, procs["Q"].allowed_workdays, procs["Q"].within) == (7, 5, False)
    assert procs["P"].average == 4.0 and procs["P"].within
    assert ind["processing_time"].value == 50.0 and ind["processing_time"].numerator == 1
    scored = [i for i in ind.values() if i.points is not None]
    assert x.score == round(sum(i.points for i in scored), 2)
    assert x.max_score == round(sum(i.max_points for i in scored), 2)


def test_waits_for_supplements_do_not_count_in_the_processing_time(led):
    add(led, "W", "2022-03-07", "2022-03-14")  # Monday; 5 working days
    svc.pause(led, "W", D("2022-03-08"), "bổ sung")
    svc.resume(led, "W", D("2022-03-10"))  # 2 working days waited: due 16/03
    svc.finish(led, "W", "resolved", D("2022-03-14"))
    x = service_index.figures(led, MARCH)
    (p,) = x.procedures
    assert (p.workdays, p.allowed_workdays) == (3, 5)  # 5 - 2 taken, 7 - 2 allowed
    assert x.counts.in_time == 1


def test_a_period_before_the_service_facts_existed_counts_them_as_unrecorded(led):
    add(led, "A", "2022-03-01", "2022-03-08", channel="online")
    x = service_index.figures(led, MARCH)
    assert x.counts.received_online == 1 and x.counts.received_full_online == 0
    assert x.indicators["paid_online"].value is None  # no dossier with a fee recorded
    assert x.indicators["digitised"].value == 0.0  # received, none recorded as digitised


def test_points_file_overrides_and_is_checked(tmp_path, monkeypatch, led):
    path = tmp_path / "p.json"
    path.write_text('{"on_time": {"max": 12, "threshold": 95}}')
    monkeypatch.setenv(service_index.ENV, str(path))
    add(led, "A", "2022-03-01", "2022-04-05")
    x = service_index.figures(led, MARCH)
    assert x.indicators["on_time"].max_points == 12 and x.indicators["on_time"].points == 12
    path.write_text('{"on_time": {"max": -1}}')
    from cchc.domain.errors import InputError

    with pytest.raises(InputError):
        service_index.configured_points()


# -- random ledgers against a plain reading --------------------------------------------------------
DAY0 = date(2022, 2, 1)


def _day(n: int) -> str:
    return (DAY0 + timedelta(days=n)).isoformat()


@st.composite
def dossier(draw, n: int) -> Item:
    r = draw(st.integers(0, 80))
    due = r + draw(st.integers(0, 25))
    rec = {
        "code": f"D-{n}",
        "procedure": draw(st.sampled_from(["P", "Q"])),
        "channel": draw(st.sampled_from(["online", "direct"])),
        "received_on": _day(r),
        "due_on": _day(due),
        "digitised": draw(st.sampled_from([None, 0, 1])),
        "result_digitised": draw(st.sampled_from([None, 0, 1])),
        "paid_online": draw(st.sampled_from([None, 0, 1])),
        "rating": draw(st.sampled_from([None, 1, 2, 3, 4, 5])),
    }
    if rec["channel"] == "online":
        rec["online_service"] = draw(st.sampled_from([None, "full", "partial"]))
    pauses, t = [], r
    for _ in range(draw(st.integers(0, 2))):
        start = t + draw(st.integers(0, 8))
        end = start + draw(st.integers(0, 6))
        pauses.append({"paused_on": _day(start), "resumed_on": _day(end), "days": 0, "reason": "bổ sung"})
        t = end
    if draw(st.booleans()):
        start = t + draw(st.integers(0, 8))
        pauses.append({"paused_on": _day(start), "resumed_on": None, "days": None, "reason": "bổ sung"})
        rec.update(paused_on=_day(start), pause_reason="bổ sung")
    elif draw(st.booleans()):
        rec.update(outcome=draw(st.sampled_from(["resolved", "returned", "withdrawn"])))
        rec["finished_on"] = _day(t + draw(st.integers(0, 40)))
        if rec["outcome"] == "returned":
            rec["return_reason"] = "thiếu"
    if draw(st.booleans()):
        rec.update(rescheduled_due_on=_day(due + draw(st.integers(1, 9))), reschedule_reason="xin lỗi")
    return Item(rec, pauses=pauses)


def reference(items: list[Item], start: str, end: str) -> dict:
    """The counts, read the plain way, dossier by dossier."""
    out = dict.fromkeys(si.ServiceCounts.model_fields, 0)
    for it in items:
        d = it.rec
        fin = d.get("finished_on") if d.get("outcome") and d["finished_on"] <= end else None
        if d["received_on"] > end or (d["received_on"] < start and d.get("finished_on") and d["finished_on"] < start):
            continue
        received = d["received_on"] >= start
        out["window"] += 1
        waits = [p for p in it.pauses if p["paused_on"] <= end]
        waiting = waits and (waits[-1]["resumed_on"] is None or waits[-1]["resumed_on"] > end)
        if fin:
            ok = fin <= d["due_on"]
        elif waiting:
            ok = len(waits) <= 1 and waits[-1]["paused_on"] <= d["due_on"]
        else:
            ok = d["due_on"] >= end
        out["in_time"] += ok
        res = received and d.get("outcome") == "resolved" and fin is not None
        if received:
            out["received"] += 1
            out["received_online"] += d["channel"] == "online"
            out["received_full_online"] += d.get("online_service") == "full"
            out["received_partial_online"] += d.get("online_service") == "partial"
            out["digitised_inputs"] += d["digitised"] == 1
            out["digitised"] += d["digitised"] == 1 and (not res or d["result_digitised"] == 1)
            out["resolved_received"] += res
            out["result_digitised"] += res and d["result_digitised"] == 1
            out["fee_dossiers"] += d["paid_online"] is not None
            out["paid_online"] += d["paid_online"] == 1
        out["rated"] += d["rating"] is not None
        out["satisfied"] += (d["rating"] or 0) >= 4
        out["unsatisfied"] += d["rating"] is not None and d["rating"] <= 2
        out["apologies"] += d.get("rescheduled_due_on") is not None
        out["late_without_apology"] += not ok and d.get("rescheduled_due_on") is None
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_sql_counts_agree_with_a_plain_reading_on_random_ledgers(tmp_path_factory, data):
    items = [data.draw(dossier(n)) for n in range(data.draw(st.integers(1, 15)))]
    first = data.draw(st.integers(0, 60))
    period = periods.make_range(
        DAY0 + timedelta(days=first), DAY0 + timedelta(days=first + data.draw(st.integers(0, 60)))
    )
    with Ledger.open(tmp_path_factory.mktemp("t") / "l.db") as led:
        with led.write() as tx:
            out = Writer(tx, today="2030-01-01").write(items)
            assert not out.problems, out.problems
        x = service_index.figures(led, period)
        times = reference_times(led, items, period.start.isoformat(), period.end.isoformat())
    assert x.counts.model_dump(exclude={"late"}) == reference(items, period.start.isoformat(), period.end.isoformat())
    assert [(p.procedure, p.resolved, p.workdays, p.allowed_workdays) for p in x.procedures] == times


def reference_times(led, items: list[Item], start: str, end: str) -> list[tuple]:
    """2.2 by procedure, the plain way: over the dossiers received in the window and resolved by
    its end, the working days taken and allowed, less the days waited for supplements."""
    from cchc.store.calendar import load_calendar
    from cchc.store.dossiers import history

    cal = load_calendar(led)
    out: dict = {}
    for it in items:
        d = it.rec
        if not (start <= d["received_on"] <= end and d.get("outcome") == "resolved" and d["finished_on"] <= end):
            continue
        waited = sum(p["days"] or 0 for p in history(led.conn, d["code"]))
        row = out.setdefault(d["procedure"], [0, 0, 0])
        row[0] += 1
        row[1] += cal.workdays(D(d["received_on"]), D(d["finished_on"])) - waited
        row[2] += cal.workdays(D(d["received_on"]), D(d["due_on"])) - waited
    return [(proc, *row) for proc, row in sorted(out.items())]
