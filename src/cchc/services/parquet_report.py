"""The units' reports from a province's Parquet dataset (``cchc export all --format parquet``),
with DuckDB as the engine: the dossiers of every unit are counted in a few SQL passes over the
whole dataset (by unit and field for the report and Biểu 06, by unit and procedure for the
service-quality indicators), reading only the columns and year partitions a period needs.

The registers (plans, tasks, meetings, …: a few hundred rows a unit) are loaded into an
in-memory ledger per unit and reported on by the same code as a ledger's report, so every section
of the report — those added later too — comes out the same. Needs DuckDB and pyarrow
(``pip install 'cchc[province]'``).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from cchc.domain import report_models as m
from cchc.domain.errors import InputError, Msg
from cchc.domain.periods import Period, previous

HIVE = "hive_partitioning = true, hive_types = {'unit': VARCHAR, 'year': INTEGER}, union_by_name = true"
HIVE_UNIT = "hive_partitioning = true, hive_types = {'unit': VARCHAR}, union_by_name = true"


def _duckdb():
    try:
        import duckdb
        import pyarrow  # noqa: F401  (DuckDB hands tables over through Arrow)
    except ImportError:
        raise InputError("rollup_needs_duckdb") from None
    return duckdb


def _lit(d: date) -> str:
    return f"DATE '{d.isoformat()}'"


def _glob(folder: Path, dataset: str, by_year: bool) -> str:
    pattern = folder / dataset / ("*/*/*.parquet" if by_year else "*/*.parquet")
    return "'" + str(pattern).replace("'", "''") + "'"


def _units_sql(units: list[str]) -> str:
    return ", ".join("'" + u.replace("'", "''") + "'" for u in units)


STATUS = (
    "CASE WHEN outcome IS NULL OR finished_on > {E} THEN 'pending' WHEN outcome = 'resolved' THEN"
    " CASE WHEN finished_on < due_on THEN 'early' WHEN finished_on = due_on THEN 'on_time' ELSE 'late' END"
    " ELSE outcome END"
)


def _window(folder: Path, units: list[str], period: Period) -> str:
    """The period's dossiers of the units (received in it, or before it and not finished when
    it began), with ``carried``."""
    S, E = _lit(period.start), _lit(period.end)
    return f"""
SELECT *, received_on < {S} AS carried
FROM read_parquet({_glob(folder, "dossiers", True)}, {HIVE})
WHERE unit IN ({_units_sql(units)}) AND received_on <= {E}
  AND (received_on >= {S} OR finished_on IS NULL OR finished_on >= {S})
"""


def _has_dossiers(folder: Path) -> bool:
    return any((folder / "dossiers").glob("*/*/*.parquet"))


def dossier_rows(con, folder: Path, units: list[str], period: Period) -> list[dict]:
    if not _has_dossiers(folder):
        return []
    E = _lit(period.end)
    sql = f"""
WITH s AS (
    SELECT unit, field, channel, carried, due_on < {E} AS past, {STATUS.format(E=E)} AS st
    FROM ({_window(folder, units, period)})
)
SELECT unit, field,
       COUNT(*) FILTER (WHERE carried) AS carried_over,
       COUNT(*) FILTER (WHERE NOT carried) AS received,
       COUNT(*) FILTER (WHERE NOT carried AND channel = 'online') AS received_online,
       COUNT(*) FILTER (WHERE NOT carried AND channel = 'direct') AS received_direct,
       COUNT(*) FILTER (WHERE NOT carried AND channel = 'postal') AS received_postal,
       COUNT(*) FILTER (WHERE st IN ('early', 'on_time', 'late')) AS resolved,
       COUNT(*) FILTER (WHERE st = 'early') AS early,
       COUNT(*) FILTER (WHERE st = 'on_time') AS on_time,
       COUNT(*) FILTER (WHERE st = 'late') AS late,
       COUNT(*) FILTER (WHERE st = 'returned') AS returned,
       COUNT(*) FILTER (WHERE st = 'withdrawn') AS withdrawn,
       COUNT(*) FILTER (WHERE st = 'pending') AS pending,
       COUNT(*) FILTER (WHERE st = 'pending' AND NOT past) AS pending_in_time,
       COUNT(*) FILTER (WHERE st = 'pending' AND past) AS pending_overdue
