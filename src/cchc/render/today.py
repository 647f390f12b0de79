"""The morning view (``cchc today``) as Rich text and tables, from ``services.today.Today``.

Made for 80 columns: codes, dates and references are never wrapped (their columns are
``no_wrap``), text wraps between words. Overdue rows carry a ``!`` in their first column and
are red where colour is allowed, so they stand out under ``NO_COLOR`` too. No SQL here.
"""

from __future__ import annotations

from datetime import date

from cchc.domain.dates import vn

DEFAULT_ROWS = 5  # per section on screen, unless --limit: the view stays about one screen
LATE = "bold red"
TODAY = "bold yellow"


def console():
    """A console of the terminal's width, or $COLUMNS, or 80 when not a terminal; Rich drops
    colour under NO_COLOR and when not writing to a terminal. Text from the ledger is printed
    as it is: no markup, no emoji codes."""
    from rich.console import Console

    return Console(highlight=False, markup=False, emoji=False)


def summary(tr, t) -> str:
    """The one line on top: "3 hồ sơ đến hạn hôm nay · 2 quá hạn · 5 chờ bổ sung · ..."."""
    return " · ".join(summary_parts(tr, t))


def summary_parts(tr, t) -> list[str]:
    c = t.counts
    soon = c["due"] - c["due_today"]
    parts = [tr.msg_n("today_due_today", c["due_today"])]
    if t.within == 1:
        parts.append(tr.msg_n("today_due_soon_day", soon))
    elif t.within > 1:
        parts.append(tr.msg_n("today_due_soon", soon, days=t.within))
    parts.append(tr.msg_n("today_overdue", c["overdue"]))
    parts.append(tr.msg_n("today_waiting", c["waiting"]))
    parts.append(tr.msg_n("today_tasks_overdue", c["tasks_overdue"]))
    return parts


def heading(tr, t) -> str:
    day = date.fromisoformat(t.as_of)
    key = "today_heading" if day == date.today() else "today_heading_as_of"
    out = tr.msg_n(key, weekday=tr.label_n(f"wd_{day.weekday()}"), day=vn(day))
    if not t.working_day:
        out += f" ({tr.msg_n('today_day_off')})"
    return out


def _table(*columns: tuple[str, dict]):
    from rich.table import Table

    table = Table(box=None, padding=(0, 1), pad_edge=False, show_edge=False, header_style="bold", expand=False)
    for name, kw in columns:
        table.add_column(name, **kw)
    return table


def _what(row: dict, *more: str | None):
    """The code (bold) over the procedure, the applicant and ``more`` (dim): one cell."""
    from rich.text import Text

    cell = Text()
    cell.append(row["code"], style="bold")
    rest = " · ".join(x for x in (row["procedure"], row["applicant"], *more) if x)
    if rest:
        cell.append("\n" + rest, style="dim")
    return cell


def _marker(tr, late: bool, due_today: bool = False):
    from rich.text import Text

    if late:
        return Text(tr.label_n("td_overdue_marker"), style=LATE)
    return Text("•" if due_today else "", style=TODAY)


NOWRAP = {"no_wrap": True}
MARK = ("", {"no_wrap": True, "width": 1})


def _due_table(tr, rows: list[dict]):
    table = _table(
        MARK,
        (tr.label_n("td_code") + " · " + tr.label_n("td_what"), {}),
        (tr.label_n("td_due"), NOWRAP),
        (tr.label_n("td_left"), NOWRAP),
    )
    for r in rows:
        left = tr.label_n("td_today") if r["workdays_left"] == 0 else tr.label_n("td_wd", r["workdays_left"])
        table.add_row(_marker(tr, False, r["workdays_left"] == 0), _what(r), _dates(r, r["due_on"]), left)
    return table


def _dates(r: dict, due: str) -> str:
    """The due date, and the promised new date under it when there is one."""
    if r.get("rescheduled_due_on"):
        return f"{vn(due)}\n→ {vn(r['rescheduled_due_on'])}"
    return vn(due)


def _overdue_table(tr, rows: list[dict]):
    from rich.text import Text

    table = _table(
        MARK,
        (tr.label_n("td_code") + " · " + tr.label_n("td_what"), {}),
        (tr.label_n("td_due"), NOWRAP),
        (tr.label_n("td_late"), NOWRAP),
        (tr.label_n("td_new_date"), NOWRAP),
    )
    for r in rows:
        new = vn(r["rescheduled_due_on"]) if r["rescheduled_due_on"] else tr.label_n("td_no_new_date")
        late = Text(tr.label_n("td_wd", r["workdays_late"]), style=LATE)
        table.add_row(_marker(tr, True), _what(r), vn(r["due_on"]), late, new)
    return table


