"""Importing dossiers: the fast path, built for a million rows.

One pass, constant memory: rows are read and checked in plain Python (dates and repeated text
parsed once through caches) and fed in batches of ``CHUNK`` rows to an ``executemany`` UPSERT,
all inside one transaction. The UPSERT only touches a stored row when a column actually differs,
so a re-import of an unchanged file writes nothing. Audit entries: an updated row's by a TEMP
trigger on the import's own connection (gone when it closes; no schema change); the inserted
rows' by one ``INSERT INTO audit ... SELECT`` after each batch, while its pages are still in the
page cache. ``json_object`` builds each ``before``/``after`` in C with the keys of
``dossiers.STORED`` in sorted order (an update's byte-identical to ``audit.canonical``; a new
row's leaves NULL columns out, see ``_insert_json``), and Python
functions chain the SHA-256 hashes exactly as ``audit.entry_hash``. Any bad row: validation goes
on to list every problem, then ROLLBACK.
"""

from __future__ import annotations

import hashlib
import sqlite3
from itertools import islice

from cchc import i18n
from cchc.services import import_pauses
from cchc.services.import_common import SAMPLE, Problems, RowError, Summary
from cchc.services.import_dossier_rows import INSERT_COLS, LEAN_COLS, OUTCOME_DATE, checker
from cchc.store import audit

# rows per UPSERT batch: the new rows' audit entries are appended after each batch, while its
# pages are still in the page cache (PRAGMA cache_size below), not read back from the WAL
CHUNK = 50_000


class _Rollback(Exception):
    pass


def _upsert_sql(table, outcome_present: bool, pauses: bool, base_id: int) -> str:
    sets = ["procedure", "received_on", "due_on"]
    sets += [c for c in ("field", "applicant", "channel", "note", "return_reason") if c in table.pos]
    if outcome_present:
        sets += ["outcome", "finished_on"]
    cols = INSERT_COLS
    if pauses:  # a date and its reason are set together, only when the file has the date
        cols += import_pauses.PAUSE_COLS
        for when, why in (("paused_on", "pause_reason"), ("rescheduled_due_on", "reschedule_reason")):
            # a pause history sets the pause too (its open entry, or none)
            if when in table.pos or (when == "paused_on" and "pauses" in table.pos):
                sets += [when, why]
    assign = ", ".join(f"{c} = excluded.{c}" for c in sets)
    changed = " OR ".join(f"dossiers.{c} IS NOT excluded.{c}" for c in sets)
    return (
        f"INSERT INTO dossiers ({', '.join(cols)})"
        f" VALUES ({', '.join('?' * len(cols))})"
        f" ON CONFLICT (code) DO UPDATE SET {assign}"
        f" WHERE {changed} OR dossiers.id > {int(base_id)}"
    )


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _json(prefix: str, columns: tuple[str, ...] | None = None) -> str:
    from cchc.store.dossiers import STORED

    cols = sorted(columns or STORED)
    return "json_object(" + ", ".join(f"'{c}', {prefix}.{c}" for c in cols) + ")"


def _insert_json() -> str:
    """A new row's ``after``: when the columns NULL in most rows (note, return_reason, the pause
    and the new date) are NULL, without them (a NULL column may be left out of an entry: readers
    and ``audit verify`` take a missing key as NULL); else the full snapshot. A third fewer bytes
    to write and checkpoint, for a CASE that costs nothing: the audit keeps >= 2/3 of the
    import's throughput."""
    lean = "note IS NULL AND return_reason IS NULL AND paused_on IS NULL AND rescheduled_due_on IS NULL"
    return f"CASE WHEN {lean} THEN {_json('dossiers', LEAN_COLS)} ELSE {_json('dossiers')} END"


