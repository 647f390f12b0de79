"""``cchc dossier add|resolve|return|withdraw|show|list``."""

from __future__ import annotations

import typer

from cchc.cli import common

app = typer.Typer(no_args_is_help=True, help="Hồ sơ TTHC / procedure dossiers.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
ON = typer.Option(None, "--on", help="Ngày / date (default: today)")
CODE = typer.Argument(..., help="Mã hồ sơ / dossier code (kept exactly as typed)")
LIST_COLUMNS = ["code", "procedure", "field", "channel", "received_on", "due_on", "finished_on",
                "status"]


@app.command("add")
def add(
    code: str = CODE,
    procedure: str = typer.Option(..., "--procedure", help="Tên thủ tục / procedure"),
    received: str = typer.Option(..., "--received", help="Ngày nhận / received on"),
    due: str = typer.Option(..., "--due", help="Ngày hẹn trả / appointment date"),
    field: str = typer.Option(None, "--field", help="Lĩnh vực / field"),
    channel: str = typer.Option(None, "--channel", help="online|direct|postal (default direct)"),
    applicant: str = typer.Option(None, "--applicant", help="Cá nhân, tổ chức / applicant"),
    note: str = typer.Option(None, "--note", help="Ghi chú / note"),
) -> None:
    """Tiếp nhận hồ sơ / record a received dossier."""
    from cchc.domain.dates import parse_date
    from cchc.i18n import msg
    from cchc.store import dossiers

    received_on, due_on = parse_date(received), parse_date(due)
    with common.ledger(create=True) as led:
        d = dossiers.add(led, code, procedure, received_on, due_on, field, channel, applicant,
                         note)
    common.info(msg("added_dossier", code=d["code"], due=d["due_on"]))


def _finish(code: str, outcome: str, on: str | None, reason: str | None = None) -> None:
    from cchc.i18n import label, msg
    from cchc.store import dossiers

    when = common.day(on, default_today=True)
    with common.ledger() as led:
        d = dossiers.finish(led, code, outcome, when, reason)
    common.info(msg("dossier_updated", code=d["code"], status=label(d["status"])))


@app.command("resolve")
def resolve(code: str = CODE, on: str = ON) -> None:
    """Đã giải quyết, trả kết quả / resolved and returned to the applicant."""
    _finish(code, "resolved", on)


@app.command("return")
def return_(
    code: str = CODE,
    on: str = ON,
    reason: str = typer.Option(..., "--reason", help="Lý do trả lại / reason"),
) -> None:
    """Trả lại hồ sơ (từ chối giải quyết) / returned to the applicant unresolved."""
    _finish(code, "returned", on, reason)


@app.command("withdraw")
def withdraw(code: str = CODE, on: str = ON) -> None:
    """Công dân xin rút hồ sơ / withdrawn at the applicant's request."""
    _finish(code, "withdrawn", on)


@app.command("show")
def show(
    code: str = CODE,
    as_of: str = typer.Option(None, "--as-of", help="Trạng thái tính đến / status as of"),
    json: bool = JSON,
) -> None:
    """Hồ sơ và lịch sử / a dossier and its history."""
    from cchc.render import jsonout, tables
    from cchc.render.history import print_history
    from cchc.store import audit, dossiers

    with common.ledger() as led:
        d = dossiers.get(led, code, common.day(as_of))
        hist = audit.history(led, "dossier", d["code"])
    if json:
        jsonout.emit({**d, "history": hist})
        return
    tables.print_record(d, [k for k in dossiers.PUBLIC_KEYS if k != "overdue"] + ["overdue"])
    print_history(hist)


@app.command("list")
def list_(
    status: str = typer.Option(
        None, "--status", help="early|on-time|late|returned|withdrawn|pending|overdue"
    ),
    date_from: str = typer.Option(None, "--from", help="Nhận từ ngày / received from"),
    date_to: str = typer.Option(None, "--to", help="Nhận đến ngày / received to"),
    field: str = typer.Option(None, "--field"),
    as_of: str = typer.Option(None, "--as-of", help="Tính đến ngày / as of (default today)"),
    limit: int = typer.Option(None, "--limit", min=1, help="At most N rows"),
    json: bool = JSON,
) -> None:
    """Danh sách hồ sơ / list dossiers."""
    from cchc.i18n import label
    from cchc.render import jsonout, tables
    from cchc.store import dossiers

    with common.ledger() as led:
        rows = dossiers.list_dossiers(led, status, common.day(date_from), common.day(date_to),
                                      field, common.day(as_of), limit)
    if json:
        from cchc.domain.records import DossierRecord, dump

        jsonout.emit(dump(DossierRecord, rows))
        return
    for r in rows:
        r["finished_on"] = r["resolved_on"] or r["returned_on"] or r["withdrawn_on"]
    tables.print_table(
        rows, LIST_COLUMNS,
        formats={"status": label, "channel": label},
        caption=f"{len(rows)} {label('dossiers').lower()}",
    )
