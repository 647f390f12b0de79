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
from datetime import date
from itertools import islice

from cchc import i18n
from cchc.domain.channels import CHANNEL_WORDS
from cchc.domain.errors import CchcError
from cchc.domain.text import key as text_key
from cchc.services.import_common import (
    SAMPLE,
    Problems,
    RowError,
    Summary,
    cached_text,
    date_cell,
    need,
    text,
)
from cchc.store import audit

i18n.register({
    "imp_due_before": ("ngày hẹn trả {due} trước ngày nhận {received}",
                       "appointment date {due} is before the received date {received}"),
    "imp_finished_before": ("ngày {when} trước ngày nhận {received}",
                            "{when} is before the received date {received}"),
    "imp_two_outcomes": ("chỉ được một kết quả (trả kết quả, trả lại hoặc rút)",
                         "only one outcome per dossier (resolved, returned or withdrawn)"),
    "imp_status_conflict": ("trạng thái {status!r} mâu thuẫn với ngày {column}",
                            "status {status!r} contradicts the {column} date"),
    "imp_status_needs_date": ("trạng thái {status!r} cần ngày (cột finished_on hoặc {column})",
                              "status {status!r} needs its date (a finished_on or {column} column)"),
    "imp_bad_status": ("trạng thái không hiểu: {value!r} (resolved, returned, withdrawn, pending)",
                       "unknown status: {value!r} (resolved, returned, withdrawn, pending)"),
    "imp_bad_channel": ("hình thức không hợp lệ: {value!r} (online/trực tuyến, direct/trực tiếp,"
                        " postal/bưu chính)",
                        "invalid channel: {value!r} (online/trực tuyến, direct/trực tiếp,"
                        " postal/bưu chính)"),
    "imp_no_due": ("thiếu ngày hẹn trả và thủ tục {name!r} không có trong danh mục",
                   "no appointment date, and procedure {name!r} is not in the catalog"),
    "imp_return_needs_reason": ("hồ sơ trả lại cần lý do (cột return_reason hoặc Ghi chú)",
                                "a returned dossier needs its reason (return_reason or note)"),
    "imp_finished_no_outcome": ("có ngày kết thúc nhưng không có trạng thái",
                                "a finished date but no status"),
})

INSERT_COLS = ("code", "procedure", "field", "applicant", "channel", "received_on", "due_on",
               "outcome", "finished_on", "return_reason", "note")
LEAN_COLS = tuple(c for c in INSERT_COLS if c not in ("note", "return_reason"))
OUTCOME_COLS = ("resolved_on", "returned_on", "withdrawn_on", "status", "finished_on")
STATUS_WORDS = {
    "resolved": "resolved", "early": "resolved", "on_time": "resolved", "on-time": "resolved",
    "late": "resolved", "đã giải quyết": "resolved", "đã trả kết quả": "resolved",
    "trả kết quả": "resolved", "trước hạn": "resolved", "trả sớm hạn": "resolved",
    "đúng hạn": "resolved", "trễ hạn": "resolved", "đã xử lý xong": "resolved",
    "returned": "returned", "trả lại": "returned", "từ chối": "returned",
    "từ chối giải quyết": "returned",
    "withdrawn": "withdrawn", "rút": "withdrawn", "xin rút": "withdrawn",
    "rút hồ sơ": "withdrawn", "công dân xin rút hồ sơ": "withdrawn",
    "pending": "pending", "overdue": "pending", "đang giải quyết": "pending",
    "đang xử lý": "pending", "trong hạn": "pending", "chưa giải quyết": "pending",
    "quá hạn": "any",
}
OUTCOME_DATE = {"resolved": "resolved_on", "returned": "returned_on", "withdrawn": "withdrawn_on"}


# rows per UPSERT batch: the new rows' audit entries are appended after each batch, while its
# pages are still in the page cache (PRAGMA cache_size below), not read back from the WAL
CHUNK = 50_000


class _Rollback(Exception):
    pass


def _lookup(words: dict[str, str], message: str):
    cache: dict[str, str] = {}

    def get(raw: str | None, column: str) -> str | None:
        if raw is None:
            return None
        hit = cache.get(raw)
        if hit is None:
            clean = text(raw)
            if clean is None:
                return None
            hit = words.get(text_key(clean))
            if hit is None:
                raise RowError(column, i18n.msg(message, value=clean))
            cache[raw] = hit
        return hit

    return get


