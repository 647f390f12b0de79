"""``cchc meeting add|edit|delete|list|kinds|kind-add``."""

from __future__ import annotations

import typer

from cchc.cli import common, complete
from cchc.cli.framework import App

app = App(help="Họp giao ban / briefing meetings.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")


@app.command("add")
def add(
    ctx: typer.Context,
    kind: str = typer.Option(
        ..., "--kind", help="office, chairman, ... (cchc meeting kinds)", autocompletion=complete.meeting_kinds
    ),
    on: str = typer.Option(..., "--on", help="Ngày họp / date held"),
    title: str = typer.Option(None, "--title"),
    chair: str = typer.Option(None, "--chair", help="Chủ trì / chaired by"),
    note: str = typer.Option(None, "--note"),
) -> None:
    """Ghi một cuộc họp / record a meeting."""
    from cchc.services import meetings

    when = common.day(on)
    with common.ledger(ctx, create=True) as led:
        m = meetings.add(led, kind, when, title, chair, note)
    common.info(ctx, "added_meeting", kind=m["kind"], held_on=m["held_on"])


@app.command("list")
def list_(
    ctx: typer.Context,
    kind: str = typer.Option(None, "--kind", autocompletion=complete.meeting_kinds),
    date_from: str = typer.Option(None, "--from"),
    date_to: str = typer.Option(None, "--to"),
    json: bool = JSON,
) -> None:
    """Danh sách cuộc họp / list meetings."""
    from cchc.render import jsonout, tables
    from cchc.store import meetings

    with common.ledger(ctx) as led:
        rows = meetings.list_meetings(led, kind, common.day(date_from), common.day(date_to))
    if json:
        from cchc.domain.records import MeetingRecord, dump

        jsonout.emit(dump(MeetingRecord, rows))
    else:
        tr = common.tr(ctx)
        tables.print_table(
            rows,
            ["held_on", "kind", "title", "chair", "note"],
            tr=tr,
            caption=tr.msg_n("count_meetings", len(rows)),
            drop=("note", "chair", "kind"),
        )


@app.command("kinds")
def kinds(ctx: typer.Context, json: bool = JSON) -> None:
    """Các loại cuộc họp / meeting kinds."""
    from cchc.render import jsonout, tables
    from cchc.store import meetings

    with common.ledger(ctx) as led:
        rows = meetings.kinds(led)
    if json:
        jsonout.emit(rows)
    else:
        tr = common.tr(ctx)
        tables.print_table(rows, ["key", "name_en" if tr.lang == "en" else "name"], tr=tr)


@app.command("kind-add")
def kind_add(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="Khóa ngắn / short key, e.g. 'department'"),
    name: str = typer.Option(..., "--name", help="Tên tiếng Việt / Vietnamese name"),
    name_en: str = typer.Option(None, "--name-en", help="English name"),
) -> None:
    """Thêm loại cuộc họp / add a meeting kind."""
    from cchc.services import meetings

    with common.ledger(ctx, create=True) as led:
        k = meetings.add_kind(led, key, name, name_en)
    common.info(ctx, "added_kind", kind=k["key"])


KIND = typer.Option(..., "--kind", autocompletion=complete.meeting_kinds)
HELD_ON = typer.Option(..., "--on")
TITLE = typer.Option(None, "--title")


@app.command("edit")
def edit(
    ctx: typer.Context,
    kind: str = KIND,
    on: str = HELD_ON,
    title: str = TITLE,
    new_kind: str = typer.Option(None, "--new-kind", autocompletion=complete.meeting_kinds),
    new_on: str = typer.Option(None, "--new-on"),
    new_title: str = typer.Option(None, "--new-title"),
    chair: str = typer.Option(None, "--chair"),
    note: str = typer.Option(None, "--note"),
    reason: str = typer.Option(None, "--reason"),
) -> None:
    """Sửa cuộc họp / correct a meeting."""
    from cchc.domain.errors import Day
    from cchc.services import meetings

    when, new_when = common.day(on), common.day(new_on)
    with common.ledger(ctx) as led:
        m = meetings.edit(
            led,
            kind,
            when,
            title,
            new_kind=new_kind,
            new_on=new_when,
            new_title=new_title,
            chair=chair,
            note=note,
            reason=reason,
        )
    common.info(ctx, "meeting_edited", kind=m["kind"], held_on=Day(m["held_on"]))


@app.command("delete")
def delete(
    ctx: typer.Context,
    kind: str = KIND,
    on: str = HELD_ON,
    title: str = TITLE,
    reason: str = typer.Option(..., "--reason"),
) -> None:
    """Xóa cuộc họp ghi nhầm / delete a meeting recorded by mistake."""
    from cchc.domain.errors import Day
    from cchc.services import meetings

    when = common.day(on)
    with common.ledger(ctx) as led:
        m = meetings.delete(led, kind, when, title, reason=reason)
    common.info(ctx, "meeting_deleted", kind=m["kind"], held_on=Day(m["held_on"]))
