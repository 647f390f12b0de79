"""The report's sections, the same for every format that writes it in prose (Word, text,
Markdown): ``SECTION_BUILDERS`` turn the ``Report`` into a list of ``Section`` in the standard
order of a reform report — I. results (direction and management: the plan, the documents
issued, the inspections, the communication work, the reform index, the briefings; then each
reform area with its tasks, the one-stop results under administrative procedures),
II. assessment (strengths, shortcomings, causes), III. directions for the next period,
IV. proposals. A new part of the report is one more builder in that list.

No python-docx here: the Word renderer (``report_docx``) imports this, as do the text and
Markdown ones (``report_prose``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cchc.domain.areas import AREA_KEYS, REFORM_AREAS, area_name
from cchc.domain.documents import kind_name
from cchc.domain.report_models import Report
from cchc.render.report_body import (  # noqa: F401  (re-exported: the body's parts)
    BLANK,
    Context,
    DocTable,
    Section,
    agency_full_name,
    numbered,
    resolve,
    symbol,
    t,
)

# -- I. results ------------------------------------------------------------------------------------


def results(ctx: Context) -> list[Section]:
    return [Section(ctx.t("docx.sec_results"), 1)]


def _area_table(ctx: Context) -> list[str | DocTable]:
    report = ctx.report
    areas = report.tasks.by_area
    if not areas:
        return []
    cols = ("total", "done", "doing", "todo", "overdue")
    rows = [
        [str(i), a.name or ctx.t("docx.not_recorded"), *[ctx.n(getattr(a, c)) for c in cols]]
        for i, a in enumerate(areas, 1)
    ]
    rows.append(["", ctx.t("docx.sum"), *[ctx.n(getattr(report.tasks, c)) for c in cols]])
    return [
        ctx.t("docx.by_area_caption"),
        DocTable(
            head=[ctx.t("docx.col_no"), ctx.t("docx.col_area"), *[ctx.t(f"docx.col_{c}") for c in cols]],
            rows=rows,
            weights=[10, 51, 17, 19, 22, 22, 22],
            align=["center", "left", *["center"] * len(cols)],
            bold_last=True,
        ),
    ]


def _overdue_table(ctx: Context) -> list[str | DocTable]:
    overdue = ctx.report.tasks.overdue_tasks
    if not overdue:
        return []
    return [
        ctx.t("docx.overdue_caption"),
        DocTable(
            head=[ctx.t(f"docx.col_{c}") for c in ("no", "task", "unit", "due")],
            rows=[
                [str(i), f"{o.ref}: {o.title}", o.unit or "", ctx.short_date(o.due_on)]
                for i, o in enumerate(overdue, 1)
            ],
            weights=[10, 86, 45, 26],
            align=["center", "left", "left", "center"],
        ),
    ]


def _plan_part(ctx: Context) -> list[str | DocTable]:
    said = ctx.said()
    blocks: list[str | DocTable] = [" ".join(said["tasks"])] if said["tasks"] else []
    return blocks + _area_table(ctx) + _overdue_table(ctx)


def _documents_part(ctx: Context) -> list[str | DocTable]:
    docs = ctx.report.documents
    if not docs.total:
        return [ctx.t("rep.documents_none")]
    kinds = ", ".join(
        f"{k.name_en.lower()}: {ctx.n(k.count)}" if ctx.lang == "en" else f"{ctx.n(k.count)} {k.name.lower()}"
        for k in docs.by_kind
    )
    blocks: list[str | DocTable] = [
        ctx.t("rep.documents_total", subject=ctx.said_subject(), n=ctx.n(docs.total), kinds=kinds)
    ]
    blocks.append(
        DocTable(
            head=[ctx.t("docx.col_no"), ctx.t("rep.col_document"), ctx.t("rep.col_issued"), ctx.t("rep.col_summary")],
            rows=[
                [
                    str(i),
                    f"{kind_name(d.kind, ctx.lang)} {d.code}",
                    ctx.short_date(d.issued_on) if d.issued_on else "",
                    d.summary,
                ]
                for i, d in enumerate(docs.items, 1)
            ],
            weights=[10, 54, 24, 82],
            align=["center", "left", "center", "left"],
        )
    )
    return blocks


def _inspections_part(ctx: Context) -> list[str | DocTable]:
    insp = ctx.report.inspections
    if not insp.total:
        return [ctx.t("rep.inspections_none")]
    units = "; ".join(f"{i.unit} ({ctx.short_date(i.held_on)})" for i in insp.items)
    blocks: list[str | DocTable] = [ctx.t("rep.inspections_total", n=ctx.n(insp.total), units=units)]
    for i in insp.items:
        parts = []
        if i.findings:
            parts.append(ctx.t("rep.inspection_findings", unit=i.unit, findings=i.findings.rstrip(". ")))
        if i.follow_up:
            due = ctx.t("rep.by_date", date=ctx.short_date(i.due_on)) if i.due_on else ""
            state = ctx.t(f"rep.follow_up_{i.status}", date=ctx.short_date(i.done_on) if i.done_on else "")
            parts.append(ctx.t("rep.inspection_follow_up", follow_up=i.follow_up.rstrip(". "), due=due, state=state))
        if parts:
            blocks.append(" ".join(parts))
    return blocks


def _outreach_part(ctx: Context) -> list[str | DocTable]:
    o = ctx.report.outreach
    if not o.total:
        return [ctx.t("rep.outreach_none")]
    outlets: dict[str, list[str]] = {}
    for item in o.items:
        if item.outlet:
            outlets.setdefault(item.kind, [])
            if item.outlet not in outlets[item.kind]:
                outlets[item.kind].append(item.outlet)
    bits = []
    for k in o.by_kind:
        name = (k.name_en if ctx.lang == "en" else k.name).lower()
        where = ", ".join(outlets.get(k.kind, []))
        bits.append(ctx.t("rep.outreach_kind", n=ctx.n(k.count), name=name) + (f" ({where})" if where else ""))
    return [ctx.t("rep.outreach_total", n=ctx.n(o.total), kinds="; ".join(bits))]


def _points(ctx: Context, value: float | None) -> str:
    if value is None:
        return ""
    return ctx.n(int(value)) if float(value).is_integer() else ctx.n(round(float(value), 2))


def _index_part(ctx: Context) -> list[str | DocTable]:
    ix = ctx.report.index
    if ix.year is None:
        return [ctx.t("rep.index_none")]
    s = ctx.t("rep.index_assessed", year=ix.year)
    if ix.self_score is not None:
        s += " " + ctx.t("rep.index_self", score=_points(ctx, ix.self_score), max=_points(ctx, ix.max))
    if ix.score is not None and ix.score != ix.self_score:
        s += " " + ctx.t("rep.index_final", score=_points(ctx, ix.score), max=_points(ctx, ix.max))
    if ix.rank is not None:
        s += " " + ctx.t("rep.index_rank", year=ix.year, rank=ix.rank, of=ix.of)
        if ix.previous_rank is not None:
            s += " " + ctx.t("rep.index_previous", year=ix.year - 1, rank=ix.previous_rank, of=ix.previous_of or "")
    blocks: list[str | DocTable] = [s]
    if ix.weakest:
        blocks.append(ctx.t("rep.index_weakest", year=ix.year))
        blocks.append(_criteria_table(ctx, ix.weakest))
    return blocks


def _criteria_table(ctx: Context, criteria) -> DocTable:
    return DocTable(
        head=[ctx.t("rep.col_criterion"), ctx.t("rep.col_title"), ctx.t("rep.col_points"), ctx.t("rep.col_share")],
        rows=[
            [c.code, c.title, f"{_points(ctx, c.final)}/{_points(ctx, c.max_points)}", f"{ctx.n(c.share)}%"]
            for c in criteria
        ],
        weights=[18, 100, 26, 22],
        align=["center", "left", "center", "center"],
    )


def direction(ctx: Context) -> list[Section]:
    """1. Direction and management: a) the plan and its tasks, b) the documents issued, c) the
    inspections, d) the communication work, đ) the reform index, e) the briefing meetings; the
    clerk's note on it last."""
    parts = [
        ("rep.sub_plan", _plan_part(ctx)),
        ("rep.sub_documents", _documents_part(ctx)),
        ("rep.sub_inspections", _inspections_part(ctx)),
        ("rep.sub_outreach", _outreach_part(ctx)),
        ("rep.sub_index", _index_part(ctx)),
        ("rep.sub_meetings", ctx.said()["meetings"]),
    ]
    out = [Section(ctx.t("docx.sec_direction"), 2, _note(ctx, "chi-dao"))]
    out += [Section(ctx.t(key), 3, blocks) for key, blocks in parts if blocks]
    return out


