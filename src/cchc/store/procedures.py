"""The procedure catalog (danh mục thủ tục hành chính): code, name, field and processing time in
working days. ``dossier add`` takes a dossier's field and appointment date from it.

Every change is audited (kind ``procedure``, key = code, before/after = ``snapshot``).
"""

from __future__ import annotations

from datetime import date

from cchc import i18n
from cchc.domain.errors import Conflict, InputError, NotFound
from cchc.domain.text import clean, key, required
from cchc.store import audit

STORED = ("code", "name", "field", "days")

i18n.register(
    {
        "procedure_exists": (
            "thủ tục {code} đã có trong danh mục ({name}); dùng 'cchc procedure edit'",
            "procedure {code} is already in the catalog ({name}); use 'cchc procedure edit'",
        ),
        "procedure_missing": ("không có thủ tục {code} trong danh mục", "no procedure {code} in the catalog"),
        "procedure_ambiguous": (
            "tên thủ tục {name!r} trùng ở nhiều mã ({codes}); dùng mã thủ tục",
            "procedure name {name!r} matches several codes ({codes}); use the code",
        ),
        "procedure_unknown": (
            "thủ tục {name!r} không có trong danh mục: thêm bằng 'cchc procedure add',"
            " hoặc cho --days N hay --due NGÀY",
            "procedure {name!r} is not in the catalog: add it with 'cchc procedure add',"
            " or give --days N or --due DATE",
        ),
        "added_procedure": (
            "đã thêm thủ tục {code}: {name} ({days} ngày làm việc)",
            "added procedure {code}: {name} ({days} working days)",
        ),
        "procedure_updated": ("đã sửa thủ tục {code}", "updated procedure {code}"),
    },
    labels={"days": ("Thời hạn (ngày LV)", "Days")},
)


def _conn(ledger_or_conn):
    return getattr(ledger_or_conn, "conn", ledger_or_conn)


def snapshot(conn, code: str) -> dict | None:
    row = conn.execute(f"SELECT {', '.join(STORED)} FROM procedures WHERE code = ?", (code,)).fetchone()
    return dict(zip(STORED, row, strict=True)) if row else None


def check(code: str | None, name: str | None, field: str | None, days) -> dict:
    """A catalog row from raw values; raises InputError naming the bad value."""
    from cchc.store.calendar import check_days

    return {
        "code": required(code, "code"),
        "name": required(name, "name"),
        "field": clean(field),
        "days": check_days(days),
    }


def get(ledger, code: str) -> dict:
    row = snapshot(_conn(ledger), clean(code) or "")
    if row is None:
        raise NotFound("procedure_missing", code=clean(code) or "")
    return row


def find(ledger, text: str) -> dict | None:
    """The catalog entry whose code is ``text``, else whose name is ``text`` (compared in NFC,
    ignoring case and repeated spaces); None when there is none."""
    conn = _conn(ledger)
    text = clean(text) or ""
    row = snapshot(conn, text)
    if row:
        return row
    rows = conn.execute(
        f"SELECT {', '.join(STORED)} FROM procedures WHERE name_key = ? ORDER BY code",
        (key(text),),
    ).fetchall()
    if len(rows) > 1:
        raise Conflict("procedure_ambiguous", name=text, codes=", ".join(r[0] for r in rows))
    return dict(zip(STORED, rows[0], strict=True)) if rows else None


def add(ledger, code: str, name: str, field: str | None, days: int) -> dict:
    row = check(code, name, field, days)
    with ledger.write() as conn:
        old = snapshot(conn, row["code"])
        if old:
            raise Conflict("procedure_exists", code=row["code"], name=old["name"])
        conn.execute(
            "INSERT INTO procedures (code, name, name_key, field, days)"
            " VALUES (:code, :name, :name_key, :field, :days)",
            {**row, "name_key": key(row["name"])},
        )
        audit.record(conn, ledger.command, "procedure", row["code"], "insert", None, row)
    return row


def edit(ledger, code: str, name: str | None = None, field: str | None = None, days: int | None = None) -> dict:
    if name is None and field is None and days is None:
        raise InputError("nothing_to_edit")
    with ledger.write() as conn:
        before = get(conn, code)
        row = check(
            before["code"],
            before["name"] if name is None else name,
            before["field"] if field is None else field,
            before["days"] if days is None else days,
        )
        if row != before:
            _update(conn, row)
            audit.record(conn, ledger.command, "procedure", row["code"], "update", before, row)
    return row


def _update(conn, row: dict) -> None:
    conn.execute(
        "UPDATE procedures SET name = :name, name_key = :name_key, field = :field, days = :days WHERE code = :code",
        {**row, "name_key": key(row["name"])},
    )


def upsert_many(conn, rows: list[dict], command: str = "import") -> tuple[int, int, int]:
    """Insert or update catalog rows (already checked with ``check``) inside the caller's
    transaction, with their audit entries. Returns (inserted, updated, unchanged)."""
    inserted = updated = unchanged = 0
    changes = []
    for row in rows:
        row = {k: row.get(k) for k in STORED}
        before = snapshot(conn, row["code"])
        if before is None:
            conn.execute(
                "INSERT INTO procedures (code, name, name_key, field, days)"
                " VALUES (:code, :name, :name_key, :field, :days)",
                {**row, "name_key": key(row["name"])},
            )
            changes.append(("procedure", row["code"], "insert", None, row))
            inserted += 1
        elif before != row:
            _update(conn, row)
            changes.append(("procedure", row["code"], "update", before, row))
            updated += 1
        else:
            unchanged += 1
    if changes:
        audit.record_many(conn, command, changes)
    return inserted, updated, unchanged


def list_procedures(ledger, field: str | None = None) -> list[dict]:
    sql = f"SELECT {', '.join(STORED)} FROM procedures"
    params: tuple = ()
    if field:
        sql += " WHERE field = ?"
        params = (clean(field),)
    return ledger.rows(sql + " ORDER BY code", params)


def for_dossier(
    ledger,
    procedure: str,
    received_on: date,
    *,
    due_on: date | None = None,
    days: int | None = None,
    field: str | None = None,
) -> dict:
    """The procedure name, field and appointment date of a new dossier.

    ``due_on`` (typed) wins; else ``days`` working days; else the catalog's days. The catalog
    names the procedure and gives the field unless one is typed. The calendar (and so the
    ``holidays`` package) is only loaded when a date has to be computed.
    """
    proc = find(ledger, procedure)
    name = proc["name"] if proc else required(procedure, "procedure")
    field = clean(field) or (proc["field"] if proc else None)
    if due_on is None:
        if days is None:
            if proc is None:
                raise InputError("procedure_unknown", name=name)
            days = proc["days"]
        from cchc.store.calendar import check_days, load_calendar

        due_on = load_calendar(ledger).due(received_on, check_days(days))
    return {"procedure": name, "field": field, "due_on": due_on, "procedure_code": proc["code"] if proc else None}
