"""``cchc export NOUN``: the records as ``cchc <noun> list --json`` shows them, streamed.

Columns are the list's JSON keys, so an export imports back unchanged. CSV and xlsx cells that a
spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage
return) are neutralised with a leading ``'``; ``cchc import`` takes it off again.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date

from cchc.domain.errors import InputError
from cchc.services.imports import NOUNS  # what an export writes is what an import reads back
from cchc.services.imports.readers import looks_like_formula
from cchc.store import window

FORMATS = ("csv", "json", "jsonl", "xlsx")
# the order an empty ledger takes them back in: a task needs its plan, a meeting its kind, a
# dossier's computed dates the calendar; then the registers in NOUNS's order (a document needs the
# tasks it serves, an inspection its document, evidence its criterion and what it points at)
_FIRST = ("settings", "plans", "tasks", "meeting-kinds", "meetings", "procedures", "calendar", "dossiers")
ALL = _FIRST + tuple(noun for noun in NOUNS if noun not in _FIRST)


def neutralise(value):
    """``=1+1`` -> ``'=1+1``; a text that already looks neutralised (``'=x``) gets a second
    quote, so that import, which takes one off, always gives back the original."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def _query(noun: str, date_from: date | None, date_to: date | None) -> tuple[str, dict, str]:
    """SQL, parameters and the column the --from/--to window applies to."""
    # status as of today; every recorded outcome, whatever its date: an export is the ledger
    params: dict = {"as_of": date.today().isoformat(), "now": "9999-12-31", "seen": "9999-12-31"}
    if noun == "dossiers":
        from cchc.store.dossiers import SELECT

        return SELECT, params, "d.received_on"
    if noun == "tasks":
        from cchc.store.tasks import PUBLIC_KEYS, SELECT

        cols = ", ".join(PUBLIC_KEYS)
        return f"SELECT {cols} FROM ({SELECT})", params, "due_on"
    if noun == "inspections":
        from cchc.store.inspections import SELECT

        return f"SELECT * FROM ({SELECT})", params, "held_on"
    table, columns, window_column = _tables()[noun]
    return f"SELECT {', '.join(columns)} FROM {table}", params, window_column


def _tables() -> dict[str, tuple[str, tuple[str, ...], str]]:
    """noun -> (table, the record's columns as its rules list them, the --from/--to column)."""
    from cchc.domain.rules import calendar, documents, meetings, outreach, procedures, reform_index, report_notes
    from cchc.domain.rules import settings as particulars
    from cchc.store.plans import PLAN_COLUMNS

    return {
        "meetings": ("meetings", meetings.COLUMNS, "held_on"),
        "plans": ("plans", PLAN_COLUMNS, "issued_on"),
        "meeting-kinds": ("meeting_kinds", meetings.KIND_COLUMNS, ""),
        "settings": ("settings", particulars.COLUMNS, ""),
        "calendar": ("calendar_overrides", calendar.COLUMNS, "day"),
        "procedures": ("procedures", procedures.COLUMNS, ""),
        "documents": ("documents", documents.COLUMNS, "issued_on"),
        "outreach": ("outreach", outreach.COLUMNS, "held_on"),
        "index-criteria": ("index_criteria", reform_index.CRITERION_COLUMNS, ""),
        "index-evidence": ("index_evidence", reform_index.EVIDENCE_COLUMNS, ""),
        "index-results": ("index_results", reform_index.RESULT_COLUMNS, ""),
        "report-notes": ("report_notes", report_notes.COLUMNS, ""),
    }


ORDER = {
    "dossiers": "d.received_on, d.code",
    "tasks": "plan, number",
    "meetings": "held_on, kind, title",
    "plans": "year, code",
    "procedures": "code",
    "meeting-kinds": "rowid",
    "calendar": "day",
    "settings": "key",
    "documents": "issued_on IS NULL, issued_on, code",
    "outreach": "held_on, kind, title",
    "inspections": "year, number",
    "index-criteria": "year, code",
    "index-evidence": "year, criterion, kind, ref",
    "index-results": "year",
    "report-notes": "period, section",
}


