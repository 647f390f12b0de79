"""``cchc export all|dossiers --format parquet -o FOLDER``: a unit's ledger as a Hive-partitioned
Parquet dataset that DuckDB, Spark or Trino read directly, and that ``cchc rollup FOLDER`` adds up
for a province. Needs pyarrow (``pip install 'cchc[province]'``).

Layout (one folder for a whole province: every unit exports into it under its own code)::

    FOLDER/dossiers/unit=CODE/year=YYYY/part-0.parquet        the dossiers, by year received
    FOLDER/dossier_pauses/unit=CODE/year=YYYY/part-0.parquet  their waits for supplements
    FOLDER/units/unit=CODE/part-0.parquet                     the unit: particulars, audit head
    FOLDER/TABLE/unit=CODE/part-0.parquet                     every other register (plans, tasks,
                                                              meetings, meeting_kinds, calendar_overrides,
                                                              procedures, settings, ...) as stored

Columns keep the ledger's names and order (the dossiers' are its append-only ``COLUMNS``); dates
(columns ending ``_on``, and ``day``) are Parquet DATE, the dossier flags BOOLEAN, whole numbers
INT64 (rating INT8). The partition columns ``unit`` and ``year`` are in the paths only. A unit's
folders are written beside the dataset and swapped in when complete, so re-exporting replaces
that unit's files and no other's. Rows are streamed in batches: memory does not grow with the
ledger.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from cchc.domain.errors import InputError
from cchc.domain.rules import dossiers as rules

BATCH = 65_536
SKIPPED = {
    "audit",
    "audit_rows",
    "holiday_cache",
    "_sqlite_migrations",
    "dossiers",
    "dossier_pauses",
    "sqlite_sequence",
}
BY_YEAR = ("dossiers", "dossier_pauses")
PARTITION_KEYS = ("unit", "year")


def column_name(table: str, column: str) -> str:
    """A register's column as written: one named like a partition key (tasks.unit, the unit in
    charge) is written ``<table>_<column>`` (``tasks_unit``), so no engine confuses it with the
    partition's ``unit``."""
    return f"{table}_{column}" if column in PARTITION_KEYS else column


PAUSE_COLUMNS = ("code", "paused_on", "resumed_on", "days", "reason")


def _pa():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("parquet_needs_pyarrow") from None
    return pa, pq


def _is_date(name: str) -> bool:
    return name.endswith("_on") or name == "day"


def dossier_schema():
    """The dossiers' schema: the ledger's ``COLUMNS`` in order, typed."""
    pa, _ = _pa()
    fields = []
    for c in rules.COLUMNS:
        if _is_date(c):
            t = pa.date32()
        elif c in rules.FLAGS:
            t = pa.bool_()
        elif c == "rating":
            t = pa.int8()
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


def pause_schema():
    pa, _ = _pa()
    return pa.schema(
        [
            pa.field("code", pa.string()),
            pa.field("paused_on", pa.date32()),
            pa.field("resumed_on", pa.date32()),
            pa.field("days", pa.int32()),
            pa.field("reason", pa.string()),
        ]
    )


def _table_schema(conn, table: str):
    """The register's columns as stored (names and types), each with its written name."""
    pa, _ = _pa()
    fields = []
    for _cid, name, decl, *_ in conn.execute(f'PRAGMA table_info("{table}")'):
        decl = (decl or "").upper()
        if _is_date(name):
            t = pa.date32()
        elif "INT" in decl:
            t = pa.int64()
        elif "REAL" in decl or "FLOA" in decl or "DOUB" in decl:
            t = pa.float64()
        else:
            t = pa.string()
        fields.append(pa.field(name, t, metadata={"written_as": column_name(table, name)}))
    return pa.schema(fields)


def _arrays(rows: list[tuple], schema) -> list:
    """Column arrays of a batch of rows (dates arrive as ISO text, flags as 0/1)."""
    pa, _ = _pa()
    cols = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    out = []
    for values, f in zip(cols, schema, strict=True):
        if f.type == pa.date32():
            out.append(pa.array(values, pa.string()).cast(pa.date32()))
        elif f.type == pa.bool_():
            out.append(pa.array(values, pa.int8()).cast(pa.bool_()))
        else:
            out.append(pa.array(values, f.type))
    return out


