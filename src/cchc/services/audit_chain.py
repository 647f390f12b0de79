"""Verifying the audit trail: the hash chain, each import's rows, and every record against its
latest entry — through the digests of ``cchc.store.audit``.

Tampering caught:

* an audit entry edited, inserted or deleted by hand: its hash (or the next one's) no longer
  matches; the first such entry is named. An import's rows edited, added or removed: its
  entry's ``root`` no longer matches them;
* a record edited, inserted or deleted with the ``sqlite3`` shell, without cchc: its digest
  differs from the one its latest entry or import row gives (or it has none, or the trail says
  it exists and it does not). A dossier's digest covers its pause history;
* a shipped calendar override or built-in meeting kind changed or removed without an entry.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from cchc.domain.problems import Finding, audit_finding, key_text
from cchc.services import audit_kinds
from cchc.services.audit_kinds import KindSpec, plain
from cchc.store.audit import GENESIS, entry_hash, root_of


# -- the chain, and each import's rows ---------------------------------------------------------------
def chain(conn, anchors: dict[int, str] | None = None) -> tuple[int, Finding | None]:
    """Recompute every hash in order, and every import's root; (entries, first problem).
    ``anchors``: entry number -> hash (or a prefix of it) the trail must still hold."""
    roots = _import_roots(conn)
    anchors = dict(anchors or {})
    prev, n = GENESIS, 0
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
            return n, audit_finding(
                "audit_chain", "audit_bad_hash", kind=key_text(kind), key=key, entry=id_, id=id_, at=at
            )
        if action == "import":
            got = roots.pop(id_, (root_of(()), 0))
            try:
                want = json.loads(after)
                ok = want.get("root") == got[0] and want.get("rows") == got[1]
            except (ValueError, AttributeError, TypeError):
                ok = False
            if not ok:
                cur.close()
                return n, audit_finding(
                    "audit_chain", "audit_bad_rows", kind=key_text(kind), key=key, entry=id_, id=id_
                )
        prev = h
        want = anchors.pop(n, None)
        if want is not None and not h.startswith(want):
            cur.close()
            return n, audit_finding("audit_anchor", "anchor_differs", entry=n, n=n, hash=want[:16])
    if anchors:  # the trail is shorter than an anchor says: its tail was cut
        first = min(anchors)
        return n, audit_finding("audit_anchor", "anchor_missing", entry=first, n=first, entries=n)
    if roots:  # rows that point at no import entry: added by hand
        id_ = min(roots)
        return n, audit_finding("audit_chain", "audit_orphan_rows", entry=id_, id=id_)
    return n, None


def _import_roots(conn) -> dict[int, tuple[str, int]]:
    """entry -> (root, count) of the import rows, in one pass in the order they were written."""
    import hashlib

    from cchc.store.audit import row_line

    out: dict[int, tuple[str, int]] = {}
    entry, h, count = None, None, 0
    for e, key, line, action, dig in conn.execute(
        "SELECT entry, key, line, action, digest FROM audit_rows ORDER BY rowid"
    ):
        if e != entry:
            if entry is not None:
                out[entry] = (h.hexdigest(), count)
            entry, h, count = e, hashlib.sha256(), 0
        try:
            h.update(row_line(key, line, action, dig))
        except TypeError:  # a hand edit left a NULL: the root cannot match
            h.update(b"\x00")
        count += 1
    if entry is not None:
        out[entry] = (h.hexdigest(), count)
    return out


# -- records against their latest event ------------------------------------------------------------
def _latest(conn, kinds: tuple[str, ...]) -> Iterator[tuple]:
    """(key, entry id, action, after JSON, row digest, (file, line), kind) of each record's
    latest event among ``kinds``, by key: a full entry (digest None) or an import's row (after
    None)."""
    marks = ", ".join("?" * len(kinds))
    entries = conn.execute(
        f"SELECT key, MAX(id), action, after, kind FROM audit WHERE kind IN ({marks}) AND action <> 'import'"
        " GROUP BY key ORDER BY key",
        kinds,
    )
    rows = conn.execute(
        "SELECT r.key, MAX(r.entry * 4294967296 + r.rowid), r.action, r.digest, a.key, r.line, a.kind"
        f" FROM audit_rows r JOIN audit a ON a.id = r.entry WHERE a.kind IN ({marks}) GROUP BY r.key ORDER BY r.key",
        kinds,
    )
    e, r = next(entries, None), next(rows, None)
    while e is not None or r is not None:
        if r is None or (e is not None and e[0] < r[0]):
            yield e[0], e[1], e[2], e[3], None, None, e[4]
            e = next(entries, None)
        elif e is None or r[0] < e[0]:
            yield r[0], r[1] >> 32, r[2], None, r[3], (r[4], r[5]), r[6]
            r = next(rows, None)
        else:  # both: the later event wins
            if e[1] > r[1] >> 32:
                yield e[0], e[1], e[2], e[3], None, None, e[4]
            else:
                yield r[0], r[1] >> 32, r[2], None, r[3], (r[4], r[5]), r[6]
            e, r = next(entries, None), next(rows, None)


def _as_kind(spec: KindSpec, kind: str, event_kind: str, row: tuple) -> tuple[KindSpec, tuple | None]:
    """The spec and the row to compare with an event of ``event_kind`` (an older kind's events
    are compared with the row as that kind recorded it)."""
    if event_kind == kind or event_kind not in spec.legacy:
        return spec, row
    columns, project = spec.legacy[event_kind]
    cur, exp = plain(columns)
    return KindSpec(spec.sql, columns, cur, exp), project(row)


def _expected(spec: KindSpec, action: str, after: str | None, digest: str | None, row: tuple | None) -> str | None:
    """The digest the record should have now (None: it should not exist)."""
    if action == "delete":
        return None
    if digest is not None:
        return digest
    try:
        logged = json.loads(after) if after else None
    except ValueError:
        logged = None
    if not isinstance(logged, dict):
        return None if after is None else "?"
    return spec.expected(logged, row)


def _fields(spec: KindSpec, after: str | None, row: tuple) -> str:
    """The columns that differ from a full entry's ``after`` (an import row has only a digest)."""
    try:
        logged = json.loads(after) if after else None
    except ValueError:
        logged = None
    if not isinstance(logged, dict):
        return "*"
    now = dict(zip(spec.columns, row, strict=True))
    if "pauses" in now:
        now["pauses"] = [
            dict(zip(("paused_on", "resumed_on", "days", "reason"), p, strict=True))
            for p in json.loads(now["pauses"] or "[]")
        ]
        if "pauses" not in logged:
            now.pop("pauses")
    return ", ".join(sorted(k for k, v in now.items() if logged.get(k, [] if k == "pauses" else None) != v)) or "*"


