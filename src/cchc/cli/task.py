"""``cchc task add|start|done|cancel|edit|reopen|list|show|areas``."""

from __future__ import annotations

import typer

from cchc.cli import common, complete
from cchc.cli.framework import App

app = App(help="Nhiệm vụ của kế hoạch / plan tasks (PLAN#N).")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
ON = typer.Option(None, "--on", help="Ngày / date (default: today)")
REF = typer.Argument(..., help="PLAN#N, e.g. 02/KH-VPUB#7", autocompletion=complete.task_refs)
PLAN = typer.Option(None, "--plan", help="Mã kế hoạch / plan code", autocompletion=complete.plan_codes)
AREA = typer.Option(None, "--area", help="Lĩnh vực CCHC (cchc task areas)", autocompletion=complete.areas)
STATUSES = ("todo", "doing", "done", "cancelled")


def _due(value: str | None, plan_year: int | None):
    if value is None:
        return None
    from cchc.domain.dates import parse_due

    return parse_due(value, year=plan_year)


def _report(ctx: typer.Context, task: dict) -> None:
    from cchc.domain.errors import Label

    common.info(ctx, "task_updated", ref=task["ref"], state=Label(task["status"]))


@app.command("add")
def add(
    ctx: typer.Context,
    plan: str = typer.Option(..., "--plan", help="Mã kế hoạch / plan code", autocompletion=complete.plan_codes),
    title: str = typer.Option(..., "--title"),
    area: str = AREA,
    unit: str = typer.Option(None, "--unit", help="Đơn vị chủ trì / unit in charge"),
    due: str = typer.Option(None, "--due", help="Hạn: ngày, Q2, 'cả năm' / deadline"),
) -> None:
    """Thêm nhiệm vụ; in mã PLAN#N / add a task and print its reference."""
    from cchc.services import tasks
    from cchc.store import plans

    with common.ledger(ctx, create=True) as led:
        year = plans.get(led, plan)["year"]
        task = tasks.add(led, plan, title, area, unit, _due(due, year))
    typer.echo(task["ref"])
    common.info(ctx, "added_task", ref=task["ref"])


@app.command("start")
def start(ctx: typer.Context, ref: str = REF, on: str = ON) -> None:
    """Bắt đầu thực hiện / mark a task as started."""
    from cchc.services import tasks

    when = common.day(on, default_today=True)
    with common.ledger(ctx) as led:
        _report(ctx, tasks.start(led, ref, when))


@app.command("done")
def done(
    ctx: typer.Context,
    ref: str = REF,
    on: str = ON,
    evidence: str = typer.Option(None, "--evidence", help="Kết quả, tài liệu kiểm chứng"),
) -> None:
    """Hoàn thành / mark a task as done."""
    from cchc.services import tasks

    when = common.day(on, default_today=True)
    with common.ledger(ctx) as led:
        _report(ctx, tasks.done(led, ref, when, evidence))


@app.command("cancel")
def cancel(
    ctx: typer.Context,
    ref: str = REF,
    on: str = ON,
    reason: str = typer.Option(..., "--reason", help="Lý do / reason"),
) -> None:
    """Hủy nhiệm vụ (không tính vào tổng) / cancel a task (leaves the total)."""
    from cchc.services import tasks

    when = common.day(on, default_today=True)
    with common.ledger(ctx) as led:
        _report(ctx, tasks.cancel(led, ref, when, reason))


def _date_or_clear(value: str | None):
    """A date typed to correct one, or "" / "none" / "không" to clear it."""
    if value is None:
        return None
    if value.strip().lower() in ("", "none", "không", "khong"):
        return ""
    return common.day(value)


@app.command("edit")
def edit(
    ctx: typer.Context,
    ref: str = REF,
    title: str = typer.Option(None, "--title"),
    area: str = AREA,
    unit: str = typer.Option(None, "--unit"),
    due: str = typer.Option(None, "--due"),
    evidence: str = typer.Option(None, "--evidence"),
    started: str = typer.Option(None, "--started"),
    done: str = typer.Option(None, "--done"),
    cancelled: str = typer.Option(None, "--cancelled"),
    cancel_reason: str = typer.Option(None, "--cancel-reason"),
    reason: str = typer.Option(None, "--reason"),
) -> None:
    """Sửa nhiệm vụ / edit a task's fields."""
    from cchc.domain.errors import Label
    from cchc.domain.refs import parse_ref
    from cchc.services import tasks
    from cchc.store import plans

    dates = {"started_on": _date_or_clear(started), "done_on": _date_or_clear(done)}
    dates["cancelled_on"] = _date_or_clear(cancelled)
    with common.ledger(ctx) as led:
        year = plans.get(led, parse_ref(ref)[0])["year"]
        task = tasks.edit(
            led,
            ref,
            reason,
            title=title,
            area=area,
            unit=unit,
            due_on=_due(due, year),
            evidence=evidence,
            cancel_reason=cancel_reason,
            **dates,
        )
    common.info(ctx, "task_edited", ref=task["ref"], state=Label(task["status"]))


