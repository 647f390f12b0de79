"""A province's roll-up in every format: the ranking of the units, one row per unit of every
figure, the total as a report of its own, and the official form per unit and for the whole.
No SQL: everything comes from ``services.rollup.run``'s data."""

from __future__ import annotations

import csv
import io

from cchc.domain.report_models import Report
from cchc.render.i18n import Translator

UNIT_KEYS = ("agency", "unit_code", "rank", "source")


class View:
    """The roll-up's data with its reports as models, in one language."""

    def __init__(self, data: dict, lang: str, office: str | None = None) -> None:
        from cchc.services.rollup import total_report

        self.data, self.lang, self.tr = data, lang, Translator(lang)
        self.units = [
            (u, Report.model_validate({k: v for k, v in u.items() if k not in UNIT_KEYS})) for u in data["units"]
        ]
        self.total = total_report(data["total"])
        self.office = office

    def name(self, u: dict) -> str:
        return u.get("agency") or u.get("unit_code") or u["source"]

    def criterion(self) -> str:
        return self.tr.label(f"rollup_by_{self.data['ranked_by'].replace('-', '_')}")

    def value(self, u: dict) -> float | None:
        from cchc.services.rollup import rank_value

        return rank_value(u, self.data["ranked_by"])


def _num(v, lang: str) -> str:
    from cchc.render.report_service import _num as num

    return num(v, lang)


def reasons(data: dict, tr: Translator) -> list[tuple[str, str]]:
    """(source, why) of the units left out, then of those kept by --force, as text."""
    out = []
    for key in ("excluded", "included"):
        for e in data.get(key, []):
            reason = e["reason"]
            text = tr.msg(reason[0], **reason[1]) if isinstance(reason, tuple) else str(reason)
            out.append((key, e["source"], text))
    return out


def json_data(data: dict, tr: Translator) -> dict:
    """The JSON contract: ``{period, ranked_by, of, units: [{agency, unit_code, rank, source, …every
    key of the report}], total: {…}, excluded: [{source, reason}], included: […]}``."""
    out = {k: v for k, v in data.items() if k not in ("excluded", "included")}
    out["excluded"] = [{"source": s, "reason": r} for k, s, r in reasons(data, tr) if k == "excluded"]
    out["included"] = [{"source": s, "reason": r} for k, s, r in reasons(data, tr) if k == "included"]
    return out


# -- the ranking ------------------------------------------------------------------------------------
def ranking_head(view: View) -> list[str]:
    tr = view.tr
    return [
        tr.label("rollup_rank"),
        tr.label("unit_code"),
        tr.label("rollup_unit"),
        tr.label(f"rollup_col_{view.data['ranked_by'].replace('-', '_')}"),
        tr.label("rollup_received"),
        tr.label("rollup_resolved"),
        tr.label("rollup_on_time"),
        tr.label("rollup_online"),
        tr.label("rollup_tasks"),
    ]


def ranking_values(view: View) -> list[list]:
    """The ranking's rows as values (numbers stay numbers: the spreadsheet's cells)."""
    data = view.data
    rows = []
    for u, r in [*view.units, (None, view.total)]:
        si = r.service_index
        rows.append(
            [
                None if u is None else (f"{u['rank']}/{data['of']}" if u["rank"] is not None else "—"),
                None if u is None else u.get("unit_code"),
                view.tr.label("rollup_total") if u is None else view.name(u),
                None if u is None else view.value(u),
                r.dossiers.received,
                r.dossiers.resolved,
                si.indicators["on_time"].value if si else None,
                si.indicators["online"].value if si else None,
                f"{r.tasks.done}/{r.tasks.total}",
            ]
        )
    return rows


def ranking_rows(view: View) -> list[list[str]]:
    """The ranking as text cells, the total last."""
    return [
        [
            v if isinstance(v, str) else ("" if v is None and i in (0, 1, 3) else _num(v, view.lang))
            for i, v in enumerate(r)
        ]
        for r in ranking_values(view)
    ]