def _checker(table, conn, restore: bool):
    """A function cells -> the row tuple (INSERT_COLS order), raising RowError."""
    pos = table.pos
    p = {c: pos.get(c) for c in (*INSERT_COLS, *OUTCOME_COLS)}
    i_code, i_proc, i_field, i_app = p["code"], p["procedure"], p["field"], p["applicant"]
    i_chan, i_rec, i_due, i_note, i_reason = (p["channel"], p["received_on"], p["due_on"],
                                              p["note"], p["return_reason"])
    i_res, i_ret, i_wd, i_st, i_fin = (p["resolved_on"], p["returned_on"], p["withdrawn_on"],
                                       p["status"], p["finished_on"])
    outcome_present = any(p[c] is not None for c in OUTCOME_COLS)
    channel = _lookup(CHANNEL_WORDS, "imp_bad_channel")
    status_of = _lookup(STATUS_WORDS, "imp_bad_status")
    catalog: dict[str, tuple] = {}
    due_cache: dict[tuple[str, int], str] = {}
    cal = []
    ctext = cached_text if restore else (lambda v: text(v, False))
    today = date.today().isoformat()

    def computed_due(proc: str, field: str | None, received: str) -> tuple[str, str | None, str]:
        from cchc.store import procedures

        entry = catalog.get(proc)
        if entry is None:
            try:
                found = procedures.find(conn, proc)
            except CchcError as exc:
                raise RowError("procedure", str(exc)) from None
            entry = catalog[proc] = (found["name"], found["field"], found["days"]) if found else ()
        if not entry:
            raise RowError("due_on", i18n.msg("imp_no_due", name=proc))
        if not cal:
            from cchc.store.calendar import load_calendar

            cal.append(load_calendar(conn))
        k = (received, entry[2])
        due = due_cache.get(k)
        if due is None:
            due = due_cache[k] = cal[0].due(date.fromisoformat(received), entry[2]).isoformat()
        return due, field or entry[1], entry[0]

    def outcome_of(cells, received: str):
        res = date_cell(cells[i_res], "resolved_on") if i_res is not None else None
        ret = date_cell(cells[i_ret], "returned_on") if i_ret is not None else None
        wd = date_cell(cells[i_wd], "withdrawn_on") if i_wd is not None else None
        st = status_of(cells[i_st], "status") if i_st is not None else None
        if (res is not None) + (ret is not None) + (wd is not None) > 1:
            raise RowError("returned_on" if ret and res else "withdrawn_on",
                           i18n.msg("imp_two_outcomes"))
        if res:
            outcome, fin = "resolved", res
        elif ret:
            outcome, fin = "returned", ret
        elif wd:
            outcome, fin = "withdrawn", wd
        else:
            outcome = fin = None
        raw_status = None
        if st in ("resolved", "returned", "withdrawn"):
            raw_status = text(cells[i_st])
            if outcome is None:
                fin = date_cell(cells[i_fin], "finished_on") if i_fin is not None else None
                if fin is None:
                    raise RowError("status", i18n.msg("imp_status_needs_date", status=raw_status,
                                                      column=OUTCOME_DATE[st]))
                outcome = st
            elif outcome != st:
                raise RowError("status", i18n.msg("imp_status_conflict", status=raw_status,
                                                  column=OUTCOME_DATE[outcome]))
        elif outcome is None and i_fin is not None and text(cells[i_fin]):
            raise RowError("finished_on", i18n.msg("imp_finished_no_outcome"))
        if fin is not None:
            if fin < received:
                raise RowError(OUTCOME_DATE[outcome] if i_fin is None else "finished_on",
                               i18n.msg("imp_finished_before", when=fin, received=received))
            if fin > today:  # as the commands: outcomes are recorded when they happen
                raise RowError(OUTCOME_DATE[outcome] if i_fin is None else "finished_on",
                               i18n.msg("imp_future", value=fin))
        return outcome, fin

    def check(cells) -> tuple:
        code = need(text(cells[i_code], restore), "code")
        proc = need(ctext(cells[i_proc]), "procedure")
        field = ctext(cells[i_field]) if i_field is not None else None
        received = need(date_cell(cells[i_rec], "received_on"), "received_on")
        due = date_cell(cells[i_due], "due_on") if i_due is not None else None
        if due is None:
            due, field, proc = computed_due(proc, field, received)
        elif due < received:
            raise RowError("due_on", i18n.msg("imp_due_before", due=due, received=received))
        chan = (channel(cells[i_chan], "channel") if i_chan is not None else None) or "direct"
        if outcome_present:
            outcome, fin = outcome_of(cells, received)
        else:
            outcome = fin = None
        reason = text(cells[i_reason], restore) if i_reason is not None else None
        note = text(cells[i_note], restore) if i_note is not None else None
        if outcome == "returned" and not reason:
            if not note:  # a returned dossier carries its reason, as `dossier return` requires
                raise RowError("return_reason", i18n.msg("imp_return_needs_reason"))
            reason = note  # the tracking book writes the reason under Ghi chú
        return (code, proc, field,
                ctext(cells[i_app]) if i_app is not None else None,
                chan, received, due, outcome, fin, reason, note)

    return check, outcome_present


def _upsert_sql(table, outcome_present: bool, base_id: int) -> str:
    sets = ["procedure", "received_on", "due_on"]
    sets += [c for c in ("field", "applicant", "channel", "note", "return_reason") if c in table.pos]
    if outcome_present:
        sets += ["outcome", "finished_on"]
    assign = ", ".join(f"{c} = excluded.{c}" for c in sets)
    changed = " OR ".join(f"dossiers.{c} IS NOT excluded.{c}" for c in sets)
    return (f"INSERT INTO dossiers ({', '.join(INSERT_COLS)})"
            f" VALUES ({', '.join('?' * len(INSERT_COLS))})"
            f" ON CONFLICT (code) DO UPDATE SET {assign}"
            f" WHERE {changed} OR dossiers.id > {int(base_id)}")


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _json(prefix: str, columns: tuple[str, ...] | None = None) -> str:
    from cchc.store.dossiers import STORED

    cols = sorted(columns or STORED)
    return "json_object(" + ", ".join(f"'{c}', {prefix}.{c}" for c in cols) + ")"