FROM s GROUP BY unit, field
"""
    return _dicts(con.execute(sql))


def service_rows(con, folder: Path, units: list[str], period: Period) -> list[dict]:
    """Per unit and procedure, the aggregates ``services.service_index.from_rows`` takes (the
    working-day numbers from the registered table ``wd(unit, day, n)``)."""
    from cchc.domain import service_index as si

    if not _has_dossiers(folder):
        return []
    E = _lit(period.end)
    sql = f"""
WITH d AS ({_window(folder, units, period)}),
{_pause_cte(folder, units, E)},
t AS (
    SELECT d.*, COALESCE(p.days, 0) AS pause_days,
           CASE WHEN d.outcome IS NOT NULL AND d.finished_on <= {E} THEN d.finished_on <= d.due_on
                WHEN (d.paused_on IS NOT NULL AND d.paused_on <= {E}) OR COALESCE(p.spanned, false)
                THEN COALESCE(p.n_by_end, 0) <= 1 AND COALESCE(p.last_by_end, d.paused_on) <= d.due_on
                ELSE d.due_on >= {E} END AS ok,
           (NOT d.carried AND d.outcome IS NOT DISTINCT FROM 'resolved' AND d.finished_on <= {E}) AS res
    FROM d LEFT JOIN p ON p.unit = d.unit AND p.code = d.code
),
top AS (SELECT unit, MAX(n) AS n FROM wd GROUP BY unit)
SELECT t.unit, t.procedure,
       COUNT(*) AS "window",
       COUNT(*) FILTER (WHERE NOT carried) AS received,
       COUNT(*) FILTER (WHERE ok) AS in_time,
       COUNT(*) FILTER (WHERE NOT carried AND channel = 'online') AS received_online,
       COUNT(*) FILTER (WHERE NOT carried AND online_service = 'full') AS received_full_online,
       COUNT(*) FILTER (WHERE NOT carried AND online_service = 'partial') AS received_partial_online,
       COUNT(*) FILTER (WHERE NOT carried AND digitised) AS digitised_inputs,
       COUNT(*) FILTER (WHERE NOT carried AND digitised AND (result_digitised IS TRUE OR NOT res)) AS digitised,
       COUNT(*) FILTER (WHERE res) AS resolved_received,
       COUNT(*) FILTER (WHERE res AND result_digitised) AS result_digitised,
       COUNT(*) FILTER (WHERE NOT carried AND paid_online IS NOT NULL) AS fee_dossiers,
       COUNT(*) FILTER (WHERE NOT carried AND paid_online) AS paid_online,
       COUNT(*) FILTER (WHERE rating IS NOT NULL) AS rated,
       COUNT(*) FILTER (WHERE rating >= {si.LIKE_MIN}) AS satisfied,
       COUNT(*) FILTER (WHERE rating <= {si.DISLIKE_MAX}) AS unsatisfied,
       COUNT(*) FILTER (WHERE rescheduled_due_on IS NOT NULL) AS apologies,
       COUNT(*) FILTER (WHERE rescheduled_due_on IS NOT NULL AND NOT ok) AS late_with_apology,
       COALESCE(SUM(wr.n + pause_days) FILTER (WHERE res), 0) AS n_received,
       COALESCE(SUM(wf.n) FILTER (WHERE res), 0) AS n_finished,
       COALESCE(SUM(COALESCE(wu.n, top.n)) FILTER (WHERE res), 0) AS n_due
