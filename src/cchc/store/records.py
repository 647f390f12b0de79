"""The one write path of the small nouns (plans, tasks, meetings, meeting kinds, procedures,
calendar overrides): ``upsert_many``.

Given records (dicts of the noun's columns; a column left out keeps its stored value), it reads
each stored record by its natural key, merges, runs the noun's shared validator on the result,
and writes what changed — insert, update, or nothing — with the audit entry through the
transaction's ``Trail``. A clerk's command is a batch of one; an import is a batch of every row
of its file (its audit rows point at the file and line). It never commits: the caller's
transaction decides. Dossiers have their own path of the same shape, built for a million rows
(``store.dossier_writer``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from cchc.domain.problems import Problem
from cchc.store.audit import Change, Provenance, Trail, digest


@dataclass(frozen=True)
class Noun:
    kind: str  # the audit kind ("plan")
    columns: tuple[str, ...]  # the record's columns, in the audit's (append-only) order
    key: tuple[str, ...]  # the natural key's columns
    select: str  # SQL: the columns of one record, ``WHERE`` its key (named :k0, :k1 ...)
    insert: str  # SQL: INSERT with the record's columns as named parameters
    update: str  # SQL: UPDATE with the record's columns as named parameters
    delete: str  # SQL: DELETE ``WHERE`` the key (named :k0, :k1 ...)
    audit_key: Callable[[tuple], str]
    validate: Callable[..., list[Problem]]
    params: Callable[[dict], dict] = field(default=lambda rec: rec)  # derived SQL parameters
    defaults: Callable[[dict], dict] = field(default=lambda rec: {})  # a new record's values not given
    coerce: Callable[[dict], dict] | None = None  # given values in their stored type (2 -> 2.0 for REAL)


def table_noun(
    table: str, *, columns: tuple[str, ...], key: tuple[str, ...], stored: tuple[str, ...] | None = None, **rest
) -> Noun:
    """A noun kept one row per record in ``table``, its natural key among its columns: the four
    statements follow from the table, the columns and the key (``stored``: the columns an insert
    or update writes, when the table keeps more than the record shows, in the table's order;
    an update sets every one but the key's)."""
    stored = stored or columns
    by_key = " AND ".join(f"{c} = :k{i}" for i, c in enumerate(key))
    return Noun(
        columns=columns,
        key=key,
        select=f"SELECT {', '.join(columns)} FROM {table} WHERE {by_key}",
        insert=f"INSERT INTO {table} ({', '.join(stored)}) VALUES ({', '.join(':' + c for c in stored)})",
        update=f"UPDATE {table} SET {', '.join(f'{c} = :{c}' for c in stored if c not in key)}"
        f" WHERE {' AND '.join(f'{c} = :{c}' for c in key)}",
        delete=f"DELETE FROM {table} WHERE {by_key}",
        **rest,
    )


@dataclass(slots=True)
class Item:
    """One record to write: where it came from (an import's line), what to set, the audit action."""

    rec: dict
    line: int | None = None
    action: str | None = None  # default: insert or update
    reason: str | None = None  # why (a correction): kept in the audit entry's ``after``, not in the record


@dataclass
class Outcome:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    written: list[tuple[str, str]] = field(default_factory=list)  # (action, audit key) in order
    after: list[dict | None] = field(default_factory=list)  # each item's record as stored
    problems: list[tuple[int | None, Problem]] = field(default_factory=list)  # (line, problem)


def key_of(noun: Noun, rec: dict) -> tuple:
    return tuple(rec.get(c) for c in noun.key)


def snapshot(conn, noun: Noun, key: tuple) -> dict | None:
    cur = conn.execute(noun.select, {f"k{i}": k for i, k in enumerate(key)})
    row = cur.fetchone()
    return dict(zip(noun.columns, row, strict=True)) if row else None


def record_digest(noun: Noun, rec: dict) -> str:
    return digest([rec.get(c) for c in noun.columns])


def upsert_many(
    trail: Trail, noun: Noun, items: Iterable[Item], provenance: Provenance | None = None, **context
) -> Outcome:
    """Write the items that differ from the ledger; problems (with their lines) are returned,
    not raised, and a record with problems is not written. ``provenance``: an import's file (its
    audit rows point at it); else full entries. ``context`` goes to the validator."""
    conn = trail.conn
    out = Outcome()
    batch = trail.batch(noun.kind, provenance) if provenance is not None else None
    rows: list[tuple] = []
    changes: list[Change] = []
    try:
        for item in items:
            if noun.coerce is not None:
                item.rec = noun.coerce(item.rec)
            key = key_of(noun, item.rec)
            before = snapshot(conn, noun, key) if None not in key else None
            merged = {c: None for c in noun.columns} | noun.defaults(item.rec) if before is None else dict(before)
            merged.update({c: item.rec[c] for c in noun.columns if c in item.rec})
            if before is not None and merged == before:
                out.unchanged += 1
                out.after.append(before)
                continue
            problems = noun.validate(merged, **context)
            if problems:
                out.problems.extend((item.line, p) for p in problems)
                out.after.append(None)
                continue
            conn.execute(noun.insert if before is None else noun.update, noun.params(merged))
            action = item.action or ("insert" if before is None else "update")
            if before is None:
                out.inserted += 1
            else:
                out.updated += 1
            akey = noun.audit_key(key)
            out.written.append((action, akey))
            out.after.append(merged)
            if batch is not None:
                rows.append((akey, item.line, action, record_digest(noun, merged)))
            else:
                after = merged if item.reason is None else {**merged, "reason": item.reason}
                changes.append(Change(noun.kind, akey, action, before, after))
        if batch is not None:
            batch.add(rows)
        else:
            trail.record(changes)
    finally:
        if batch is not None:
            batch.close()
    return out


def delete(trail: Trail, noun: Noun, key: tuple, reason: str | None = None) -> dict | None:
    """Remove one record; the audit entry keeps what it held (and why). None when absent."""
    conn = trail.conn
    before = snapshot(conn, noun, key)
    if before is None:
        return None
    conn.execute(noun.delete, {f"k{i}": k for i, k in enumerate(key)})
    # a delete's ``after`` holds only why (``audit verify`` reads the action: the record is gone)
    after = None if reason is None else {"reason": reason}
    trail.record([Change(noun.kind, noun.audit_key(key), "delete", before, after)])
    return before


def write_one(
    trail: Trail, noun: Noun, rec: dict, action: str | None = None, *, reason: str | None = None, **context
) -> dict:
    """A clerk's command: a batch of one. Stops with the first problem (``Invalid``); returns
    the record as stored. ``reason``: why (a correction), kept in the audit entry."""
    from cchc.domain.problems import raise_first

    out = upsert_many(trail, noun, [Item(rec, action=action, reason=reason)], **context)
    raise_first([p for _, p in out.problems])
    return out.after[0]


def exists(trail: Trail, noun: Noun, key: tuple) -> dict | None:
    return snapshot(trail.conn, noun, key)
