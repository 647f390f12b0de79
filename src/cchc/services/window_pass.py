"""The window's dossiers read once, for the report's dossier figures and its service-quality
indicators alike.

The dossiers of a period's window are read through three disjoint index ranges — received in
it; received before it and finished on or after its start; received before it and never
finished — so a report on a ledger of many years reads about one window's worth of rows, never
the whole table: one statement per range. SQL classes each dossier by a few small facets (its
status as of the window's end, ``store.dossiers.STATUS_SQL``; in time or not,
``service_index.in_time_sql``; its channel; an apology slip…) packed into one integer ``k``, and
groups by (k, field, procedure) with a sum per service fact (rating, digitised, paid online…)
and per working-day number: fourteen aggregate steps per dossier where one sum per figure took
thirty-odd. Python unpacks ``k`` and adds the groups up by field (the report's form) and by
procedure (the rows ``service_index.from_rows`` takes, as DuckDB's Parquet roll-up gives them).
The facts are summed rather than packed so that the groups stay few: a procedure has a handful
of classes, while its ratings and flags, crossed, could make a group of almost every dossier.
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
CHANNELS = ("online", "direct", "postal")
FLAG = (False, True)
WORKDAYS = ("n_received", "n_finished", "n_due")
# a row of ``service_index.from_rows`` (which works out late_without_apology)
SERVICE_KEYS = (
    *(f for f in si.ServiceCounts.model_fields if f != "late_without_apology"),
    "late_with_apology",
    *WORKDAYS,
)


def _position(expr: str, values: tuple[str, ...]) -> str:
    """SQL: the position of ``expr``'s value in ``values``."""
    whens = " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(values))
    return f"CASE {expr} {whens} END"


def _facets(with_pauses: bool) -> tuple[tuple[str, str, tuple], ...]:
    """(name, SQL giving a position in values, values); every SQL is never NULL (``in_time_sql``
    compares dates that are set in the branch that reads them)."""
    return (
        ("carried", "{carried}", FLAG),  # the range's constant
        ("status", _position(f"({STATUS_SQL})", STATUSES), STATUSES),
        ("channel", _position("d.channel", CHANNELS), CHANNELS),
        ("past", "d.due_on < :as_of", FLAG),
        ("slip", "d.rescheduled_due_on IS NOT NULL", FLAG),
        # an apology letter comes before the date it puts back (by rule), so one whose original
        # date is not after the window's end was issued by then
        ("apology", "d.rescheduled_due_on IS NOT NULL AND d.due_on <= :as_of", FLAG),
        ("in_time", f"({sx.in_time_sql(with_pauses)})", FLAG),
    )


# (name, SQL) of the service facts summed per group (migration m020's columns)
FACTS = (
    ("rated", "d.rating IS NOT NULL"),
    ("satisfied", f"d.rating >= {si.LIKE_MIN}"),
    ("unsatisfied", f"d.rating <= {si.DISLIKE_MAX}"),
    ("received_full_online", "d.online_service = 'full'"),
    ("received_partial_online", "d.online_service = 'partial'"),
    ("digitised_inputs", "d.digitised IS 1"),
    ("digitised_both", "d.digitised IS 1 AND d.result_digitised IS 1"),  # inputs and result
    ("result_digitised", "d.result_digitised IS 1"),
    ("fee_dossiers", "d.paid_online IS NOT NULL"),
    ("paid_online", "d.paid_online = 1"),
)
SUMS = (*(name for name, _ in FACTS), *WORKDAYS)


