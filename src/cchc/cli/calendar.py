"""``cchc calendar show|off|work|remove|due|workdays``: the working-day calendar."""

from __future__ import annotations

import sys

import typer

from cchc.cli import common

app = typer.Typer(no_args_is_help=True, help="Lịch ngày làm việc / working-day calendar.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
DAY = typer.Argument(..., help="Ngày / date (09/06/2022, 2022-06-09, today)")
REASON = typer.Option(..., "--reason", help="Lý do, căn cứ / reason (e.g. the announcement)")

WEEKDAYS = {
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def _weekday(i: int) -> str:
    from cchc import i18n

    return WEEKDAYS[i18n.lang()][i]


def _calendar():
    """The ledger's calendar; without a ledger, the package's plus the shipped swaps (no file
    is created just to count days)."""
    from cchc.domain.errors import LedgerError
    from cchc.store import calendar as store

    try:
        led = common.ledger()
    except LedgerError as exc:
        if exc.key != "no_ledger":
            raise
        from datetime import date

        from cchc.domain.workdays import WorkCalendar

        rows = store.shipped_overrides()
        off = {date.fromisoformat(r["day"]): r["reason"] for r in rows if r["kind"] == "off"}
        work = {date.fromisoformat(r["day"]): r["reason"] for r in rows if r["kind"] == "work"}
        return WorkCalendar(off, work)
    with led:
        return store.load_calendar(led)


@app.command("show")
def show(
    year: int = typer.Argument(..., help="Năm / year"),
    json: bool = JSON,
) -> None:
    """Ngày nghỉ và ngày làm bù trong năm / every day off and extra working day of a year."""
    from cchc import i18n
    from cchc.domain.dates import MAX_YEAR, MIN_YEAR
    from cchc.domain.errors import InputError
    from cchc.domain.workdays import WorkCalendar
    from cchc.store import calendar as store

    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputError("bad_year", value=year)
    cal = _calendar()
    assert isinstance(cal, WorkCalendar)
    rows = cal.days_of_year(year, store._language())
    for r in rows:
        if r["name"] is None:
            r["name"] = i18n.label("substitute_workday")
    if json:
        from cchc.render import jsonout

        jsonout.emit([{k: r[k] for k in ("date", "working", "name", "source")} for r in rows])
        return
    from cchc.render import tables

    for r in rows:
        r["cal_day"] = r["date"]
        r["cal_weekday"] = _weekday(r["weekday"])
        r["cal_status"] = i18n.label("cal_work" if r["working"] else "cal_off")
        r["cal_name"] = r["name"]
        r["cal_source"] = i18n.label(f"cal_source_{r['source']}")
    off = sum(1 for r in rows if not r["working"] and r["weekday"] < 5)
    work = sum(1 for r in rows if r["working"])
    tables.print_table(
        rows,
        ["cal_day", "cal_weekday", "cal_status", "cal_name", "cal_source"],
        formats={"cal_day": _vn},
        caption=i18n.msg("calendar_caption", year=year, off=off, work=work),
    )


def _vn(value: str) -> str:
    from cchc.domain.dates import vn

    return vn(value)


def _override(day: str, kind: str, reason: str, json: bool) -> None:
    from cchc.i18n import msg
    from cchc.store import calendar as store

    d = common.day(day)
    with common.ledger(create=True) as led:
        row = store.set_override(led, d, kind, reason)
    if json:
        from cchc.render import jsonout

        jsonout.emit({"date": row["day"], "kind": row["kind"], "reason": row["reason"]})
        return
    common.info(msg(f"calendar_set_{kind}", day=_vn(row["day"]), reason=row["reason"]))


@app.command("off")
def off(day: str = DAY, reason: str = REASON, json: bool = JSON) -> None:
    """Thêm ngày nghỉ của cơ quan / make a date an extra day off."""
    _override(day, "off", reason, json)


@app.command("work")
def work(day: str = DAY, reason: str = REASON, json: bool = JSON) -> None:
    """Thêm ngày làm việc (làm bù) / make a date an extra working day."""
    _override(day, "work", reason, json)


@app.command("remove")
def remove(day: str = DAY, json: bool = JSON) -> None:
    """Xoá điều chỉnh của cơ quan / remove the office's override of a date."""
    from cchc.i18n import msg
    from cchc.store import calendar as store

    d = common.day(day)
    with common.ledger() as led:
        row = store.remove_override(led, d)
    if json:
        from cchc.render import jsonout

        jsonout.emit({"date": row["day"], "kind": row["kind"], "reason": row["reason"], "removed": True})
        return
    common.info(msg("calendar_removed", day=_vn(row["day"])))


@app.command("due")
def due(
    received: str = typer.Argument(..., help="Ngày nhận hồ sơ / date received"),
    days: int = typer.Argument(..., help="Thời hạn giải quyết (ngày làm việc) / working days"),
    json: bool = JSON,
) -> None:
    """Ngày hẹn trả / the appointment date (ISO, alone on its line)."""
    from cchc.store.calendar import check_days

    received_on = common.day(received)
    check_days(days)
    result = _calendar().due(received_on, days)
    if json:
        from cchc.render import jsonout

        jsonout.emit({"received": received_on.isoformat(), "days": days, "due": result.isoformat()})
        return
    sys.stdout.write(result.isoformat() + "\n")


@app.command("workdays")
def workdays(
    date_from: str = typer.Argument(..., metavar="FROM", help="Từ ngày (không tính) / from"),
    date_to: str = typer.Argument(..., metavar="TO", help="Đến ngày (có tính) / to"),
    json: bool = JSON,
) -> None:
    """Đếm ngày làm việc sau FROM đến hết TO / working days after FROM up to and including TO."""
    a, b = common.day(date_from), common.day(date_to)
    n = _calendar().workdays(a, b)
    if json:
        from cchc.render import jsonout

        jsonout.emit({"from": a.isoformat(), "to": b.isoformat(), "workdays": n})
        return
    sys.stdout.write(f"{n}\n")


def _register() -> None:
    from cchc import i18n

    i18n.register(
        {
            "calendar_set_off": ("{day}: ngày nghỉ ({reason})", "{day}: day off ({reason})"),
            "calendar_set_work": ("{day}: ngày làm việc ({reason})", "{day}: working day ({reason})"),
            "calendar_removed": ("{day}: đã xoá điều chỉnh của cơ quan", "{day}: office override removed"),
            "calendar_caption": (
                "Năm {year}: {off} ngày nghỉ rơi vào ngày thường, {work} ngày làm bù",
                "{year}: {off} days off on weekdays, {work} extra working days",
            ),
        },
        labels={
            "cal_day": ("Ngày", "Date"),
            "cal_weekday": ("Thứ", "Weekday"),
            "cal_status": ("Trạng thái", "Status"),
            "cal_name": ("Tên, lý do", "Name or reason"),
            "cal_source": ("Nguồn", "Source"),
            "cal_off": ("nghỉ", "off"),
            "cal_work": ("làm việc", "working"),
            "cal_source_package": ("lịch nghỉ lễ (holidays)", "public holidays (holidays)"),
            "cal_source_office": ("cơ quan", "office"),
        },
    )


_register()
