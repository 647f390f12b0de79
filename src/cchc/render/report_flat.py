"""The report as Markdown (every section) and as CSV (the official form, for spreadsheets)."""

from __future__ import annotations

import csv
import io

from cchc.domain.dates import vn
from cchc.domain.report_models import Report
from cchc.render import report_form, report_service
from cchc.render.report_table import (
    GROUP_COLUMNS,
    heading,
    lbl,
    meeting_rows,
    summary_rows,
)
from cchc.render.report_text import narrative


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(_md_cell(h) for h in head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
    return out + [""]


def markdown(report: Report, lang: str = "vi", office: str | None = None, options=None) -> str:
    """The report (title, opening, sections I.–IV. as in the Word document), then as appendices
    the form Biểu 06 and the figures."""
    from dataclasses import replace

    from cchc.render.docx_options import DocxOptions
    from cchc.render.report_prose import markdown_body

    options = replace(options or DocxOptions(), office=office or (options.office if options else None))
    lines = markdown_body(report, lang, options)
    lines += _figures(report, lang, office)
    return "\n".join(lines)


def _figures(report: Report, lang: str, office: str | None) -> list[str]:
    cmp = report.compare.previous.period.label if report.compare else None
    extra = [f"{lbl('previous', lang)} ({cmp})", lbl("change", lang)] if cmp else []
    lines = [f"## {heading(report, lang)}", ""]
    lines += [f"### {lbl('tasks', lang)}", ""]
    lines += _md_table([lbl("item", lang), lbl("value", lang), *extra], summary_rows(report, "tasks", lang))
    for key in ("by_area", "by_unit"):
        groups = getattr(report.tasks, key)
        if groups:
            lines += [f"#### {lbl(key, lang)}", ""]
            lines += _md_table(
                [lbl("name", lang), *[lbl(c, lang) for c in GROUP_COLUMNS]],
                [[g.name or lbl("no_name", lang), *[str(getattr(g, c)) for c in GROUP_COLUMNS]] for g in groups],
            )
    if report.tasks.overdue_tasks:
        lines += [f"#### {lbl('overdue_tasks', lang)}", ""]
        lines += _md_table(
            [lbl(c, lang) for c in ("ref", "title", "unit", "due_on", "status")],
            [[t.ref, t.title, t.unit or "", vn(t.due_on), lbl(t.status, lang)] for t in report.tasks.overdue_tasks],
        )
    lines += [f"### {lbl('dossiers', lang)}", ""]
    lines += _md_table([lbl("item", lang), lbl("value", lang), *extra], summary_rows(report, "dossiers", lang))
    form = report.form
    t = report_form.text(lang)
    lines += [f"### {form.name}", "", f"**{t['title']}** {report_form.caption(form, lang)}", "", t["unit"], ""]
    lines += _md_table(
        [f"({n}) {h}" for (n, *_), h in zip(report_form.COLUMNS, report_form.headings(lang), strict=True)],
        report_form.rows(form, lang),
    )
    lines += [f"*{t['note']}*", ""]
    lines += report_service.markdown_lines(report.service_index, lang)
    lines += [f"### {lbl('meetings', lang)}", ""]
    lines += _md_table([lbl("kind", lang), lbl("name", lang), lbl("count", lang), *extra], meeting_rows(report, lang))
    lines += [f"### {lbl('narrative', lang)}", "", narrative(report, lang, office=office), ""]
    return lines


def form_csv(report: Report, lang: str = "vi") -> str:
    """Biểu 06/VPCP/KSTT as CSV: a header row "(n) heading", one row per field, the total."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"({n}) {h}" for (n, *_), h in zip(report_form.COLUMNS, report_form.headings(lang), strict=True)])
    w.writerows(report_form.rows(report.form, lang))
    return buf.getvalue()
