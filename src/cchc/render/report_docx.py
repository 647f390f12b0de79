"""The report as a Word document in the format of Decree 30/2020/NĐ-CP, Appendix I: the national
header, the title, the body as numbered sections, the recipients and the signature, and the
official form Biểu số 06/VPCP/KSTT as an appendix on a landscape page.

The body is data: ``SECTION_BUILDERS`` turn the ``Report`` into a list of ``Section`` (a heading,
its level, and blocks: paragraphs and small tables), and one loop writes them, numbering the
headings I., 1., a). A new part of the report (documents issued, communication, inspections, the
reform index, assessment, directions, proposals) is one more builder in that list.

python-docx is imported only here (through ``docx_kit``), when a .docx is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from cchc.domain.decree30 import date_parts, number_text, short_date
from cchc.domain.report_models import Report
from cchc.render import docx_blocks as d30
from cchc.render import docx_kit as kit
from cchc.render.catalog.docx import t
from cchc.render.docx_options import DocxOptions, agency_full_name
from cchc.render.report_text import num, period_phrase, sentences


@dataclass
class DocTable:
    """A small ruled table: column weights (scaled to the page), alignment per column."""

    head: list[str]
    rows: list[list[str]]
    weights: list[float]
    align: list[str]
    bold_last: bool = False


@dataclass
class Section:
    """A heading (level 1: "I. …", 2: "1. …", 3: "a) …"; the numbers are added when written)
    and its blocks: paragraphs (str) and tables, in order."""

    title: str
    level: int = 1
    blocks: list[str | DocTable] = field(default_factory=list)


@dataclass
class Context:
    report: Report
    lang: str
    options: DocxOptions

    def t(self, key: str, **params) -> str:
        return t(key, self.lang, **params)

    @property
    def issued_on(self) -> date:
        return self.options.issued_on or self.report.period.end

    @property
    def agency_full(self) -> str:
        return agency_full_name(self.options)

    @property
    def number(self) -> str:
        return number_text(self.options.number, symbol(self.report, self.options, self.lang))

    def date_words(self, d: date) -> str:
        day, month, year = date_parts(d)
        if self.lang == "en":
            month = self.t("docx.months").split("|")[d.month - 1]
        return self.t("docx.date", day=day, month=month, year=year)

    def place_date(self) -> str:
        day, month, year = date_parts(self.issued_on)
        if self.lang == "en":
            month = self.t("docx.months").split("|")[self.issued_on.month - 1]
        return self.t("docx.place_date", place=self.options.place, day=day, month=month, year=year)

    def short_date(self, d: date) -> str:
        return short_date(d)


_ISSUER = re.compile(r"/\s*[A-ZĐ]+-(\S+)$")


def symbol(report: Report, options: DocxOptions, lang: str) -> str:
    """The symbol after the number: given, or "BC-" + the issuer code of the period's plans
    (02/KH-VPUB -> BC-VPUB), or "BC-……" to fill in."""
    if options.symbol:
        return options.symbol
    for plan in report.tasks.plans:
        m = _ISSUER.search(plan.code.upper())
        if m:
            return f"{t('docx.kind_code', lang)}-{m.group(1)}"
    return f"{t('docx.kind_code', lang)}-……"


# -- sections built from the report --------------------------------------------------------------


def results(ctx: Context) -> list[Section]:
    return [Section(ctx.t("docx.sec_results"), 1)]


def direction(ctx: Context) -> list[Section]:
    """Direction and management: the plans and their tasks (with a table by reform area and the
    overdue tasks), the briefing meetings."""
    report, lang = ctx.report, ctx.lang
    said = sentences(report, lang, ctx.options.office)
    blocks: list[str | DocTable] = []
    if said["tasks"]:
        blocks.append(" ".join(said["tasks"]))
    areas = report.tasks.by_area
    if areas:
        blocks.append(ctx.t("docx.by_area_caption"))
        cols = ("total", "done", "doing", "todo", "overdue")
        rows = [
            [str(i), a.name or ctx.t("docx.not_recorded"), *[num(getattr(a, c), lang) for c in cols]]
            for i, a in enumerate(areas, 1)
        ]
        rows.append(["", ctx.t("docx.sum"), *[num(getattr(report.tasks, c), lang) for c in cols]])
        blocks.append(
            DocTable(
                head=[ctx.t("docx.col_no"), ctx.t("docx.col_area"), *[ctx.t(f"docx.col_{c}") for c in cols]],
                rows=rows,
                weights=[10, 51, 17, 19, 22, 22, 22],
                align=["center", "left", *["center"] * len(cols)],
                bold_last=True,
            )
        )
    if report.tasks.overdue_tasks:
        blocks.append(ctx.t("docx.overdue_caption"))
        blocks.append(
            DocTable(
                head=[ctx.t(f"docx.col_{c}") for c in ("no", "task", "unit", "due")],
                rows=[
                    [str(i), f"{o.ref}: {o.title}", o.unit or "", ctx.short_date(o.due_on)]
                    for i, o in enumerate(report.tasks.overdue_tasks, 1)
                ],
                weights=[10, 86, 45, 26],
                align=["center", "left", "left", "center"],
            )
        )
    blocks += said["meetings"]
    return [Section(ctx.t("docx.sec_direction"), 2, blocks)] if blocks else []


def procedures(ctx: Context) -> list[Section]:
    """The one-stop results: the dossier figures; the form itself is the appendix."""
    said = sentences(ctx.report, ctx.lang, ctx.options.office)
    blocks: list[str | DocTable] = [" ".join(said["dossiers"]), ctx.t("docx.see_appendix")]
    return [Section(ctx.t("docx.sec_procedures"), 2, blocks)]


def compare(ctx: Context) -> list[Section]:
    said = sentences(ctx.report, ctx.lang, ctx.options.office)
    return [Section(ctx.t("docx.sec_compare"), 2, said["compare"])] if said["compare"] else []


SectionBuilder = Callable[[Context], list[Section]]
SECTION_BUILDERS: list[SectionBuilder] = [results, direction, procedures, compare]


def build_sections(ctx: Context, builders: Sequence[SectionBuilder] | None = None) -> list[Section]:
    return [s for build in (SECTION_BUILDERS if builders is None else builders) for s in build(ctx)]


# -- writing ------------------------------------------------------------------------------------------


def write_sections(doc, sections: Sequence[Section]) -> None:
    """Each heading numbered within its parent (I., 1., a)), then its paragraphs and tables."""
    counters = [0, 0, 0]
    avail = kit.text_width(doc.sections[-1])
    for s in sections:
        level = min(max(s.level, 1), 3)
        counters[level - 1] += 1
        counters[level:] = [0] * (3 - level)
        kit.heading(doc, s.title, level, counters[level - 1])
        for i, block in enumerate(s.blocks):
            if isinstance(block, DocTable):
                scale = avail / sum(block.weights)
                kit.grid(
                    doc,
                    block.head,
                    block.rows,
                    [w * scale for w in block.weights],
                    align=block.align,
                    bold_last=block.bold_last,
                )
            else:
                follows_table = i + 1 < len(s.blocks) and isinstance(s.blocks[i + 1], DocTable)
                kit.body(doc, block, keep_next=follows_table)


def build(
    report: Report,
    *,
    lang: str = "vi",
    options: DocxOptions | None = None,
    builders: Sequence[SectionBuilder] | None = None,
):
    """The python-docx ``Document`` of the report (not saved)."""
    from cchc.render.report_docx_form import appendix

    ctx = Context(report, lang, options or DocxOptions())
    doc = kit.new_document(lang)
    section = doc.sections[0]
    kit.page_setup(section)
    kit.page_numbers(section)
    d30.national_header(
        doc,
        parent=ctx.options.parent,
        agency=ctx.options.agency,
        number_line=ctx.t("docx.number", number=ctx.number),
        place_date=ctx.place_date(),
        nation=ctx.t("docx.nation"),
        motto=ctx.t("docx.motto"),
    )
    period = period_phrase(report.period, lang)
    subject = ctx.t("docx.subject", period=period)
    d30.title_block(doc, ctx.t("docx.doc_kind"), subject)
    kit.body(
        doc,
        ctx.t(
            "docx.intro",
            agency=ctx.agency_full,
            period=period,
            start=ctx.short_date(report.period.start),
            end=ctx.short_date(report.period.end),
        ),
        before=12,
    )
    write_sections(doc, build_sections(ctx, builders))
    kit.keep_last_with_next(doc)
    recipients = d30.recipient_lines(ctx.options.recipients, ctx.t("docx.filed"), ctx.t("docx.filed_prefix"))
    d30.recipients_and_signature(
        doc,
        label=ctx.t("docx.recipients"),
        recipients=recipients,
        titles=ctx.options.signer_titles,
        signer=ctx.options.signer or ctx.t("docx.blank_name"),
    )
    appendix(doc, ctx)
    props = doc.core_properties
    stamp = datetime.combine(ctx.issued_on, time())
    props.title, props.subject, props.author = subject, subject, ctx.agency_full
    props.last_modified_by, props.comments, props.keywords = ctx.agency_full, "", ""
    props.created = props.modified = stamp
    props.revision = 1
    props.language = "en-US" if lang == "en" else "vi-VN"
    return doc


def write_docx(
    report: Report,
    out,
    *,
    lang: str = "vi",
    options: DocxOptions | None = None,
    builders: Sequence[SectionBuilder] | None = None,
) -> None:
    """Write the report to ``out`` (a path): a temporary file in the same folder, renamed into
    place when complete."""
    kit.save_atomic(build(report, lang=lang, options=options, builders=builders), out)
