"""Ranking units (ties share a rank, the next skips) and adding their report JSON: pure."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cchc.domain import rollup


def test_ties_share_a_rank_and_the_next_rank_skips():
    ranks = rollup.rank([("a", 90.0), ("b", 95.5), ("c", 90.0), ("d", 80.0), ("e", None)])
    assert ranks == {"b": 1, "a": 2, "c": 2, "d": 4, "e": None}


def test_everyone_equal_is_everyone_first():
    assert set(rollup.rank([(i, 50.0) for i in range(5)]).values()) == {1}


@given(st.lists(st.one_of(st.none(), st.floats(0, 100, allow_nan=False)), max_size=12))
def test_rank_is_one_plus_the_units_strictly_ahead(values):
    ranks = rollup.rank(list(enumerate(values)))
    for i, v in enumerate(values):
        if v is None:
            assert ranks[i] is None
        else:
            assert ranks[i] == 1 + sum(1 for w in values if w is not None and w > v)


def test_numbers_summed_lists_merged_by_their_key_rates_recomputed():
    a = {
        "period": {"label": "2022-H1"},
        "dossiers": {"received": 3, "in_time_rate": 100.0, "by_field": [{"field": "Đất đai", "received": 2}]},
        "tasks": {"plans": [{"code": "01/KH"}], "by_area": [{"key": "tthc", "name": "TTHC", "total": 1}]},
        "form": {"rows": [{"no": 1, "field": "Xây dựng", "c3_total": 1}]},
        "index": {"year": 2021, "score": 80.0, "rank": 6, "of": 20},
        "agency": {"name": "Sở A"},
    }
    b = {
        "period": {"label": "2022-H1"},
        "dossiers": {"received": 4, "in_time_rate": 50.0, "by_field": [{"field": "Đất đai", "received": 1}]},
        "tasks": {"plans": [{"code": "01/KH"}], "by_area": [{"key": "tthc", "name": "TTHC", "total": 2}]},
        "form": {"rows": [{"no": 1, "field": "Đất đai", "c3_total": 5}]},
        "index": {"year": 2021, "score": 90.0, "rank": 2, "of": 20},
        "agency": {"name": "Sở B"},
        "later": {"count": 7},
    }
    t = rollup.merge([a, b])
    assert t["period"] == {"label": "2022-H1"}
    assert t["dossiers"]["received"] == 7 and t["dossiers"]["in_time_rate"] is None
    assert t["dossiers"]["by_field"] == [{"field": "Đất đai", "received": 3}]
    assert t["tasks"]["plans"] == [{"code": "01/KH"}, {"code": "01/KH"}]  # listed, not merged
    assert t["tasks"]["by_area"] == [{"key": "tthc", "name": "TTHC", "total": 3}]
    assert [(r["no"], r["field"]) for r in t["form"]["rows"]] == [(1, "Đất đai"), (2, "Xây dựng")]
    assert t["index"] == {"year": 2021, "score": 85.0, "rank": None, "of": None}
    assert t["agency"] == {"name": None}  # differs: left empty
    assert t["later"] == {"count": 7}  # a key only some units have


def test_special_keys_use_their_function():
    t = rollup.merge([{"x": 1, "s": [1]}, {"x": 2, "s": [2]}], special={"s": lambda vs: sum(v[0] for v in vs)})
    assert t == {"x": 3, "s": 3}
