"""The audit trail: every change appended in the transaction that makes it, hash-chained. This
module is the only code that builds an entry or computes a hash.

Two kinds of entry, one chain (table ``audit``, hashed in id order by ``entry_hash``):

* a command's change: one entry per record, with the record's stored values ``before`` and
  ``after`` (canonical JSON);
* an import (a ``Provenance``: the file and its SHA-256): one entry for the whole file (action ``import``; ``after``
  names the file, its SHA-256, the counts and ``root``), and one row per record it wrote in
  ``audit_rows`` (its key, the file's line, insert/update/…, and the digest of the values it
  left). ``root`` is the SHA-256 of those rows in order, so the chain covers them too.

A record's ``digest`` is computed over its stored values in the noun's column order (new columns
are appended; trailing empty ones are left out, so a column added later does not change the
digest of a record that never had it). ``audit verify`` compares every record's digest with the
one its latest entry or row implies.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import marshal
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

GENESIS = "0" * 64
SEP = "\x1f"
_actor: str | None = None
# one encoder for every entry: json.dumps with options builds a new encoder per call
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Source:
    """Who makes the changes: the command line being run."""

    command: str


@dataclass(frozen=True)
class Provenance:
    """Where an import's records came from: the file (as named to cchc) and its SHA-256."""

    file: str
    sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    key: str
    action: str
    before: dict | None
    after: dict | None


def actor() -> str:
    global _actor
    if _actor is None:
        try:
            _actor = getpass.getuser()
        except Exception:  # no user name on this machine (containers)
            _actor = "unknown"
    return _actor


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def canonical(value: dict | None) -> str | None:
    return None if value is None else _ENCODER.encode(value)


def entry_hash(
    prev: str, at: str, who: str, command: str, kind: str, key: str, action: str, before: str | None, after: str | None
) -> str:
    """THE hash of an entry: over the previous entry's hash and every column of its own."""
    payload = SEP.join([prev, at, who, command, kind, key, action, before or "", after or ""])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def digest(values: Sequence[object]) -> str:
    """The digest of a record's stored values, given in its noun's column order: BLAKE2b-128 of
    the values serialised by ``marshal`` format 2 (pinned: it tells text from numbers and from an
    empty value, and, unlike later formats, never depends on which values are the same object),
    trailing empty (``None``) values left out."""
    values = tuple(values)
    n = len(values)
    while n and values[n - 1] is None:
        n -= 1
    payload = marshal.dumps(values[:n] if n < len(values) else values, 2)
    return hashlib.blake2b(payload, digest_size=16).hexdigest()


def row_line(key: str, line: int | None, action: str, digest_: str) -> bytes:
    """One import row as the batch's ``root`` covers it."""
    return f"{key}{SEP}{'' if line is None else line}{SEP}{action}{SEP}{digest_}\x1e".encode("utf-8", "surrogatepass")


def head(ledger_or_conn) -> dict:
    """The anchor of the trail: how many entries it has (entries are numbered 1, 2, ... with no
    gap: the last one's number) and the hash of the last one. Kept outside the ledger (printed
    on reports and backups), it lets ``audit verify --anchor`` tell a cut tail or a rewritten
    history from an intact trail. One index lookup, whatever the size of the trail."""
    conn = getattr(ledger_or_conn, "conn", ledger_or_conn)
    row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    entries, last = (row[0], row[1]) if row else (0, GENESIS)
    return {"entries": entries, "hash": last, "anchor": f"{entries}:{last}"}


def last_hash(conn) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


class Trail:
    """The entries of one transaction. Make one inside ``ledger.write()``; it reads the chain's
    head once and appends after it."""

    def __init__(self, conn, source: Source) -> None:
        self.conn = conn
        self.source = source
        self.at = now()
        self.who = actor()
        self._prev: str | None = None
        self._batch: Batch | None = None

    # reading inside the transaction, as ``Ledger.rows/row/scalar`` read outside one
    def rows(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def row(self, sql: str, params: tuple | dict = ()) -> dict | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: tuple | dict = ()) -> object:
        r = self.conn.execute(sql, params).fetchone()
        return r[0] if r else None

    def _head(self) -> str:
        if self._prev is None:
            self._prev = last_hash(self.conn)
        return self._prev

    def _insert(self, kind: str, key: str, action: str, before: str | None, after: str | None, id_=None) -> None:
        h = entry_hash(self._head(), self.at, self.who, self.source.command, kind, key, action, before, after)
        self.conn.execute(
            "INSERT INTO audit (id, at, actor, command, kind, key, action, before, after, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (id_, self.at, self.who, self.source.command, kind, key, action, before, after, h),
        )
        self._prev = h

    def record(self, changes: Iterable[Change]) -> int:
        """Append one full entry per change; returns how many."""
        if self._batch is not None:
            raise RuntimeError("an import batch is open")
        n = 0
        for c in changes:
            self._insert(c.kind, c.key, c.action, canonical(c.before), canonical(c.after))
            n += 1
        return n

    def batch(self, kind: str, provenance: Provenance) -> Batch:
        """Open the import batch of ``kind`` (one per file and noun)."""
        if self._batch is not None:
            raise RuntimeError("an import batch is open")
        self._batch = Batch(self, kind, provenance)
        return self._batch


