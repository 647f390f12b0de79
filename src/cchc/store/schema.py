"""The ledger's schema, as ordered migrations.

Each migration is a function of a sqlite-utils ``Database``; the names are recorded in the
ledger's ``_sqlite_migrations`` table by sqlite-utils ``Migrations``. Append new migrations at the
end, never edit or reorder applied ones. This module must not import sqlite_utils: it is read on
every open to see whether anything is pending, and sqlite-utils is only loaded when it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MIGRATION_SET = "cchc"
MIGRATIONS: list[tuple[str, Callable[[Any], None]]] = []


def migration(fn: Callable[[Any], None]) -> Callable[[Any], None]:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


def _script(db: Any, sql: str) -> None:
    """Run a script whole, statement by statement as SQLite's own tokenizer ends them (a ``;``
    inside a string or a trigger body does not end a statement), in the migration's transaction
    (``executescript`` would commit first)."""
    import sqlite3

    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


# Reference rows a migration seeds (no audit entries: they are part of creating the ledger).
# Frozen with their migration: a swap announced later is shipped by a later migration.
BUILT_IN_MEETING_KINDS: dict[str, tuple | None] = {"office": None, "chairman": None}  # renamable
M002_CALENDAR = (
    ("2024-04-29", "off", "Nghỉ hoán đổi dịp 30/4–1/5/2024 (làm bù thứ Bảy 04/05/2024)"),
    ("2024-05-04", "work", "Làm bù cho ngày nghỉ thứ Hai 29/04/2024"),
    ("2025-05-02", "off", "Nghỉ hoán đổi dịp 30/4–1/5/2025 (làm bù thứ Bảy 26/04/2025)"),
    ("2025-04-26", "work", "Làm bù cho ngày nghỉ thứ Sáu 02/05/2025"),
)
SHIPPED_CALENDAR = (M002_CALENDAR,)  # every migration's seeded overrides, in order


def shipped_calendar() -> dict[str, tuple]:
    """day -> (day, kind, reason) of every override the migrations ship."""
    return {row[0]: row for rows in SHIPPED_CALENDAR for row in rows}


@migration
def m001_core(db: Any) -> None:
    _script(
        db,
        """
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    issued_on TEXT,
    basis TEXT
);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    title TEXT NOT NULL,
    area TEXT,
    unit TEXT,
    due_on TEXT,
    started_on TEXT,
    done_on TEXT,
    evidence TEXT,
    cancelled_on TEXT,
    cancel_reason TEXT,
    CHECK (done_on IS NULL OR cancelled_on IS NULL),
    UNIQUE (plan_id, number)
);
CREATE TABLE meeting_kinds (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_en TEXT
);
INSERT INTO meeting_kinds (key, name, name_en) VALUES
    ('office', 'Lãnh đạo Văn phòng với lãnh đạo các phòng, ban, đơn vị',
     'Office leaders with heads of divisions'),
    ('chairman', 'Chủ tịch với các Phó Chủ tịch, Lãnh đạo Văn phòng và Trưởng các phòng, ban, đơn vị',
     'Chairman with Vice-Chairmen, Office leaders and heads of units');
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL REFERENCES meeting_kinds(key),
    held_on TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    chair TEXT,
    note TEXT,
    UNIQUE (kind, held_on, title)
);
CREATE INDEX meetings_held_on ON meetings(held_on);
CREATE TABLE dossiers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    procedure TEXT NOT NULL,
    field TEXT,
    applicant TEXT,
    channel TEXT NOT NULL DEFAULT 'direct' CHECK (channel IN ('online', 'direct', 'postal')),
    received_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    outcome TEXT CHECK (outcome IN ('resolved', 'returned', 'withdrawn')),
    finished_on TEXT,
    return_reason TEXT,
    note TEXT,
    CHECK ((outcome IS NULL) = (finished_on IS NULL)),
    CHECK (due_on >= received_on),
    CHECK (finished_on IS NULL OR finished_on >= received_on)
);
CREATE INDEX dossiers_received_on ON dossiers(received_on);
CREATE INDEX dossiers_finished_on ON dossiers(finished_on);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    command TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT,
    hash TEXT NOT NULL
);
CREATE INDEX audit_kind_key ON audit(kind, key)
""",
    )


@migration
def m002_calendar_procedures(db: Any) -> None:
    """Office calendar overrides (seeded with the shipped announced swaps), the procedure
    catalog, dossier pauses (yêu cầu bổ sung) and the apology slip's new date."""
    _script(
        db,
        """
CREATE TABLE calendar_overrides (
    day TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
    reason TEXT NOT NULL
);
CREATE TABLE procedures (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    field TEXT,
    days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365)
);
CREATE INDEX procedures_name_key ON procedures(name_key);
CREATE TABLE dossier_pauses (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    paused_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    resumed_on TEXT,
    days INTEGER,
    CHECK (resumed_on IS NULL OR resumed_on >= paused_on)
);
CREATE INDEX dossier_pauses_dossier ON dossier_pauses(dossier_id);
ALTER TABLE dossiers ADD COLUMN paused_on TEXT;
ALTER TABLE dossiers ADD COLUMN pause_reason TEXT;
ALTER TABLE dossiers ADD COLUMN rescheduled_due_on TEXT;
ALTER TABLE dossiers ADD COLUMN reschedule_reason TEXT
""",
    )
    db.conn.executemany("INSERT OR IGNORE INTO calendar_overrides (day, kind, reason) VALUES (?, ?, ?)", M002_CALENDAR)