@cache
def _statements(carried_index: str, with_pauses: bool, facts: bool) -> tuple[str, ...]:
    """A statement per range (a UNION ALL of the three would run as a co-routine, ~7 % slower),
    each grouped by (k, field, procedure): k first, as the cheapest to compare."""
    k, weight = [], 1
    for _name, expr, values in _facets(with_pauses):
        k.append(f"{weight} * ({expr})")
        weight *= len(values)
    k_sql = " + ".join(k)
    flags = ", ".join(f"SUM({expr})" if facts else "0" for _, expr in FACTS)  # before m020: no facts
    res = "(d.outcome IS 'resolved' AND d.finished_on <= :end)"  # resolved by the end: never NULL
    days = sx.PAUSE_DAYS if with_pauses else "0"
    workdays = (  # summed over the dossiers received in the window and resolved by its end
        f"SUM(CASE WHEN {res} THEN {sx.WD.format('d.received_on')} + {days} END),"
        f" SUM(CASE WHEN {res} THEN {sx.WD.format('d.finished_on')} END), SUM(CASE WHEN {res} THEN {sx.WD_DUE} END)"
    )
    return tuple(
        f"SELECT d.field, d.procedure, {k_sql.format(carried=carried)} AS k, COUNT(*), {flags},"
        f" {workdays if carried == '0' else '0, 0, 0'}"
        f" FROM dossiers d {indexed.format(carried_index=carried_index)} WHERE {where}"
        " GROUP BY k, d.field, d.procedure"
        for carried, indexed, where in RANGES
    )


class Class(NamedTuple):
    """A class of dossiers (one ``k``): the counts by field and by procedure each of them adds to."""

    carried: bool
    resolved: bool  # received in the window and resolved by its end
    field_keys: tuple[str, ...]
    service_keys: tuple[str, ...]


@cache
def _class(k: int) -> Class:
    f = {}
    for name, _expr, values in _facets(False):  # the values do not depend on the pauses
        k, i = divmod(k, len(values))
        f[name] = values[i]
    return Class(f["carried"], not f["carried"] and f["status"] in RESOLVED, _field_keys(f), _service_keys(f))


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
    """2.1 and apology slips count every dossier of the window; the rest only those received in it."""
    keys = ["window"]
    if f["in_time"]:
        keys.append("in_time")
    if f["slip"]:
        keys += ["apologies"] if f["in_time"] else ["apologies", "late_with_apology"]
    if not f["carried"]:
        keys += ["received", "received_online"] if f["channel"] == "online" else ["received"]
        if f["status"] in RESOLVED:
            keys.append("resolved_received")
    return tuple(keys)


def _add_facts(counts: dict, sums: dict, c: Class) -> None:
    """The facts' sums of a group into its procedure's counts: ratings count for every dossier
    of the window; the rest only for those received in it (digitised: inputs digitised and, once
    resolved, the result too)."""
    for key in ("rated", "satisfied", "unsatisfied"):
        counts[key] += sums[key]
    if c.carried:
        return
    for key in ("received_full_online", "received_partial_online", "digitised_inputs", "fee_dossiers", "paid_online"):
        counts[key] += sums[key]
    if c.resolved:
        counts["digitised"] += sums["digitised_both"]
        counts["result_digitised"] += sums["result_digitised"]
    else:
        counts["digitised"] += sums["digitised_inputs"]
    for key in WORKDAYS:
        counts[key] += sums[key]


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
    statements = _statements(CARRIED_INDEX[shorter_side(ledger, period)], with_pauses, facts)
    fields: dict = defaultdict(lambda: dict.fromkeys((*m.DOSSIER_KEYS, "apology_letters"), 0))
    procs: dict = defaultdict(lambda: dict.fromkeys(SERVICE_KEYS, 0))
    rows = (row for sql in statements for row in conn.execute(sql, params))
    for field, procedure, k, n, *sums in rows:
        c = _class(k)
        counts = fields[field]
        for key in c.field_keys:
            counts[key] += n
        counts = procs[procedure]
        for key in c.service_keys:
            counts[key] += n
        _add_facts(counts, {key: value or 0 for key, value in zip(SUMS, sums, strict=True)}, c)
    # as ORDER BY field IS NULL, field COLLATE vi; fields equal in it (by case) in binary order
    order = sorted(fields, key=lambda f: (f is None, vi_sort_key(f), f or ""))
    by_field = [{"field": f, **fields[f]} for f in order]
    by_procedure = [{"procedure": p, **c} for p, c in procs.items()] if facts else []
    return Pass(by_field, by_procedure)
