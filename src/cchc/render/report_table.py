"""The report as Rich tables (the default output): tasks, dossiers, the official form,
meetings, then the narrative. No SQL here: everything comes from the ``Report`` model."""

from __future__ import annotations

from cchc.domain.dates import vn
from cchc.domain.report_models import DOSSIER_KEYS, Report
from cchc.render.numbers import decimal

# key -> (vi, en): the rows of the summary tables
LABELS: dict[str, tuple[str, str]] = {
    "total": ("Tổng số nhiệm vụ", "Tasks (total)"),
    "done": ("Hoàn thành", "Done"),
    "doing": ("Đang thực hiện", "In progress"),
    "todo": ("Chưa thực hiện", "Not started"),
    "overdue": ("Quá hạn", "Overdue"),
    "cancelled": ("Đã hủy (ngoài tổng số)", "Cancelled (outside the total)"),
    "carried_over": ("Kỳ trước chuyển sang", "Carried over"),
    "received": ("Tiếp nhận trong kỳ", "Received in the period"),
    "received_online": ("  trực tuyến", "  online"),
    "received_direct": ("  trực tiếp", "  in person"),
    "received_postal": ("  dịch vụ bưu chính", "  by post"),
    "resolved": ("Đã giải quyết", "Resolved"),
    "early": ("  trước hạn (trả sớm hạn)", "  early"),
    "on_time": ("  đúng hạn", "  on time"),
    "late": ("  quá hạn", "  late"),
    "returned": ("Trả lại", "Returned to the applicant"),
    "withdrawn": ("Công dân xin rút", "Withdrawn"),
    "pending": ("Đang giải quyết", "Pending"),
    "pending_in_time": ("  trong hạn", "  within time"),
    "pending_overdue": ("  quá hạn", "  overdue"),
    "in_time_rate": ("Tỷ lệ trước hạn và đúng hạn (%)", "Early or on time (% of resolved)"),
    "meetings": ("Họp giao ban", "Briefing meetings"),
    "tasks": ("Nhiệm vụ", "Tasks"),
    "dossiers": ("Hồ sơ TTHC", "Procedure dossiers"),
    "by_area": ("Nhiệm vụ theo lĩnh vực cải cách", "Tasks by reform area"),
    "by_unit": ("Nhiệm vụ theo đơn vị chủ trì", "Tasks by unit"),
    "overdue_tasks": ("Nhiệm vụ quá hạn", "Overdue tasks"),
    "item": ("Chỉ tiêu", "Item"),
    "value": ("Số liệu", "Figure"),
    "previous": ("Kỳ trước", "Previous"),
    "change": ("Thay đổi", "Change"),
    "report": ("Báo cáo", "Report for"),
    "from_to": ("từ {start} đến {end}", "from {start} to {end}"),
    "window": ("kỳ chốt số liệu đến {end}", "the period's window closes on {end}"),
    "none": ("(không có)", "(none)"),
    "narrative": ("Tóm tắt", "Summary"),
    "kind": ("Loại", "Kind"),
    "count": ("Số cuộc", "Count"),
    "name": ("Tên", "Name"),
    "ref": ("Mã NV", "Ref"),
    "title": ("Nhiệm vụ", "Task"),
    "unit": ("Đơn vị chủ trì", "Unit"),
    "due_on": ("Hạn", "Due"),
    "status": ("Trạng thái", "Status"),
    "no_name": ("(chưa ghi)", "(not recorded)"),
}
TASK_ROWS = ("total", "done", "doing", "todo", "overdue", "cancelled")
GROUP_COLUMNS = ("total", "done", "doing", "todo", "overdue")


def lbl(key: str, lang: str) -> str:
    pair = LABELS.get(key)
    return (pair[1] if lang == "en" else pair[0]) if pair else key


def heading(report: Report, lang: str = "vi") -> str:
    from cchc.render.report_text import period_phrase

    p = report.period
    text = f"{lbl('report', lang)} {period_phrase(p, lang)} ({p.label}) — " + lbl("from_to", lang).format(
        start=vn(p.start), end=vn(p.end)
    )
    if p.end < p.window_end:
        text += f"; {lbl('window', lang).format(end=vn(p.window_end))}"
    return text


