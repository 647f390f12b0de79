"""Verifying the audit trail: the hash chain, and every record against its last audit entry.

Two kinds of tampering are caught:

* an audit entry edited, inserted or deleted by hand: its hash (or the next one's) no longer
  matches; the first such entry is named;
* a record edited, inserted or deleted with the ``sqlite3`` shell, without cchc: its stored
  columns differ from the ``after`` of its latest audit entry (or it has none, or the entry says
  it exists and it does not).

Which records to compare is described per audit kind by ``KINDS``: SQL yielding ``key`` and the
stored columns exactly as the audit trail records them. Kinds not described there (added by
later features) are only chain-checked; a feature may describe its own with ``register_kind``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from cchc import i18n
from cchc.store.audit import GENESIS, entry_hash

i18n.register(
    {
        "audit_bad_hash": (
            "mục nhật ký #{id} ({kind} {ref}, {at}) không khớp mã băm: nhật ký đã bị sửa, chèn hoặc xóa từ mục này",
            "audit entry #{id} ({kind} {ref}, {at}) does not match its hash: the trail was"
            " edited, inserted into or cut from this entry on",
        ),
        "audit_record_differs": (
            "{kind} {ref}: giá trị lưu khác với mục nhật ký cuối #{id} ({fields}) — đã bị sửa ngoài cchc",
            "{kind} {ref}: stored values differ from its last audit entry #{id} ({fields}) — changed outside cchc",
        ),
        "audit_record_unlogged": (
            "{kind} {ref}: không có trong nhật ký — đã được thêm ngoài cchc",
            "{kind} {ref}: has no audit entry — added outside cchc",
        ),
        "audit_record_unshipped": (
            "{kind} {ref}: khác với giá trị cài sẵn ({fields}) mà không có trong nhật ký — đã bị sửa ngoài cchc",
            "{kind} {ref}: differs from the shipped values ({fields}) with no audit entry — changed outside cchc",
        ),
        "audit_record_gone": (
            "{kind} {ref}: nhật ký #{id} ghi là còn nhưng không có trong sổ — đã bị xóa ngoài cchc",
            "{kind} {ref}: audit entry #{id} says it exists but it is gone — deleted outside cchc",
        ),
        "audit_ok": (
            "nhật ký nguyên vẹn: {entries} mục, {records} bản ghi khớp",
            "audit trail intact: {entries} entries, {records} records match",
        ),
    }
)


@dataclass(frozen=True)
class KindSpec:
    """How to read the current stored values of one audit kind."""

    sql: Callable[[], str]  # SELECT <key> AS _key, <columns as in audit 'after'> ...
    # rows a migration created without audit entries: key -> the values shipped (None: any)
    seeded: Callable[[], dict[str, dict | None]] = field(default=lambda: {})


def _dossier_sql() -> str:
    from cchc.store.dossiers import STORED  # new columns added by later features come along

    return f"SELECT code AS _key, {', '.join(STORED)} FROM dossiers"


def _task_sql() -> str:
    from cchc.store.tasks import STORED

    cols = ", ".join(f"t.{c}" for c in STORED)
    return (
        f"SELECT p.code || '#' || t.number AS _key, p.code AS plan, {cols}"
        " FROM tasks t JOIN plans p ON p.id = t.plan_id"
    )


def _procedure_sql() -> str:
    from cchc.store.procedures import STORED

    return f"SELECT code AS _key, {', '.join(STORED)} FROM procedures"


def _shipped_calendar() -> dict[str, dict | None]:
    from cchc.store.calendar import shipped_overrides

    return {r["day"]: r for r in shipped_overrides()}


KINDS: dict[str, KindSpec] = {
    "plan": KindSpec(lambda: "SELECT code AS _key, code, title, year, issued_on, basis FROM plans"),
    "task": KindSpec(_task_sql),
    "dossier": KindSpec(_dossier_sql),
    "meeting": KindSpec(
        lambda: (
            "SELECT kind || '@' || held_on || CASE WHEN title <> '' THEN '/' || title"
            " ELSE '' END AS _key, kind, held_on, title, chair, note FROM meetings"
        )
    ),
    "meeting_kind": KindSpec(
        lambda: "SELECT key AS _key, key, name, name_en FROM meeting_kinds",
        seeded=lambda: {"office": None, "chairman": None},
    ),
    "procedure": KindSpec(_procedure_sql),
    "calendar": KindSpec(
        lambda: "SELECT day AS _key, day, kind, reason FROM calendar_overrides", seeded=_shipped_calendar
    ),
}


def register_kind(
    kind: str, sql: Callable[[], str], seeded: Callable[[], dict[str, dict | None]] | None = None
) -> None:
    """Let a feature describe how its audit kind's records are stored."""
    KINDS[kind] = KindSpec(sql, seeded or (lambda: {}))