FROM t
LEFT JOIN wd wr ON wr.unit = t.unit AND wr.day = t.received_on
LEFT JOIN wd wf ON wf.unit = t.unit AND wf.day = t.finished_on
LEFT JOIN wd wu ON wu.unit = t.unit AND wu.day = t.due_on
LEFT JOIN top ON top.unit = t.unit
GROUP BY t.unit, t.procedure
"""
    return _dicts(con.execute(sql))


def _pause_cte(folder: Path, units: list[str], E: str) -> str:
    """The CTE ``p``: per unit and dossier, its waits for supplements as of the window's end ``E``
    (how many had begun, the last start, whether one spans the end, the days waited); empty when
    the dataset has no pauses."""
    if not any((folder / "dossier_pauses").glob("*/*/*.parquet")):
        return (
            "p AS (SELECT NULL::VARCHAR AS unit, NULL::VARCHAR AS code, 0 AS n_by_end, NULL::DATE AS last_by_end,"
            " false AS spanned, 0 AS days WHERE false)"
        )
    pauses = f"read_parquet({_glob(folder, 'dossier_pauses', True)}, {HIVE})"
    return f"""p AS (
    SELECT unit, code, COUNT(*) FILTER (WHERE paused_on <= {E}) AS n_by_end,
           MAX(paused_on) FILTER (WHERE paused_on <= {E}) AS last_by_end,
           BOOL_OR(paused_on <= {E} AND resumed_on > {E}) AS spanned,
           COALESCE(SUM(days), 0) AS days
    FROM {pauses} WHERE unit IN ({_units_sql(units)}) GROUP BY unit, code
)"""


def _dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# -- the registers, in an in-memory ledger per unit ---------------------------------------------------
_TEMPLATE: sqlite3.Connection | None = None


def _template() -> sqlite3.Connection:
    global _TEMPLATE
    if _TEMPLATE is None:
        from cchc.domain.text import vi_collate
        from cchc.store import schema

        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.create_collation("vi", vi_collate)
        conn.execute("BEGIN")
        schema.apply_pending(conn)
        conn.execute("COMMIT")
        _TEMPLATE = conn
    return _TEMPLATE


def _iso(v):
    return v.isoformat() if isinstance(v, date) else v


def unit_ledger(con, folder: Path, unit: str):
    """A ledger in memory holding the unit's registers (every dataset but the dossiers)."""
    from cchc.domain.text import vi_collate
    from cchc.services.parquet_export import column_name
    from cchc.store.ledger import Ledger

    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    mem.create_collation("vi", vi_collate)
    _template().backup(mem)
    tables = {r[0] for r in mem.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    mem.execute("BEGIN")
    for ds in sorted(p for p in folder.iterdir() if p.is_dir() and p.name in tables):
        if ds.name in ("dossiers", "dossier_pauses"):
            continue
        part = ds / f"unit={unit}" / "part-0.parquet"
        if not part.exists():
            continue
        cur = con.execute("SELECT * FROM read_parquet(?, hive_partitioning = false)", [str(part)])
        written = {column_name(ds.name, c): c for c in (r[1] for r in mem.execute(f'PRAGMA table_info("{ds.name}")'))}
        cols = [written.get(d[0]) for d in cur.description]
        keep = [i for i, c in enumerate(cols) if c is not None]
        names = ", ".join(f'"{cols[i]}"' for i in keep)
        mem.execute(f'DELETE FROM "{ds.name}"')  # rows a migration seeded: the unit's own replace them
        mem.executemany(
            f'INSERT INTO "{ds.name}" ({names}) VALUES ({", ".join("?" * len(keep))})',
            [tuple(_iso(r[i]) for i in keep) for r in cur.fetchall()],
        )
    mem.execute("COMMIT")
    led = Ledger(mem, Path(f"{folder}/units/unit={unit}"))
    led.command = "rollup"
    return led


def _workdays(con, ledgers: dict, period: Period) -> None:
    """Register ``wd(unit, day, n)``: each unit's working-day numbers from the window's start."""
    import pyarrow as pa

    from cchc.services.service_index import AHEAD
    from cchc.store.calendar import load_calendar

    units, days, ns = [], [], []
    stop = period.end + timedelta(days=AHEAD)
    span = [period.start + timedelta(days=i) for i in range((stop - period.start).days + 1)]
    for unit, led in ledgers.items():
        cal = load_calendar(led)
        units += [unit] * len(span)
        days += span
        ns += [cal.workdays(period.start, d) for d in span]
    con.register("wd", pa.table({"unit": units, "day": pa.array(days, pa.date32()), "n": pa.array(ns, pa.int32())}))


def _figures(con, folder: Path, units: list[str], ledgers: dict, period: Period) -> dict[str, tuple]:
    """unit -> (Dossiers, ServiceIndex) of ``period``."""
    from cchc.domain.text import vi_sort_key
    from cchc.services.service_index import configured_points, from_rows

    by_unit: dict[str, list] = {u: [] for u in units}
    for r in dossier_rows(con, folder, units, period):
        unit = r.pop("unit")
        by_unit[unit].append(m.FieldCounts(**r))
    _workdays(con, ledgers, period)
    service: dict[str, list] = {u: [] for u in units}
    for r in service_rows(con, folder, units, period):
        service[r.pop("unit")].append(r)
    points = configured_points()
    out = {}
    for u in units:
        rows = sorted(by_unit[u], key=lambda f: (f.field is None, vi_sort_key(f.field)))
        total = {k: sum(getattr(f, k) for f in rows) for k in m.DOSSIER_KEYS}
        out[u] = (m.Dossiers(**total, by_field=rows), from_rows(service[u], points))
    return out


def units(sources: list, opts) -> list[dict]:
    """The units' results for ``services.rollup`` (one dict per source, as ``unit_from_ledger``)."""
    duckdb = _duckdb()
    out: list[dict] = []
    folders: dict[str, list] = {}
    for s in sources:
        folders.setdefault(s.path, []).append(s)
    for path, srcs in folders.items():
        out += _folder(duckdb, Path(path), srcs, opts)
    return out


def _folder(duckdb, folder: Path, srcs: list, opts) -> list[dict]:
    from cchc.services import reports

    con = duckdb.connect()
    con.execute(f"SET threads = {max(1, opts.jobs)}")
    meta = {
        r["unit"]: r
        for r in _dicts(con.execute(f"SELECT * FROM read_parquet({_glob(folder, 'units', False)}, {HIVE_UNIT})"))
    }
    units = [s.unit for s in srcs]
    ledgers = {u: unit_ledger(con, folder, u) for u in units}
    now = _figures(con, folder, units, ledgers, opts.period)
    before = _figures(con, folder, units, ledgers, previous(opts.period)) if opts.compare else {}
    results = []
    for s in srcs:
        info = meta.get(s.unit, {})
        r: dict = {"source": s.name, "agency": info.get("agency"), "unit_code": s.unit, "check": None}
        anchor = opts.anchor_for(s.path, s.unit)
        head = info.get("audit_head") or ""
        if anchor is not None and (anchor[0] != info.get("audit_entries") or not head.startswith(anchor[1])):
            r["anchor"] = (
                f"the export's audit head is {info.get('audit_entries')}:{(info.get('audit_head') or '')[:12]}…"
            )
        try:
            report = reports.build(ledgers[s.unit], opts.period, plan=opts.plan, compare=opts.compare, lang=opts.lang)
        except Exception as exc:  # noqa: BLE001 (named and left out, as a ledger's would be)
            r["error"] = Msg("rollup_report_failed", {"detail": f"{type(exc).__name__}: {exc}"})
            results.append(r)
            continue
        patch(report, *now[s.unit], before.get(s.unit))
        r["report"] = report.model_dump(mode="json")
        if head:
            r["head"] = f"{info.get('audit_entries')}:{head}"
        results.append(r)
    con.close()
    return results


def patch(report: m.Report, dossiers: m.Dossiers, service, previous_figures: tuple | None) -> None:
    """Put the dossier figures counted by DuckDB into a report built from the registers."""
    from cchc.services.reports import _change, form_of

    period = report.period
    report.dossiers = dossiers
    report.form = form_of(period, dossiers)
    report.service_index = service
    if report.compare is not None and previous_figures is not None:
        prev = report.compare.previous
        prev.dossiers = m.DossierCounts(**previous_figures[0].counts())
        report.compare.change["dossiers"] = _change(dossiers.counts(), prev.dossiers.counts())