def _note(ctx: Context, section: str) -> list[str | DocTable]:
    text = ctx.report.notes.get(section)
    return [p.strip() for p in text.split("\n") if p.strip()] if text else []


def _area_tasks(ctx: Context, key: str | None) -> list[str | DocTable]:
    items = [i for i in ctx.report.tasks.items if i.area == key and i.status != "cancelled"]
    if not items:
        return []
    done = [i for i in items if i.status == "done"]
    doing = sum(i.status == "doing" for i in items)
    todo = sum(i.status == "todo" for i in items)
    s = ctx.t("rep.area_tasks", total=ctx.n(len(items)), done=ctx.n(len(done)))
    rest = []
    if doing:
        rest.append(ctx.t("rep.area_doing", n=ctx.n(doing)))
    if todo:
        rest.append(ctx.t("rep.area_todo", n=ctx.n(todo)))
    blocks: list[str | DocTable] = [s + ("; " + ", ".join(rest) if rest else "") + "."]
    if done:
        listed = "; ".join(i.title + (f" ({i.evidence})" if i.evidence else "") for i in done)
        blocks.append(ctx.t("rep.area_done_list", items=listed))
    return blocks


def procedures_part(ctx: Context) -> list[str | DocTable]:
    """The one-stop results: the dossier figures, the online share, the apology letters; the
    form itself is the appendix."""
    said = ctx.said()
    blocks: list[str | DocTable] = [" ".join(said["dossiers"])]
    if not ctx.report.form.verified:
        blocks.append(ctx.t("rep.form_unverified", regime=ctx.report.form.regime))
    blocks.append(ctx.t("docx.see_appendix"))
    return blocks


