"""Pure helpers of the charts and the morning view: the y-axis ticks and the summary packing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cchc.render.charts import month_label, nice_ticks
from cchc.render.today import _pack


@given(st.integers(1, 10_000_000))
def test_ticks_start_at_zero_cover_the_top_and_stay_few(top):
    ticks = nice_ticks(top)
    assert ticks[0] == 0 and ticks[-1] >= top
    assert 2 <= len(ticks) <= 7
    step = ticks[1]
    assert all(b - a == step for a, b in zip(ticks, ticks[1:], strict=False))
    assert str(int(step)).rstrip("0") in ("1", "2", "5")
    assert ticks[-2] < top  # no empty band on top


def test_ticks_of_known_tops():
    assert nice_ticks(191) == [0, 50, 100, 150, 200]
    assert nice_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(50) == [0, 10, 20, 30, 40, 50]
    assert nice_ticks(3) == [0, 1, 2, 3]
    assert nice_ticks(0) == [0, 1]


def test_month_labels():
    assert month_label("2022-03") == "03/2022"
    assert month_label("2022-03", short=True) == "03/22"


@given(st.lists(st.text(alphabet="abc đến hạn", min_size=1, max_size=30), min_size=1, max_size=8), st.integers(30, 120))
def test_pack_breaks_only_between_parts(parts, width):
    lines = _pack(parts, width)
    assert " · ".join(lines) == " · ".join(parts)  # nothing lost, nothing reordered
    for line in lines:
        assert len(line) <= width or " · " not in line  # only a single part may overflow
