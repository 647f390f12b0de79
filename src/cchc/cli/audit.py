"""``cchc audit verify`` and ``cchc audit log``."""

from __future__ import annotations

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(help="Nhật ký thay đổi / audit trail.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")


@app.command("verify")
def verify(ctx: typer.Context, json: bool = JSON) -> None:
    """Kiểm tra chuỗi băm và đối chiếu bản ghi / verify the hash chain and every record."""
    from cchc.render import jsonout
    from cchc.render.problems import check_lines
    from cchc.services import audit_chain

    with common.ledger(ctx) as led:
        result = audit_chain.verify(led)
    lines = check_lines(result["problems"], common.tr(ctx))
    if json:
        problems = [{**p.public(), "message": m} for p, m in zip(result["problems"], lines, strict=True)]
        jsonout.emit({**result, "problems": problems})
    elif result["ok"]:
        common.info(ctx, "audit_ok", entries=result["entries"], records=result["records"])
    else:
        for line in lines:
            typer.echo(common.one_line(line))
    if not result["ok"]:
        raise typer.Exit(1)


@app.command("log")
def log(
    ctx: typer.Context,
    kind: str = typer.Option(None, "--kind", help="plan|task|dossier|meeting|..."),
    key: str = typer.Option(None, "--key", help="Mã bản ghi / record key (e.g. a dossier code)"),
    since: str = typer.Option(None, "--since", help="Từ ngày (UTC) / from this date on"),
    limit: int = typer.Option(None, "--limit", min=1, max=10_000_000, help="Chỉ N mục cuối / only the last N"),
    json: bool = JSON,
) -> None:
    """Nhật ký thay đổi / the audit trail, oldest first."""
    from cchc.domain.text import clean
    from cchc.render import jsonout
    from cchc.store import audit

    since_day = common.day(since)
    with common.ledger(ctx) as led:
        rows = audit.entries(
            led, kind=clean(kind), key=clean(key), since=since_day.isoformat() if since_day else None, limit=limit
        )
    if json:
        jsonout.emit(rows)
        return
    from cchc.render.history import describe, reason
    from cchc.render.tables import print_table

    tr = common.tr(ctx)
    for r in rows:
        r["when"] = r["at"][:19].replace("T", " ")
        r["changes"] = describe(r)
        r["reason"] = reason(r)
    print_table(
        rows,
        ["id", "when", "actor", "command", "kind", "key", "action", "changes", "reason"],
        tr=tr,
        caption=tr.msg_n("count_entries", len(rows)),
        drop=("actor", "command", "kind", "id", "when"),
    )