def _triggers(conn, command: str, base_id: int, with_audit: bool, updates: list[int]):
    """Create the TEMP triggers; ``updates[0]`` counts the update entries written. Returns the
    entries' (at, actor, command) and a function that re-reads the chain's last hash."""
    at, who = audit.now(), audit.actor()
    head = f"{_quote(at)}, {_quote(who)}, {_quote(command)}, 'dossier'"
    # every row this file updates: a second update of one dossier means its code appears more
    # than once (a row this import inserted is already its first occurrence)
    conn.execute(
        "CREATE TEMP TRIGGER cchc_import_seen AFTER UPDATE ON main.dossiers BEGIN"
        f" SELECT cchc_seen(OLD.id, OLD.code, OLD.id > {int(base_id)}); END"
    )
    # a row that finishes a dossier waiting for supplements: its pause is ended afterwards, as
    # `dossier resolve` ends it (unless the file carries the pause history itself)
    conn.execute(
        "CREATE TEMP TRIGGER cchc_import_fin AFTER UPDATE OF outcome ON main.dossiers"
        " WHEN OLD.outcome IS NULL AND NEW.outcome IS NOT NULL AND OLD.paused_on IS NOT NULL"
        " BEGIN SELECT cchc_fin(NEW.code, OLD.paused_on, OLD.pause_reason); END"
    )
    if not with_audit:
        return (at, who, command), lambda: None
    conn.execute(
        "CREATE TEMP TRIGGER cchc_import_upd AFTER UPDATE ON main.dossiers BEGIN"
        " INSERT INTO audit (at, actor, command, kind, key, action, before, after, hash)"
        f" SELECT {head}, NEW.code, 'update', b, a, cchc_chain(NEW.code, 'update', b, a)"
        f" FROM (SELECT {_json('OLD')} AS b, {_json('NEW')} AS a); END"
    )
    # the chain, shared by both statements: the previous hash as ASCII bytes
    prev = [audit.last_hash(conn).encode()]
    middle = f"\x1f{at}\x1f{who}\x1f{command}\x1fdossier\x1f"
    middle_b = middle.encode()
    sha = hashlib.sha256

    def chain(key: str, action: str, before: str | None, after: str | None) -> str:
        h = sha(f"{prev[0].decode()}{middle}{key}\x1f{action}\x1f{before or ''}\x1f{after or ''}".encode()).hexdigest()
        prev[0] = h.encode()
        updates[0] += 1
        return h

    insert_sep = b"\x1finsert\x1f\x1f"  # action, then an empty ``before``
    join = b"".join

    def chain_insert(key: bytes, after: bytes) -> str:
        # = audit.entry_hash(prev, at, who, command, "dossier", key, "insert", None, after),
        # over the UTF-8 bytes SQLite already holds (no decoding, no re-encoding)
        h = sha(join((prev[0], middle_b, key, insert_sep, after))).hexdigest()
        prev[0] = h.encode()
        return h

    conn.create_function("cchc_chain", 4, chain)
    conn.create_function("cchc_chain_insert", 2, chain_insert)

    def resync() -> None:  # after entries written by ``audit.record``
        prev[0] = audit.last_hash(conn).encode()

    return (at, who, command), resync


def _audit_inserts(conn, head: tuple[str, str, str], after_id: int) -> int:
    """The audit entries of the rows inserted since ``after_id``, appended in one set-based
    statement (a sequential read of the new rows, still in the page cache, and a sequential
    append to the trail), in id order. The subquery is kept a co-routine (``OFFSET 0``: SQLite
    does not flatten it) so each ``after`` JSON is built once for both the column and the hash."""
    return conn.execute(
        "INSERT INTO audit (at, actor, command, kind, key, action, before, after, hash)"
        " SELECT ?, ?, ?, 'dossier', code, 'insert', NULL, a,"
        " cchc_chain_insert(CAST(code AS BLOB), CAST(a AS BLOB))"
        f" FROM (SELECT code, {_insert_json()} AS a FROM dossiers WHERE id > ?"
        " ORDER BY id LIMIT -1 OFFSET 0)",
        (*head, after_id),
    ).rowcount


def _end_pauses(conn, command: str, finishing: dict, problems, headings: dict) -> None:
    """End the pause of each dossier this import finished while it was waiting for supplements,
    on its finishing day, exactly as `dossier resolve` does (the due date moves by the working
    days waited; an audit entry ``resume``)."""
    from datetime import date

    from cchc.domain.errors import CchcError
    from cchc.store.dossier_changes import end_pause
    from cchc.store.dossiers import snapshot

    for code, (line, paused_on, reason) in finishing.items():
        now = snapshot(conn, code)
        before = {**now, "paused_on": paused_on, "pause_reason": reason}
        try:
            end_pause(conn, command, before, date.fromisoformat(now["finished_on"]))
        except CchcError as exc:  # named by the file's column that finished it
            column = next(
                (headings[c] for c in (OUTCOME_DATE[now["outcome"]], "finished_on", "status") if c in headings),
                "finished_on",
            )
            problems.add(line, column, str(exc))