@app.command("reopen")
def reopen(ctx: typer.Context, ref: str = REF, reason: str = typer.Option(..., "--reason")) -> None:
    """Mở lại nhiệm vụ / reopen a done or cancelled task."""
    from cchc.domain.errors import Label
    from cchc.services import tasks

    with common.ledger(ctx) as led:
        task = tasks.reopen(led, ref, reason)
    common.info(ctx, "task_reopened", ref=task["ref"], state=Label(task["status"]))


@app.command("list")
def list_(
    ctx: typer.Context,
    plan: str = PLAN,
    status: str = typer.Option(
        None, "--status", help="todo|doing|done|cancelled", autocompletion=complete.task_statuses
    ),
    overdue: bool = typer.Option(False, "--overdue", help="Quá hạn, chưa xong / past due"),
    due_within: int = typer.Option(
        None, "--due-within", min=0, max=365, metavar="N", help="Chưa xong, hạn trong N ngày tới / due within N days"
    ),
    json: bool = JSON,
) -> None:
    """Danh sách nhiệm vụ / list tasks."""
    from cchc.domain.errors import InputError
    from cchc.render import jsonout, tables
    from cchc.store import tasks

    if status is not None:
        from cchc.domain.statuses import task_status

        typed, status = status, task_status(status)
        if status is None:
            raise InputError("bad_choice", field="--status", value=typed, choices="|".join(STATUSES))
    with common.ledger(ctx) as led:
        if due_within is not None:  # neither done nor cancelled, due from today to N calendar days on
            from cchc.services.today import tasks_due_within

            found = tasks_due_within(led, common.day(None, default_today=True), due_within, plan, status, overdue)
        else:
            found = tasks.list_tasks(led, plan, status, overdue)
        rows = [tasks.public(t) for t in found]
    if json:
        from cchc.domain.records import TaskRecord, dump

        jsonout.emit(dump(TaskRecord, rows))
    else:
        tr = common.tr(ctx)
        mark_overdue(rows, tr)
        tables.print_table(
            rows,
            ["ref", "title", "area", "unit", "due_on", "status", "done_on"],
            tr=tr,
            formats={"status": lambda cell: cell},
            caption=tr.msg_n("count_tasks", len(rows)),
            drop=("area", "done_on", "unit"),
        )


def mark_overdue(rows: list[dict], tr) -> None:
    """The status cell of each task, an overdue one (past its deadline, neither done nor
    cancelled) marked."""
    from datetime import date

    from cchc.render import tables

    today = date.today().isoformat()
    for r in rows:
        late = bool(r["due_on"]) and r["due_on"] < today and r["status"] in ("todo", "doing")
        label = f"{tr.label(r['status'])}, {tr.label('overdue')}" if late else tr.label(r["status"])
        r["status"] = tables.overdue_cell(label, late)


@app.command("show")
def show(ctx: typer.Context, ref: str = REF, json: bool = JSON) -> None:
    """Một nhiệm vụ và lịch sử / one task and its history."""
    from cchc.render import jsonout, tables
    from cchc.render.history import print_history
    from cchc.store import audit, tasks

    with common.ledger(ctx) as led:
        task = tasks.get(led, ref)
        hist = audit.history(led, "task", task["ref"])
    if json:
        jsonout.emit({**tasks.public(task), "history": hist})
        return
    tr = common.tr(ctx)
    tables.print_record(
        task,
        [
            "ref",
            "plan",
            "title",
            "area",
            "unit",
            "due_on",
            "status",
            "started_on",
            "done_on",
            "evidence",
            "cancelled_on",
            "cancel_reason",
        ],
        tr=tr,
    )
    print_history(hist, tr)


@app.command("areas")
def areas(ctx: typer.Context, json: bool = JSON) -> None:
    """Các lĩnh vực cải cách / the reform areas and their keys."""
    from cchc.domain.areas import REFORM_AREAS
    from cchc.render import jsonout, tables

    rows = [{"key": k, "name": vi, "name_en": en} for k, vi, en in REFORM_AREAS]
    if json:
        jsonout.emit(rows)
    else:
        tr = common.tr(ctx)
        tables.print_table(rows, ["key", "name_en" if tr.lang == "en" else "name"], tr=tr)
