"""The points rule of Decision 766/QĐ-TTg's indicators, the points file, and the adding up of
units: pure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.domain import service_index as si
from cchc.domain.rules import dossiers as rules
from cchc.store.audit import digest
from cchc.store.dossier_writer import state_digest


def test_linear_up_to_the_threshold_then_full():
    assert si.points_of(25.0, 4.4, 50.0) == 2.2
    assert si.points_of(50.0, 4.4, 50.0) == 4.4
    assert si.points_of(97.0, 4.4, 50.0) == 4.4
    assert si.points_of(0.0, 6.0, 90.0) == 0.0
    assert si.points_of(None, 6.0, 90.0) is None  # N/A earns nothing and costs nothing
    assert si.points_of(80.0, 0.0, 100.0) is None  # a figure that is not scored


def test_the_group_maxima_add_up_to_100():
    assert sum(si.GROUP_MAX.values()) == 100
    for group, top in si.GROUP_MAX.items():
        assert sum(p["max"] for p in si.POINTS.values() if p["group"] == group) <= top


def test_points_file_merges_and_refuses_nonsense():
    table = si.merge_points({"online": {"threshold": 60}})
    assert table["online"]["threshold"] == 60.0 and table["online"]["max"] == si.POINTS["online"]["max"]
    assert table["online"]["verified"] is False
    for bad in ({"nope": {}}, {"online": {"max": -1}}, {"online": {"threshold": 0}}, {"online": {"x": 1}}, []):
        with pytest.raises(ValueError):
            si.merge_points(bad)


counts = st.builds(
    si.ServiceCounts,
    **{f: st.integers(0, 50) for f in si.ServiceCounts.model_fields},
)
procs = st.lists(
    st.builds(
        si.ProcedureTime,
        procedure=st.sampled_from(["P", "Q", "Đăng ký"]),
        resolved=st.integers(1, 9),
        workdays=st.integers(0, 90),
        allowed_workdays=st.integers(0, 90),
    ),
    max_size=4,
)


@given(st.lists(st.tuples(counts, procs), min_size=1, max_size=5))
def test_adding_units_recomputes_from_the_summed_counts(units):
    items = [si.compute(c, p) for c, p in units]
    total = si.add(items)
    for f in si.ServiceCounts.model_fields:
        assert getattr(total.counts, f) == sum(getattr(c, f) for c, _ in units)
    want = si.compute(total.counts, total.procedures)
    assert total.indicators == want.indicators and total.score == want.score
    for p in total.procedures:
        same = [q for _, ps in units for q in ps if q.procedure == p.procedure]
        assert p.resolved == sum(q.resolved for q in same)
        assert p.workdays == sum(q.workdays for q in same)


def test_a_dossier_without_the_new_facts_keeps_the_digest_it_was_given():
    """Digests written before migration m020 (15 columns, then the pause history) still match."""
    rec = dict.fromkeys(rules.COLUMNS)
    rec.update(code="A", procedure="P", channel="direct", received_on="2022-03-01", due_on="2022-03-08")
    hist = [{"paused_on": "2022-03-02", "resumed_on": "2022-03-03", "days": 1, "reason": "bổ sung"}]
    old = digest((*(rec[c] for c in rules.COLUMNS[:15]), tuple(tuple(p[k] for k in rules.PAUSE_COLUMNS) for p in hist)))
    assert state_digest(rec, hist) == old
    assert state_digest({**rec, "rating": 4}, hist) != old
