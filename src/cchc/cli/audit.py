"""``cchc audit verify`` and ``cchc audit log``."""

from __future__ import annotations

import typer

from cchc import i18n
from cchc.cli import common

i18n.register(
    labels={
        "audit_entries": ("mục nhật ký", "audit entries"),
        "when": ("Thời điểm (UTC)", "When (UTC)"),
        "actor": ("Người", "Who"),
        "command": ("Lệnh", "Command"),
        "action": ("Thao tác", "Action"),
        "changes": ("Thay đổi", "Changes"),
    }
)

app = typer.Typer(no_args_is_help=True, help="Nhật ký thay đổi / audit trail.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")


@app.command("verify")
def verify(json: bool = JSON) -> None:
    """Kiểm tra chuỗi băm và đối chiếu bản ghi / verify the hash chain and every record."""
    from cchc.i18n import msg
    from cchc.render import jsonout
    from cchc.services import audit_chain

    with common.ledger() as led:
        result = audit_chain.verify(led)
    if json:
        jsonout.emit(result)
    elif result["ok"]:
        common.info(msg("audit_ok", entries=result["entries"], records=result["records"]))
    else:
        for p in result["problems"]:
            typer.echo(p["message"])
    if not result["ok"]:
        raise typer.Exit(1)


@app.command("log")
def log(
    kind: str = typer.Option(None, "--kind", help="plan|task|dossier|meeting|..."),
    key: str = typer.Option(None, "--key", help="Mã bản ghi / record key (e.g. a dossier code)"),
    since: str = typer.Option(None, "--since", help="Từ ngày (UTC) / from this date on"),
    limit: int = typer.Option(None, "--limit", min=1, help="Chỉ N mục cuối / only the last N"),
    json: bool = JSON,
) -> None:
    """Nhật ký thay đổi / the audit trail, oldest first."""
    from cchc.domain.text import clean
    from cchc.render import jsonout
    from cchc.store import audit

    since_day = common.day(since)
    with common.ledger() as led:
        rows = audit.entries(
            led, kind=clean(kind), key=clean(key), since=since_day.isoformat() if since_day else None, limit=limit
        )
    if json:
        jsonout.emit(rows)
        return
    from cchc.i18n import label
    from cchc.render.history import changes
    from cchc.render.tables import print_table

    for r in rows:
        r["when"] = r["at"][:19].replace("T", " ")
        r["changes"] = changes(r["before"], r["after"])
    print_table(
        rows,
        ["id", "when", "actor", "command", "kind", "key", "action", "changes"],
        caption=f"{len(rows)} {label('audit_entries')}",
    )