class Batch:
    """The rows of one import; ``close`` appends the entry that covers them (none when the file
    changed nothing)."""

    def __init__(self, trail: Trail, kind: str, provenance: Provenance) -> None:
        self.trail = trail
        self.kind = kind
        self.provenance = provenance
        # the entry's id is taken now (the transaction holds the write lock): rows point at it
        self.entry = trail.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM audit").fetchone()[0]
        self._root = hashlib.sha256()
        self.counts: dict[str, int] = {}
        self.rows = 0

    def add(self, rows: Iterable[tuple[str, int | None, str, str]]) -> int:
        """Append rows ``(key, line, action, digest)``, in the order they were written."""
        update, counts = self._root.update, self.counts
        out = []
        for key, line, action, dig in rows:
            update(row_line(key, line, action, dig))
            counts[action] = counts.get(action, 0) + 1
            out.append((self.entry, key, line, action, dig))
        if out:
            self.trail.conn.executemany(
                "INSERT INTO audit_rows (entry, key, line, action, digest) VALUES (?, ?, ?, ?, ?)", out
            )
        self.rows += len(out)
        return len(out)

    def close(self, summary: dict | None = None) -> None:
        trail = self.trail
        trail._batch = None
        if not self.rows:
            return
        src = self.provenance
        after = {
            "file": src.file,
            "sha256": src.sha256,
            "rows": self.rows,
            "actions": self.counts,
            "root": self._root.hexdigest(),
            **(summary or {}),
        }
        trail._insert(self.kind, src.file, "import", None, canonical(after), id_=self.entry)


def root_of(rows: Iterable[tuple[str, int | None, str, str]]) -> str:
    """The ``root`` of a batch's rows, recomputed (``audit verify``)."""
    h = hashlib.sha256()
    for key, line, action, dig in rows:
        h.update(row_line(key, line, action, dig))
    return h.hexdigest()


def history(ledger, kind: str, key: str) -> list[dict]:
    """The audit events of one record, oldest first: full entries (values decoded) and the
    import rows that wrote it (with the file, its SHA-256 and the line)."""
    return entries(ledger, kind=kind, key=key)


def entries(
    ledger, kind: str | None = None, key: str | None = None, since: str | None = None, limit: int | None = None
) -> list[dict]:
    """Audit events, oldest first, filtered by kind, key and first day (UTC, ISO). An import
    shows as its entry; with ``key``, as the row of that record (file, sha256, line)."""
    where, params = [], []
    if kind:
        where.append("a.kind = ?")
        params.append(kind)
    if since:
        where.append("a.at >= ?")
        params.append(since)
    cond = (" AND " + " AND ".join(where)) if where else ""
    if key is None:
        sql = (
            "SELECT a.id, 0 AS seq, a.at, a.actor, a.command, a.kind, a.key, a.action, a.before, a.after,"
            f" NULL AS line, NULL AS digest FROM audit a WHERE 1{cond}"
        )
    else:
        sql = (
            "SELECT a.id, 0 AS seq, a.at, a.actor, a.command, a.kind, a.key, a.action, a.before, a.after,"
            f" NULL AS line, NULL AS digest FROM audit a WHERE a.key = ? AND a.action <> 'import'{cond}"
            " UNION ALL SELECT a.id, r.rowid AS seq, a.at, a.actor, a.command, a.kind, r.key, r.action, NULL,"
            f" a.after, r.line, r.digest FROM audit_rows r JOIN audit a ON a.id = r.entry WHERE r.key = ?{cond}"
        )
        params = [key, *params, key, *params]
    sql += " ORDER BY id, seq"
    if limit:
        sql = f"SELECT * FROM ({sql[: sql.rindex(' ORDER BY')]} ORDER BY id DESC, seq DESC LIMIT ?) ORDER BY id, seq"
        params.append(int(limit))
    rows = ledger.rows(sql, tuple(params))
    out = []
    for r in rows:
        after = json.loads(r["after"]) if r["after"] else None
        event = {
            "id": r["id"],
            "at": r["at"],
            "actor": r["actor"],
            "command": r["command"],
            "kind": r["kind"],
            "key": r["key"],
            "action": r["action"],
            "before": json.loads(r["before"]) if r["before"] else None,
            "after": after,
        }
        if r["digest"] is not None:  # a record written by an import: where it came from
            event["after"] = None
            event["source"] = {"file": after.get("file"), "sha256": after.get("sha256"), "line": r["line"]}
            event["digest"] = r["digest"]
        out.append(event)
    return out
