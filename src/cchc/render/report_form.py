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
    2: ("Lĩnh vực", "Field"),
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


# (row, first column, last row, last column, label key): the printed form's merged header
HEADER_CELLS = (
    (0, 0, 2, 0, "docx.f_no"),
    (0, 1, 2, 1, "docx.f_field"),
    (0, 2, 0, 5, "docx.f_received"),
    (0, 6, 0, 9, "docx.f_resolved"),
    (0, 10, 0, 12, "docx.f_pending"),
    (1, 2, 2, 2, "docx.f_total"),
    (1, 3, 1, 4, "docx.f_of_which"),
    (1, 5, 2, 5, "docx.f_carried"),
    (1, 6, 2, 6, "docx.f_total"),
    (1, 7, 2, 7, "docx.f_early"),
    (1, 8, 2, 8, "docx.f_on_time"),
    (1, 9, 2, 9, "docx.f_late"),
    (1, 10, 2, 10, "docx.f_total"),
    (1, 11, 2, 11, "docx.f_in_time"),
    (1, 12, 2, 12, "docx.f_overdue"),
    (2, 3, 2, 3, "docx.f_online"),
    (2, 4, 2, 4, "docx.f_direct"),
)


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


def values(row: FormRow) -> list[int]:
    """Columns 3–13 of a form row, as numbers (the docx and xlsx forms format them their way)."""
    return [getattr(row, attr) for number, attr, *_ in COLUMNS if number >= 3]


def rows(form: Form, lang: str = "vi") -> list[list[str]]:
    """The body of the form, total row last, as text cells."""
    return [cells(r, lang) for r in form.rows] + [cells(form.total, lang)]


def caption(form: Form, lang: str = "vi") -> str:
    t = text(lang)
    return t["range"].format(start=vn(form.start), end=vn(form.end))


def short(number: int, lang: str) -> str:
    """The column's heading for the terminal (``SHORT``, else the full one)."""
    pair = SHORT.get(number)
    if pair:
        return pair[1 if lang == "en" else 0]
    return next(h_en if lang == "en" else h for n, _, h, h_en in COLUMNS if n == number)


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)


def word_headings_width(body: list[list[str]], lang: str) -> int:
    """The narrowest the form is with its headings in words (stacked at spaces, never split)."""
    total = 0
    for i, (number, attr, *_) in enumerate(COLUMNS):
        head = f"({number}) {short(number, lang)}"
        cells = [r[i] for r in body]
        if attr == "field":
            total += max(_longest_word(head), max((_longest_word(c) for c in cells), default=0), 12)
        else:
            total += max(_longest_word(head), max((len(c) for c in cells), default=0))
    return total + 2 * (len(COLUMNS) - 1)


def legend(lang: str) -> str:
    """What each numbered column counts, for a form too narrow for its headings in words."""
    return "; ".join(f"({n}) {short(n, lang)}" for n, attr, *_ in COLUMNS if attr not in ("no", "field"))


def rich_table(form: Form, lang: str = "vi", width: int | None = None):
    """The form as a Rich table. Its headings stack their words under the column number; when
    the console is too narrow for that (``width``), the columns show their numbers only and a
    legend under the table says what each counts. Numbers never wrap; field names wrap at spaces."""
    from rich.markup import escape

    from cchc.render.tables import compact

    t = text(lang)
    body = rows(form, lang)
    narrow = width is not None and word_headings_width(body, lang) > width
    note = f"{t['unit']}. {t['note']}"
    if narrow:
        note = f"{legend(lang)}.\n{note}"
    table = compact(title=f"{form.name}\n{t['title']}\n{caption(form, lang)}", caption=note)
    for i, (number, attr, _, _) in enumerate(COLUMNS):
        head = f"({number})" if narrow and attr != "field" else f"({number})\n{short(number, lang)}"
        widest = max([_longest_word(head), *(_longest_word(r[i]) for r in body)])
        if attr == "field":
            table.add_column(head, justify="left", overflow="fold", min_width=max(widest, 8 if narrow else 12))
        else:  # as wide as its longest word or number: the heading wraps at spaces, numbers never break
            table.add_column(head, justify="right", overflow="fold", width=widest)
    for i, r in enumerate(body):
        table.add_row(
            *[escape(c) for c in r], end_section=(i == len(body) - 2), style="bold" if i == len(body) - 1 else None
        )
    return table


def print_form(form: Form, lang: str = "vi") -> None:
    from cchc.render.console import out

    con = out()
    con.print(rich_table(form, lang, width=con.width))
