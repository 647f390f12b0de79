"""Importing dossiers: a tracking book (sổ theo dõi hồ sơ) or an export, up to millions of rows.

Each row is read into a record of the columns the file has (outcome from the resolved/returned/
withdrawn dates or a status word, the appointment date from the catalog when the book has none,
the waits for supplements and the new date), then batches of ``CHUNK`` rows go through the
dossier's one write path, ``store.dossier_writer.Writer`` — the same one ``dossier add`` and
``dossier resolve`` use — inside the import's transaction.
"""

from __future__ import annotations

import json
from datetime import date

from cchc.domain.channels import CHANNEL_WORDS
from cchc.domain.errors import CchcError
from cchc.domain.rules.dossiers import PAUSE_COLUMNS
from cchc.domain.rules.values import normal_code
from cchc.services.imports import cells as c
from cchc.store.dossier_writer import CHUNK, Item, Writer

OUTCOME_COLS = ("resolved_on", "returned_on", "withdrawn_on", "status", "finished_on")
OUTCOME_DATE = {"resolved": "resolved_on", "returned": "returned_on", "withdrawn": "withdrawn_on"}
PAUSE_PAIRS = (("paused_on", "pause_reason"), ("rescheduled_due_on", "reschedule_reason"))
STATUS_WORDS = {
    "resolved": "resolved",
    "early": "resolved",
    "on_time": "resolved",
    "on-time": "resolved",
    "late": "resolved",
    "đã giải quyết": "resolved",
    "đã trả kết quả": "resolved",
    "trả kết quả": "resolved",
    "trước hạn": "resolved",
    "trả sớm hạn": "resolved",
    "đúng hạn": "resolved",
    "trễ hạn": "resolved",
    "đã xử lý xong": "resolved",
    "returned": "returned",
    "trả lại": "returned",
    "từ chối": "returned",
    "từ chối giải quyết": "returned",
    "withdrawn": "withdrawn",
    "rút": "withdrawn",
    "xin rút": "withdrawn",
    "rút hồ sơ": "withdrawn",
    "công dân xin rút hồ sơ": "withdrawn",
    "pending": "pending",
    "overdue": "pending",
    "đang giải quyết": "pending",
    "đang xử lý": "pending",
    "trong hạn": "pending",
    "chưa giải quyết": "pending",
    "quá hạn": "any",
}


def row_reader(table, conn):
    """A function (line, cells) -> ``Item``, raising ``CellError``.

    Built once per file, it runs once per row (a million of them): every choice that depends only
    on the file's columns (which columns it has, where, how their cells are read) is made here,
    so ``read`` does nothing but read. Its length is the price of that: a helper called per row
    would cost more than it explains."""
    pos = table.pos
    restore = table.source.format in ("csv", "tsv", "xlsx")
    i_code, i_proc, i_rec, i_due = pos["code"], pos["procedure"], pos["received_on"], pos.get("due_on")
    i_field, i_app, i_chan, i_note, i_reason = (
        pos.get(k) for k in ("field", "applicant", "channel", "note", "return_reason")
    )
    channel = c.lookup(CHANNEL_WORDS, "imp_bad_channel")
    ctext = c.cached_text if restore else (lambda v: c.text(v, False))
    date = _date_reader()
    outcome_present = any(pos.get(col) is not None for col in OUTCOME_COLS)
    outcome_of = _outcome_reader(pos, date) if outcome_present else None
    due_of = _catalog_due(conn)
    i_hist = pos.get("pauses")
    pause_cols = [col for pair in PAUSE_PAIRS for col in pair if col in pos]
    facts = _fact_readers(pos)
    text = c.text

    def read(line: int, cells) -> Item:
        code = text(cells[i_code], restore)
        if code is None:
            raise c.CellError("code", "required", field="code")
        if not code.isascii():
            code = normal_code(code)
        proc = ctext(cells[i_proc])
        if proc is None:
            raise c.CellError("procedure", "required", field="procedure")
        received = date(cells[i_rec], "received_on")
        if received is None:
            raise c.CellError("received_on", "required", field="received_on")
        rec = {"code": code, "procedure": proc, "received_on": received}
        if i_field is not None:
            rec["field"] = ctext(cells[i_field])
        due = date(cells[i_due], "due_on") if i_due is not None else None
        if due is None:
            due, rec["procedure"], field = due_of(proc, received)
            if not rec.get("field"):
                rec["field"] = field
        rec["due_on"] = due
        if i_chan is not None:
            rec["channel"] = channel(cells[i_chan], "channel") or "direct"
        if i_app is not None:
            rec["applicant"] = ctext(cells[i_app])
        if i_note is not None:
            rec["note"] = text(cells[i_note], restore)
        if outcome_present:
            rec["outcome"], rec["finished_on"] = outcome_of(cells)
        if i_reason is not None:
            rec["return_reason"] = text(cells[i_reason], restore)
        if rec.get("outcome") == "returned" and not rec.get("return_reason") and rec.get("note"):
            rec["return_reason"] = rec["note"]  # the tracking book writes the reason under Ghi chú
        if facts:
            _facts(rec, cells, facts, i_chan is None)
        item = Item(rec, line=line)
        if pause_cols or i_hist is not None:
            _pauses(item, cells, pos, restore)
        return item

    return read


