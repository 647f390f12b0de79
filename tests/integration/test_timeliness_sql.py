"""Lists and reports classify dossiers in SQL (``store.dossiers.STATUS_SQL``/``OVERDUE_SQL``);
``dossier show`` and the rules use ``cchc.domain.timeliness``. On random ledgers — waits for
supplements open and closed, apology slips' new dates — the two give every dossier the same
status and the same overdue flag, as of any day."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.domain.timeliness import is_overdue, paused_on_day, status
from cchc.store import dossiers
from cchc.store.dossier_writer import Item, Writer
from cchc.store.ledger import Ledger

DAY0 = date(2022, 1, 3)


def _day(n: int) -> str:
    return (DAY0 + timedelta(days=n)).isoformat()


@st.composite
def dossier(draw, n: int) -> Item:
    r = draw(st.integers(0, 60))
    due = r + draw(st.integers(0, 30))
    rec = {"code": f"D-{n}", "procedure": "P", "channel": "direct", "received_on": _day(r), "due_on": _day(due)}
    pauses, t = [], r
    for _ in range(draw(st.integers(0, 2))):  # closed waits, one after another
        start = t + draw(st.integers(0, 10))
        end = start + draw(st.integers(0, 10))
        pauses.append({"paused_on": _day(start), "resumed_on": _day(end), "days": 0, "reason": "bổ sung"})
        t = end
    finished = None
    if draw(st.booleans()):  # still waiting
        start = t + draw(st.integers(0, 10))
        pauses.append({"paused_on": _day(start), "resumed_on": None, "days": None, "reason": "bổ sung"})
        rec.update(paused_on=_day(start), pause_reason="bổ sung")
    elif draw(st.booleans()):
        finished = t + draw(st.integers(0, 40))
        rec.update(outcome=draw(st.sampled_from(["resolved", "returned", "withdrawn"])), finished_on=_day(finished))
        if rec["outcome"] == "returned":
            rec["return_reason"] = "thiếu"
    if draw(st.booleans()) and finished is None:
        rec.update(rescheduled_due_on=_day(due + draw(st.integers(1, 20))), reschedule_reason="xin lỗi")
    return Item(rec, pauses=pauses)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_sql_and_python_agree_on_random_ledgers(tmp_path_factory, data):
    items = [data.draw(dossier(n)) for n in range(data.draw(st.integers(1, 12)))]
    days = data.draw(st.lists(st.integers(-5, 140), min_size=1, max_size=5))
    with Ledger.open(tmp_path_factory.mktemp("t") / "l.db") as led:
        with led.write() as tx:
            out = Writer(tx, today="2030-01-01").write(items)
            assert not out.problems, out.problems
        for n in days:
            as_of = DAY0 + timedelta(days=n)
            listed = {d["code"]: d for d in dossiers.list_dossiers(led, as_of=date(2030, 1, 1))}
            for it in items:
                rec = it.rec
                got = dossiers.get(led, rec["code"], as_of=as_of)
                fin = rec.get("finished_on")
                want = status(rec["due_on"], rec.get("outcome"), fin, as_of.isoformat())
                paused = paused_on_day(rec.get("paused_on"), it.pauses, as_of.isoformat())
                assert got["status"] == want
                assert got["overdue"] == is_overdue(rec["due_on"], rec.get("outcome"), fin, as_of.isoformat(), paused)
                assert listed[rec["code"]]["pauses"] == (it.pauses or None)
