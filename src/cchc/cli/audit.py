"""``cchc audit verify`` and ``cchc audit log``."""

from __future__ import annotations

import re

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(help="Nhật ký thay đổi / audit trail.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
ANCHOR = re.compile(r"(\d{1,12}):([0-9a-fA-F]{16,64})")


@app.command("head")
def head(ctx: typer.Context, json: bool = JSON) -> None:
    """In mốc nhật ký N:MÃBĂM để giữ ngoài sổ cái / print the trail's anchor (entries and the last
    hash) to keep outside the ledger; 'cchc audit verify --anchor N:HASH' checks it later."""
    from cchc.store import audit

    with common.ledger(ctx) as led:
        found = audit.head(led)
    if json:
        from cchc.render import jsonout

        jsonout.emit(found)
        return
    typer.echo(found["anchor"])


def _anchors(ctx: typer.Context, values: list[str] | None, files: list[str] | None) -> dict[int, str]:
    """``--anchor N:HASH`` values and the anchors found in ``--anchors FILE`` (any text holding
    them: a saved ``audit head``, a report's footer); entry number -> hash prefix."""
    from cchc.domain.errors import InputError

    out: dict[int, str] = {}
    for value in values or []:
        m = ANCHOR.fullmatch(value.strip())
        if not m:
            raise InputError("anchor_bad", value=value)
        out[int(m[1])] = m[2].lower()
    for name in files or []:
        try:
            text = open(name, encoding="utf-8", errors="replace").read(1 << 22)  # noqa: SIM115
        except OSError as exc:
            from cchc.store.ledger import os_reason

            raise InputError("imp_cannot_open", path=name, detail=common.reason(ctx, os_reason(exc))) from None
        found = re.findall(r"(?<![\w:])(\d{1,12}):([0-9a-fA-F]{16,64})(?![0-9a-fA-F])", text)
        if not found:
            raise InputError("anchor_file_empty", path=name)
        out.update({int(n): h.lower() for n, h in found})
    return out


@app.command("verify")
def verify(
    ctx: typer.Context,
    anchor: list[str] = typer.Option(
        None, "--anchor", metavar="N:HASH", help="Mốc đã in trước đây / an anchor printed earlier (repeatable)"
    ),
    anchors: list[str] = typer.Option(
        None, "--anchors", metavar="FILE", help="Tệp chứa các mốc / a file holding anchors (one or more)"
    ),
    json: bool = JSON,
) -> None:
    """Kiểm tra chuỗi băm và đối chiếu bản ghi / verify the hash chain and every record."""
    from cchc.render import jsonout
    from cchc.render.problems import check_lines
    from cchc.services import audit_chain

    wanted = _anchors(ctx, anchor, anchors)
    with common.ledger(ctx) as led:
        result = audit_chain.verify(led, wanted)
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
    columns = ["id", "when", "actor", "command", "kind", "key", "action", "changes", "reason"]
    for col in ("kind", "key"):  # one record's history: its kind and key are said once, not per row
        if len({r[col] for r in rows}) == 1 and len(rows) > 1:
            columns.remove(col)
    print_table(
        rows,
        columns,
        tr=tr,
        title=" ".join(str(rows[0][c]) for c in ("kind", "key") if c not in columns) or None,
        caption=tr.msg_n("count_entries", len(rows)),
        drop=("actor", "command", "kind", "id", "when"),
        at_least={"changes": 34},
    )
