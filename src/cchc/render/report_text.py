"""The narrative paragraph of the report, in the style of the office's own (Vietnamese) or in
English, written from the figures only (no SQL)."""

from __future__ import annotations

from cchc.domain.dates import vn, vn_short
from cchc.domain.report_models import Figures, Report

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ORDINAL_EN = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def num(n: int | float, lang: str = "vi") -> str:
    """``1.234`` / ``97,5`` in Vietnamese; ``1,234`` / ``97.5`` in English."""
    text = f"{n:,}" if isinstance(n, int) else f"{n:,.1f}".rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def period_phrase(p, lang: str = "vi") -> str:
    """ "6 tháng đầu năm 2022" / "the first half of 2022" (no leading preposition)."""
    k, y, i = p.kind, p.year, p.index
    if lang == "en":
        return {
            "semester": f"the {ORDINAL_EN.get(i, '')} half of {y}",
            "quarter": f"the {ORDINAL_EN.get(i, '')} quarter of {y}",
            "month": f"{MONTHS_EN[i - 1]} {y}" if i else str(y),
            "nine-months": f"the first nine months of {y}",
            "year": f"{y}",
        }.get(k, f"the period {vn_short(p.start)}–{vn_short(p.end)}")
    return {
        "semester": f"6 tháng {'đầu' if i == 1 else 'cuối'} năm {y}",
        "quarter": f"quý {ROMAN.get(i, i)} năm {y}",
        "month": f"tháng {i} năm {y}",
        "nine-months": f"9 tháng đầu năm {y}",
        "year": f"năm {y}",
    }.get(k, f"giai đoạn từ ngày {vn_short(p.start)} đến ngày {vn_short(p.end)}")


def _plans_vi(report: Report) -> str:
    parts = []
    for p in report.tasks.plans:
        s = f"Kế hoạch số {p.code}"
        if p.issued_on:
            s += f" ngày {vn(p.issued_on)}"
        parts.append(s)
    return ", ".join(parts)


def _plans_en(report: Report) -> str:
    return ", ".join(f"Plan {p.code}" + (f" of {vn(p.issued_on)}" if p.issued_on else "") for p in report.tasks.plans)


def _vi(report: Report, office: str = "Văn phòng", first: str | None = None) -> dict[str, list[str]]:
    """``first``: the agency's full name, for its first mention (then ``office``)."""
    names = iter([first or office])
    subject = lambda: next(names, office)  # noqa: E731
    parts: dict[str, list[str]] = {"tasks": _tasks_vi(report, subject)}
    parts["dossiers"] = _dossiers_vi(report, subject)
    parts["meetings"] = _meetings_vi(report, subject)
    parts["compare"] = [_compare_vi(report.figures(), report.compare.previous)] if report.compare else []
    return parts


def _tasks_vi(report: Report, subject) -> list[str]:
    t, n = report.tasks, num
    if not (t.total or t.plans):
        return []
    s = f"Trong {period_phrase(report.period)}"
    if t.plans:
        s += f", thực hiện {_plans_vi(report)}"
    s += f", {subject()} đã hoàn thành {n(t.done)}/{n(t.total)} nhiệm vụ"
    rest = []
    if t.doing:
        rest.append(f"{n(t.doing)} nhiệm vụ đang thực hiện")
    if t.todo:
        rest.append(f"{n(t.todo)} nhiệm vụ chưa triển khai")
    if rest:
        s += "; " + ", ".join(rest)
    if t.overdue:
        s += f"; {n(t.overdue)} nhiệm vụ đã quá hạn"
    return [s + "."]


def _dossiers_vi(report: Report, subject) -> list[str]:
    d, p, n = report.dossiers, report.period, num
    s = f"Tính từ {vn_short(p.start)} đến ngày {vn_short(p.end)}, "
    if d.received:
        s += f"{subject()} đã tiếp nhận {n(d.received)} hồ sơ"
        channels = [
            (d.received_online, "trực tuyến"),
            (d.received_direct, "trực tiếp"),
            (d.received_postal, "qua dịch vụ bưu chính"),
        ]
        s += " (" + ", ".join(f"{name} {n(c)}" for c, name in channels if c) + ")"
        if d.online_rate is not None:
            s += f", tỷ lệ tiếp nhận trực tuyến đạt {num(d.online_rate)}%"
    else:
        s += f"{subject()} chưa tiếp nhận hồ sơ mới"
    if d.carried_over:
        s += f"; kỳ trước chuyển sang {n(d.carried_over)} hồ sơ"
    out = [s + "."]
    if not d.carried_over + d.received:
        return out
    s = f"Đã giải quyết {n(d.resolved)} hồ sơ"
    if d.resolved:
        bits = [f"trả sớm hạn {n(d.early)} hồ sơ", f"đúng hạn {n(d.on_time)} hồ sơ"]
        if d.late:
            bits.append(f"quá hạn {n(d.late)} hồ sơ")
        s += ", trong đó: " + ", ".join(bits)
    if d.returned:
        s += f"; trả lại {n(d.returned)} hồ sơ"
    if d.withdrawn:
        s += f"; tổ chức, cá nhân xin rút {n(d.withdrawn)} hồ sơ"
    if d.pending:
        s += f"; còn {n(d.pending)} hồ sơ đang giải quyết"
        s += (
            f" (trong hạn {n(d.pending_in_time)} hồ sơ, quá hạn {n(d.pending_overdue)} hồ sơ)"
            if d.pending_overdue
            else " (trong hạn)"
        )
    out.append(s + ".")
    if d.in_time_rate is not None:
        out.append(f"Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt {num(d.in_time_rate)}%.")
    out.append(_apology_vi(report))
    return out


