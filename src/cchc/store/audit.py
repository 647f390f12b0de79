"""The audit trail: every change appended in the same transaction, hash-chained.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own content, so an
edit, insertion or deletion anywhere in the chain breaks every hash after it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import sqlite3
from datetime import UTC, datetime

GENESIS = "0" * 64
_actor: str | None = None


def actor() -> str:
    global _actor
    if _actor is None:
        try:
            _actor = getpass.getuser()
        except Exception:  # no user name on this machine (containers)
            _actor = "unknown"
    return _actor


# one encoder for every entry: json.dumps with options builds a new encoder per call (imports
# write hundreds of thousands of entries)
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical(value: dict | None) -> str | None:
    if value is None:
        return None
    return _ENCODER.encode(value)


def entry_hash(
    prev: str,
    at: str,
    who: str,
    command: str,
    kind: str,
    key: str,
    action: str,
    before: str | None,
    after: str | None,
) -> str:
    payload = "\x1f".join([prev, at, who, command, kind, key, action, before or "", after or ""]).encode("utf-8")
    return hashlib.sha256(payload).hexdigest()


def last_hash(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def record(
    conn: sqlite3.Connection,
    command: str,
    kind: str,
    key: str,
    action: str,
    before: dict | None,
    after: dict | None,
) -> None:
    """Append one entry; call inside the transaction that makes the change."""
    record_many(conn, command, [(kind, key, action, before, after)])


def record_many(
    conn: sqlite3.Connection,
    command: str,
    changes: list[tuple[str, str, str, dict | None, dict | None]],
) -> None:
    """Append entries for several changes made in one transaction (imports)."""
    prev = last_hash(conn)
    at = now()
    who = actor()
    rows = []
    encode, sha256, sep = _ENCODER.encode, hashlib.sha256, "\x1f"
    common = sep.join([at, who, command])  # the same for every entry of the batch
    for kind, key, action, before, after in changes:
        b = encode(before) if before is not None else None
        a = encode(after) if after is not None else None
        # = entry_hash(prev, at, who, command, kind, key, action, b, a), inlined for imports
        h = sha256(sep.join([prev, common, kind, key, action, b or "", a or ""]).encode()).hexdigest()
        rows.append((at, who, command, kind, key, action, b, a, h))
        prev = h
    conn.executemany(
        "INSERT INTO audit (at, actor, command, kind, key, action, before, after, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def history(ledger, kind: str, key: str) -> list[dict]:
    """The audit entries of one record, oldest first, values decoded."""
    rows = ledger.rows(
        "SELECT at, actor, command, action, before, after FROM audit WHERE kind = ? AND key = ? ORDER BY id",
        (kind, key),
    )
    for r in rows:
        r["before"] = json.loads(r["before"]) if r["before"] else None
        r["after"] = json.loads(r["after"]) if r["after"] else None
    return rows


def entries(
    ledger,
    kind: str | None = None,
    key: str | None = None,
    since: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Audit entries, oldest first, filtered by kind, key and first day (UTC, ISO)."""
    where, params = [], []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if key:
        where.append("key = ?")
        params.append(key)
    if since:
        where.append("at >= ?")
        params.append(since)
    sql = "SELECT id, at, actor, command, kind, key, action, before, after FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    if limit:
        sql = f"SELECT * FROM ({sql} ORDER BY id DESC LIMIT {int(limit)})"
    rows = ledger.rows(sql + " ORDER BY id", tuple(params))
    for r in rows:
        r["before"] = json.loads(r["before"]) if r["before"] else None
        r["after"] = json.loads(r["after"]) if r["after"] else None
    return rows
