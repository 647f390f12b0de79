"""``cchc outreach add|edit|delete|list|show|kinds``: communication work on administrative reform
(tuyên truyền CCHC). An activity is named by its kind, date and title."""

from __future__ import annotations

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(help="Tuyên truyền CCHC / communication work.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
KIND = typer.Option(
    ..., "--kind", help="tin-bai, ban-tin, hoi-nghi, phat-thanh, mang-xa-hoi, ... (cchc outreach kinds)"
)
ON = typer.Option(..., "--on", help="Ngày / date")
TITLE = typer.Option(..., "--title", help="Tiêu đề / title")
OUTLET = typer.Option(None, "--outlet", help="Nơi đăng, ví dụ Cổng thông tin điện tử tỉnh / outlet")
COUNT = typer.Option(None, "--count", min=1, help="Số tin, bài, lượt (mặc định 1) / how many items")
NOTE = typer.Option(None, "--note")
COLUMNS = ["activity_on", "kind_name", "title", "outlet", "count"]


def _emit(ctx, row: dict, json: bool, key: str) -> None:
    from cchc.store.outreach import outreach_key

    if json:
        from cchc.domain.records import OutreachRecord, dump
        from cchc.render import jsonout

        jsonout.emit(dump(OutreachRecord, [row])[0])
        return
    common.info(ctx, key, activity=outreach_key((row["kind"], row["held_on"], row["title"])))


@app.command("add")
def add(
    ctx: typer.Context,
    kind: str = KIND,
    on: str = ON,
    title: str = TITLE,
    outlet: str = OUTLET,
    count: int = COUNT,
    note: str = NOTE,
    json: bool = JSON,
) -> None:
    """Ghi một hoạt động tuyên truyền / record a communication activity."""
    from cchc.services import outreach

    when = common.day(on)
    with common.ledger(ctx, create=True) as led:
        row = outreach.add(led, kind, when, title, outlet, count, note)
    _emit(ctx, row, json, "added_outreach")


@app.command("edit")
def edit(
    ctx: typer.Context,
    kind: str = KIND,
    on: str = ON,
    title: str = TITLE,
    outlet: str = OUTLET,
    count: int = COUNT,
    note: str = NOTE,
    json: bool = JSON,
) -> None:
    """Sửa nơi đăng, số lượng, ghi chú (loại, ngày, tiêu đề là khóa) / edit outlet, count, note."""
    from cchc.services import outreach

    when = common.day(on)
    with common.ledger(ctx) as led:
        row = outreach.edit(led, kind, when, title, outlet=outlet, count=count, note=note)
    _emit(ctx, row, json, "outreach_updated")


@app.command("delete")
def delete(
    ctx: typer.Context,
    kind: str = KIND,
    on: str = ON,
    title: str = TITLE,
    reason: str = typer.Option(..., "--reason", help="Lý do xóa / why"),
    json: bool = JSON,
) -> None:
    """Xóa một hoạt động (nhật ký giữ lại nội dung và lý do) / delete an activity."""
    from cchc.services import outreach

    when = common.day(on)
    with common.ledger(ctx) as led:
        row = outreach.delete(led, kind, when, title, reason)
    if json:
        from cchc.render import jsonout

        jsonout.emit({**row, "deleted": True})
        return
    from cchc.store.outreach import outreach_key

    common.info(ctx, "outreach_deleted", activity=outreach_key((row["kind"], row["held_on"], row["title"])))


@app.command("list")
def list_(
    ctx: typer.Context,
    kind: str = typer.Option(None, "--kind", help="Chỉ loại này / only this kind"),
    date_from: str = typer.Option(None, "--from"),
    date_to: str = typer.Option(None, "--to"),
    json: bool = JSON,
) -> None:
    """Danh sách hoạt động tuyên truyền / list communication work."""
    from cchc.domain.outreach import kind_key, kind_name
    from cchc.store import outreach

    with common.ledger(ctx) as led:
        rows = outreach.list_outreach(led, kind_key(kind) if kind else None, common.day(date_from), common.day(date_to))
    if json:
        from cchc.domain.records import OutreachRecord, dump
        from cchc.render import jsonout

        jsonout.emit(dump(OutreachRecord, rows))
        return
    from cchc.render import tables

    tr = common.tr(ctx)
    for r in rows:
        r["kind_name"], r["activity_on"] = kind_name(r["kind"], tr.lang), r["held_on"]
    total = sum(r["count"] for r in rows)
    tables.print_table(
        rows, COLUMNS, tr=tr, caption=f"{len(rows)} {tr.label('kind_outreach')}; {tr.label('count')}: {total}"
    )


@app.command("show")
def show(ctx: typer.Context, kind: str = KIND, on: str = ON, title: str = TITLE, json: bool = JSON) -> None:
    """Một hoạt động / one activity."""
    from cchc.domain.outreach import kind_name
    from cchc.services.outreach import key_of
    from cchc.store import outreach

    with common.ledger(ctx) as led:
        row = outreach.get(led, *key_of(kind, common.day(on), title))
    if json:
        _emit(ctx, row, True, "")
        return
    from cchc.render import tables

    tr = common.tr(ctx)
    keys = ["kind_name", "activity_on", "title", "outlet", "count", "note"]
    tables.print_record(
        {**row, "kind_name": kind_name(row["kind"], tr.lang), "activity_on": row["held_on"]}, keys, tr=tr
    )


@app.command("kinds")
def kinds(ctx: typer.Context, json: bool = JSON) -> None:
    """Các hình thức tuyên truyền / kinds of communication work."""
    from cchc.domain.outreach import OUTREACH_KINDS

    rows = [{"key": k, "name": vi, "name_en": en} for k, vi, en, _ in OUTREACH_KINDS]
    if json:
        from cchc.render import jsonout

        jsonout.emit(rows)
        return
    from cchc.render import tables

    tr = common.tr(ctx)
    tables.print_table(rows, ["key", "name_en" if tr.lang == "en" else "name"], tr=tr)