def rank_sentences(view: View) -> list[str]:
    """ "Sở Tư pháp xếp thứ 6/20 về chất lượng phục vụ (77,55)." for each ranked unit."""
    out = []
    for u, _ in view.units:
        if u["rank"] is None:
            out.append(view.tr.msg("rollup_unranked", unit=view.name(u), criterion=view.criterion()))
            continue
        out.append(
            view.tr.msg(
                "rollup_ranked",
                unit=view.name(u),
                rank=u["rank"],
                of=view.data["of"],
                criterion=view.criterion(),
                value=_num(view.value(u), view.lang),
            )
        )
    return out


def narrative(view: View) -> str:
    from cchc.render.report_text import narrative as report_narrative

    head = view.tr.msg("rollup_intro", units=len(view.units), criterion=view.criterion())
    office = view.office or view.tr.label("rollup_the_units")
    return " ".join([head, report_narrative(view.total, view.lang, office=office), *rank_sentences(view)])


# -- every figure, one row per unit ---------------------------------------------------------------
def flatten(doc: dict, prefix: str = "") -> dict:
    """The scalar figures of a report, by dotted path (lists are left to the form and JSON)."""
    out = {}
    for k, v in doc.items():
        path = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, path + "."))
        elif not isinstance(v, list):
            out[path] = v
    return out


def figure_table(view: View) -> tuple[list[str], list[list]]:
    rows = [{**{k: u.get(k) for k in UNIT_KEYS}, **flatten(r.model_dump(mode="json"))} for u, r in view.units]
    rows.append({"agency": view.tr.label("rollup_total"), **flatten(view.total.model_dump(mode="json"))})
    cols: list[str] = []
    for r in rows:
        cols += [c for c in r if c not in cols]
    return cols, [[r.get(c) for c in cols] for r in rows]


def csv_text(view: View) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    cols, rows = figure_table(view)
    w.writerow(cols)
    w.writerows(rows)
    return buf.getvalue()


# -- terminal, Markdown ---------------------------------------------------------------------------------
def heading(view: View) -> str:
    from cchc.render.report_table import heading as report_heading

    return view.tr.msg("rollup_heading", units=len(view.units), report=report_heading(view.total, view.lang))


def print_table(view: View, console) -> None:
    from rich.markup import escape
    from rich.text import Text

    from cchc.render.report_table import print_report
    from cchc.render.tables import compact

    console.print(Text(heading(view), style="bold"))
    t = compact(title=view.tr.label("rollup_ranking"))
    narrow = console.width < 100  # at 80 columns: the unit's name before the resolved and online shares
    keep = [0, 1, 2, 3, 4, 6, 8] if narrow else list(range(9))
    head = ranking_head(view)
    for i in keep:
        if i == 2:
            t.add_column(head[i], overflow="fold")
        else:
            t.add_column(head[i], justify="left" if i == 1 else "right", no_wrap=i == 0, overflow="fold")
    body = ranking_rows(view)
    for n, r in enumerate(body):
        style = "bold" if n == len(body) - 1 else None
        t.add_row(*[escape(r[i]) for i in keep], end_section=n == len(body) - 2, style=style)
    console.print(t)
    for s in rank_sentences(view):
        console.print(escape(s), soft_wrap=True)
    console.print(Text(view.tr.label("rollup_whole"), style="bold"))
    print_report(view.total, view.lang, console, office=view.office or view.tr.label("rollup_the_units"))


def print_forms(view: View, console) -> None:
    from rich.text import Text

    from cchc.render.report_form import rich_table

    console.print(Text(f"{view.tr.label('rollup_whole')}", style="bold"))
    console.print(rich_table(view.total.form, view.lang))
    for u, r in view.units:
        console.print(Text(f"{view.name(u)} ({u.get('unit_code') or ''})", style="bold"))
        console.print(rich_table(r.form, view.lang))


