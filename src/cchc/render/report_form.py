"""The official statistics form Biểu số 06/VPCP/KSTT (Circular 01/2020/TT-VPCP), 13 columns,
one row per field and a total row. Returned and withdrawn dossiers are counted in column 9
(Đúng hạn), as the form's note says; the note is printed under the table."""

from __future__ import annotations

from cchc.domain.dates import vn
from cchc.domain.report_models import Form, FormRow

# (column number, attribute, Vietnamese heading, English heading)
COLUMNS: tuple[tuple[int, str, str, str], ...] = (
    (1, "no", "STT", "No."),
    (2, "field", "Lĩnh vực, công việc giải quyết theo cấp", "Field, work resolved by level"),
    (3, "c3_total", "Số hồ sơ nhận giải quyết: Tổng số", "Dossiers to resolve: total"),
    (4, "c4_online", "Trong đó: Trực tuyến", "of which: online"),
    (5, "c5_direct_postal", "Trong đó: Trực tiếp, dịch vụ bưu chính", "of which: in person, by post"),
    (6, "c6_carried_over", "Trong đó: Từ kỳ trước", "of which: carried over"),
    (7, "c7_resolved", "Số hồ sơ đã giải quyết: Tổng số", "Dossiers resolved: total"),
    (8, "c8_early", "Trước hạn", "Early"),
    (9, "c9_on_time", "Đúng hạn", "On time"),
    (10, "c10_late", "Quá hạn", "Late"),
    (11, "c11_pending", "Số hồ sơ đang giải quyết: Tổng số", "Dossiers pending: total"),
    (12, "c12_pending_in_time", "Trong hạn", "Within time"),
    (13, "c13_pending_overdue", "Quá hạn", "Overdue"),
)
# narrower headings for the terminal: (vi, en)
SHORT = {
    3: ("Nhận giải quyết", "To resolve"),
    4: ("Trực tuyến", "Online"),
    5: ("Trực tiếp, bưu chính", "In person, post"),
    6: ("Kỳ trước", "Carried over"),
    7: ("Đã giải quyết", "Resolved"),
    11: ("Đang giải quyết", "Pending"),
}
TEXT = {
    "vi": {
        "title": "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
        "range": "(Từ ngày {start} đến ngày {end})",
        "unit": "Đơn vị tính: số hồ sơ TTHC",
        "total": "Tổng cộng",
        "no_field": "(chưa ghi lĩnh vực)",
        "note": "Ghi chú: hồ sơ trả lại và hồ sơ tổ chức, cá nhân xin rút được tính vào cột 9 (Đúng hạn)"
        " theo ghi chú của biểu; vì vậy cột 7 = 8 + 9 + 10 và cột 3 = 7 + 11.",
    },
    "en": {
        "title": "ADMINISTRATIVE PROCEDURES: STATUS AND RESULTS AT THE AGENCY RESOLVING THEM",
        "range": "(From {start} to {end})",
        "unit": "Unit: number of dossiers",
        "total": "Total",
        "no_field": "(no field recorded)",
        "note": "Note: returned and withdrawn dossiers are counted in column 9 (On time), as the"
        " form's note says; so column 7 = 8 + 9 + 10 and column 3 = 7 + 11.",
    },
}


def text(lang: str) -> dict[str, str]:
    return TEXT["en" if lang == "en" else "vi"]


def headings(lang: str = "vi") -> list[str]:
    return [c[3] if lang == "en" else c[2] for c in COLUMNS]


def cells(row: FormRow, lang: str = "vi") -> list[str]:
    t = text(lang)
    out = []
    for _, attr, _, _ in COLUMNS:
        value = getattr(row, attr)
        if attr == "no":
            out.append("" if value is None else str(value))
        elif attr == "field":
            out.append(t["total"] if row.no is None else (value or t["no_field"]))
        else:
            out.append(str(value))
    return out


def rows(form: Form, lang: str = "vi") -> list[list[str]]:
    """The body of the form, total row last, as text cells."""
    return [cells(r, lang) for r in form.rows] + [cells(form.total, lang)]


def caption(form: Form, lang: str = "vi") -> str:
    t = text(lang)
    return t["range"].format(start=vn(form.start), end=vn(form.end))


def rich_table(form: Form, lang: str = "vi"):
    from rich.markup import escape
    from rich.table import Table

    t = text(lang)
    table = Table(
        title=f"{form.name}\n{t['title']}\n{caption(form, lang)}",
        caption=f"{t['unit']}. {t['note']}",
        caption_justify="left",
        show_lines=False,
    )
    for number, _, heading, heading_en in COLUMNS:
        short = SHORT.get(number, ("", ""))[1 if lang == "en" else 0] or (heading_en if lang == "en" else heading)
        table.add_column(f"({number})\n{short}", justify="left" if number == 2 else "right", overflow="fold")
    body = rows(form, lang)
    for i, r in enumerate(body):
        table.add_row(
            *[escape(c) for c in r], end_section=(i == len(body) - 2), style="bold" if i == len(body) - 1 else None
        )
    return table


def print_form(form: Form, lang: str = "vi") -> None:
    from cchc.render.console import out

    out().print(rich_table(form, lang))