def service_quality(ctx: Context) -> list[Section]:
    """The service-quality indicators of Decision 766/QĐ-TTg, after the one-stop results."""
    from cchc.render.report_service import docx_section

    return docx_section(ctx)


def areas(ctx: Context) -> list[Section]:
    """2.–8. Each reform area with its tasks and the clerk's note on it; administrative
    procedures with the one-stop results. Areas with nothing to say are left out, but
    administrative procedures always has its figures."""
    out = []
    for key, _, _ in REFORM_AREAS:
        if key == "chi-dao":
            continue
        blocks = _area_tasks(ctx, key) + _note(ctx, key)
        if key == "tthc":
            blocks += procedures_part(ctx)
        if blocks:
            out.append(Section(ctx.t(f"rep.area_{key}"), 2, blocks))
        if key == "tthc":
            out += service_quality(ctx)
    other = _area_tasks(ctx, None)
    if other:
        out.append(Section(ctx.t("rep.area_other"), 2, other))
    return out


def compare(ctx: Context) -> list[Section]:
    said = ctx.said()
    return [Section(ctx.t("docx.sec_compare"), 2, said["compare"])] if said["compare"] else []


# -- II. assessment ------------------------------------------------------------------------------


def _strengths(ctx: Context) -> list[str | DocTable]:
    r = ctx.report
    bits = []
    if r.tasks.total:
        bits.append(ctx.t("rep.strength_tasks", done=ctx.n(r.tasks.done), total=ctx.n(r.tasks.total)))
    if r.documents.total:
        bits.append(ctx.t("rep.strength_documents", n=ctx.n(r.documents.total)))
    if r.dossiers.in_time_rate is not None:
        bits.append(ctx.t("rep.strength_in_time", rate=ctx.n(r.dossiers.in_time_rate)))
    if r.index.rank is not None:
        bits.append(ctx.t("rep.strength_rank", year=r.index.year, rank=r.index.rank, of=r.index.of))
    return [ctx.t("rep.from_figures") + "; ".join(bits) + "."] if bits else []


