"""The report as a Word document in the format of Decree 30/2020/NĐ-CP, Appendix I: the national
header, the title, the body as numbered sections, the recipients and the signature, and the
official form Biểu số 06/VPCP/KSTT as an appendix on a landscape page.

The body is data: ``SECTION_BUILDERS`` (``report_sections``, shared with the text and Markdown
outputs) turn the ``Report`` into a list of ``Section`` (a heading, its level, and blocks:
paragraphs and small tables), and one loop writes them, numbering the headings I., 1., a). A
new part of the report is one more builder in that list.

python-docx is imported only here (through ``docx_kit``), when a .docx is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from cchc.domain.report_models import Report
from cchc.render import docx_blocks as d30
from cchc.render import docx_kit as kit
from cchc.render.docx_options import DocxOptions
from cchc.render.report_body import numbers
from cchc.render.report_sections import (  # noqa: F401  (the body's builders, re-exported)
    SECTION_BUILDERS,
    Context,
    DocTable,
    Section,
    SectionBuilder,
    agency_full_name,
    build_sections,
    resolve,
    symbol,
)
from cchc.render.report_text import period_phrase

# -- writing ------------------------------------------------------------------------------------------


def write_sections(doc, sections: Sequence[Section]) -> None:
    """Each heading numbered within its parent (I., 1., a)), then its paragraphs and tables."""
    avail = kit.text_width(doc.sections[-1])
    for level, number, s in numbers(sections):
        kit.heading(doc, s.title, level, number)
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
    charts: Sequence[dict] | None = None,
):
    """The python-docx ``Document`` of the report (not saved). ``charts`` (``charts.chart_data``):
    drawn as a second appendix after the form (needs matplotlib)."""
    from cchc.render.report_docx_form import appendix

    ctx = Context(report, lang, resolve(options, report))
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
    if charts:
        from cchc.render import report_docx_charts

        appendix(doc, ctx, ctx.t("docx.appendix_n", n="I"))
        report_docx_charts.appendix(doc, ctx, charts, ctx.t("docx.appendix_n", n="II"))
    else:
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