def _date_reader():
    """A function (cell, column) -> ISO date or None, cached by the cell's text: a million rows
    repeat a few thousand days."""
    dates: dict[str, str] = {}

    def read_date(raw: str | None, column: str) -> str | None:
        if not raw:
            return None
        hit = dates.get(raw)
        if hit is None:
            hit = c.date(raw, column)
            if hit is None:
                return None
            dates[raw] = hit
        return hit

    return read_date


def _outcome_reader(pos: dict, date):
    """A function cells -> (outcome, finished_on): from the resolved/returned/withdrawn dates (one
    at most), or from a status word with the finishing date; a status that contradicts the dates,
    or a finishing date without an outcome, is the row's problem."""
    status_of = c.lookup(STATUS_WORDS, "imp_bad_status")
    i_res, i_ret, i_wd, i_st, i_fin = (pos.get(k) for k in OUTCOME_COLS)

    def outcome_of(cells) -> tuple[str | None, str | None]:
        res = date(cells[i_res], "resolved_on") if i_res is not None else None
        ret = date(cells[i_ret], "returned_on") if i_ret is not None else None
        wd = date(cells[i_wd], "withdrawn_on") if i_wd is not None else None
        st = status_of(cells[i_st], "status") if i_st is not None else None
        if res is not None:
            outcome, fin = "resolved", res
            if ret is not None or wd is not None:
                raise c.CellError("returned_on" if ret else "withdrawn_on", "imp_two_outcomes")
        elif ret is not None:
            outcome, fin = "returned", ret
            if wd is not None:
                raise c.CellError("withdrawn_on", "imp_two_outcomes")
        elif wd is not None:
            outcome, fin = "withdrawn", wd
        else:
            outcome = fin = None
        if st is not None and st in OUTCOME_DATE:
            raw = c.text(cells[i_st])
            if outcome is None:
                fin = date(cells[i_fin], "finished_on") if i_fin is not None else None
                if fin is None:
                    raise c.CellError("status", "imp_status_needs_date", status=raw, column=OUTCOME_DATE[st])
                outcome = st
            elif outcome != st:
                raise c.CellError("status", "imp_status_conflict", status=raw, column=OUTCOME_DATE[outcome])
        elif outcome is None and i_fin is not None and c.text(cells[i_fin]):
            raise c.CellError("finished_on", "imp_finished_no_outcome")
        return outcome, fin

    return outcome_of


def _fact_readers(pos: dict) -> list[tuple[str, int, object]]:
    """(column, position, cell reader) of the service-quality facts the file has."""
    from cchc.domain import service_words as w

    flag = c.lookup(w.FLAG_WORDS, "imp_bad_flag")
    words = c.lookup(w.RATING_WORDS, "imp_bad_rating")

    def rating(raw: str | None, column: str) -> int | None:
        if raw is not None and raw.strip().replace(".0", "", 1).isdigit():
            raw = raw.strip().replace(".0", "", 1)  # a spreadsheet's 4.0
        return words(raw, column)

    readers = {
        "online_service": c.lookup(w.ONLINE_WORDS, "imp_bad_online"),
        "digitised": flag,
        "result_digitised": flag,
        "paid_online": flag,
        "rating": rating,
    }
    return [(col, pos[col], read) for col, read in readers.items() if col in pos]


def _facts(rec: dict, cells, facts, no_channel: bool) -> None:
    for col, i, read in facts:
        rec[col] = read(cells[i], col)
    if no_channel and rec.get("online_service"):
        rec["channel"] = "online"  # received fully or partly online: the online channel


def _catalog_due(conn):
    """(due, procedure name, field) from the catalog's processing time for a book without the
    appointment date; dates and catalog look-ups cached (a million rows repeat them)."""
    from cchc.store import procedures

    catalog: dict[str, tuple] = {}
    due_cache: dict[tuple[str, int], str] = {}
    cal: list = []

    def due_of(proc: str, received: str) -> tuple[str, str, str | None]:
        entry = catalog.get(proc)
        if entry is None:
            try:
                found = procedures.find(conn, proc)
            except CchcError as exc:
                raise c.CellError("procedure", exc.key, **exc.params) from None
            entry = catalog[proc] = (found["name"], found["field"], found["days"]) if found else ()
        if not entry:
            raise c.CellError("due_on", "imp_no_due", name=proc)
        if not cal:
            from cchc.store.calendar import load_calendar

            cal.append(load_calendar(conn))
        k = (received, entry[2])
        due = due_cache.get(k)
        if due is None:
            due = due_cache[k] = cal[0].due(date.fromisoformat(received), entry[2]).isoformat()
        return due, entry[0], entry[1]

    return due_of


