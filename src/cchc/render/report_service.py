"""The service-quality indicators (Decision 766/QĐ-TTg) in every output of the report: the rows
of their table, the narrative's sentences, the Markdown section and the Word section. No SQL:
everything comes from ``Report.service_index``."""

from __future__ import annotations

from cchc.domain.service_index import ServiceIndex
from cchc.render.i18n import Translator

ORDER = (
    "on_time",
    "processing_time",
    "online",
    "fully_online",
    "paid_online",
    "result_digitised",
    "digitised",
    "digitised_inputs",
    "satisfaction",
    "satisfied",
)


def _num(value: float | int | None, lang: str) -> str:
    """``1.234`` / ``97,25`` in Vietnamese, ``1,234`` / ``97.25`` in English; shares to 2
    decimals as the portal rounds them; ``—`` for N/A."""
    if value is None:
        return "—"
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def head(lang: str) -> list[str]:
    tr = Translator(lang)
    return [tr.label(k) for k in ("si_code", "si_indicator", "si_value", "si_count", "si_points", "si_max")]


def rows(si: ServiceIndex, lang: str) -> list[list[str]]:
    """[code, indicator, value %, numerator/denominator, points, max] per indicator, then the score."""
    tr = Translator(lang)
    out = []
    for key in ORDER:
        ind = si.indicators.get(key)
        if ind is None:
            continue
        count = "" if ind.numerator is None else f"{_num(ind.numerator, lang)}/{_num(ind.denominator, lang)}"
        mark = "" if ind.verified or not ind.max_points else "*"
        out.append(
            [
                ind.code or "",
                tr.label(f"si_{key}"),
                _num(ind.value, lang),
                count,
                "" if not ind.max_points else _num(ind.points, lang),
                "" if not ind.max_points else _num(ind.max_points, lang) + mark,
            ]
        )
    out.append(["", tr.label("si_score"), _num(si.percent, lang), "", _num(si.score, lang), _num(si.max_score, lang)])
    return out


def procedure_rows(si: ServiceIndex, lang: str) -> list[list[str]]:
    return [
        [p.procedure, _num(p.resolved, lang), _num(p.average, lang), _num(p.allowed_average, lang)]
        for p in si.procedures
    ]


def procedure_head(lang: str) -> list[str]:
    tr = Translator(lang)
    return [tr.label(k) for k in ("si_procedure", "si_resolved", "si_average", "si_allowed")]


def rich_tables(si: ServiceIndex, lang: str) -> list:
    from rich.markup import escape

    from cchc.render.tables import compact

    tr = Translator(lang)
    t = compact(title=tr.label("si_title"), caption=tr.label("si_note"))
    for i, h in enumerate(head(lang)):
        t.add_column(h, justify="left" if i in (0, 1) else "right", overflow="fold")
    body = rows(si, lang)
    for i, r in enumerate(body):
        t.add_row(*[escape(c) for c in r], style="bold" if i == len(body) - 1 else None)
    out = [t]
    if si.procedures:
        p = compact(title=tr.label("si_procedures"))
        for i, h in enumerate(procedure_head(lang)):
            p.add_column(h, justify="left" if i == 0 else "right", overflow="fold")
        for r in procedure_rows(si, lang):
            p.add_row(*[escape(c) for c in r])
        out.append(p)
    return out


def sentences(si: ServiceIndex | None, lang: str) -> list[str]:
    """The narrative's sentences on the indicators (none when the report has none)."""
    if si is None or not si.counts.window:
        return []
    tr = Translator(lang)
    ind = si.indicators
    n = lambda v: _num(v, lang)  # noqa: E731
    parts = []
    for key in ("on_time", "online", "fully_online", "digitised", "result_digitised", "paid_online", "satisfaction"):
        i = ind.get(key)
        if i is not None and i.value is not None and (i.numerator or key in ("on_time", "online", "satisfaction")):
            what = tr.label(f"si_{key}")
            parts.append(tr.msg("si_part", what=what[:1].lower() + what[1:], value=n(i.value)))
    text = tr.msg("si_sentence", parts="; ".join(parts))
    if si.score is not None:
        text += " " + tr.msg("si_score_sentence", score=n(si.score), max=n(si.max_score), percent=n(si.percent))
    out = [text]
    c = si.counts
    if c.apologies or c.late_without_apology:
        out.append(tr.msg("si_apologies", count=n(c.apologies), missing=n(c.late_without_apology)))
    return out


def markdown_lines(si: ServiceIndex | None, lang: str) -> list[str]:
    if si is None:
        return []
    from cchc.render.report_flat import _md_table

    tr = Translator(lang)
    lines = [f"## {tr.label('si_title')}", ""]
    lines += _md_table(head(lang), [[c.replace("*", "\\*") for c in r] for r in rows(si, lang)])
    lines += [f"*{tr.label('si_note').replace('*', chr(92) + '*')}*", ""]
    if si.procedures:
        lines += [f"### {tr.label('si_procedures')}", ""]
        lines += _md_table(procedure_head(lang), procedure_rows(si, lang))
    return lines


def docx_section(ctx) -> list:
    """The Word report's section "Chất lượng phục vụ người dân, doanh nghiệp" (``SECTION_BUILDERS``)."""
    from cchc.render.report_sections import DocTable, Section

    si = ctx.report.service_index
    if si is None:
        return []
    lang = ctx.lang
    tr = Translator(lang)
    blocks: list = [" ".join(sentences(si, lang)) or tr.label("si_nothing")]
    blocks.append(
        DocTable(
            head=head(lang),
            rows=rows(si, lang),
            weights=[12, 70, 20, 28, 18, 18],
            align=["center", "left", "center", "center", "center", "center"],
            bold_last=True,
        )
    )
    blocks.append(tr.label("si_note"))
    return [Section(tr.label("si_title"), 2, blocks)]
