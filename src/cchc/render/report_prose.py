"""The whole report in prose, as plain text and as Markdown: the title, the opening paragraph
naming the agency in full, the sections of ``report_sections`` (I. results … IV. proposals)
with their tables, and, in Markdown, the form Biểu 06 and the figures as appendices. The same
body as the Word document."""

from __future__ import annotations

from cchc.domain.report_models import Report
from cchc.render.docx_options import DocxOptions
from cchc.render.report_body import Context, DocTable, Section, numbered, resolve
from cchc.render.report_sections import build_sections
from cchc.render.report_text import period_phrase

WIDTH = 80


def context(report: Report, lang: str, options: DocxOptions | None) -> Context:
    return Context(report, lang, resolve(options, report))


def _opening(ctx: Context) -> tuple[str, str, str]:
    period = period_phrase(ctx.report.period, ctx.lang)
    intro = ctx.t(
        "docx.intro",
        agency=ctx.agency_full,
        period=period,
        start=ctx.short_date(ctx.report.period.start),
        end=ctx.short_date(ctx.report.period.end),
    )
    return ctx.t("docx.doc_kind"), ctx.t("docx.subject", period=period), intro


def _heading(label: str, s: Section) -> str:
    return label + (s.title.upper() if s.level == 1 else s.title)


def _text_table(table: DocTable) -> str:
    """A table as text at 80 columns (Rich, no colour)."""
    import io

    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    t = Table(box=box.SQUARE, show_lines=False, pad_edge=False)
    for head, how in zip(table.head, table.align, strict=True):
        t.add_column(escape(head), justify="left" if how == "left" else "center", overflow="fold")
    for i, row in enumerate(table.rows):
        bold = table.bold_last and i == len(table.rows) - 1
        t.add_row(*[escape(c) for c in row], style="bold" if bold else None)
    buf = io.StringIO()
    Console(file=buf, width=WIDTH, no_color=True, color_system=None, force_terminal=False).print(t)
    return buf.getvalue().rstrip("\n")


def text(report: Report, lang: str = "vi", options: DocxOptions | None = None) -> str:
    """The report as plain text: one paragraph per line, blank lines between blocks."""
    ctx = context(report, lang, options)
    kind, subject, intro = _opening(ctx)
    out = [kind, subject, "", intro]
    for label, s in numbered(build_sections(ctx)):
        out += ["", _heading(label, s)]
        for block in s.blocks:
            out.append(_text_table(block) if isinstance(block, DocTable) else block)
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def md_table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(_md(h) for h in head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    return out + ["| " + " | ".join(_md(c) for c in r) + " |" for r in rows] + [""]


def markdown_body(report: Report, lang: str = "vi", options: DocxOptions | None = None) -> list[str]:
    """The title, the opening paragraph and the sections, as Markdown lines."""
    ctx = context(report, lang, options)
    kind, subject, intro = _opening(ctx)
    out = [f"# {kind}: {subject}", "", intro, ""]
    for label, s in numbered(build_sections(ctx)):
        out += [f"{'#' * (s.level + 1)} {_heading(label, s)}", ""]
        for block in s.blocks:
            out += md_table(block.head, block.rows) if isinstance(block, DocTable) else [block, ""]
    return out
