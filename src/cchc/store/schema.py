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
# The New Year 2026 swap (Government Office letter 12729/VPCP-KGVX of 25/12/2025, announced by the
# Ministry of Home Affairs the same day), which the ``holidays`` package (0.109) does not know; and
# 24/11/2026, "Ngày Văn hóa Việt Nam", which the package counts as a holiday from 2026 although the
# Labour Code amendment that would make it a day off (Art. 112) was not found enacted: a working
# day until the law says otherwise (``cchc calendar remove 24/11/2026`` when it does).
M010_CALENDAR = (
    (
        "2026-01-02",
        "off",
        "Nghỉ hoán đổi dịp Tết Dương lịch 2026 (làm bù thứ Bảy 10/01/2026), văn bản số 12729/VPCP-KGVX ngày 25/12/2025",
    ),
    (
        "2026-01-10",
        "work",
        "Làm bù cho ngày nghỉ thứ Sáu 02/01/2026, văn bản số 12729/VPCP-KGVX ngày 25/12/2025",
    ),
    (
        "2026-11-24",
        "work",
        "Ngày Văn hóa Việt Nam (Nghị quyết 80-NQ/TW): chưa thấy luật sửa Điều 112 Bộ luật Lao động để nghỉ ngày này",
    ),
)
SHIPPED_CALENDAR = (M002_CALENDAR, M010_CALENDAR)  # every migration's seeded overrides, in order


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


@migration
def m010_calendar_2026(db: Any) -> None:
    """The announced 2026 swap the ``holidays`` package lacks, and 24/11/2026 kept a working day
    (see ``M010_CALENDAR``). An office's own override of the same day is kept."""
    db.conn.executemany("INSERT OR IGNORE INTO calendar_overrides (day, kind, reason) VALUES (?, ?, ?)", M010_CALENDAR)


@migration
def m011_documents(db: Any) -> None:
    """The register of directive documents (văn bản chỉ đạo, điều hành). A plan is such a
    document: the plans move into it (a plan is a document with a year: its tasks are counted in
    that year's reports), the tasks point at it, and ``plans`` becomes a view of it, so every
    query of plans reads the one register."""
    _script(
        db,
        """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    issued_on TEXT,
    issuer TEXT,
    summary TEXT NOT NULL,
    area TEXT,
    serves TEXT,
    year INTEGER,
    basis TEXT
);
INSERT INTO documents (id, code, kind, issued_on, summary, year, basis)
    SELECT id, code, 'ke-hoach', issued_on, title, year, basis FROM plans;
CREATE INDEX documents_issued_on ON documents(issued_on);
CREATE TABLE tasks_new (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES documents(id),
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
INSERT INTO tasks_new (id, plan_id, number, title, area, unit, due_on, started_on, done_on, evidence,
                       cancelled_on, cancel_reason)
    SELECT id, plan_id, number, title, area, unit, due_on, started_on, done_on, evidence, cancelled_on,
           cancel_reason FROM tasks;
DROP TABLE tasks;
ALTER TABLE tasks_new RENAME TO tasks;
DROP TABLE plans;
CREATE VIEW plans AS
    SELECT id, code, summary AS title, year, issued_on, basis FROM documents WHERE year IS NOT NULL
""",
    )


@migration
def m012_outreach_inspections(db: Any) -> None:
    """Communication work (tuyên truyền) and inspections of reform work (kiểm tra CCHC) with
    their follow-up (yêu cầu khắc phục) and its deadline."""
    _script(
        db,
        """
CREATE TABLE outreach (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    held_on TEXT NOT NULL,
    title TEXT NOT NULL,
    outlet TEXT,
    count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    note TEXT,
    UNIQUE (kind, held_on, title)
);
CREATE INDEX outreach_held_on ON outreach(held_on);
CREATE TABLE inspections (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    held_on TEXT NOT NULL,
    unit TEXT NOT NULL,
    body TEXT,
    findings TEXT,
    follow_up TEXT,
    due_on TEXT,
    done_on TEXT,
    evidence TEXT,
    document TEXT,
    note TEXT,
    UNIQUE (year, number)
);
CREATE INDEX inspections_held_on ON inspections(held_on)
""",
    )


@migration
def m013_reform_index(db: Any) -> None:
    """The reform-index self-assessment (Chỉ số CCHC): a year's criteria tree with the maximum,
    the self-score and the appraisal council's score; the evidence of each criterion; the year's
    final score and rank."""
    _script(
        db,
        """
CREATE TABLE index_criteria (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    max_points REAL NOT NULL CHECK (max_points >= 0),
    self_score REAL,
    council_score REAL,
    area TEXT,
    evidence TEXT,
    note TEXT,
    UNIQUE (year, code)
);
CREATE TABLE index_evidence (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    criterion TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('document', 'task', 'meeting', 'file')),
    ref TEXT NOT NULL,
    sha256 TEXT,
    note TEXT,
    UNIQUE (year, criterion, kind, ref)
);
CREATE TABLE index_results (
    year INTEGER PRIMARY KEY,
    score REAL,
    max_points REAL,
    rank INTEGER,
    of INTEGER,
    document TEXT,
    note TEXT
)
""",
    )


@migration
def m014_report_notes(db: Any) -> None:
    """The clerk's own texts of a period's report (assessment, causes, directions, proposals, a
    reform area's results), by period label (``2022-H1``) and section."""
    _script(
        db,
        """
CREATE TABLE report_notes (
    period TEXT NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (period, section)
)
""",
    )


@migration
def m020_dossier_service_facts(db: Any) -> None:
    """The facts the service-quality indicators of Decision 766/QĐ-TTg need, per dossier: how an
    online dossier was received (``full``: toàn trình, ``partial``: một phần), whether its
    inputs and its result were digitised (0/1), whether its fee was paid online (1), otherwise
    (0) or there was none (NULL), and the applicant's rating (1 = rất không hài lòng … 5 = rất
    hài lòng). NULL everywhere on the dossiers recorded before: nothing is guessed. The CHECKs use
    ``=``/``OR``, not ``IN`` lists (see m009)."""
    _script(
        db,
        """
ALTER TABLE dossiers ADD COLUMN online_service TEXT CHECK (online_service = 'full' OR online_service = 'partial');
ALTER TABLE dossiers ADD COLUMN digitised INTEGER CHECK (digitised = 0 OR digitised = 1);
ALTER TABLE dossiers ADD COLUMN result_digitised INTEGER CHECK (result_digitised = 0 OR result_digitised = 1);
ALTER TABLE dossiers ADD COLUMN paid_online INTEGER CHECK (paid_online = 0 OR paid_online = 1);
ALTER TABLE dossiers ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5)
""",
    )


@migration
def m021_audit_rows_by_key(db: Any) -> None:
    """An index on the import rows' keys: ``dossier history`` and ``audit log --key`` find a
    record's rows at once instead of reading every import's rows (10 imports of a million
    rows: 2–3 s a look-up without it), and ``audit verify`` takes each key's latest row in
    index order instead of sorting them in memory. It costs about 1 µs per imported row."""
    _script(db, "CREATE INDEX audit_rows_by_key ON audit_rows (key)")
