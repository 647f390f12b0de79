"""Adding units' reports into a province's (pure): the ranking of units and the total of their
report JSON.

The total is generic, so that report sections added later add up without code here: every
number is summed, except the keys below, which are treated specially (also listed in the README):

- ``period`` (and ``compare.previous.period``): the same for every unit, taken once;
- ``in_time_rate`` and every share or point of ``service_index``: recomputed from the summed
  counts (never summed, never averaged): the Report model recomputes ``in_time_rate``, and
  ``service_index`` is added by ``cchc.domain.service_index.add``;
- ``form.rows``, ``by_field``, ``by_area``, ``by_unit``, ``by_kind``, ``procedures`` and any list
  of objects that carry an identifying key (``field``, ``key``, ``kind``, ``procedure``): merged
  item by item on that key, numbers summed; ``no`` (the form's STT) renumbered;
- ``plans``, ``overdue_tasks``, ``items`` (the documents, communication work, tasks and
  inspections listed), any list of records (objects with a ``code``, ``ref`` or ``held_on``) and
  every other list: the units' items one after another;
- ``notes`` (a unit's own words on the period): not carried into the total — the province
  writes its own;
- ``index`` (the reform-index self-assessment, when the report has it): ``score``/``max`` and
  other decimals averaged over the units that have one, ``rank``/``of``/``previous_rank``/
  ``previous_of`` left empty (the roll-up's own ranking replaces them);
- any other decimal: the mean of the units' values (a rate cannot be summed);
- text, dates, flags and the whole numbers that name rather than count (``year``, ``index``,
  ``number``, ``no``, ``id``): kept when every unit has the same, else empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

RECOMPUTED = ("in_time_rate",)  # computed fields of the report model: dropped, then recomputed
UNIT_OWN = ("notes",)  # a unit's own words: the total has none
CONCATENATED = ("plans", "overdue_tasks", "items")
RECORD = ("code", "ref", "held_on")  # an object naming one record, never summed with another
IDENTITY = ("field", "key", "kind", "procedure")
FIRST = ("period",)
LABELS = ("year", "index", "number", "no", "id")  # whole numbers that name, not count
RANK_KEYS = ("rank", "of", "previous_rank", "previous_of")
_MISSING = object()


def rank(values: Iterable[tuple[object, float | None]]) -> dict[object, int | None]:
    """Competition ranking ("1, 2, 2, 4"): higher is better; equal values share a rank and the
    next rank skips; a unit without a value is not ranked (None)."""
    items = [(k, v) for k, v in values]
    ranked = sorted((v for _, v in items if v is not None), reverse=True)
    first: dict[float, int] = {}
    for i, v in enumerate(ranked, 1):
        first.setdefault(v, i)
    return {k: (first[v] if v is not None else None) for k, v in items}


def _identity(items: list) -> str | None:
    if not items or not all(isinstance(i, dict) for i in items):
        return None
    for key in IDENTITY:
        if all(key in i for i in items):
            return key
    return None


def merge(docs: list[dict], special: dict[str, Callable[[list], object]] | None = None) -> dict:
    """The total of several report JSON documents (``docs`` non-empty), as described above.
    ``special``: top-level keys added by a function of the units' values instead."""
    special = special or {}
    out = {}
    keys: list[str] = []
    for d in docs:
        keys += [k for k in d if k not in keys]
    for k in keys:
        values = [d.get(k, _MISSING) for d in docs]
        present = [v for v in values if v is not _MISSING]
        if k in special:
            out[k] = special[k](present)
        else:
            out[k] = _merge_value(k, present)
    return out


def _merge_value(key: str, values: list):
    if key in RECOMPUTED or key in UNIT_OWN:
        return None
    if key in FIRST:
        return values[0] if values else None
    present = [v for v in values if v is not None]
    if not present:
        return None
    if all(isinstance(v, dict) for v in present):
        if key == "index":
            return _index(present)
        return merge(present)
    if all(isinstance(v, list) for v in present):
        return _merge_lists(key, present)
    if (
        key in LABELS
        or any(isinstance(v, bool) for v in present)
        or not all(isinstance(v, (int, float)) for v in present)
    ):
        return present[0] if all(v == present[0] for v in present) else None  # text, dates, flags
    if all(isinstance(v, int) for v in present):
        return sum(present)
    return round(sum(present) / len(present), 2)  # a decimal is a rate or a score: averaged


def _merge_lists(key: str, lists: list[list]) -> list:
    items = [i for lst in lists for i in lst]
    if key in CONCATENATED or any(isinstance(i, dict) and any(k in i for k in RECORD) for i in items):
        return items
    ident = _identity(items)
    if ident is None:
        return items
    groups: dict[object, list[dict]] = {}
    for item in items:
        groups.setdefault(item[ident], []).append(item)
    merged = [merge(group) for group in groups.values()]
    if ident in ("field", "procedure"):  # alphabetical lists stay alphabetical (unnamed last)
        from cchc.domain.text import vi_sort_key

        merged.sort(key=lambda r: (r[ident] is None, vi_sort_key(r[ident])))
    if merged and "no" in merged[0]:  # the form's STT: renumbered in the new order
        for i, row in enumerate(merged, 1):
            row["no"] = i
    return merged


def _index(values: list[dict]) -> dict:
    out = merge(values)
    for k in RANK_KEYS:
        if k in out:
            out[k] = None
    return out