def markdown(view: View) -> str:
    from cchc.render import report_form
    from cchc.render.report_flat import _md_table
    from cchc.render.report_flat import markdown as report_markdown

    lines = [f"# {heading(view)}", "", f"## {view.tr.label('rollup_ranking')}", ""]
    lines += _md_table(ranking_head(view), ranking_rows(view))
    lines += [" ".join(rank_sentences(view)), ""]
    whole = report_markdown(view.total, view.lang, office=view.office or view.tr.label("rollup_the_units"))
    lines += [line.replace("# ", "## ", 1) if line.startswith("# ") else line for line in whole.splitlines()]
    for u, r in view.units:
        lines += ["", f"## {report_form.text(view.lang)['title']}: {view.name(u)}", ""]
        lines += _md_table(
            [f"({n})" for (n, *_) in report_form.COLUMNS],
            report_form.rows(r.form, view.lang),
        )
    return "\n".join(lines) + "\n"


# -- spreadsheet --------------------------------------------------------------------------------------
def _sheet_name(text: str, used: set) -> str:
    name = "".join("_" if c in "[]:*?/\\" else c for c in text)[:31] or "_"
    base, n = name, 2
    while name in used:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def write_xlsx(view: View, out) -> None:
    """Sheets: every figure per unit; the ranking; Biểu 06 for the whole, then per unit."""
    from openpyxl import Workbook

    from cchc.render import report_form
    from cchc.services.exporting import neutralise

    wb = Workbook(write_only=True)
    used: set = set()
    cols, rows = figure_table(view)
    ws = wb.create_sheet(_sheet_name(view.tr.label("rollup_sheet_figures"), used))
    ws.append(cols)
    for r in rows:
        ws.append([neutralise(v) for v in r])
    ws = wb.create_sheet(_sheet_name(view.tr.label("rollup_ranking"), used))
    ws.append(ranking_head(view))
    for r in ranking_values(view):
        ws.append([neutralise(v) for v in r])
    heads = [f"({n}) {h}" for (n, *_), h in zip(report_form.COLUMNS, report_form.headings(view.lang), strict=True)]
    forms = [(view.tr.label("rollup_total"), view.total)] + [
        (u.get("unit_code") or view.name(u), r) for u, r in view.units
    ]
    for label, report in forms:
        ws = wb.create_sheet(_sheet_name(f"{view.tr.label('rollup_sheet_form')} {label}", used))
        ws.append([report.form.name, report_form.caption(report.form, view.lang)])
        ws.append(heads)
        for row in [*report.form.rows, report.form.total]:
            cells = report_form.cells(row, view.lang)
            ws.append([int(cells[0]) if cells[0] else None, neutralise(cells[1]), *[int(c) for c in cells[2:]]])
    wb.save(out)


# -- Word ---------------------------------------------------------------------------------------------------
def write_docx(view: View, path, options) -> None:
    """The total as the report (Decree 30/2020 format) with the ranking as a section, Biểu 06 for
    the whole as its appendix, then each unit's Biểu 06."""
    from dataclasses import replace

    from cchc.render import docx_kit as kit
    from cchc.render import report_docx as rd
    from cchc.render.report_docx_form import appendix

    def ranking(ctx) -> list:
        blocks: list = [" ".join(rank_sentences(view))]
        blocks.append(
            rd.DocTable(
                head=ranking_head(view),
                rows=ranking_rows(view),
                weights=[16, 24, 56, 20, 20, 20, 20, 20, 20],
                align=["center", "left", "left", *["center"] * 6],
                bold_last=True,
            )
        )
        return [rd.Section(view.tr.label("rollup_ranking"), 2, blocks)]

    doc = rd.build(view.total, lang=view.lang, options=options, builders=[*rd.SECTION_BUILDERS, ranking])
    for u, r in view.units:
        unit_options = replace(options, agency=u.get("agency") or view.name(u), parent=options.agency)
        appendix(doc, rd.Context(r, view.lang, unit_options))
    kit.save_atomic(doc, path)