def records(
    ledger, noun: str, date_from: date | None = None, date_to: date | None = None
) -> tuple[list[str], Iterator[tuple]]:
    """The column names and a cursor over the rows (nothing is held in memory)."""
    if noun not in NOUNS:
        raise InputError("bad_choice", field="noun", value=noun, choices=", ".join(NOUNS))
    sql, params, column = _query(noun, date_from, date_to)
    where: list[str] = []
    if column:
        window.between(where, params, column, date_from, date_to)
    if where:
        sql += " WHERE " + " AND ".join(where)
    cur = ledger.conn.execute(sql + " ORDER BY " + ORDER[noun], params)
    cols = [d[0] for d in cur.description]
    if noun == "dossiers":
        from cchc.domain.rules.dossiers import FLAGS

        i, j = cols.index("overdue"), cols.index("pauses")
        flags = [cols.index(f) for f in FLAGS]

        def public(r: tuple) -> tuple:
            r = list(r)
            r[i] = bool(r[i])
            if r[j] is not None:
                r[j] = json.loads(r[j])  # a nested list in JSON; JSON text in a CSV cell
            for k in flags:
                if r[k] is not None:
                    r[k] = bool(r[k])
            return tuple(r)

        return cols, map(public, cur)
    return cols, iter(cur)


YES_NO = {"keys": ("true", "false"), "vi": ("có", "không")}
HEADINGS = ("keys", "vi")


def _cell(value, headings: str = "keys"):
    """A CSV/xlsx cell: nested values (a dossier's pauses) as JSON text, yes/no as words (JSON's
    true/false, or có/không under Vietnamese headings), formulas neutralised."""
    if isinstance(value, bool):
        return YES_NO[headings][0 if value else 1]
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return neutralise(value)


def header(cols: list[str], noun: str | None, headings: str) -> list[str]:
    """The heading row: the JSON keys, or the Vietnamese headings the importers read back."""
    if headings not in HEADINGS:
        raise InputError("bad_choice", field="--headings", value=headings, choices=", ".join(HEADINGS))
    if headings == "keys" or noun is None:
        return list(cols)
    from cchc.services.imports.headings import vi_heading

    return [vi_heading(noun, c) for c in cols]


def write(
    cols: list[str], rows: Iterator[tuple], fmt: str, out, *, bom: bool = False, headings: str = "keys", noun=None
) -> int:
    """Write to ``out`` (a binary stream); returns the number of rows. ``headings``: ``keys`` (the
    JSON keys) or ``vi`` (Vietnamese headings, for CSV and xlsx; JSON keeps its keys)."""
    if fmt not in FORMATS:
        raise InputError("bad_choice", field="--format", value=fmt, choices=", ".join(FORMATS))
    head = header(cols, noun, headings)
    if fmt == "xlsx":
        return _xlsx(cols, head, rows, out, headings)
    import io

    text = io.TextIOWrapper(
        out, encoding="utf-8-sig" if bom and fmt == "csv" else "utf-8", newline="", write_through=False
    )
    n = 0
    try:
        if fmt == "csv":
            w = csv.writer(text, lineterminator="\r\n")
            w.writerow(head)
            for r in rows:
                w.writerow([_cell(v, headings) for v in r])
                n += 1
        elif fmt == "jsonl":
            for r in rows:
                text.write(json.dumps(dict(zip(cols, r, strict=True)), ensure_ascii=False) + "\n")
                n += 1
        else:
            text.write("[")
            for r in rows:
                text.write(
                    ("," if n else "") + "\n  " + json.dumps(dict(zip(cols, r, strict=True)), ensure_ascii=False)
                )
                n += 1
            text.write("\n]\n" if n else "]\n")
        text.flush()
    finally:
        text.detach()
    return n


def _is_date(col: str) -> bool:
    return col.endswith("_on") or col == "day"


def _xlsx(cols: list[str], head: list[str], rows: Iterator[tuple], out, headings: str) -> int:
    """A workbook with real date cells (shown day first), yes/no as booleans (or có/không under
    Vietnamese headings), numbers as numbers, the heading row frozen and bold."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("cchc")
    ws.freeze_panes = "A2"
    dates = [i for i, c in enumerate(cols) if _is_date(c)]
    for i, c in enumerate(cols):
        ws.column_dimensions[_letter(i + 1)].width = 12 if _is_date(c) else min(max(len(head[i]) + 2, 10), 40)
    bold = Font(bold=True)
    heading_row = []
    for h in head:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        heading_row.append(cell)
    ws.append(heading_row)
    n = 0
    for r in rows:
        values = [v if isinstance(v, bool) and headings == "keys" else _cell(v, headings) for v in r]
        cells = values
        if dates:
            cells = list(values)
            for i in dates:
                v = values[i]
                if isinstance(v, str) and len(v) == 10:
                    cell = WriteOnlyCell(ws, value=date.fromisoformat(v))
                    cell.number_format = "DD/MM/YYYY"
                    cells[i] = cell
        ws.append(cells)
        n += 1
    wb.save(out)
    return n


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i)