def _insert_json() -> str:
    """A new row's ``after``, lean: the columns an import can set, without the ones left NULL in
    most rows (note, return_reason). A NULL column may be left out of an entry (readers and
    ``audit verify`` take a missing key as NULL); the pause and reschedule columns are always
    NULL on a row an import creates. A third fewer bytes to write and checkpoint than the full
    snapshot, for a CASE that costs nothing: the audit keeps >= 2/3 of the import's throughput."""
    return (f"CASE WHEN note IS NULL AND return_reason IS NULL THEN {_json('dossiers', LEAN_COLS)}"
            f" ELSE {_json('dossiers', INSERT_COLS)} END")


def _triggers(conn, command: str, base_id: int, with_audit: bool,
              updates: list[int]) -> tuple[str, str, str]:
    """Create the TEMP triggers; ``updates[0]`` counts the update entries written."""
    at, who = audit.now(), audit.actor()
    head = f"{_quote(at)}, {_quote(who)}, {_quote(command)}, 'dossier'"
    conn.execute(
        "CREATE TEMP TRIGGER cchc_import_dup AFTER UPDATE ON main.dossiers"
        f" WHEN OLD.id > {int(base_id)} BEGIN SELECT cchc_dup(OLD.code); END"
    )
    if not with_audit:
        return at, who, command
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
        h = sha(f"{prev[0].decode()}{middle}{key}\x1f{action}\x1f{before or ''}\x1f{after or ''}"
                .encode()).hexdigest()
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
    return at, who, command


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


def _drop_triggers(conn) -> None:
    for name in ("cchc_import_dup", "cchc_import_ins", "cchc_import_upd"):
        conn.execute(f"DROP TRIGGER IF EXISTS temp.{name}")


def import_dossiers(ledger, table, summary: Summary, *, dry_run: bool = False,
                    with_audit: bool = True, tick=None) -> Summary:
    problems = Problems(table.name)
    restore = table.source.format in ("csv", "tsv", "xlsx")
    conn = ledger.conn
    headings = table.headings
    current = [0]
    rows_seen = [0]
    finished: list[bool] = []  # not empty once every row has been read

    def dup(code: str) -> None:
        problems.add(current[0], headings.get("code", "code"),
                     i18n.msg("imp_duplicate", what=code, first=""))

    conn.create_function("cchc_dup", 1, dup)
    old_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    old_temp = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute("PRAGMA cache_size = -32768")
    conn.execute("PRAGMA temp_store = MEMORY")  # the per-row statement journal of the triggers
    try:
        with ledger.write() as conn:
            check, outcome_present = _checker(table, conn, restore)
            base_id = conn.execute("SELECT COALESCE(MAX(id), 0) FROM dossiers").fetchone()[0]
            base_audit = conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit").fetchone()[0]
            changes_before = conn.total_changes
            audited = [0]  # audit entries written (update entries counted by the trigger's chain)
            head = _triggers(conn, ledger.command, base_id, with_audit, audited)

            def checked():
                n = 0
                for line, cells in table.rows():
                    current[0] = line
                    n += 1
                    if tick is not None and not n & 8191:
                        tick(n)
                    try:
                        row = check(cells)
                    except RowError as exc:
                        problems.add(line, headings.get(exc.column, exc.column), exc.message)
                        continue
                    if not problems.total:
                        yield row
                rows_seen[0] = n
                finished.append(True)

            feed = checked()
            sql = _upsert_sql(table, outcome_present, base_id)
            done = base_id  # the new rows up to here have their audit entries
            try:
                while not finished:
                    conn.executemany(sql, islice(feed, CHUNK))
                    if with_audit and not problems.total:
                        audited[0] += _audit_inserts(conn, head, done)
                        done = conn.execute("SELECT MAX(id) FROM dossiers").fetchone()[0] or 0
            except sqlite3.IntegrityError as exc:
                problems.add(current[0], "-", i18n.msg("imp_conflict", detail=str(exc)))
                for _ in feed:  # keep validating the rest, writing nothing
                    pass
            summary.rows = rows_seen[0]
            _drop_triggers(conn)
            if problems.total:
                raise _Rollback
            summary.inserted = conn.execute(
                "SELECT COUNT(*) FROM dossiers WHERE id > ?", (base_id,)).fetchone()[0]
            summary.updated = (conn.total_changes - changes_before - summary.inserted
                               - audited[0])
            summary.unchanged = summary.rows - summary.inserted - summary.updated
            if dry_run:
                for action in ("insert", "update"):
                    summary.samples[action] = [r[0] for r in conn.execute(
                        "SELECT key FROM audit WHERE id > ? AND action = ? ORDER BY id LIMIT ?",
                        (base_audit, action, SAMPLE))]
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
