"""The third era (the registers of the whole report): directive documents (plans among them),
communication work and inspections, the reform-index self-assessment, the report's own texts —
m011 to m014.

Self-contained: literal SQL.
"""

from __future__ import annotations

from typing import Any

from cchc.store.migrate import migration, script


@migration
def m011_documents(db: Any) -> None:
    """The register of directive documents (văn bản chỉ đạo, điều hành). A plan is such a
    document: the plans move into it (a plan is a document with a year: its tasks are counted in
    that year's reports), the tasks point at it, and ``plans`` becomes a view of it, so every
    query of plans reads the one register."""
    script(
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
    script(
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
    script(
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
    script(
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
