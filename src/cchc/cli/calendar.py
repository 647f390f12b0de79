"""``cchc calendar show|off|work|remove|due|workdays``: the working-day calendar."""

from __future__ import annotations

import sys

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(help="Lịch ngày làm việc / working-day calendar.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
DAY = typer.Argument(..., help="Ngày / date (09/06/2022, 2022-06-09, today)")
REASON = typer.Option(..., "--reason", help="Lý do, căn cứ / reason (e.g. the announcement)")

WEEKDAYS = {
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def _weekday(tr, i: int) -> str:
    return WEEKDAYS[tr.lang][i]


def _calendar(ctx: typer.Context):
    """The ledger's calendar; without a ledger, the package's plus the shipped swaps (no file
    is created just to count days)."""
    from cchc.domain.errors import LedgerError
    from cchc.store import calendar as store

    try:
        led = common.ledger(ctx)
    except LedgerError as exc:
        if exc.key != "no_ledger":
            raise
        from datetime import date

        from cchc.domain.workdays import WorkCalendar
        from cchc.store.schema import shipped_calendar

        rows = shipped_calendar().values()
        off = {date.fromisoformat(d): why for d, kind, why in rows if kind == "off"}
        work = {date.fromisoformat(d): why for d, kind, why in rows if kind == "work"}
        return WorkCalendar(off, work)
    with led:
        return store.load_calendar(led)


MAX_SPAN = 50  # years one ``calendar show`` lists


def _years(first: str, last: str | None) -> tuple[int, int]:
    """``2025``, ``2025 2026``, ``2025-2026`` or ``2025..2026``: the first and last year."""
    import re

    from cchc.domain.dates import MAX_YEAR, MIN_YEAR
    from cchc.domain.errors import InputError

    m = re.fullmatch(r"\s*(\d{4})\s*(?:(?:-|\.\.|–)\s*(\d{4})\s*)?", first)
    if not m or (m.group(2) and last is not None):
        raise InputError("bad_year", value=first)
    if last is not None and not re.fullmatch(r"\s*\d{4}\s*", last):
        raise InputError("bad_year", value=last)
    lo = int(m.group(1))
    hi = int(m.group(2) or last or lo)
    for y in (lo, hi):
        if not MIN_YEAR <= y <= MAX_YEAR:
            raise InputError("bad_year", value=y)
    if hi < lo or hi - lo >= MAX_SPAN:
        raise InputError("calendar_bad_span", first=lo, last=hi, max=MAX_SPAN)
    return lo, hi


@app.command("show")
def show(
    ctx: typer.Context,
    year: str = typer.Argument(..., metavar="YEAR", help="Năm, hoặc khoảng năm 2025-2026 / a year or years"),
    last: str = typer.Argument(None, metavar="[LAST]", help="Đến năm / up to this year"),
    json: bool = JSON,
) -> None:
    """Ngày nghỉ và ngày làm bù trong một năm hoặc nhiều năm (2025 2026, 2025-2026) / every day
    off and extra working day of a year or a range of years."""
    lo, hi = _years(year, last)
    tr = common.tr(ctx)
    cal = _calendar(ctx)
    rows = [r for y in range(lo, hi + 1) for r in cal.days_of_year(y, "vi" if tr.lang == "vi" else "en_US")]
    for r in rows:
        if r["name"] is None:
            r["name"] = tr.label("substitute_workday")
    if json:
        from cchc.render import jsonout

        jsonout.emit([{k: r[k] for k in ("date", "working", "name", "source")} for r in rows])
        return
    from cchc.render import tables

    for r in rows:
        r["cal_day"] = r["date"]
        r["cal_weekday"] = _weekday(tr, r["weekday"])
        r["cal_status"] = tr.label("cal_work" if r["working"] else "cal_off")
        r["cal_name"] = r["name"]
        r["cal_source"] = tr.label(f"cal_source_{r['source']}")
    off = sum(1 for r in rows if not r["working"] and r["weekday"] < 5)
    work = sum(1 for r in rows if r["working"])
    tables.print_table(
        rows,
        ["cal_day", "cal_weekday", "cal_status", "cal_name", "cal_source"],
        tr=tr,
        formats={"cal_day": _vn},
        caption=tr.msg("calendar_caption", year=str(lo) if lo == hi else f"{lo}–{hi}", off=off, work=work),
        drop=("cal_source", "cal_weekday"),
    )


def _vn(value: str) -> str:
    from cchc.domain.dates import vn

    return vn(value)


def _override(ctx: typer.Context, day: str, kind: str, reason: str, json: bool) -> None:
    from cchc.services import calendar as service

    d = common.day(day)
    with common.ledger(ctx, create=True) as led:
        row = service.set_override(led, d, kind, reason)
    if json:
        from cchc.render import jsonout

        jsonout.emit({"date": row["day"], "kind": row["kind"], "reason": row["reason"]})
        return
    common.info(ctx, f"calendar_set_{kind}", day=_vn(row["day"]), reason=row["reason"])


@app.command("off")
def off(ctx: typer.Context, day: str = DAY, reason: str = REASON, json: bool = JSON) -> None:
    """Thêm ngày nghỉ của cơ quan / make a date an extra day off."""
    _override(ctx, day, "off", reason, json)


@app.command("work")
def work(ctx: typer.Context, day: str = DAY, reason: str = REASON, json: bool = JSON) -> None:
    """Thêm ngày làm việc (làm bù) / make a date an extra working day."""
    _override(ctx, day, "work", reason, json)


@app.command("remove")
def remove(ctx: typer.Context, day: str = DAY, json: bool = JSON) -> None:
    """Xoá điều chỉnh của cơ quan / remove the office's override of a date."""
    from cchc.services import calendar as service

    d = common.day(day)
    with common.ledger(ctx) as led:
        row = service.remove_override(led, d)
    if json:
        from cchc.render import jsonout

        jsonout.emit({"date": row["day"], "kind": row["kind"], "reason": row["reason"], "removed": True})
        return
    common.info(ctx, "calendar_removed", day=_vn(row["day"]))


@app.command("due")
def due(
    ctx: typer.Context,
    received: str = typer.Argument(..., help="Ngày nhận hồ sơ / date received"),
    days: int = typer.Argument(..., help="Thời hạn giải quyết (ngày làm việc) / working days"),
    json: bool = JSON,
) -> None:
    """Ngày hẹn trả / the appointment date (ISO, alone on its line)."""
    from cchc.domain.errors import InputError
    from cchc.domain.workdays import MAX_DAYS

    received_on = common.day(received)
    if not 1 <= days <= MAX_DAYS:
        raise InputError("calendar_bad_days", value=days, max=MAX_DAYS)
    result = _calendar(ctx).due(received_on, days)
    if json:
        from cchc.render import jsonout

        jsonout.emit({"received": received_on.isoformat(), "days": days, "due": result.isoformat()})
        return
    sys.stdout.write(result.isoformat() + "\n")


@app.command("workdays")
def workdays(
    ctx: typer.Context,
    date_from: str = typer.Argument(..., metavar="FROM", help="Từ ngày (không tính) / from"),
    date_to: str = typer.Argument(..., metavar="TO", help="Đến ngày (có tính) / to"),
    json: bool = JSON,
) -> None:
    """Đếm ngày làm việc sau FROM đến hết TO / working days after FROM up to and including TO."""
    a, b = common.day(date_from), common.day(date_to)
    n = _calendar(ctx).workdays(a, b)
    if json:
        from cchc.render import jsonout

        jsonout.emit({"from": a.isoformat(), "to": b.isoformat(), "workdays": n})
        return
    sys.stdout.write(f"{n}\n")