@migration
def m004_report_indexes(db: Any) -> None:
    """Indexes for period reports: the dossiers carried over into a window (received before it,
    finished on or after its start) are found inside one of these two, whichever range is
    shorter, without reading the table (see services/reports.py)."""
    _script(
        db,
        """
CREATE INDEX dossiers_finished_received ON dossiers(finished_on, received_on);
CREATE INDEX dossiers_received_finished ON dossiers(received_on, finished_on)
""",
    )


def names() -> list[str]:
    return [name for name, _ in MIGRATIONS]


def apply_pending(conn: Any) -> list[str]:
    """Apply every pending migration with sqlite-utils ``Migrations``; return their names."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in MIGRATIONS:
        migrations(name=name)(fn)
    db = Database(conn)
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending


@migration
def m005_lean_dossier_indexes(db: Any) -> None:
    """The single-column indexes on received_on and finished_on are prefixes of m004's pair:
    dropping them keeps every query's plan and makes each dossier write maintain two B-trees
    fewer (an import of 200,000 dossiers: 3.4 s -> 2.9 s)."""
    _script(
        db,
        """
DROP INDEX IF EXISTS dossiers_received_on;
DROP INDEX IF EXISTS dossiers_finished_on
""",
    )


@migration
def m006_holiday_cache(db: Any) -> None:
    """Each year's public holidays from the ``holidays`` package, per package version, so that a
    clerk's ``dossier add`` does not load the package and recompute the lunar calendar."""
    _script(
        db,
        """
CREATE TABLE holiday_cache (
    year INTEGER NOT NULL,
    version TEXT NOT NULL,
    days TEXT NOT NULL,
    work TEXT NOT NULL,
    PRIMARY KEY (year, version)
)
""",
    )


@migration
def m007_audit_import_rows(db: Any) -> None:
    """An import's audit: one chained entry for the file (its name, SHA-256 and ``root``) and a
    row per record it wrote (the key, the file's line, the action and the record's digest),
    appended in order without an index (the entry's ``root`` covers them; ``audit verify``
    reads them in one pass)."""
    _script(
        db,
        """
CREATE TABLE audit_rows (
    entry INTEGER NOT NULL,
    key TEXT NOT NULL,
    line INTEGER,
    action TEXT NOT NULL,
    digest TEXT NOT NULL
)
""",
    )


@migration
def m008_settings(db: Any) -> None:
    """The ledger's particulars: agency, parent agency, place, unit code, signer (``cchc init``)."""
    _script(db, "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration
def m009_dossier_checks_without_in_lists(db: Any) -> None:
    """The same CHECK constraints on dossiers, written with ``=`` and ``OR`` instead of ``IN``
    lists: SQLite 3.40 evaluates an ``IN`` list in a CHECK through an ephemeral table for every
    row written, which cost as much as the rest of the insert (200,000 rows: 1.95 s of CPU with
    the lists, 1.07 s without). SQLite cannot alter a CHECK, so the table is rebuilt the
    standard way inside this migration's transaction: renamed aside, created anew, every row
    copied with its id, the pause table that refers to it rebuilt the same way, the old tables
    dropped, the indexes created again."""
    _script(
        db,
        """
ALTER TABLE dossiers RENAME TO dossiers_m009;
CREATE TABLE dossiers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    procedure TEXT NOT NULL,
    field TEXT,
    applicant TEXT,
    channel TEXT NOT NULL DEFAULT 'direct' CHECK (channel = 'online' OR channel = 'direct' OR channel = 'postal'),
    received_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    outcome TEXT CHECK (outcome = 'resolved' OR outcome = 'returned' OR outcome = 'withdrawn'),
    finished_on TEXT,
    return_reason TEXT,
    note TEXT,
    paused_on TEXT,
    pause_reason TEXT,
    rescheduled_due_on TEXT,
    reschedule_reason TEXT,
    CHECK ((outcome IS NULL) = (finished_on IS NULL)),
    CHECK (due_on >= received_on),
    CHECK (finished_on IS NULL OR finished_on >= received_on)
);
INSERT INTO dossiers (id, code, procedure, field, applicant, channel, received_on, due_on, outcome, finished_on,
    return_reason, note, paused_on, pause_reason, rescheduled_due_on, reschedule_reason)
SELECT id, code, procedure, field, applicant, channel, received_on, due_on, outcome, finished_on,
    return_reason, note, paused_on, pause_reason, rescheduled_due_on, reschedule_reason FROM dossiers_m009;
ALTER TABLE dossier_pauses RENAME TO dossier_pauses_m009;
CREATE TABLE dossier_pauses (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    paused_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    resumed_on TEXT,
    days INTEGER,
    CHECK (resumed_on IS NULL OR resumed_on >= paused_on)
);
INSERT INTO dossier_pauses (id, dossier_id, paused_on, reason, resumed_on, days)
SELECT id, dossier_id, paused_on, reason, resumed_on, days FROM dossier_pauses_m009;
DROP TABLE dossier_pauses_m009;
DROP TABLE dossiers_m009;
CREATE INDEX dossier_pauses_dossier ON dossier_pauses(dossier_id);
CREATE INDEX dossiers_finished_received ON dossiers(finished_on, received_on);
CREATE INDEX dossiers_received_finished ON dossiers(received_on, finished_on)
""",
    )
