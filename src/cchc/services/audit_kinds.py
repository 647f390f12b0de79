"""What ``audit verify`` compares, kind by kind: how to read the current records of each audit
kind (SQL yielding the key, then the columns in the digest's order, sorted by key), their digest,
the digest an entry's ``after`` implies, the rows the migrations ship, and the older kinds whose
entries now describe these records.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class KindSpec:
    """How to read the current records of one audit kind: SQL yielding the key, then the
    columns in the digest's order, sorted by key; a function giving a record's digest."""

    sql: Callable[[], str]
    columns: tuple[str, ...]  # the row's columns after the key
    digest: Callable[[tuple], str]  # of the row's columns (after the key)
    expected: Callable[[dict, tuple | None], str]  # digest implied by an entry's ``after``
    seeded: Callable[[], dict[str, tuple | None]] = field(default=lambda: {})
    # an older kind whose entries now describe these records: kind -> (its columns, the current
    # row as that kind recorded it, or None when the row holds what that kind could not write)
    legacy: dict[str, tuple[tuple[str, ...], Callable[[tuple], tuple | None]]] = field(default_factory=dict)


def plain(columns: tuple[str, ...]):
    from cchc.store.audit import digest

    return (lambda row: digest(list(row))), (lambda after, _row: digest([after.get(c) for c in columns]))


def _spec(noun, select_from: str, seeded=None) -> KindSpec:
    cur, exp = plain(noun.columns)
    sql = f"SELECT {select_from}"
    return KindSpec(lambda: sql, noun.columns, cur, exp, seeded or (lambda: {}))


def _dossier_spec() -> KindSpec:
    from cchc.store.dossier_writer import state_digest
    from cchc.store.dossiers import COLUMNS, PAUSE_KEYS

    def hist(raw: str | None) -> list[dict]:
        return [dict(zip(PAUSE_KEYS, p, strict=True)) for p in json.loads(raw)] if raw else []

    def current(row: tuple) -> str:
        return state_digest(dict(zip(COLUMNS, row[:-1], strict=True)), hist(row[-1]))

    def expected(after: dict, row: tuple | None) -> str:
        # an entry written before histories were recorded: the history is taken as it stands
        pauses = after["pauses"] if "pauses" in after else (hist(row[-1]) if row else [])
        return state_digest(after, pauses)

    cols = ", ".join(f"d.{c}" for c in COLUMNS)
    sql = (
        f"SELECT d.code, {cols}, (SELECT json_group_array(json_array(p.paused_on, p.resumed_on, p.days, p.reason))"
        " FROM (SELECT * FROM dossier_pauses p WHERE p.dossier_id = d.id ORDER BY p.id) p"
        " HAVING COUNT(*) > 0) FROM dossiers d ORDER BY d.code"
    )
    return KindSpec(lambda: sql, (*COLUMNS, "pauses"), current, expected)


def _document_spec() -> KindSpec:
    """Documents; a plan recorded before plans joined the register was audited as a ``plan``
    (code, title, year, issued_on, basis) and moved in as a kế hoạch with nothing else set."""
    from cchc.store import documents

    cols = documents.NOUN.columns
    spec = _spec(documents.NOUN, f"code, {documents.COLS} FROM documents ORDER BY code")
    plan_cols = ("code", "title", "year", "issued_on", "basis")
    rest = [i for i, c in enumerate(cols) if c not in ("code", "summary", "year", "issued_on", "basis", "kind")]

    def as_plan(row: tuple) -> tuple | None:
        rec = dict(zip(cols, row, strict=True))
        if rec["kind"] != "ke-hoach" or any(row[i] is not None for i in rest):
            return None
        return (rec["code"], rec["summary"], rec["year"], rec["issued_on"], rec["basis"])

    spec.legacy["plan"] = (plan_cols, as_plan)
    return spec


def kinds() -> dict[str, KindSpec]:
    from cchc.store import calendar, meetings, procedures, schema, settings, tasks

    tcols = ", ".join(f"t.{c}" for c in tasks.NOUN.columns[1:])
    return {
        "document": _document_spec(),
        "task": _spec(
            tasks.NOUN,
            f"p.code || '#' || t.number AS k, p.code, {tcols} FROM tasks t JOIN plans p ON p.id = t.plan_id ORDER BY k",
        ),
        "dossier": _dossier_spec(),
        "meeting": _spec(
            meetings.NOUN,
            "kind || '@' || held_on || CASE WHEN title <> '' THEN '/' || title ELSE '' END AS k,"
            " kind, held_on, title, chair, note FROM meetings ORDER BY k",
        ),
        "meeting_kind": _spec(
            meetings.KIND,
            "key, key, name, name_en FROM meeting_kinds ORDER BY key",
            lambda: {k: v for k, v in schema.BUILT_IN_MEETING_KINDS.items()},
        ),
        "procedure": _spec(procedures.NOUN, "code, code, name, field, days FROM procedures ORDER BY code"),
        "setting": _spec(settings.NOUN, "key, key, value FROM settings ORDER BY key"),
        "calendar": _spec(
            calendar.NOUN, "day, day, kind, reason FROM calendar_overrides ORDER BY day", schema.shipped_calendar
        ),
        **_register_kinds(),
    }


def _register_kinds() -> dict[str, KindSpec]:
    """Communication work, inspections, the reform index and the report's notes."""
    from cchc.store import inspections, outreach, reform_index, report_notes

    return {
        "outreach": _spec(
            outreach.NOUN,
            f"kind || '@' || held_on || '/' || title AS k, {outreach.COLS} FROM outreach ORDER BY k",
        ),
        "inspection": _spec(
            inspections.NOUN, f"year || '#' || number AS k, {inspections.COLS} FROM inspections ORDER BY k"
        ),
        "index_criterion": _spec(
            reform_index.CRITERION,
            f"year || '/' || code AS k, {reform_index.C_COLS} FROM index_criteria ORDER BY k",
        ),
        "index_evidence": _spec(
            reform_index.EVIDENCE,
            "year || '/' || criterion || '/' || kind || '/' || ref AS k,"
            f" {reform_index.E_COLS} FROM index_evidence ORDER BY k",
        ),
        "index_result": _spec(
            reform_index.RESULT, f"CAST(year AS TEXT) AS k, {reform_index.R_COLS} FROM index_results ORDER BY k"
        ),
        "report_note": _spec(
            report_notes.NOUN,
            "period || '/' || section AS k, period, section, text FROM report_notes ORDER BY k",
        ),
    }
