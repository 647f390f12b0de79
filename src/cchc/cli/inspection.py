"""``cchc inspection add|edit|done|delete|list|show``: inspections of reform work and the
follow-up each requires, tracked like a task (open, done, overdue)."""

from __future__ import annotations

from datetime import date

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(help="Kiểm tra công tác CCHC / inspections of reform work.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
REF = typer.Argument(..., help="Số hiệu cuộc kiểm tra, ví dụ 2022#1 / reference")
COLUMNS = ["inspection_ref", "inspected_on", "inspected_unit", "follow_up", "due_on", "status", "done_on"]


def _display(row: dict) -> dict:
    """The row under the headings a reader expects of an inspection."""
    return {**row, "inspection_ref": row["ref"], "inspected_on": row["held_on"], "inspected_unit": row["unit"]}


def _fields(body, findings, follow_up, due, evidence, document, note) -> dict:
    return {
        "body": body,
        "findings": findings,
        "follow_up": follow_up,
        "due_on": common.optional_day(due) if due else (due if due == "" else None),
        "evidence": evidence,
        "document": document,
        "note": note,
    }


BODY = typer.Option(None, "--body", help="Đoàn / cơ quan kiểm tra / inspecting body")
FINDINGS = typer.Option(None, "--findings", help="Kết quả kiểm tra, tồn tại phát hiện / findings")
FOLLOW_UP = typer.Option(None, "--follow-up", help="Yêu cầu khắc phục / the follow-up required")
DUE = typer.Option(None, "--due", help="Thời hạn khắc phục / its deadline")
EVIDENCE = typer.Option(None, "--evidence", help="Kết quả khắc phục / evidence")
DOCUMENT = typer.Option(None, "--document", help="Văn bản (kế hoạch, thông báo kết luận) trong sổ / document")
NOTE = typer.Option(None, "--note")


def _emit(ctx, row: dict, json: bool, key: str) -> None:
    if json:
        from cchc.domain.records import InspectionRecord, dump
        from cchc.render import jsonout

        jsonout.emit(dump(InspectionRecord, [row])[0])
        return
    tr = common.tr(ctx)
    status = tr.label(row["status"]) if row.get("status") else ""
    common.info(ctx, key, ref=row["ref"], status=status)


@app.command("add")
def add(
    ctx: typer.Context,
    on: str = typer.Option(..., "--on", help="Ngày kiểm tra / date held"),
    unit: str = typer.Option(..., "--unit", help="Đơn vị được kiểm tra / unit inspected"),
    body: str = BODY,
    findings: str = FINDINGS,
    follow_up: str = FOLLOW_UP,
    due: str = DUE,
    evidence: str = EVIDENCE,
    document: str = DOCUMENT,
    note: str = NOTE,
    json: bool = JSON,
) -> None:
    """Ghi một cuộc kiểm tra (đánh số trong năm: 2022#1) / record an inspection (numbered within
    its year)."""
    from cchc.services import inspections

    when = common.day(on)
    fields = _fields(body, findings, follow_up, due, evidence, document, note)
    with common.ledger(ctx, create=True) as led:
        row = inspections.add(led, when, unit, **fields)
    _emit(ctx, row, json, "added_inspection")


@app.command("edit")
def edit(
    ctx: typer.Context,
    ref: str = REF,
    on: str = typer.Option(None, "--on", help="Ngày kiểm tra (trong cùng năm) / date held"),
    unit: str = typer.Option(None, "--unit"),
    body: str = BODY,
    findings: str = FINDINGS,
    follow_up: str = FOLLOW_UP,
    due: str = DUE,
    evidence: str = EVIDENCE,
    document: str = DOCUMENT,
    note: str = NOTE,
    json: bool = JSON,
) -> None:
    """Sửa cuộc kiểm tra ("" xóa trường đó) / edit an inspection ("" clears a field)."""
    from cchc.services import inspections

    fields = _fields(body, findings, follow_up, due, evidence, document, note)
    with common.ledger(ctx) as led:
        row = inspections.edit(led, ref, held_on=common.day(on), unit=unit, **fields)
    _emit(ctx, row, json, "inspection_updated")


@app.command("done")
def done(
    ctx: typer.Context,
    ref: str = REF,
    on: str = typer.Option(..., "--on", help="Ngày khắc phục xong / date done"),
    evidence: str = EVIDENCE,
    json: bool = JSON,
) -> None:
    """Yêu cầu khắc phục đã xong / the follow-up is done."""
    from cchc.services import inspections

    when = common.day(on)
    with common.ledger(ctx) as led:
        row = inspections.done(led, ref, when, evidence)
    _emit(ctx, row, json, "inspection_updated")


@app.command("delete")
def delete(
    ctx: typer.Context,
    ref: str = REF,
    reason: str = typer.Option(..., "--reason", help="Lý do xóa / why"),
    json: bool = JSON,
) -> None:
    """Xóa cuộc kiểm tra (nhật ký giữ lại nội dung và lý do) / delete an inspection."""
    from cchc.services import inspections

    with common.ledger(ctx) as led:
        row = inspections.delete(led, ref, reason)
    if json:
        from cchc.render import jsonout

        jsonout.emit({**row, "deleted": True})
        return
    common.info(ctx, "inspection_deleted", ref=f"{row['year']}#{row['number']}")


@app.command("list")
def list_(
    ctx: typer.Context,
    date_from: str = typer.Option(None, "--from"),
    date_to: str = typer.Option(None, "--to"),
    status: str = typer.Option(None, "--status", help="open|done|overdue (yêu cầu khắc phục / the follow-up)"),
    overdue: bool = typer.Option(False, "--overdue", help="= --status overdue"),
    as_of: str = typer.Option(None, "--as-of", help="Trạng thái tính đến ngày (mặc định hôm nay) / as of"),
    json: bool = JSON,
) -> None:
    """Danh sách cuộc kiểm tra và yêu cầu khắc phục / list inspections and their follow-ups."""
    from cchc.domain.errors import InputError
    from cchc.store import inspections

    status = "overdue" if overdue else status
    if status is not None and status not in ("open", "done", "overdue"):
        raise InputError("bad_choice", field="--status", value=status, choices="open, done, overdue")
    when = (common.day(as_of) or date.today()).isoformat()
    with common.ledger(ctx) as led:
        rows = inspections.list_inspections(led, when, common.day(date_from), common.day(date_to), status)
    if json:
        from cchc.domain.records import InspectionRecord, dump
        from cchc.render import jsonout

        jsonout.emit(dump(InspectionRecord, rows))
        return
    from cchc.render.registers_view import print_rows

    tr = common.tr(ctx)
    columns = COLUMNS if any(r["done_on"] for r in rows) else COLUMNS[:-1]
    print_rows(
        [_display(r) for r in rows],
        columns,
        tr=tr,
        fixed=("inspection_ref", "inspected_on", "due_on", "done_on"),
        formats={"status": lambda v: tr.label(v) if v else ""},
        caption=f"{len(rows)} {tr.label('kind_inspection')}",
    )


@app.command("show")
def show(ctx: typer.Context, ref: str = REF, json: bool = JSON) -> None:
    """Một cuộc kiểm tra / one inspection."""
    from cchc.store import inspections

    with common.ledger(ctx) as led:
        row = inspections.get(led, ref, date.today().isoformat())
    if json:
        _emit(ctx, row, True, "")
        return
    from cchc.render import tables

    keys = ["inspection_ref", "inspected_on", "inspected_unit", "body", "findings", "follow_up", "due_on", "status"]
    tables.print_record(_display(row), keys + ["done_on", "evidence", "document", "note"], tr=common.tr(ctx))
