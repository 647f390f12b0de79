"""The first era (the foundation): the core registers and the dossiers, the office calendar and
the procedure catalog, the report indexes, the holiday cache — m001 to m006.

Self-contained: literal SQL, and the reference rows they seed are literals here (frozen with
their migration: a swap announced later is shipped by a later migration).
"""

from __future__ import annotations

from typing import Any

from cchc.store.migrate import migration, script

# Reference rows a migration seeds (no audit entries: they are part of creating the ledger).
BUILT_IN_MEETING_KINDS: dict[str, tuple | None] = {"office": None, "chairman": None}  # renamable
M002_CALENDAR = (
    ("2024-04-29", "off", "Nghỉ hoán đổi dịp 30/4–1/5/2024 (làm bù thứ Bảy 04/05/2024)"),
    ("2024-05-04", "work", "Làm bù cho ngày nghỉ thứ Hai 29/04/2024"),
    ("2025-05-02", "off", "Nghỉ hoán đổi dịp 30/4–1/5/2025 (làm bù thứ Bảy 26/04/2025)"),
    ("2025-04-26", "work", "Làm bù cho ngày nghỉ thứ Sáu 02/05/2025"),
)


@migration
def m001_core(db: Any) -> None:
    script(
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
    script(
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
    script(
        db,
        """
CREATE INDEX dossiers_finished_received ON dossiers(finished_on, received_on);
CREATE INDEX dossiers_received_finished ON dossiers(received_on, finished_on)
""",
    )


@migration
def m005_lean_dossier_indexes(db: Any) -> None:
    """The single-column indexes on received_on and finished_on are prefixes of m004's pair:
    dropping them keeps every query's plan and makes each dossier write maintain two B-trees
    fewer (an import of 200,000 dossiers: 3.4 s -> 2.9 s)."""
    script(
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
    script(
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
