"""The second era (one write path): the import's audit rows, the ledger's particulars, the dossier
CHECKs rebuilt without IN lists, the 2026 calendar — m007 to m010.

Self-contained: literal SQL, and the calendar rows m010 seeds are literals here.
"""

from __future__ import annotations

from typing import Any

from cchc.store.migrate import migration, script

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


@migration
def m007_audit_import_rows(db: Any) -> None:
    """An import's audit: one chained entry for the file (its name, SHA-256 and ``root``) and a
    row per record it wrote (the key, the file's line, the action and the record's digest),
    appended in order without an index (the entry's ``root`` covers them; ``audit verify``
    reads them in one pass)."""
    script(
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
    script(db, "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration
def m009_dossier_checks_without_in_lists(db: Any) -> None:
    """The same CHECK constraints on dossiers, written with ``=`` and ``OR`` instead of ``IN``
    lists: SQLite 3.40 evaluates an ``IN`` list in a CHECK through an ephemeral table for every
    row written, which cost as much as the rest of the insert (200,000 rows: 1.95 s of CPU with
    the lists, 1.07 s without). SQLite cannot alter a CHECK, so the table is rebuilt the
    standard way inside this migration's transaction: renamed aside, created anew, every row
    copied with its id, the pause table that refers to it rebuilt the same way, the old tables
    dropped, the indexes created again."""
    script(
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