def _ended_by_finishing(conn) -> dict[str, tuple]:
    """code -> (due_on, rescheduled_due_on, finished_on, days) of the finished dossiers whose last
    pause was ended by their finishing (``dossier resolve`` or an import, on the finishing day)
    and moved their dates by ``days`` working days."""
    return {
        r[0]: tuple(r[1:])
        for r in conn.execute(
            "SELECT d.code, d.due_on, d.rescheduled_due_on, d.finished_on, p.days"
            " FROM dossier_pauses p JOIN dossiers d ON d.id = p.dossier_id"
            " WHERE d.outcome IS NOT NULL AND p.resumed_on = d.finished_on AND p.days > 0"
            " AND p.id = (SELECT MAX(q.id) FROM dossier_pauses q WHERE q.dossier_id = d.id)"
        )
    }


def _keep_moved_dates(conn, ended: dict[str, tuple]):
    """A row -> the row, its dates before the pause ended by finishing taken as the dates it
    moved to: the same file imported again leaves the dossier unchanged (else it would undo the
    working days waited, which the history still records)."""
    from datetime import date

    from cchc.store.calendar import load_calendar

    cal = load_calendar(conn)

    def moved(old: str | None, days: int, new: str | None) -> bool:
        return bool(old and new and new != old and cal.due(date.fromisoformat(new), days).isoformat() == old)

    def keep(row: tuple) -> tuple:
        hit = ended.get(row[0])
        if hit is None or row[8] != hit[2]:  # not finished on the day the pause ended
            return row
        due, rescheduled, _, days = hit
        if moved(due, days, row[6]):
            row = (*row[:6], due, *row[7:])
        if len(row) > 13 and moved(rescheduled, days, row[13]):
            row = (*row[:13], rescheduled, *row[14:])
        return row

    return keep


def _drop_triggers(conn) -> None:
    for name in ("cchc_import_seen", "cchc_import_upd", "cchc_import_fin"):
        conn.execute(f"DROP TRIGGER IF EXISTS temp.{name}")


