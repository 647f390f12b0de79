"""The report's parts read from the registers, as of the window's end: the documents issued in
it, the communication work, the inspections and their follow-ups, the latest reform-index year
assessed before the period's year, the clerk's own texts, what is left for the next period, the
agency's particulars and the rules the period falls under. Small tables: plain queries."""

from __future__ import annotations

from cchc.domain import agency as names
from cchc.domain import regimes
from cchc.domain import report_sections as s
from cchc.domain.documents import DOCUMENT_KINDS
from cchc.domain.documents import kind_name as document_kind_name
from cchc.domain.outreach import OUTREACH_KINDS
from cchc.domain.outreach import kind_name as outreach_kind_name
from cchc.domain.periods import Period
from cchc.store.tasks import state_sql


def _window(period: Period) -> dict:
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "as_of": period.end.isoformat()}


def _order(table, key: str) -> int:
    keys = [k[0] for k in table]
    return keys.index(key) if key in keys else len(keys)


def documents(ledger, period: Period) -> s.DocumentsOut:
    rows = ledger.rows(
        "SELECT code, kind, issued_on, summary, area, serves FROM documents"
        " WHERE issued_on >= :start AND issued_on <= :end ORDER BY issued_on, code",
        _window(period),
    )
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    by_kind = [
        s.KindCount(kind=k, name=document_kind_name(k, "vi"), name_en=document_kind_name(k, "en"), count=n)
        for k, n in sorted(counts.items(), key=lambda kv: _order(DOCUMENT_KINDS, kv[0]))
    ]
    return s.DocumentsOut(total=len(rows), by_kind=by_kind, items=rows)


def outreach(ledger, period: Period) -> s.OutreachOut:
    rows = ledger.rows(
        "SELECT kind, held_on, title, outlet, count FROM outreach"
        " WHERE held_on >= :start AND held_on <= :end ORDER BY held_on, kind, title",
        _window(period),
    )
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["kind"], []).append(r)
    by_kind = [
        s.OutreachKind(
            kind=k,
            name=outreach_kind_name(k, "vi"),
            name_en=outreach_kind_name(k, "en"),
            count=sum(r["count"] for r in g),
            activities=len(g),
        )
        for k, g in sorted(groups.items(), key=lambda kv: _order(OUTREACH_KINDS, kv[0]))
    ]
    return s.OutreachOut(total=sum(r["count"] for r in rows), activities=len(rows), by_kind=by_kind, items=rows)


def inspections(ledger, period: Period) -> tuple[s.InspectionsOut, list[s.FollowUp]]:
    """The inspections held in the window; and every follow-up still open at its end (whenever
    its inspection was held): the directions carry them."""
    from cchc.store.inspections import SELECT

    held = ledger.rows(
        f"SELECT * FROM ({SELECT}) WHERE held_on >= :start AND held_on <= :end ORDER BY held_on", _window(period)
    )
    items = [s.InspectionItem(**{k: r[k] for k in s.InspectionItem.model_fields}) for r in held]
    with_follow_up = [i for i in items if i.follow_up]
    out = s.InspectionsOut(
        total=len(items),
        follow_ups=len(with_follow_up),
        follow_ups_done=sum(i.status == "done" for i in with_follow_up),
        follow_ups_overdue=sum(i.status == "overdue" for i in with_follow_up),
        items=items,
    )
    open_rows = ledger.rows(
        f"SELECT * FROM ({SELECT}) WHERE held_on <= :end AND status IN ('open', 'overdue')"
        " ORDER BY due_on IS NULL, due_on, year, number",
        _window(period),
    )
    follow_ups = [
        s.FollowUp(ref=r["ref"], unit=r["unit"], follow_up=r["follow_up"], due_on=r["due_on"], status=r["status"])
        for r in open_rows
    ]
    return out, follow_ups


def index(ledger, period: Period, year: int | None = None) -> s.IndexOut:
    from cchc.domain.errors import NotFound
    from cchc.services import reform_index

    year = year if year is not None else reform_index.latest_year_before(ledger, period.year)
    if year is None:
        return s.IndexOut()
    try:
        found = reform_index.summary(ledger, year)
    except NotFound:
        return s.IndexOut()
    weakest = [s.CriterionOut(**{k: c[k] for k in s.CriterionOut.model_fields}) for c in found["weakest"]]
    keys = ("year", "score", "max", "rank", "of", "previous_rank", "previous_of", "previous_score")
    return s.IndexOut(
        **{k: found[k] for k in keys},
        self_score=found["self_score"],
        council_score=found["council_score"],
        weakest=weakest,
    )


def unfinished_tasks(ledger, period: Period, plan: str | None) -> list[s.NextTask]:
    """The tasks of the report's plans not done (nor cancelled) by the window's end, by deadline."""
    if plan:
        from cchc.store.plans import get

        where, params = "p.id = :plan", {"plan": get(ledger, plan)["id"]}
    else:
        where, params = "p.year = :year", {"year": period.year}
    params["as_of"] = period.end.isoformat()
    rows = ledger.rows(
        f"SELECT * FROM (SELECT p.code || '#' || t.number AS ref, t.title, t.area, t.unit, t.due_on,"
        f" {state_sql(':as_of')} AS status, p.code AS plan, t.number FROM tasks t JOIN plans p ON p.id = t.plan_id"
        f" WHERE {where}) WHERE status IN ('todo', 'doing') ORDER BY due_on IS NULL, due_on, plan, number",
        params,
    )
    return [s.NextTask(**{k: r[k] for k in s.NextTask.model_fields}) for r in rows]


def agency(ledger) -> s.Agency:
    from cchc.store.settings import get_all

    found = get_all(ledger)
    name, parent = found.get("agency"), found.get("parent")
    return s.Agency(
        name=name,
        full_name=names.full_name(name, parent),
        short_name=names.short_name(name, parent),
        parent=parent,
        place=found.get("place"),
        signer=found.get("signer"),
        signer_title=found.get("signer_title"),
    )


def regime(period: Period) -> s.Regime:
    reporting, one_stop = regimes.reporting(period.end), regimes.one_stop(period.end)
    return s.Regime(
        reporting=reporting.key, form_verified=reporting.verified, one_stop=one_stop.key, apology=one_stop.apology
    )


def fill(ledger, period: Period, report, *, plan: str | None = None, index_year: int | None = None) -> None:
    from cchc.store.report_notes import of_period

    report.documents = documents(ledger, period)
    report.outreach = outreach(ledger, period)
    report.inspections, follow_ups = inspections(ledger, period)
    report.index = index(ledger, period, index_year)
    report.notes = of_period(ledger, period.label)
    report.next_period = s.NextPeriod(
        tasks=unfinished_tasks(ledger, period, plan), follow_ups=follow_ups, criteria=report.index.weakest
    )
    report.agency = agency(ledger)
    report.regime = regime(period)