def _meetings_vi(report: Report, subject) -> list[str]:
    held = [k for k in report.meetings.by_kind if k.count]
    if not held:
        return []
    items = [
        f"{num(k.count)} cuộc họp giao ban giữa {k.name}"
        if k.kind in ("office", "chairman")
        else f"{num(k.count)} cuộc họp {k.name}"
        for k in held
    ]
    return [f"{subject()} đã tổ chức " + "; ".join(items) + "."]


def _apology_vi(report: Report) -> str:
    """The apology letters, named as the period's one-stop rules name them (from 01/07/2025 the
    letter also asks for an extension: Mẫu 04 of Circular 03/2025/TT-VPCP)."""
    letter = (
        "văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"
        if report.regime is not None and report.regime.apology == "mau-04"
        else "phiếu xin lỗi và hẹn lại ngày trả kết quả"
    )
    count = report.dossiers.apology_letters
    if not count:
        return f"Không có hồ sơ phải gửi {letter}."
    return f"Có {num(count)} hồ sơ phải gửi {letter}."


def _trend_vi(now: int, before: int, what: str) -> str:
    if now == before:
        return f"{what} không đổi ({num(now)})"
    word, to = ("tăng", "lên") if now > before else ("giảm", "xuống")
    return f"{what} {word} {num(abs(now - before))} (từ {num(before)} {to} {num(now)})"


def _compare_vi(now: Figures, before: Figures) -> str:
    return (
        f"So với {period_phrase(before.period)}: "
        + "; ".join(
            [
                _trend_vi(now.dossiers.received, before.dossiers.received, "số hồ sơ tiếp nhận"),
                _trend_vi(now.dossiers.resolved, before.dossiers.resolved, "số hồ sơ đã giải quyết"),
                _trend_vi(now.tasks.done, before.tasks.done, "số nhiệm vụ hoàn thành"),
            ]
        )
        + "."
    )


def _many(n: int, noun: str) -> str:
    """``1 task``, ``2 tasks``, ``1,234 dossiers``."""
    return f"{num(n, 'en')} {noun}{'' if n == 1 else 's'}"


def _be(n: int, singular: str) -> str:
    """The verb agreeing with a count: is/are, was/were."""
    return singular if n == 1 else {"is": "are", "was": "were"}[singular]


def _en(report: Report, office: str = "the Office", first: str | None = None) -> dict[str, list[str]]:
    names = iter([first or office])
    subject = lambda: next(names, office)  # noqa: E731
    parts: dict[str, list[str]] = {"tasks": _tasks_en(report, subject)}
    parts["dossiers"] = _dossiers_en(report, subject)
    held = [k for k in report.meetings.by_kind if k.count]
    items = [f"{_n(k.count)} {(k.name_en or k.name)}" for k in held]
    parts["meetings"] = ["Briefing meetings held: " + "; ".join(items) + "."] if held else []
    parts["compare"] = [_compare_en(report.figures(), report.compare.previous)] if report.compare else []
    return parts


def _n(v: int | float) -> str:
    return num(v, "en")


def _tasks_en(report: Report, subject) -> list[str]:
    t, n = report.tasks, _n
    if not (t.total or t.plans):
        return []
    s = f"In {period_phrase(report.period, 'en')}"
    if t.plans:
        s += f", implementing {_plans_en(report)}"
    s += f", {subject()} completed {n(t.done)} of its {_many(t.total, 'task')}"
    rest = []
    if t.doing:
        rest.append(f"{n(t.doing)} are in progress")
    if t.todo:
        rest.append(f"{n(t.todo)} not started")
    if rest:
        s += "; " + ", ".join(rest)
    if t.overdue:
        s += f"; {_many(t.overdue, 'task')} {_be(t.overdue, 'is')} overdue"
    return [s + "."]