def _waiting_table(tr, rows: list[dict]):
    table = _table(
        MARK,
        (tr.label_n("td_code") + " · " + tr.label_n("td_what_waiting"), {}),
        (tr.label_n("td_paused_on"), NOWRAP),
        (tr.label_n("td_waited"), NOWRAP),
    )
    for r in rows:
        table.add_row("", _what(r, r["pause_reason"]), vn(r["paused_on"]), tr.label_n("td_wd", r["workdays_waited"]))
    return table


def _task_table(tr, rows: list[dict]):
    from rich.text import Text

    table = _table(
        MARK, (tr.label_n("td_ref"), NOWRAP), (tr.label_n("td_title"), {}), (tr.label_n("td_due"), NOWRAP), ("", NOWRAP)
    )
    unit = object()
    for r in rows:
        if r["unit"] != unit:
            unit = r["unit"]
            table.add_row("", "", Text(unit or tr.label_n("td_unit_none"), style="bold underline"), "", "")
        if r["overdue"]:
            when = Text(tr.label_n("td_days_late", r["days"]), style=LATE)
        else:
            when = tr.label_n("td_today") if r["days"] == 0 else tr.label_n("td_days", r["days"])
        table.add_row(_marker(tr, r["overdue"]), r["ref"], r["title"], vn(r["due_on"]), when)
    return table


def _meetings(tr, t, lang: str):
    m = t.meetings
    week: dict[str, int] = {}
    for row in m["week"]:
        week[row["kind"]] = week.get(row["kind"], 0) + 1
    table = _table(
        (tr.label_n("td_kind"), {}),
        (tr.label_n("td_week"), {"justify": "right", "no_wrap": True}),
        (tr.label_n("td_window", label=m["window"]["label"]), {"justify": "right", "no_wrap": True}),
    )
    for k in m["by_kind"]:
        name = (k["name_en"] or k["name"]) if lang == "en" else k["name"]
        table.add_row(name, str(week.get(k["kind"], 0)), str(k["count"]))
    return table


def _pack(parts: list[str], width: int, sep: str = " · ") -> list[str]:
    """Join ``parts`` with ``sep`` into lines of at most ``width``, breaking only between parts
    (a part longer than the width gets a line of its own, wrapped by the console)."""
    lines: list[str] = []
    for part in parts:
        if lines and len(lines[-1]) + len(sep) + len(part) <= width:
            lines[-1] += sep + part
        else:
            lines.append(part)
    return lines


def _title(tr, con, key: str, count: int, noun: str = "today_n_dossiers", **params) -> None:
    from rich.text import Text

    con.print()
    con.print(Text(tr.msg_n(key, params.pop("n", None), count=tr.msg_n(noun, count), **params), style="bold"))


def _section(tr, con, table, count: int, shown: int, more: str, more_key: str = "today_more") -> None:
    from rich.text import Text

    if not count:
        con.print(Text("  " + tr.msg_n("today_none"), style="dim"))
        return
    con.print(table)
    if count > shown:
        con.print(Text(tr.msg_n(more_key, count - shown, command=more), style="dim"))


def print_today(tr, t, lang: str = "vi", con=None) -> None:
    """The whole view: heading, summary line, then due, overdue, waiting, tasks, meetings."""
    import calendar

    from rich.text import Text

    con = con or console()
    day = vn(t.as_of)
    con.print(Text(heading(tr, t), style="bold"))
    for line in _pack(summary_parts(tr, t), con.width):
        con.print(Text(line))
    c = t.counts
    if t.within == 0:
        _title(tr, con, "today_due_title_zero", c["due"])
    else:
        _title(tr, con, "today_due_title", c["due"], n=t.within, horizon=vn(t.horizon), days=t.within)
    _section(
        tr, con, _due_table(tr, t.due), c["due"], len(t.due), f"cchc dossier list --due-within {t.within} --as-of {day}"
    )
    _title(tr, con, "today_overdue_title", c["overdue"])
    _section(
        tr,
        con,
        _overdue_table(tr, t.overdue),
        c["overdue"],
        len(t.overdue),
        f"cchc dossier list --status overdue --as-of {day}",
    )
    _title(tr, con, "today_waiting_title", c["waiting"])
    _section(tr, con, _waiting_table(tr, t.waiting), c["waiting"], len(t.waiting), f"cchc today --as-of {day} --json")
    d = date.fromisoformat(t.as_of)
    month_end = date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    n_tasks = c["tasks_overdue"] + c["tasks_due"]
    _title(tr, con, "today_tasks_title", n_tasks, "today_n_tasks", year=d.year, month_end=vn(month_end))
    _section(tr, con, _task_table(tr, t.tasks), n_tasks, len(t.tasks), "cchc task list --overdue", "today_more_tasks")
    m = t.meetings
    con.print()
    con.print(Text(tr.msg_n("today_meetings_title"), style="bold"))
    con.print(_meetings(tr, t, lang))
    note = tr.msg_n(
        "today_meetings_note",
        week=vn(m["week_start"]),
        label=m["window"]["label"],
        start=vn(m["window"]["start"]),
        end=vn(m["window"]["end"]),
    )
    con.print(Text(note, style="dim"))