def import_dossiers(
    ledger, table, summary: Summary, *, dry_run: bool = False, with_audit: bool = True, tick=None
) -> Summary:
    problems = Problems(table.name)
    restore = table.source.format in ("csv", "tsv", "xlsx")
    conn = ledger.conn
    headings = table.headings
    current = [0]
    rows_seen = [0]
    finished: list[bool] = []  # not empty once every row has been read

    def dup(code: str) -> None:
        problems.add(current[0], headings.get("code", "code"), i18n.msg("imp_duplicate", what=code, first=""))

    # the ledger's dossiers this import updated, one bit per id: flat memory however many rows
    # a file changes (a set of a million ids would weigh ~60 MB)
    updated_ids = bytearray()

    def seen(dossier_id: int, code: str, inserted_here: int) -> None:
        if inserted_here:
            dup(code)
            return
        byte, bit = dossier_id >> 3, 1 << (dossier_id & 7)
        if byte >= len(updated_ids):  # grows to the largest id updated: 125 kB per million
            updated_ids.extend(bytes(byte + 1 - len(updated_ids)))
        if updated_ids[byte] & bit:
            dup(code)
        updated_ids[byte] |= bit

    conn.create_function("cchc_seen", 3, seen)
    finishing: dict[str, tuple] = {}  # code -> (line, paused_on, pause_reason) before the row

    def fin(code: str, paused_on: str, reason: str) -> None:
        finishing[code] = (current[0], paused_on, reason)

    conn.create_function("cchc_fin", 3, fin)
    old_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    old_temp = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute("PRAGMA cache_size = -32768")
    conn.execute("PRAGMA temp_store = MEMORY")  # the per-row statement journal of the triggers
    try:
        with ledger.write() as conn:
            check, outcome_present, pauses = checker(table, conn, restore)
            # a file that finishes dossiers without their pause history: a pause ended by
            # finishing keeps the dates it moved (one dict look-up a row, and only when any)
            ended = _ended_by_finishing(conn) if outcome_present and "pauses" not in table.pos else {}
            keep_moved = _keep_moved_dates(conn, ended) if ended else None
            histories: list = []  # pause histories to write, one batch's at a time
            pause_changed: list[str] = []
            base_id = conn.execute("SELECT COALESCE(MAX(id), 0) FROM dossiers").fetchone()[0]
            base_audit = conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit").fetchone()[0]
            audited = [0]  # audit entries written (update entries counted by the trigger's chain)
            head, resync = _triggers(conn, ledger.command, base_id, with_audit, audited)

            def checked():
                n = 0
                for line, cells in table.rows():
                    current[0] = line
                    n += 1
                    if tick is not None and not n & 8191:
                        tick(n)
                    try:
                        row = check(cells, histories)
                        if keep_moved is not None:
                            row = keep_moved(row)
                    except RowError as exc:
                        problems.add(line, headings.get(exc.column, exc.column), exc.message)
                        continue
                    if not problems.total:
                        yield row
                rows_seen[0] = n
                finished.append(True)

            feed = checked()
            sql = _upsert_sql(table, outcome_present, pauses, base_id)
            done = base_id  # the new rows up to here have their audit entries
            try:
                while not finished:
                    conn.executemany(sql, islice(feed, CHUNK))
                    if with_audit and not problems.total:
                        audited[0] += _audit_inserts(conn, head, done)
                        done = conn.execute("SELECT MAX(id) FROM dossiers").fetchone()[0] or 0
                    if finishing:  # the open pause is ended below, not dropped here
                        histories[:] = [h for h in histories if not (len(h) == 3 and h[0] in finishing)]
                    if histories and not problems.total:
                        pause_changed += import_pauses.apply(conn, ledger.command, histories, with_audit)
                        resync()
                    histories.clear()
            except sqlite3.IntegrityError as exc:
                problems.add(current[0], "-", i18n.msg("imp_conflict", detail=str(exc)))
                for _ in feed:  # keep validating the rest, writing nothing
                    pass
            summary.rows = rows_seen[0]
            _drop_triggers(conn)
            if finishing and not problems.total and "pauses" not in table.pos:
                _end_pauses(conn, ledger.command, finishing, problems, headings)
            if problems.total:
                raise _Rollback
            summary.inserted = conn.execute("SELECT COUNT(*) FROM dossiers WHERE id > ?", (base_id,)).fetchone()[0]
            # the ledger's rows the UPSERT changed (not counted from total_changes: a year's
            # holidays cached by a computed due date, pause rows and audit entries are changes too)
            summary.updated = int.from_bytes(updated_ids, "little").bit_count()

            def row_written(code: str) -> bool:  # inserted or updated by this file's row
                (i,) = conn.execute("SELECT id FROM dossiers WHERE code = ?", (code,)).fetchone()
                return i > base_id or (i >> 3 < len(updated_ids) and bool(updated_ids[i >> 3] & 1 << (i & 7)))

            # a changed history alone makes an unchanged row updated
            history_only = [code for code in pause_changed if not row_written(code)]
            summary.updated += len(history_only)
            summary.unchanged = summary.rows - summary.inserted - summary.updated
            if dry_run:
                for action in ("insert", "update"):
                    summary.samples[action] = [
                        r[0]
                        for r in conn.execute(
                            "SELECT key FROM audit WHERE id > ? AND action = ? ORDER BY id LIMIT ?",
                            (base_audit, action, SAMPLE),
                        )
                    ]
                summary.samples["update"] += history_only[: SAMPLE - len(summary.samples["update"])]
                raise _Rollback
    except _Rollback:
        pass
    finally:
        if not conn.in_transaction:
            _drop_triggers(conn)
        conn.execute(f"PRAGMA cache_size = {int(old_cache)}")
        conn.execute(f"PRAGMA temp_store = {int(old_temp)}")
    problems.raise_if_any()
    summary.dry_run = dry_run
    return summary