def _dossiers_en(report: Report, subject) -> list[str]:
    d, p, n = report.dossiers, report.period, _n
    s = f"From {vn_short(p.start)} to {vn_short(p.end)}, "
    if d.received:
        s += f"{subject()} received {_many(d.received, 'dossier')}"
        channels = [(d.received_online, "online"), (d.received_direct, "in person"), (d.received_postal, "by post")]
        s += " (" + ", ".join(f"{n(c)} {name}" for c, name in channels if c) + ")"
        if d.online_rate is not None:
            s += f", {n(d.online_rate)}% of them online"
    else:
        s += f"{subject()} received no new dossiers"
    if d.carried_over:
        s += f"; {n(d.carried_over)} {_be(d.carried_over, 'was')} carried over from the previous period"
    out = [s + "."]
    if not d.carried_over + d.received:
        return out
    s = f"It resolved {_many(d.resolved, 'dossier')}"
    if d.resolved:
        bits = [f"{n(d.early)} early", f"{n(d.on_time)} on time"]
        if d.late:
            bits.append(f"{n(d.late)} late")
        s += ": " + ", ".join(bits)
    if d.returned:
        s += f"; {n(d.returned)} {_be(d.returned, 'was')} returned to the applicant"
    if d.withdrawn:
        s += f"; {n(d.withdrawn)} {_be(d.withdrawn, 'was')} withdrawn by the applicant"
    if d.pending:
        s += f"; {n(d.pending)} {_be(d.pending, 'is')} still being processed"
        s += (
            f" ({n(d.pending_in_time)} within time, {n(d.pending_overdue)} overdue)"
            if d.pending_overdue
            else " (all within time)"
        )
    out.append(s + ".")
    if d.in_time_rate is not None:
        out.append(f"{n(d.in_time_rate)}% of resolved dossiers were resolved early or on time.")
    letters = d.apology_letters
    what = (
        "an apology letter asking for an extension"
        if report.regime is not None and report.regime.apology == "mau-04"
        else "an apology letter with a new date"
    )
    out.append(f"No dossier needed {what}." if not letters else f"{n(letters)} dossiers needed {what}.")
    return out


def _compare_en(now: Figures, before: Figures) -> str:
    ch = [
        f"{what} {a - b:+,} ({_n(b)} → {_n(a)})"
        for what, a, b in (
            ("dossiers received", now.dossiers.received, before.dossiers.received),
            ("dossiers resolved", now.dossiers.resolved, before.dossiers.resolved),
            ("tasks done", now.tasks.done, before.tasks.done),
        )
    ]
    return f"Compared with {period_phrase(before.period, 'en')}: " + "; ".join(ch) + "."


SENTENCE_GROUPS = ("tasks", "dossiers", "service", "meetings", "compare")


def subject(report: Report, lang: str = "vi", office: str | None = None) -> str:
    """Who the sentences speak of: ``office`` as given, else the agency's own name from the
    ledger's particulars ("Văn phòng"), else "Văn phòng"; in English the Office is "the Office"."""
    name = office or report.agency.short_name or "Văn phòng"
    if lang == "en" and office is None and name.casefold() == "văn phòng":
        return "the Office"
    return name


def first_mention(report: Report, lang: str = "vi", office: str | None = None) -> str:
    """The agency's full name for its first mention ("Văn phòng UBND tỉnh Sơn La"): ``office``
    when given, else the ledger's particulars, else the subject."""
    return office or report.agency.full_name or subject(report, lang, office)


def sentences(
    report: Report, lang: str = "vi", office: str | None = None, first: str | None = None
) -> dict[str, list[str]]:
    """The paragraph's sentences by subject (``SENTENCE_GROUPS``), for renderers that set them
    under their own headings (the Word report); ``narrative`` joins them. ``first``: the name
    of the first mention (default: the subject)."""
    from cchc.render.report_service import sentences as service_sentences

    name = subject(report, lang, office)
    parts = (_en if lang == "en" else _vi)(report, name, first)
    parts["service"] = service_sentences(report.service_index, lang)
    return parts


def narrative(report: Report, lang: str = "vi", office: str | None = None) -> str:
    """The paragraph; ``office`` is its subject ("Sở Tư pháp"), used as given (the caller
    strips and normalises it); without one, the agency from the ledger's particulars (named in
    full at its first mention), else "Văn phòng" / "the Office"."""
    groups = sentences(report, lang, office, first_mention(report, lang, office))
    return " ".join(s for key in SENTENCE_GROUPS for s in groups[key])


def wrap(text: str, width: int | None) -> str:
    """The paragraph broken at spaces to ``width`` columns (never inside a word, a number or a
    date); unchanged when ``width`` is None."""
    if not width:
        return text
    import textwrap

    return "\n".join(
        textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) if p else p for p in text.split("\n")
    )
