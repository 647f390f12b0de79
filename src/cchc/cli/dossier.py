"""``cchc dossier add|resolve|return|withdraw|pause|resume|reschedule|edit|reopen|delete|show|list``."""

from __future__ import annotations

import typer

from cchc.cli import common, complete
from cchc.cli.framework import App

app = App(help="Hồ sơ TTHC / procedure dossiers.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
ON = typer.Option(None, "--on", help="Ngày / date (default: today)")
CODE = typer.Argument(
    ..., help="Mã hồ sơ / dossier code (kept exactly as typed)", autocompletion=complete.dossier_codes
)
NEW_CODE = typer.Argument(..., help="Mã hồ sơ / dossier code (kept exactly as typed)")
LIST_COLUMNS = ["code", "procedure", "field", "channel", "received_on", "due_on", "finished_on", "status"]
EXTRA_KEYS = ("paused_on", "pause_reason", "rescheduled_due_on", "reschedule_reason")
SERVICE_KEYS = ("online_service", "digitised", "result_digitised", "paid_online", "rating")
ONLINE = typer.Option(None, "--online", metavar="full|partial", help="Trực tuyến toàn trình / một phần (full|partial)")
DIGITISED = typer.Option(None, "--digitised", metavar="yes|no", help="Hồ sơ đã số hóa / inputs digitised (có|không)")
RESULT = typer.Option(
    None, "--result-digitised", metavar="yes|no", help="Kết quả điện tử, số hóa / e-result (có|không)"
)
PAID = typer.Option(
    None, "--paid-online", metavar="yes|no", help="Phí, lệ phí nộp trực tuyến (có|không; '-': không thu)"
)
RATING = typer.Option(None, "--rating", metavar="1-5", help="Mức độ hài lòng 1–5 hoặc 'hài lòng'... / rating")


@app.command("add")
def add(
    ctx: typer.Context,
    code: str = NEW_CODE,
    procedure: str = typer.Option(
        ...,
        "--procedure",
        help="Mã hoặc tên thủ tục trong danh mục / catalog code or name",
        autocompletion=complete.procedure_codes,
    ),
    received: str = typer.Option(..., "--received", help="Ngày nhận / received on"),
    due: str = typer.Option(None, "--due", help="Ngày hẹn trả (mặc định: tính theo danh mục) / appointment date"),
    days: int = typer.Option(None, "--days", help="Thời hạn (ngày làm việc) nếu thủ tục ngoài danh mục / working days"),
    field: str = typer.Option(None, "--field", help="Lĩnh vực (mặc định: theo danh mục) / field"),
    channel: str = typer.Option(
        None, "--channel", help="online|direct|postal (default direct)", autocompletion=complete.channels
    ),
    applicant: str = typer.Option(None, "--applicant", help="Cá nhân, tổ chức / applicant"),
    note: str = typer.Option(None, "--note", help="Ghi chú / note"),
    online: str = ONLINE,
    digitised: str = DIGITISED,
    result_digitised: str = RESULT,
    paid_online: str = PAID,
    rating: str = RATING,
) -> None:
    """Tiếp nhận hồ sơ; ngày hẹn trả tính theo danh mục thủ tục / record a received dossier; the
    appointment date comes from the procedure catalog unless --due or --days is given."""
    from cchc.domain.dates import parse_date
    from cchc.domain.errors import Day
    from cchc.services import dossiers

    facts = dossiers.facts_of(online, digitised, result_digitised, paid_online, rating)
    received_on = parse_date(received)
    due_on = parse_date(due) if due is not None else None
    with common.ledger(ctx, create=True) as led:
        d = dossiers.add(
            led,
            code,
            procedure,
            received_on,
            due_on=due_on,
            days=days,
            field=field,
            channel=channel,
            applicant=applicant,
            note=note,
            facts=facts,
        )
    common.info(ctx, "added_dossier", code=d["code"], due=Day(d["due_on"]))


@app.command("facts")
def facts(
    ctx: typer.Context,
    code: str = CODE,
    online: str = ONLINE,
    digitised: str = DIGITISED,
    result_digitised: str = RESULT,
    paid_online: str = PAID,
    rating: str = RATING,
) -> None:
    """Ghi chỉ tiêu chất lượng phục vụ (QĐ 766/QĐ-TTg): toàn trình, số hóa, thanh toán trực
    tuyến, mức độ hài lòng; '-' xóa một chỉ tiêu / record a dossier's service-quality facts."""
    from cchc.services import dossiers

    given = dossiers.facts_of(online, digitised, result_digitised, paid_online, rating)
    with common.ledger(ctx) as led:
        d = dossiers.set_facts(led, code, given)
    tr = common.tr(ctx)
    shown = "; ".join(f"{tr.label(k)}: {_fact(tr, k, d[k])}" for k in SERVICE_KEYS if k in given)
    common.info(ctx, "dossier_facts", code=d["code"], facts=shown)


def _fact(tr, key: str, value) -> str:
    if value is None:
        return "—"
    if key == "online_service":
        return tr.label(f"online_{value}")
    if key == "rating":
        return str(value)
    return tr.label("yes" if value else "no")


def _finish(ctx: typer.Context, code: str, outcome: str, on: str | None, reason: str | None = None) -> None:
    from cchc.domain.errors import Label
    from cchc.services import dossiers

    when = common.day(on, default_today=True)
    with common.ledger(ctx) as led:
        d = dossiers.finish(led, code, outcome, when, reason)
    common.info(ctx, "dossier_updated", code=d["code"], status=Label(d["status"]))


@app.command("resolve")
def resolve(ctx: typer.Context, code: str = CODE, on: str = ON) -> None:
    """Đã giải quyết, trả kết quả / resolved and returned to the applicant."""
    _finish(ctx, code, "resolved", on)


@app.command("return")
def return_(
    ctx: typer.Context,
    code: str = CODE,
    on: str = ON,
    reason: str = typer.Option(..., "--reason", help="Lý do trả lại / reason"),
) -> None:
    """Trả lại hồ sơ (từ chối giải quyết) / returned to the applicant unresolved."""
    _finish(ctx, code, "returned", on, reason)


@app.command("withdraw")
def withdraw(ctx: typer.Context, code: str = CODE, on: str = ON) -> None:
    """Công dân xin rút hồ sơ / withdrawn at the applicant's request."""
    _finish(ctx, code, "withdrawn", on)


@app.command("show")
def show(
    ctx: typer.Context,
    code: str = CODE,
    as_of: str = typer.Option(None, "--as-of", help="Trạng thái tính đến / status as of"),
    json: bool = JSON,
) -> None:
    """Hồ sơ và lịch sử / a dossier and its history."""
    from cchc.render import jsonout, tables
    from cchc.render.history import print_history
    from cchc.services import dossier_history
    from cchc.store import audit, dossiers

    with common.ledger(ctx) as led:
        d = dossiers.get(led, code, common.day(as_of))
        changes = dossier_history.changes(led, d["code"])
        hist = audit.history(led, "dossier", d["code"])
    if json:
        jsonout.emit({**d, "changes": changes, "history": hist})
        return
    tr = common.tr(ctx)
    keys = [k for k in dossiers.PUBLIC_KEYS if k not in ("overdue", "pauses", *EXTRA_KEYS)]
    keys = [k for k in keys if k not in SERVICE_KEYS]
    shown = keys + ["overdue"] + [k for k in EXTRA_KEYS if d[k]] + [k for k in SERVICE_KEYS if d[k] is not None]
    tables.print_record({**d, **{k: _fact(tr, k, d[k]) for k in SERVICE_KEYS if d[k] is not None}}, shown, tr=tr)
    if changes:
        _print_changes(changes, tr)
    print_history(hist, tr)


def _print_changes(changes: list[dict], tr) -> None:
    from cchc.render import tables

    rows = [{f"dc_{k}": v for k, v in c.items()} for c in changes]
    for r in rows:
        r["dc_change"] = tr.label(f"dc_{r['dc_change']}")
    cols = ["dc_change", "dc_on", "dc_until", "dc_workdays", "dc_due_before", "dc_due_after", "dc_reason"]
    tables.print_table(
        rows,
        cols,
        tr=tr,
        title=tr.label("date_changes"),
        formats={c: _vn for c in ("dc_on", "dc_until", "dc_due_before", "dc_due_after")},
        drop=("dc_workdays", "dc_until", "dc_due_before"),
    )


def _vn(value) -> str:
    from cchc.domain.dates import vn

    return vn(value) if value else ""


@app.command("pause")
def pause(
    ctx: typer.Context,
    code: str = CODE,
    on: str = ON,
    reason: str = typer.Option(..., "--reason", help="Nội dung yêu cầu bổ sung / what is asked"),
) -> None:
    """Tạm dừng chờ bổ sung hồ sơ / paused waiting for the applicant's supplements."""
    from cchc.services import dossiers

    with common.ledger(ctx) as led:
        d = dossiers.pause(led, code, common.day(on, default_today=True), reason)
    common.info(ctx, "dossier_paused", code=d["code"], on=_vn(d["paused_on"]))


@app.command("resume")
def resume(ctx: typer.Context, code: str = CODE, on: str = ON) -> None:
    """Tiếp tục giải quyết; ngày hẹn lùi theo số ngày làm việc chờ bổ sung / resume; the
    appointment date moves by the paused working days."""
    from cchc.services import dossiers

    with common.ledger(ctx) as led:
        d = dossiers.resume(led, code, common.day(on, default_today=True))
    common.info(ctx, "dossier_resumed", code=d["code"], days=d["paused_days"], due=_vn(d["due_on"]))


@app.command("reschedule")
def reschedule(
    ctx: typer.Context,
    code: str = CODE,
    due: str = typer.Option(..., "--due", help="Ngày hẹn lại / the new date"),
    reason: str = typer.Option(..., "--reason", help="Lý do (phiếu xin lỗi) / reason"),
    on: str = typer.Option(None, "--on", help="Ngày phiếu / the slip's date (default: today)"),
) -> None:
    """Phiếu xin lỗi và hẹn lại; thời hạn đánh giá vẫn là ngày hẹn cũ / apology slip with a
    new date; timeliness is still judged against the original date."""
    from cchc.services import dossiers

    with common.ledger(ctx) as led:
        d = dossiers.reschedule(led, code, common.day(due), reason, common.day(on))
    common.info(ctx, "dossier_rescheduled", code=d["code"], when=_vn(d["rescheduled_due_on"]), due=_vn(d["due_on"]))


@app.command("list")
def list_(
    ctx: typer.Context,
    status: str = typer.Option(
        None,
        "--status",
        help="early|on-time|late|returned|withdrawn|pending|overdue",
        autocompletion=complete.dossier_statuses,
    ),
    date_from: str = typer.Option(None, "--from", help="Nhận từ ngày / received from"),
    date_to: str = typer.Option(None, "--to", help="Nhận đến ngày / received to"),
    field: str = typer.Option(None, "--field"),
    as_of: str = typer.Option(None, "--as-of", help="Tính đến ngày / as of (default today)"),
    limit: int = typer.Option(None, "--limit", min=1, help="At most N rows"),
    due_within: int = typer.Option(
        None,
        "--due-within",
        min=0,
        max=365,
        metavar="N",
        help="Chưa xong, hạn trong N ngày làm việc tới / due within N working days",
    ),
    json: bool = JSON,
) -> None:
    """Danh sách hồ sơ / list dossiers."""
    from cchc.render import jsonout, tables
    from cchc.store import dossiers

    with common.ledger(ctx) as led:
        if due_within is not None:  # not finished, not waiting for supplements, due by the N-th working day
            from cchc.services.today import due_within_dossiers

            rows = due_within_dossiers(
                led,
                common.day(as_of, default_today=True),
                due_within,
                status=status,
                date_from=common.day(date_from),
                date_to=common.day(date_to),
                field=field,
                limit=limit,
            )
        else:
            rows = dossiers.list_dossiers(
                led, status, common.day(date_from), common.day(date_to), field, common.day(as_of), limit
            )
    if json:
        from cchc.domain.records import DossierRecord, dump

        jsonout.emit(dump(DossierRecord, rows))
        return
    tr = common.tr(ctx)
    for r in rows:
        r["finished_on"] = r["resolved_on"] or r["returned_on"] or r["withdrawn_on"]
        label = tr.label("overdue_pending" if r["overdue"] else r["status"])
        r["status"] = tables.overdue_cell(label, r["overdue"])
    tables.print_table(
        rows,
        LIST_COLUMNS,
        tr=tr,
        formats={"status": lambda cell: cell, "channel": tr.label},
        caption=tr.msg_n("count_dossiers", len(rows)),
        drop=("channel", "field", "procedure", "finished_on"),
    )


REASON = typer.Option(None, "--reason", help="Lý do sửa / why")


@app.command("edit")
def edit(
    ctx: typer.Context,
    code: str = CODE,
    procedure: str = typer.Option(None, "--procedure", autocompletion=complete.procedure_codes),
    field: str = typer.Option(None, "--field"),
    applicant: str = typer.Option(None, "--applicant"),
    channel: str = typer.Option(None, "--channel", autocompletion=complete.channels),
    note: str = typer.Option(None, "--note"),
    received: str = typer.Option(None, "--received"),
    due: str = typer.Option(None, "--due"),
    reason: str = REASON,
) -> None:
    """Sửa hồ sơ đã nhập / correct a dossier."""
    from cchc.domain.errors import Day, Label
    from cchc.services import dossiers

    received_on, due_on = common.day(received), common.day(due)
    with common.ledger(ctx) as led:
        d = dossiers.edit(
            led,
            code,
            procedure=procedure,
            field=field,
            applicant=applicant,
            channel=channel,
            note=note,
            received_on=received_on,
            due_on=due_on,
            reason=reason,
        )
        status = _status_now(led, d["code"])
    common.info(ctx, "dossier_edited", code=d["code"], due=Day(d["due_on"]), status=Label(status))


def _status_now(led, code: str) -> str:
    from cchc.store import dossiers

    d = dossiers.get(led, code)
    return "overdue_pending" if d["overdue"] else d["status"]


@app.command("reopen")
def reopen(ctx: typer.Context, code: str = CODE, reason: str = typer.Option(..., "--reason")) -> None:
    """Hủy kết quả đã ghi nhầm / undo an outcome recorded by mistake."""
    from cchc.domain.errors import Label
    from cchc.services import dossiers

    with common.ledger(ctx) as led:
        d = dossiers.reopen(led, code, reason)
    common.info(
        ctx, "dossier_reopened", code=d["code"], status=Label("overdue_pending" if d["overdue"] else d["status"])
    )


@app.command("delete")
def delete(ctx: typer.Context, code: str = CODE, reason: str = typer.Option(..., "--reason")) -> None:
    """Xóa hồ sơ nhập nhầm / delete a dossier typed by mistake."""
    from cchc.services import dossiers

    with common.ledger(ctx) as led:
        d = dossiers.delete(led, code, reason)
    common.info(ctx, "dossier_deleted", code=d["code"])