class _YearWriter:
    """One Parquet file per year of a dataset sorted by year; each batch a row group."""

    def __init__(self, base: Path, schema) -> None:
        self.base, self.schema = base, schema
        self.year: str | None = None
        self.writer = None
        self.rows = 0

    def write(self, year: str, arrays: list) -> None:
        pa, pq = _pa()
        if year != self.year:
            self.close()
            folder = self.base / f"year={year}"
            folder.mkdir(parents=True, exist_ok=True)
            self.writer = pq.ParquetWriter(folder / "part-0.parquet", self.schema)
            self.year = year
        batch = pa.record_batch(arrays, schema=self.schema)
        self.writer.write_batch(batch)
        self.rows += batch.num_rows

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def _by_year(cur, base: Path, schema, year_at: int, drop_last: bool = False) -> int:
    """Stream a cursor sorted by a date column (at ``year_at``) into year partitions, a row group
    per batch. ``drop_last``: the last column is only there for the year (not written)."""
    out = _YearWriter(base, schema)
    try:
        while rows := cur.fetchmany(BATCH):
            start = 0
            while start < len(rows):
                year = rows[start][year_at][:4]
                lo, hi = start, len(rows)  # sorted: the year's rows are contiguous
                while lo < hi:
                    mid = (lo + hi) // 2
                    if rows[mid][year_at][:4] <= year:
                        lo = mid + 1
                    else:
                        hi = mid
                chunk = rows[start:lo] if start or lo < len(rows) else rows
                if drop_last:
                    chunk = [r[:-1] for r in chunk]
                out.write(year, _arrays(chunk, schema))
                start = lo
    finally:
        out.close()
    return out.rows


def _dossiers(conn, base: Path) -> tuple[int, int]:
    """The dossiers and their waits, by year received."""
    cols = ", ".join(f"d.{c}" for c in rules.COLUMNS)
    cur = conn.execute(f"SELECT {cols} FROM dossiers d ORDER BY d.received_on")
    n = _by_year(cur, base / "dossiers", dossier_schema(), rules.COLUMNS.index("received_on"))
    cur = conn.execute(
        "SELECT d.code, p.paused_on, p.resumed_on, p.days, p.reason, d.received_on FROM dossier_pauses p"
        " JOIN dossiers d ON d.id = p.dossier_id ORDER BY d.received_on, d.code, p.id"
    )
    m = _by_year(cur, base / "dossier_pauses", pause_schema(), len(PAUSE_COLUMNS), drop_last=True)
    return n, m


def _registers(conn, base: Path) -> dict[str, int]:
    """Every other table, whole, one file per table."""
    _, pq = _pa()
    pa, _ = _pa()
    counts = {}
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if r[0] not in SKIPPED and not r[0].startswith("sqlite_")
    ]
    for table in tables:
        schema = _table_schema(conn, table)
        names = ", ".join(f'"{f.name}"' for f in schema)
        rows = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
        folder = base / table
        folder.mkdir(parents=True, exist_ok=True)
        written = pa.schema([pa.field(column_name(table, f.name), f.type) for f in schema])
        pq.write_table(pa.table(_arrays(rows, schema), schema=written), folder / "part-0.parquet")
        counts[table] = len(rows)
    return counts


def _unit_row(conn, unit: str, counts: dict) -> dict:
    from cchc import __version__
    from cchc.store.settings import get_all

    settings = get_all(conn)
    head = conn.execute("SELECT COUNT(*), (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) FROM audit").fetchone()
    migrations = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    return {
        "unit_code": unit,
        "agency": settings.get("agency"),
        "parent": settings.get("parent"),
        "place": settings.get("place"),
        "audit_entries": head[0],
        "audit_head": head[1],
        "dossiers": counts.get("dossiers", 0),
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "cchc_version": __version__,
        "migrations": ",".join(migrations),
    }


def _write_unit(base: Path, row: dict) -> None:
    pa, pq = _pa()
    folder = base / "units"
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.table({k: [v] for k, v in row.items()})
    pq.write_table(table, folder / "part-0.parquet")


def _swap(folder: Path, staged: Path, unit: str) -> None:
    """Move each dataset's new ``unit=CODE`` folder into place, replacing the old one."""
    for dataset in sorted(p for p in staged.iterdir() if p.is_dir()):
        target = folder / dataset.name / f"unit={unit}"
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=folder, prefix=".cchc-old-"))
            os.replace(target, old / "gone")
        os.replace(dataset, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def unit_code(conn) -> str:
    from cchc.store.settings import get_all

    code = get_all(conn).get("unit_code")
    if not code:
        raise InputError("parquet_needs_unit_code")
    return code


def export(ledger, folder: str | os.PathLike, *, whole: bool = True) -> dict:
    """Write the ledger (``whole``: every register; else the dossiers and their waits) under
    ``folder``; returns the rows written per dataset. One read transaction: a consistent copy."""
    _pa()
    conn = ledger.conn
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError("cannot_write", path=str(folder), detail="not a folder")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    staged_root = Path(tempfile.mkdtemp(dir=folder, prefix=".cchc-export-"))
    try:
        conn.execute("BEGIN")  # a read snapshot: dossiers, waits and registers of one moment
        try:
            unit = unit_code(conn)
            staged = staged_root / "data"
            for dataset in BY_YEAR:  # present even when empty: the unit's old files go
                (staged / dataset).mkdir(parents=True)
            counts: dict[str, int] = {}
            counts["dossiers"], counts["dossier_pauses"] = _dossiers(conn, staged)
            if whole:
                counts.update(_registers(conn, staged))
            _write_unit(staged, _unit_row(conn, unit, counts))
        finally:
            conn.execute("COMMIT")
        _swap(folder, staged, unit)
    finally:
        shutil.rmtree(staged_root, ignore_errors=True)
    return {"unit": unit, "folder": str(folder), "rows": counts}