def _pauses(item: Item, cells, pos: dict, restore: bool) -> None:
    """The wait for supplements and the new date, as the file gives them: the four columns, and
    ``pauses``, the whole history as ``cchc export`` writes it. With the history and without a
    paused_on column, the history's open wait is the dossier's pause; with paused_on alone (the
    book's "Tạm dừng từ"), that column decides the open wait and closed ones stay."""
    rec = item.rec
    for when, why in PAUSE_PAIRS:
        if when in pos:
            rec[when] = c.date(cells[pos[when]], when)
        if why in pos:
            rec[why] = c.text(cells[pos[why]], restore)
    if "pauses" not in pos:
        item.open_pause = "paused_on" in pos
        return
    raw = cells[pos["pauses"]]
    if raw is None or not raw.strip():
        opened = rec.get("paused_on")
        item.pauses = (
            [{"paused_on": opened, "resumed_on": None, "days": None, "reason": rec.get("pause_reason")}]
            if opened
            else []
        )
    else:
        item.pauses = _history(raw)
    if "paused_on" not in pos:
        last = item.pauses[-1] if item.pauses and item.pauses[-1]["resumed_on"] is None else None
        rec["paused_on"], rec["pause_reason"] = (last["paused_on"], last["reason"]) if last else (None, None)


def _history(raw: str) -> list[dict]:
    """The ``pauses`` cell: a JSON array of {paused_on, resumed_on, days, reason}."""

    def bad(detail: str) -> c.CellError:
        return c.CellError("pauses", "imp_bad_pauses", detail=detail)

    try:
        items = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise bad(str(exc)[:200]) from None
    if not isinstance(items, list):
        raise bad("not a JSON array")
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or set(item) - set(PAUSE_COLUMNS):
            raise bad(f"#{n}: an object with {', '.join(PAUSE_COLUMNS)}")
        entry = {}
        for col in ("paused_on", "resumed_on"):
            value = item.get(col)
            if value is not None and not isinstance(value, str):
                raise bad(f"#{n}: {col}: a date")
            try:
                entry[col] = c.date(value, "pauses")
            except c.CellError:
                raise bad(f"#{n}: {col}: {value!r}") from None
        reason = item.get("reason")
        if reason is not None and not isinstance(reason, str):
            raise bad(f"#{n}: reason: text")
        # inside the JSON cell nothing was neutralised: a leading quote is the reason's own
        entry["reason"] = c.text(reason, False) if reason is not None else None
        days = item.get("days")
        entry["days"] = days if days is None or (isinstance(days, int) and not isinstance(days, bool)) else str(days)
        out.append(entry)
    return out


def _heading(column: str, item: Item | None, table) -> str:
    """The file's heading for a problem the shared rules found in ``column``."""
    headings, pos = table.headings, table.pos
    rec = item.rec if item is not None else {}
    if column in ("finished_on", "outcome") or (column == "pauses" and "pauses" not in pos and "paused_on" not in pos):
        outcome_col = OUTCOME_DATE.get(rec.get("outcome") or "")
        for col in (outcome_col, "finished_on", "status"):
            if col and col in pos:
                return headings[col]
    if column == "pauses" and "pauses" not in pos and "paused_on" in pos:
        return headings["paused_on"]
    if column in ("paused_on", "pause_reason") and column not in pos and "pauses" in pos:
        return headings["pauses"]  # the pause came from the history
    return headings.get(column, column)


def import_dossiers(tx, table, problems, summary, provenance, tick=None) -> None:
    writer = Writer(tx, provenance=provenance, keep=False)
    read = row_reader(table, tx.conn)
    items: list[Item] = []

    def flush() -> None:
        by_line = {it.line: it for it in items}
        out = writer.write(items, apply=not problems)
        for line, p in out.problems:
            problems.add(line, _heading(p.column, by_line.get(line), table), p.key, p.params)
        summary.inserted += out.inserted
        summary.updated += out.updated
        summary.unchanged += out.unchanged
        summary.sample(out.written)
        items.clear()

    n = 0
    for line, row in table.rows():
        n += 1
        if tick is not None and not n & 8191:
            tick(n)
        try:
            items.append(read(line, row))
        except c.CellError as exc:
            problems.add(line, table.headings.get(exc.column, exc.column), exc.key, exc.params)
            continue
        if len(items) >= CHUNK:
            flush()
    if items:
        flush()
    summary.rows = n
    writer.close()