def _shortcomings(ctx: Context) -> list[str | DocTable]:
    r = ctx.report
    bits = []
    if r.tasks.overdue:
        bits.append(ctx.t("rep.short_overdue", n=ctx.n(r.tasks.overdue)))
    if r.tasks.todo:
        bits.append(ctx.t("rep.short_todo", n=ctx.n(r.tasks.todo)))
    late = r.dossiers.late + r.dossiers.pending_overdue
    if late:
        bits.append(ctx.t("rep.short_late", n=ctx.n(late)))
    if r.inspections.follow_ups_overdue:
        bits.append(ctx.t("rep.short_follow_ups", n=ctx.n(r.inspections.follow_ups_overdue)))
    if r.index.weakest:
        codes = ", ".join(c.code for c in r.index.weakest)
        bits.append(ctx.t("rep.short_index", year=r.index.year, codes=codes))
    return [ctx.t("rep.from_figures") + "; ".join(bits) + "."] if bits else [ctx.t("rep.short_none")]


def assessment(ctx: Context) -> list[Section]:
    """II. Strengths and shortcomings (the clerk's text, else what the figures say), causes (the
    clerk's text, else a blank to fill in)."""
    blank = [ctx.t("rep.to_fill")]
    return [
        Section(ctx.t("rep.sec_assessment"), 1),
        Section(ctx.t("rep.sub_strengths"), 2, _note(ctx, "strengths") or _strengths(ctx) or blank),
        Section(ctx.t("rep.sub_shortcomings"), 2, _note(ctx, "shortcomings") or _shortcomings(ctx)),
        Section(ctx.t("rep.sub_causes"), 2, _note(ctx, "causes") or blank),
    ]


# -- III. directions, IV. proposals -----------------------------------------------------------------


def directions(ctx: Context) -> list[Section]:
    """III. The clerk's text; and, from the ledger, the plan's unfinished tasks with their
    deadlines, the inspections' open follow-ups, the index's weakest criteria."""
    nxt = ctx.report.next_period
    blocks: list[str | DocTable] = _note(ctx, "directions")
    if nxt.tasks:
        plans = ", ".join(p.code for p in ctx.report.tasks.plans)
        blocks.append(ctx.t("rep.next_tasks", n=ctx.n(len(nxt.tasks)), plans=plans))
        blocks.append(
            DocTable(
                head=[ctx.t(f"docx.col_{c}") for c in ("no", "task", "unit", "due")],
                rows=[
                    [str(i), task.title, task.unit or "", ctx.short_date(task.due_on) if task.due_on else ""]
                    for i, task in enumerate(nxt.tasks, 1)
                ],
                weights=[10, 86, 45, 26],
                align=["center", "left", "left", "center"],
            )
        )
    for f in nxt.follow_ups:
        due = ctx.t("rep.by_date", date=ctx.short_date(f.due_on)) if f.due_on else ""
        blocks.append(ctx.t("rep.next_follow_up", unit=f.unit, follow_up=f.follow_up.rstrip(". "), due=due))
    if nxt.criteria:
        items = "; ".join(f"{c.code} {c.title} ({ctx.n(c.share)}%)" for c in nxt.criteria)
        blocks.append(ctx.t("rep.next_index", year=ctx.report.index.year, items=items))
    return [Section(ctx.t("rep.sec_directions"), 1, blocks or [ctx.t("rep.to_fill")])]


def proposals(ctx: Context) -> list[Section]:
    return [Section(ctx.t("rep.sec_proposals"), 1, _note(ctx, "proposals") or [ctx.t("rep.to_fill")])]


SectionBuilder = Callable[[Context], list[Section]]
SECTION_BUILDERS: list[SectionBuilder] = [results, direction, areas, compare, assessment, directions, proposals]


def build_sections(ctx: Context, builders: Sequence[SectionBuilder] | None = None) -> list[Section]:
    return [s for build in (SECTION_BUILDERS if builders is None else builders) for s in build(ctx)]


def missing_notes(report: Report) -> list[str]:
    """The sections the clerk still has to write (no note, nothing the ledger can say)."""
    return [s for s in ("causes", "proposals") if not report.notes.get(s)]


def area_title(key: str, lang: str) -> str:
    return area_name(key, lang) if key in AREA_KEYS else key
