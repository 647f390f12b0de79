"""The window's dossiers read once, for the report's dossier figures and its service-quality
indicators alike.

The dossiers of a period's window are read through three disjoint index ranges — received in
it; received before it and finished on or after its start; received before it and never
finished — so a report on a ledger of many years reads about one window's worth of rows, never
the whole table. SQL classes each dossier by a few small facets (its status as of the window's
end, ``store.dossiers.STATUS_SQL``; in time or not, ``service_index.in_time_sql``; its channel,
rating, …) packed into one integer ``k``, and groups by (field, procedure, k): three sort
columns and four sums, where one sum per figure would cost thirty-odd aggregate steps per
dossier. Python unpacks ``k`` and adds the counts up by field (the report's form) and by
procedure (the rows ``service_index.from_rows`` takes, as DuckDB's Parquet roll-up gives them).
Everything is as of the period's end.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import cache
from typing import NamedTuple

from cchc.domain import report_models as m
from cchc.domain import service_index as si
from cchc.domain.periods import Period
from cchc.services import service_index as sx
from cchc.store.dossiers import STATUS_SQL
from cchc.store.ledger import Ledger

# the carried-over range (received before the start, finished on or after it) is read inside
# whichever m004 index has the shorter range: the past (received_on < start) for an early
# window, the future (finished_on >= start) for a recent one
CARRIED_INDEX = {"past": "dossiers_received_finished", "future": "dossiers_finished_received"}
RANGES = (
    ("0", "", "d.received_on >= :start AND d.received_on <= :end"),
    ("1", "INDEXED BY {carried_index}", "d.finished_on >= :start AND d.received_on < :start"),
    ("1", "INDEXED BY dossiers_finished_received", "d.finished_on IS NULL AND d.received_on < :start"),
)
STATUSES = ("pending", "early", "on_time", "late", "returned", "withdrawn")
RESOLVED = frozenset(("early", "on_time", "late"))
FLAG = (False, True)
_WORKDAYS = ("n_received", "n_finished", "n_due")
# a row of ``service_index.from_rows`` (which works out late_without_apology)
SERVICE_KEYS = (
    *(f for f in si.ServiceCounts.model_fields if f != "late_without_apology"),
    "late_with_apology",
    *_WORKDAYS,
)


def _position(expr: str, values: tuple) -> str:
    """SQL: the position of ``expr``'s value in ``values`` (``None`` for any other, NULL too)."""
    whens = " ".join(f"WHEN {v!r} THEN {i}" for i, v in enumerate(values) if v is not None)
    other = f" ELSE {values.index(None)}" if None in values else ""
    return f"CASE {expr} {whens}{other} END"


def _facets(with_pauses: bool, facts: bool) -> tuple[tuple[str, str, tuple], ...]:
    """(name, SQL giving a position in values, values); every SQL is never NULL (``in_time_sql``
    compares dates that are set in the branch that reads them)."""

    def fact(col: str) -> str:
        return f"d.{col}" if facts else "NULL"  # a ledger read before migration m020 has no facts

    return (
        ("carried", "{carried}", FLAG),  # the range's constant
        ("status", _position(f"({STATUS_SQL})", STATUSES), STATUSES),
        ("channel", _position("d.channel", ("online", "direct", "postal")), ("online", "direct", "postal")),
        ("past", "d.due_on < :as_of", FLAG),
        ("slip", "d.rescheduled_due_on IS NOT NULL", FLAG),
        # an apology letter comes before the date it puts back (by rule), so one whose original
        # date is not after the window's end was issued by then
        ("apology", "d.rescheduled_due_on IS NOT NULL AND d.due_on <= :as_of", FLAG),
        ("in_time", f"({sx.in_time_sql(with_pauses)})", FLAG),
        ("rating", f"COALESCE({fact('rating')}, 0)", (None, 1, 2, 3, 4, 5)),
        ("online_service", _position(fact("online_service"), ("full", "partial", None)), ("full", "partial", None)),
        ("digitised", f"{fact('digitised')} IS 1", FLAG),
        ("result_digitised", f"{fact('result_digitised')} IS 1", FLAG),
        ("paid_online", _position(fact("paid_online"), (1, 0, None)), (True, False, None)),
    )


@cache
def _sql(carried_index: str, with_pauses: bool, facts: bool) -> str:
    """One statement over the three ranges, grouped by (field, procedure, k)."""
    k, weight = [], 1
    for _name, expr, values in _facets(with_pauses, facts):
        k.append(f"{weight} * ({expr})")
        weight *= len(values)
    k_sql = " + ".join(k)
    res = "(d.outcome IS 'resolved' AND d.finished_on <= :end)"  # resolved by the end: never NULL
    days = sx.PAUSE_DAYS if with_pauses else "0"
    workdays = (  # summed over the dossiers received in the window and resolved by its end
        f"CASE WHEN {res} THEN {sx.WD.format('d.received_on')} + {days} END,"
        f" CASE WHEN {res} THEN {sx.WD.format('d.finished_on')} END, CASE WHEN {res} THEN {sx.WD_DUE} END"
    )
    branches = [
        f"SELECT d.field AS field, d.procedure AS procedure, {k_sql.format(carried=carried)} AS k,"
        f" {workdays if carried == '0' else 'NULL, NULL, NULL'}"
        f" FROM dossiers d {indexed.format(carried_index=carried_index)} WHERE {where}"
        for carried, indexed, where in RANGES
    ]
    union = "\n    UNION ALL\n    ".join(branches)
    return f"""
WITH s(field, procedure, k, n_received, n_finished, n_due) AS (
    {union}
)
SELECT field, procedure, k, COUNT(*) AS n, SUM(n_received), SUM(n_finished), SUM(n_due)
FROM s GROUP BY field, procedure, k"""


