"""``cchc plan add|edit|list|show``."""

from __future__ import annotations

import typer

from cchc.cli import common, complete
from cchc.cli.framework import App

app = App(help="Kế hoạch CCHC / reform plans.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")


@app.command("add")
def add(
    ctx: typer.Context,
    code: str = typer.Argument(..., help="Số, ký hiệu kế hoạch, e.g. 02/KH-VPUB"),
    title: str = typer.Option(..., "--title", help="Trích yếu / title"),
    year: int = typer.Option(..., "--year", help="Năm kế hoạch / plan year"),
    issued_on: str = typer.Option(None, "--issued-on", help="Ngày ban hành / issue date"),
    basis: str = typer.Option(None, "--basis", help="Căn cứ / the decision it implements"),
) -> None:
    """Thêm kế hoạch / add a plan."""
    from cchc.services import plans

    issued = common.optional_day(issued_on)
    with common.ledger(ctx, create=True) as led:
        plan = plans.add(led, code, title, year, issued, basis)
    common.info(ctx, "added_plan", code=plan["code"])


@app.command("edit")
def edit(
    ctx: typer.Context,
    code: str = typer.Argument(..., autocompletion=complete.plan_codes),
    title: str = typer.Option(None, "--title"),
    year: int = typer.Option(None, "--year"),
    issued_on: str = typer.Option(None, "--issued-on"),
    basis: str = typer.Option(None, "--basis"),
    reason: str = typer.Option(None, "--reason"),
) -> None:
    """Sửa kế hoạch / correct a plan."""
    from cchc.services import plans

    issued = common.optional_day(issued_on)
    with common.ledger(ctx) as led:
        plan = plans.edit(led, code, reason, title=title, year=year, issued_on=issued, basis=basis)
    common.info(ctx, "plan_edited", code=plan["code"])


@app.command("list")
def list_(ctx: typer.Context, json: bool = JSON) -> None:
    """Danh sách kế hoạch / list plans."""
    from cchc.render import jsonout, tables
    from cchc.store import plans

    with common.ledger(ctx) as led:
        rows = plans.list_plans(led)
    for r in rows:
        r["completion"] = f"{r['tasks_done']}/{r['tasks_total']}"
    if json:
        jsonout.emit(rows)
    else:
        tables.print_table(
            rows, ["code", "year", "title", "issued_on", "completion"], tr=common.tr(ctx), drop=("issued_on", "year")
        )


@app.command("show")
def show(
    ctx: typer.Context, code: str = typer.Argument(..., autocompletion=complete.plan_codes), json: bool = JSON
) -> None:
    """Kế hoạch, các nhiệm vụ và tiến độ (vd 30/50) / a plan, its tasks and completion."""
    from datetime import date

    from cchc.render import jsonout, tables
    from cchc.store import plans, tasks

    with common.ledger(ctx) as led:
        plan = plans.get(led, code)
        rows = [tasks.public(t) for t in tasks.list_tasks(led, plan=plan["code"])]
    plan.pop("id", None)
    counted = [t for t in rows if t["status"] != "cancelled"]
    today = date.today().isoformat()
    summary = {
        "total": len(counted),
        "done": sum(t["status"] == "done" for t in counted),
        "doing": sum(t["status"] == "doing" for t in counted),
        "todo": sum(t["status"] == "todo" for t in counted),
        "cancelled": len(rows) - len(counted),
        "overdue": sum(bool(t["due_on"]) and t["due_on"] < today and t["status"] in ("todo", "doing") for t in counted),
    }
    if json:
        jsonout.emit({"plan": plan, "completion": summary, "tasks": rows})
        return
    tr = common.tr(ctx)
    tables.print_record(
        {**plan, "completion": f"{summary['done']}/{summary['total']}"},
        ["code", "title", "year", "issued_on", "basis", "completion"],
        tr=tr,
    )
    from cchc.cli.task import mark_overdue

    mark_overdue(rows, tr)
    tables.print_table(
        rows,
        ["number", "title", "area", "unit", "due_on", "status", "done_on"],
        tr=tr,
        formats={"status": lambda cell: cell},
        drop=("area", "done_on", "unit"),
        title=f"{tr.label('tasks')}: {summary['done']}/{summary['total']} {tr.label('done')}",
    )
