"""``cchc today``: the clerk's morning view — due, overdue, waiting, tasks, meetings."""

from __future__ import annotations

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(no_args_is_help=False)


@app.command("today")
def today(
    ctx: typer.Context,
    as_of: str = typer.Option(None, "--as-of", help="Tính đến ngày / as of (default today)"),
    within: int = typer.Option(
        3, "--within", metavar="N", help="Đến hạn trong N ngày làm việc tới / due within N working days"
    ),
    limit: int = typer.Option(
        None, "--limit", min=1, help="Tối đa N dòng mỗi mục (màn hình: 5) / at most N rows per list (screen: 5)"
    ),
    json: bool = typer.Option(False, "--json", help="JSON output with stable keys."),
) -> None:
    """Việc hôm nay: hồ sơ đến hạn, quá hạn, chờ bổ sung; nhiệm vụ; họp giao ban / the
    morning view: dossiers due, overdue and waiting; tasks; meetings."""
    from cchc.services import today as service

    day = common.day(as_of, default_today=True)
    service.check_within(within)
    with common.ledger(ctx) as led:
        if json:
            data = service.today(led, day, within, limit)
        else:
            from cchc.render.today import DEFAULT_ROWS

            data = service.today(led, day, within, limit or DEFAULT_ROWS)
    if json:
        from cchc.render import jsonout

        jsonout.emit(data.as_dict())
        return
    from cchc.render.today import print_today

    tr = common.tr(ctx)
    print_today(tr, data, tr.lang)