def _problem(check: str, message: str, **params: object) -> dict:
    return {
        "check": check,
        "kind": params.get("kind", "audit"),
        "key": str(params.get("ref", params.get("id", ""))),
        "entry": params.get("id"),
        "message": i18n.msg(message, **params),
    }


# -- the chain ------------------------------------------------------------------------------
def chain(conn) -> tuple[int, dict | None]:
    """Recompute every hash in order; return (entries, first problem or None)."""
    prev = GENESIS
    n = 0
    cur = conn.execute("SELECT id, at, actor, command, kind, key, action, before, after, hash FROM audit ORDER BY id")
    for row in cur:
        n += 1
        id_, at, who, command, kind, key, action, before, after, h = row
        try:
            expect = entry_hash(prev, at, who, command, kind, key, action, before, after)
        except TypeError:  # a NULL or a number typed into a text column by hand
            expect = None
        if expect != h:
            cur.close()
            return n, _problem("audit_chain", "audit_bad_hash", id=id_, kind=kind, ref=key, at=at)
        prev = h
    return n, None


# -- records against their latest entry -----------------------------------------------------
def _current(conn, spec: KindSpec) -> Iterator[tuple[str, dict]]:
    cur = conn.execute(f"SELECT * FROM ({spec.sql()}) ORDER BY _key")  # raises here, not later
    cols = [d[0] for d in cur.description][1:]
    return ((row[0], dict(zip(cols, row[1:], strict=True))) for row in cur)


def _latest(conn, kind: str) -> Iterator[tuple[str, int, str | None]]:
    # SQLite: bare columns in an aggregate query with MAX() come from the row holding the max
    yield from conn.execute("SELECT key, MAX(id), after FROM audit WHERE kind = ? GROUP BY key ORDER BY key", (kind,))


def _differs(stored: dict, after: str | None) -> list[str]:
    try:
        logged = json.loads(after) if after else None
    except ValueError:
        logged = None
    if not isinstance(logged, dict):
        return sorted(stored)
    # a column added by a later migration is missing from older entries: missing means NULL
    return sorted(k for k, v in stored.items() if logged.get(k) != v)


def records(conn, kinds: dict[str, KindSpec] | None = None) -> tuple[int, list[dict]]:
    """Compare every described record with its latest audit entry (a merge over sorted keys)."""
    problems: list[dict] = []
    n = 0
    for kind, spec in (kinds or KINDS).items():
        try:
            current = _current(conn, spec)
        except sqlite3.OperationalError as exc:  # a kind whose table this ledger lacks
            if "no such" in str(exc):
                continue
            raise
        seeded = spec.seeded()
        latest = _latest(conn, kind)
        c = next(current, None)
        a = next(latest, None)
        while c is not None or a is not None:
            if a is None or (c is not None and c[0] < a[0]):
                if c[0] not in seeded:
                    problems.append(_problem("audit_record", "audit_record_unlogged", kind=kind, ref=c[0]))
                elif seeded[c[0]] is not None:
                    fields = [k for k, v in c[1].items() if seeded[c[0]].get(k) != v]
                    if fields:
                        problems.append(
                            _problem(
                                "audit_record", "audit_record_unshipped", kind=kind, ref=c[0], fields=", ".join(fields)
                            )
                        )
                c = next(current, None)
            elif c is None or a[0] < c[0]:
                if a[2] is not None:
                    problems.append(_problem("audit_record", "audit_record_gone", kind=kind, ref=a[0], id=a[1]))
                a = next(latest, None)
            else:
                n += 1
                fields = _differs(c[1], a[2])
                if fields:
                    problems.append(
                        _problem(
                            "audit_record",
                            "audit_record_differs",
                            kind=kind,
                            ref=c[0],
                            id=a[1],
                            fields=", ".join(fields),
                        )
                    )
                c, a = next(current, None), next(latest, None)
    return n, problems


def verify(ledger) -> dict:
    """The whole verification: plain data for the CLI and for ``cchc check``."""
    entries, broken = chain(ledger.conn)
    matched, problems = records(ledger.conn)
    if broken:
        problems.insert(0, broken)
    return {
        "ok": not problems,
        "entries": entries,
        "records": matched,
        "first_bad_entry": broken["entry"] if broken else None,
        "problems": problems,
    }