def summary_rows(report: Report, section: str, lang: str) -> list[list[str]]:
    """[label, value, (previous, change)] rows for the tasks or dossiers summary."""
    now = getattr(report, section)
    before = getattr(report.compare.previous, section) if report.compare else None
    keys = TASK_ROWS if section == "tasks" else (*DOSSIER_KEYS, "in_time_rate")
    out = []
    for k in keys:
        v = getattr(now, k)
        row = [lbl(k, lang), decimal(v, lang)]
        if before is not None:
            b = getattr(before, k)
            row.append(decimal(b, lang))
            row.append("" if v is None or b is None else ("+" if v >= b else "") + decimal(round(v - b, 2), lang))
        out.append(row)
    return out


def meeting_rows(report: Report, lang: str) -> list[list[str]]:
    prev = {k.kind: k.count for k in report.compare.previous.meetings.by_kind} if report.compare else None
    out = []
    for k in report.meetings.by_kind:
        row = [k.kind, (k.name_en or k.name) if lang == "en" else k.name, str(k.count)]
        if prev is not None:
            b = prev.get(k.kind, 0)
            row += [str(b), f"{k.count - b:+d}"]
        out.append(row)
    return out


def _kv_table(title: str, rows: list[list[str]], lang: str, compare_label: str | None):
    from rich.markup import escape

    from cchc.render.tables import compact

    t = compact(title=title)
    t.add_column(lbl("item", lang), min_width=16)
    t.add_column(lbl("value", lang), justify="right")
    if compare_label:
        t.add_column(f"{lbl('previous', lang)} ({compare_label})", justify="right")
        t.add_column(lbl("change", lang), justify="right")
    for r in rows:
        t.add_row(*[escape(c) for c in r])
    return t


def _group_table(title: str, groups, lang: str, width: int | None):
    """Tasks by area or by unit: the headings wrap at spaces so that every count column fits."""
    from cchc.render.tables import table

    columns = ["name", *GROUP_COLUMNS]
    rows = [{"name": g.name or lbl("no_name", lang), **{c: getattr(g, c) for c in GROUP_COLUMNS}} for g in groups]
    return table(rows, columns, headers={c: lbl(c, lang) for c in columns}, title=title, width=width)


def print_report(report: Report, lang: str = "vi", console=None, office: str | None = None) -> None:
    from rich.markup import escape
    from rich.text import Text

    from cchc.render.console import out
    from cchc.render.report_form import rich_table
    from cchc.render.report_text import narrative
    from cchc.render.tables import compact, overdue_cell

    con = console or out()
    cmp_label = report.compare.previous.period.label if report.compare else None
    con.print(Text(heading(report, lang), style="bold"))
    con.print(_kv_table(lbl("tasks", lang), summary_rows(report, "tasks", lang), lang, cmp_label))
    if report.tasks.by_area:
        con.print(_group_table(lbl("by_area", lang), report.tasks.by_area, lang, con.width))
    if report.tasks.by_unit:
        con.print(_group_table(lbl("by_unit", lang), report.tasks.by_unit, lang, con.width))
    if report.tasks.overdue_tasks:
        t = compact(title=lbl("overdue_tasks", lang))
        for c in ("ref", "title", "unit", "due_on", "status"):
            fixed = c in ("ref", "due_on")
            t.add_column(lbl(c, lang), no_wrap=fixed, overflow="fold", min_width=None if fixed else 10)
        for task in report.tasks.overdue_tasks:
            t.add_row(
                escape(task.ref),
                escape(task.title),
                escape(task.unit or ""),
                vn(task.due_on),
                overdue_cell(lbl(task.status, lang), True, con),
            )
        con.print(t)
    con.print(_kv_table(lbl("dossiers", lang), summary_rows(report, "dossiers", lang), lang, cmp_label))
    con.print(rich_table(report.form, lang, width=con.width))
    if report.service_index is not None:
        from cchc.render.report_service import rich_tables

        con.print(*rich_tables(report.service_index, lang))
    t = compact(title=lbl("meetings", lang))
    for c in ("kind", "name", "count"):
        t.add_column(lbl(c, lang), justify="right" if c == "count" else "left", no_wrap=c != "name", overflow="fold")
    if cmp_label:
        t.add_column(f"{lbl('previous', lang)} ({cmp_label})", justify="right")
        t.add_column(lbl("change", lang), justify="right")
    for r in meeting_rows(report, lang):
        t.add_row(*[escape(c) for c in r])
    con.print(t)
    con.print(Text(lbl("narrative", lang), style="bold"))
    con.print(escape(narrative(report, lang, office=office)), soft_wrap=False)  # wrapped at spaces
