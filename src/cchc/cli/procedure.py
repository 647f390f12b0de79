"""``cchc procedure add|list|edit|import``: the procedure catalog."""

from __future__ import annotations

import typer

from cchc.cli import common, complete
from cchc.cli.framework import App

app = App(help="Danh mục thủ tục / procedure catalog.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
CODE = typer.Argument(..., help="Mã thủ tục / procedure code", autocompletion=complete.procedure_codes)
COLUMNS = ["code", "name", "field", "days"]


@app.command("add")
def add(
    ctx: typer.Context,
    code: str = CODE,
    name: str = typer.Option(..., "--name", help="Tên thủ tục / procedure name"),
    field: str = typer.Option(None, "--field", help="Lĩnh vực / field"),
    days: int = typer.Option(..., "--days", help="Thời hạn giải quyết (ngày làm việc) / days"),
    json: bool = JSON,
) -> None:
    """Thêm thủ tục vào danh mục / add a procedure to the catalog."""
    from cchc.services import procedures

    with common.ledger(ctx, create=True) as led:
        row = procedures.add(led, code, name, field, days)
    if json:
        from cchc.render import jsonout

        jsonout.emit(row)
        return
    common.info(ctx, "added_procedure", **row)


@app.command("edit")
def edit(
    ctx: typer.Context,
    code: str = CODE,
    name: str = typer.Option(None, "--name", help="Tên mới / new name"),
    field: str = typer.Option(None, "--field", help="Lĩnh vực mới / new field"),
    days: int = typer.Option(None, "--days", help="Thời hạn mới (ngày làm việc) / new days"),
    json: bool = JSON,
) -> None:
    """Sửa thủ tục (hồ sơ đã nhận giữ nguyên ngày hẹn) / edit a procedure (dossiers already
    received keep their appointment dates)."""
    from cchc.services import procedures

    with common.ledger(ctx) as led:
        row = procedures.edit(led, code, name, field, days)
    if json:
        from cchc.render import jsonout

        jsonout.emit(row)
        return
    common.info(ctx, "procedure_updated", code=row["code"])


@app.command("list")
def list_(
    ctx: typer.Context,
    field: str = typer.Option(None, "--field", help="Chỉ lĩnh vực này / only this field"),
    json: bool = JSON,
) -> None:
    """Danh mục thủ tục / list the catalog."""
    from cchc.store import procedures

    with common.ledger(ctx) as led:
        rows = procedures.list_procedures(led, field)
    if json:
        from cchc.render import jsonout

        jsonout.emit(rows)
        return
    from cchc.render import tables

    tr = common.tr(ctx)
    tables.print_table(rows, COLUMNS, tr=tr, caption=tr.msg_n("count_procedures", len(rows)), drop=("field",))


@app.command("import")
def import_(
    ctx: typer.Context,
    file: str = typer.Argument(..., metavar="FILE", help="Tệp csv/tsv/json/jsonl/xlsx, hoặc - (stdin)"),
    fmt: str = typer.Option(None, "--format", help="csv|tsv|json|jsonl|xlsx (default: from the extension)"),
    encoding: str = typer.Option(None, "--encoding", help="Bảng mã của tệp cũ, ví dụ cp1258 (default utf-8)"),
    dry_run: bool = typer.Option(False, "--dry-run", help="Chỉ kiểm tra, không ghi / validate, write nothing"),
    json: bool = JSON,
) -> None:
    """Nhập danh mục từ tệp = 'cchc import procedures' / import a catalog file (insert or update
    by code); every row is checked before anything is written."""
    from cchc.cli.importing import run_import

    run_import(ctx, "procedures", file, fmt, encoding, dry_run, json)