def records(conn, kinds: dict[str, KindSpec] | None = None) -> tuple[int, list[Finding]]:
    """Compare every record with its latest event, kind by kind; (records matched, problems)."""
    problems: list[Finding] = []
    n = 0
    for kind, spec in (kinds or audit_kinds.kinds()).items():
        try:
            cur = conn.execute(spec.sql())
        except sqlite3.OperationalError as exc:  # a kind whose table this ledger lacks
            if "no such" in str(exc):
                continue
            raise
        n += _merge(conn, kind, spec, cur, problems)
    return n, problems


def _merge(conn, kind: str, spec: KindSpec, cur, problems: list[Finding]) -> int:
    """Walk one kind's records (``cur``, by key) and their latest events side by side (a merge
    over sorted keys): a record without an event, an event whose record is gone and a record that
    differs from its event go to ``problems``, and a shipped row gone without an entry. Returns
    how many records met their event."""
    n = 0
    seeded = dict(spec.seeded())
    current = ((key_text(r[0]), r[1:]) for r in cur)
    latest = _latest(conn, (kind, *spec.legacy))
    c, a = next(current, None), next(latest, None)
    while c is not None or a is not None:
        if a is None or (c is not None and c[0] < a[0]):
            problem = _without_event(spec, kind, c[0], c[1], seeded)
            n += problem is None  # a shipped row as shipped counts as matched
            c = next(current, None)
        elif c is None or a[0] < c[0]:
            gone = a[2] != "delete"
            problem = audit_finding("audit_record", "audit_record_gone", kind, a[0], a[1], id=a[1]) if gone else None
            seeded.pop(a[0], None)
            a = next(latest, None)
        else:
            n += 1
            seeded.pop(c[0], None)
            problem = _against_event(spec, kind, c[0], c[1], a)
            c, a = next(current, None), next(latest, None)
        if problem is not None:
            problems.append(problem)
    for key in sorted(seeded):  # shipped rows gone without an entry saying so
        problems.append(audit_finding("audit_record", "audit_shipped_gone", kind, key))
    return n


def _without_event(spec: KindSpec, kind: str, key: str, row: tuple, seeded: dict) -> Finding | None:
    """A record no event names: a problem, unless the migrations shipped it and it is as shipped."""
    if key not in seeded:
        return audit_finding("audit_record", "audit_record_unlogged", kind, key)
    shipped = seeded.pop(key)
    if shipped is not None and spec.digest(row) != spec.digest(shipped):
        fields = ", ".join(n for n, x, y in zip(spec.columns, row, shipped, strict=True) if x != y)
        return audit_finding("audit_record", "audit_record_unshipped", kind, key, fields=fields)
    return None


def _against_event(spec: KindSpec, kind: str, key: str, row: tuple, event: tuple) -> Finding | None:
    """A record against its latest event (``_latest``'s tuple): None when its digest is the one
    the event gives; else what differs, naming the import's file and line when an import wrote it."""
    _, entry, action, after, digest, source, event_kind = event
    ks, row = _as_kind(spec, kind, event_kind, row)
    if row is None:  # holds what the older kind could not have written
        return audit_finding("audit_record", "audit_record_differs", kind, key, entry, id=entry, fields="*")
    want = _expected(ks, action, after, digest, row)
    if want is None:
        return audit_finding("audit_record", "audit_record_unlogged", kind, key)
    if want == ks.digest(row):
        return None
    if source is not None:  # written by an import
        file, line = source
        return audit_finding(
            "audit_record", "audit_record_differs_import", kind, key, entry, id=entry, file=file, line=line
        )
    fields = _fields(ks, after, row)
    return audit_finding("audit_record", "audit_record_differs", kind, key, entry, id=entry, fields=fields)


def verify_conn(conn, anchors: dict[int, str] | None = None) -> dict:
    entries, broken = chain(conn, anchors)
    matched, problems = records(conn)
    from cchc.services import derived

    problems += derived.columns(conn)
    problems += derived.holiday_cache(conn)
    if broken:
        problems.insert(0, broken)
    return {
        "ok": not problems,
        "entries": entries,
        "records": matched,
        "first_bad_entry": broken.entry if broken else None,
        "problems": problems,
    }


def verify(ledger, anchors: dict[int, str] | None = None) -> dict:
    """The whole verification: plain data for the CLI and for ``cchc check``. ``anchors``
    (entry number -> hash or a prefix of at least 16 hex digits, as ``audit head`` printed
    them) must still be in the trail."""
    return verify_conn(ledger.conn, anchors)