@cache
def _classes(k: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of the field's and of the procedure's counts a dossier of class ``k`` adds one to."""
    f = {}
    for name, _expr, values in _facets(False, True):
        k, i = divmod(k, len(values))
        f[name] = values[i]
    return _field_keys(f), _service_keys(f)


def _field_keys(f: dict) -> tuple[str, ...]:
    keys = ["carried_over"] if f["carried"] else ["received", "received_" + f["channel"]]
    keys.append(f["status"])
    if f["status"] in RESOLVED:
        keys.append("resolved")
    if f["status"] == "pending":
        keys.append("pending_overdue" if f["past"] else "pending_in_time")
    if f["apology"]:
        keys.append("apology_letters")
    return tuple(keys)


def _service_keys(f: dict) -> tuple[str, ...]:
    """Ratings, apology slips and 2.1 count every dossier of the window; the rest only those
    received in it."""
    keys = ["window"]
    ok = f["in_time"]
    keys += ["in_time"] if ok else []
    if f["slip"]:
        keys += ["apologies"] if ok else ["apologies", "late_with_apology"]
    rating = f["rating"]
    if rating is not None:
        keys.append("rated")
        keys += ["satisfied"] if rating >= si.LIKE_MIN else ["unsatisfied"] if rating <= si.DISLIKE_MAX else []
    if f["carried"]:
        return tuple(keys)
    res = f["status"] in RESOLVED
    keys.append("received")
    keys += ["received_online"] if f["channel"] == "online" else []
    keys += [f"received_{f['online_service']}_online"] if f["online_service"] else []
    keys += ["resolved_received"] if res else []
    if f["digitised"]:
        keys.append("digitised_inputs")
        keys += ["digitised"] if f["result_digitised"] or not res else []
    keys += ["result_digitised"] if res and f["result_digitised"] else []
    if f["paid_online"] is not None:
        keys += ["fee_dossiers", "paid_online"] if f["paid_online"] else ["fee_dossiers"]
    return tuple(keys)


class Pass(NamedTuple):
    by_field: list[dict]  # FieldCounts' keys and apology_letters, fields in dictionary order
    by_procedure: list[dict]  # the rows ``service_index.from_rows`` takes; none before m020


def shorter_side(ledger: Ledger, period: Period) -> str:
    """ "past" when the window starts nearer the first dossier than the last, else "future"."""
    # two queries: each is one index probe, while MIN and MAX together scan the table
    first = ledger.conn.execute("SELECT MIN(received_on) FROM dossiers").fetchone()[0]
    last = ledger.conn.execute("SELECT MAX(received_on) FROM dossiers").fetchone()[0]
    if first is None:
        return "future"
    start = period.start.isoformat()
    span = date.fromisoformat(last) - date.fromisoformat(first)
    return "past" if date.fromisoformat(start) - date.fromisoformat(first) < span / 2 else "future"


def read(ledger: Ledger, period: Period) -> Pass:
    """The window's dossiers, counted by field and by procedure."""
    from cchc.domain.text import vi_sort_key

    conn = ledger.conn
    facts = sx.has_facts(conn)
    with_pauses = bool(conn.execute("SELECT EXISTS (SELECT 1 FROM dossier_pauses)").fetchone()[0])
    sx.workday_table(ledger, period)
    params = {"start": period.start.isoformat(), "end": period.end.isoformat(), "as_of": period.end.isoformat()}
    sql = _sql(CARRIED_INDEX[shorter_side(ledger, period)], with_pauses, facts)
    fields: dict = defaultdict(lambda: dict.fromkeys((*m.DOSSIER_KEYS, "apology_letters"), 0))
    procs: dict = defaultdict(lambda: dict.fromkeys(SERVICE_KEYS, 0))
    for field, procedure, k, n, *workdays in conn.execute(sql, params):
        field_keys, service_keys = _classes(k)
        counts = fields[field]
        for key in field_keys:
            counts[key] += n
        counts = procs[procedure]
        for key in service_keys:
            counts[key] += n
        for key, value in zip(_WORKDAYS, workdays, strict=True):
            counts[key] += value or 0
    order = sorted(fields, key=lambda f: (f is None, vi_sort_key(f)))  # as ORDER BY field COLLATE vi
    by_field = [{"field": f, **fields[f]} for f in order]
    by_procedure = [{"procedure": p, **c} for p, c in procs.items()] if facts else []
    return Pass(by_field, by_procedure)
