"""``cchc procedure add|list|edit|import``: the procedure catalog."""

from __future__ import annotations

import typer

from cchc.cli import common

app = typer.Typer(no_args_is_help=True, help="Danh mục thủ tục / procedure catalog.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
CODE = typer.Argument(..., help="Mã thủ tục / procedure code")
COLUMNS = ["code", "name", "field", "days"]


@app.command("add")
def add(
    code: str = CODE,
    name: str = typer.Option(..., "--name", help="Tên thủ tục / procedure name"),
    field: str = typer.Option(None, "--field", help="Lĩnh vực / field"),
    days: int = typer.Option(..., "--days", help="Thời hạn giải quyết (ngày làm việc) / days"),
    json: bool = JSON,
) -> None:
    """Thêm thủ tục vào danh mục / add a procedure to the catalog."""
    from cchc.i18n import msg
    from cchc.store import procedures

    with common.ledger(create=True) as led:
        row = procedures.add(led, code, name, field, days)
    if json:
        from cchc.render import jsonout

        jsonout.emit(row)
        return
    common.info(msg("added_procedure", **row))


@app.command("edit")
def edit(
    code: str = CODE,
    name: str = typer.Option(None, "--name", help="Tên mới / new name"),
    field: str = typer.Option(None, "--field", help="Lĩnh vực mới / new field"),
    days: int = typer.Option(None, "--days", help="Thời hạn mới (ngày làm việc) / new days"),
    json: bool = JSON,
) -> None:
    """Sửa thủ tục (hồ sơ đã nhận giữ nguyên ngày hẹn) / edit a procedure (dossiers already
    received keep their appointment dates)."""
    from cchc.i18n import msg
    from cchc.store import procedures

    with common.ledger() as led:
        row = procedures.edit(led, code, name, field, days)
    if json:
        from cchc.render import jsonout

        jsonout.emit(row)
        return
    common.info(msg("procedure_updated", code=row["code"]))


@app.command("list")
def list_(
    field: str = typer.Option(None, "--field", help="Chỉ lĩnh vực này / only this field"),
    json: bool = JSON,
) -> None:
    """Danh mục thủ tục / list the catalog."""
    from cchc.i18n import label
    from cchc.store import procedures

    with common.ledger() as led:
        rows = procedures.list_procedures(led, field)
    if json:
        from cchc.render import jsonout

        jsonout.emit(rows)
        return
    from cchc.render import tables

    tables.print_table(rows, COLUMNS, caption=f"{len(rows)} {label('procedures').lower()}")


@app.command("import")
def import_(
    path: str = typer.Argument(..., metavar="FILE", help="CSV (code,name,field,days) or JSON"),
    json: bool = JSON,
) -> None:
    """Nhập danh mục từ tệp (thêm mới hoặc cập nhật theo mã) / import a catalog file (insert or
    update by code); every row is checked before anything is written."""
    from cchc.i18n import msg
    from cchc.services import procedure_file
    from cchc.store import procedures

    rows = procedure_file.read(path)
    with common.ledger(create=True) as led:
        with led.write() as conn:
            inserted, updated, unchanged = procedures.upsert_many(conn, rows, led.command)
    result = {"file": str(path), "rows": len(rows), "inserted": inserted, "updated": updated, "unchanged": unchanged}
    if json:
        from cchc.render import jsonout

        jsonout.emit(result)
        return
    common.info(msg("procedures_imported", **result))


def _register() -> None:
    from cchc import i18n

    i18n.register(
        {
            "procedures_imported": (
                "{file}: {rows} thủ tục — thêm {inserted}, cập nhật {updated}, giữ nguyên {unchanged}",
                "{file}: {rows} procedures — {inserted} added, {updated} updated, {unchanged} unchanged",
            )
        },
        labels={"procedures": ("Thủ tục", "Procedures")},
    )


_register()
