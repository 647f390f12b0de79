"""``cchc index``: the reform-index self-assessment (Chỉ số CCHC) — a year's criteria tree
imported from the province's file, the scores, the evidence, the result and rank, the weakest
criteria and tasks to work on them."""

from __future__ import annotations

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(help="Chỉ số CCHC / the reform-index self-assessment.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
YEAR = typer.Argument(..., help="Năm đánh giá, ví dụ 2021 / the year assessed")
CODE = typer.Argument(..., help="Mã tiêu chí, ví dụ 1.1.2 / criterion code")
TOP = typer.Option(5, "--top", min=1, max=100, help="Số tiêu chí yếu nhất / how many weakest criteria")


def _points(value: str | None, option: str) -> float | None:
    """``2``, ``1,5``, ``1.25``; "" clears (returned as "")."""
    if value is None or value == "":
        return value
    from cchc.domain.errors import InputError
    from cchc.services.imports.cells import CellError
    from cchc.services.imports.registers import points

    try:
        return points(value, option)
    except CellError:
        raise InputError("imp_bad_points", value=value) from None


def _criterion_fields(title, max_points, self_score, council_score, area, evidence, note) -> dict:
    return {
        "title": title,
        "max_points": _points(max_points, "--max"),
        "self_score": _points(self_score, "--self"),
        "council_score": _points(council_score, "--council"),
        "area": area,
        "evidence": evidence,
        "note": note,
    }


TITLE = typer.Option(None, "--title", help="Nội dung tiêu chí / title")
MAX = typer.Option(None, "--max", help="Điểm tối đa / maximum points")
SELF = typer.Option(None, "--self", help="Điểm tự đánh giá / the unit's own score (1,5)")
COUNCIL = typer.Option(None, "--council", help="Điểm thẩm định / the appraisal council's score")
AREA = typer.Option(None, "--area", help="Lĩnh vực CCHC (cchc task areas) / reform area")
EVIDENCE_TEXT = typer.Option(None, "--evidence", help="Tài liệu kiểm chứng (ghi chú) / evidence, as text")
NOTE = typer.Option(None, "--note")


def _warn_tree(ctx, led, year: int) -> None:
    from cchc.services import reform_index

    tr = common.tr(ctx)
    for key, params in reform_index.tree_warnings(led, year):
        common.info(ctx, "tree_warning", message=tr.msg(key, **params))


def _emit_row(row: dict, model: str) -> None:
    from cchc.domain import records
    from cchc.render import jsonout

    jsonout.emit(records.dump(getattr(records, model), [row])[0])


@app.command("import")
def import_(
    ctx: typer.Context,
    year: int = YEAR,
    file: str = typer.Argument(..., metavar="FILE", help="Tệp của tỉnh (csv/xlsx/json), tiêu đề tiếng Việt"),
    fmt: str = typer.Option(None, "--format", help="csv|tsv|json|jsonl|xlsx (default: from the extension)"),
    encoding: str = typer.Option(None, "--encoding", help="Bảng mã của tệp cũ, ví dụ cp1258"),
    dry_run: bool = typer.Option(False, "--dry-run", help="Chỉ kiểm tra, không ghi / validate, write nothing"),
    json: bool = JSON,
) -> None:
    """Nhập bộ tiêu chí của năm (STT, Tiêu chí, Điểm tối đa, Điểm tự đánh giá, Điểm thẩm định, Tài
    liệu kiểm chứng); cây tiêu chí phải cộng đúng / import a year's criteria tree; it must add up."""
    from cchc.cli.importing import run_import

    run_import(ctx, "index-criteria", file, fmt, encoding, dry_run, json, defaults={"year": year})


@app.command("add")
def add(
    ctx: typer.Context,
    year: int = YEAR,
    code: str = CODE,
    title: str = typer.Option(..., "--title", help="Nội dung tiêu chí / title"),
    max_points: str = typer.Option(..., "--max", help="Điểm tối đa / maximum points"),
    self_score: str = SELF,
    council_score: str = COUNCIL,
    area: str = AREA,
    evidence: str = EVIDENCE_TEXT,
    note: str = NOTE,
    json: bool = JSON,
) -> None:
    """Thêm một tiêu chí / add a criterion."""
    from cchc.services import reform_index

    fields = _criterion_fields(title, max_points, self_score, council_score, area, evidence, note)
    title, top = fields.pop("title"), fields.pop("max_points")
    with common.ledger(ctx, create=True) as led:
        row = reform_index.add_criterion(led, year, code, title, top, **fields)
        _warn_tree(ctx, led, year)
    if json:
        _emit_row(row, "CriterionRecord")
        return
    common.info(ctx, "added_criterion", code=row["code"], year=year)


@app.command("edit")
def edit(
    ctx: typer.Context,
    year: int = YEAR,
    code: str = CODE,
    title: str = TITLE,
    max_points: str = MAX,
    self_score: str = SELF,
    council_score: str = COUNCIL,
    area: str = AREA,
    evidence: str = EVIDENCE_TEXT,
    note: str = NOTE,
    json: bool = JSON,
) -> None:
    """Sửa tiêu chí, ghi điểm tự đánh giá và điểm thẩm định ("" xóa) / edit a criterion, record its
    scores ("" clears)."""
    from cchc.services import reform_index

    fields = _criterion_fields(title, max_points, self_score, council_score, area, evidence, note)
    with common.ledger(ctx) as led:
        row = reform_index.edit_criterion(led, year, code, **fields)
        _warn_tree(ctx, led, year)
    if json:
        _emit_row(row, "CriterionRecord")
        return
    common.info(ctx, "criterion_updated", code=row["code"], year=year)


@app.command("delete")
def delete(
    ctx: typer.Context,
    year: int = YEAR,
    code: str = CODE,
    reason: str = typer.Option(..., "--reason", help="Lý do xóa / why"),
    json: bool = JSON,
) -> None:
    """Xóa một tiêu chí không có tiêu chí thành phần và tài liệu / delete a leaf criterion."""
    from cchc.services import reform_index

    with common.ledger(ctx) as led:
        row = reform_index.delete_criterion(led, year, code, reason)
        _warn_tree(ctx, led, year)
    if json:
        from cchc.render import jsonout

        jsonout.emit({**row, "deleted": True})
        return
    common.info(ctx, "criterion_deleted", code=row["code"], year=year)


@app.command("list")
def list_(
    ctx: typer.Context, year: int = typer.Argument(None, help="Năm / year (mặc định: tất cả)"), json: bool = JSON
) -> None:
    """Các tiêu chí như đã ghi (một năm hoặc tất cả) / the criteria as recorded."""
    from cchc.domain import reform_index as tree
    from cchc.store import reform_index as store

    with common.ledger(ctx) as led:
        years = [year] if year is not None else store.years(led)
        rows = [r for y in years for r in sorted(store.criteria(led, y), key=lambda r: tree.sort_key(r["code"]))]
    if json:
        from cchc.domain.records import CriterionRecord, dump
        from cchc.render import jsonout

        jsonout.emit(dump(CriterionRecord, rows))
        return
    from cchc.render import tables

    cols = ["year", "code", "title", "max_points", "self_score", "council_score"]
    tables.print_table(rows, cols, tr=common.tr(ctx), formats={c: _fmt for c in cols[3:]})


def _fmt(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@app.command("show")
def show(ctx: typer.Context, year: int = YEAR, top: int = TOP, json: bool = JSON) -> None:
    """Cây tiêu chí với điểm, tỷ lệ, so với năm trước; tổng điểm, xếp hạng; tiêu chí yếu nhất /
    the tree with its points and shares, last year's, the totals and rank, the weakest."""
    from cchc.services import reform_index

    with common.ledger(ctx) as led:
        data = reform_index.summary(led, year, top)
    if json:
        from cchc.render import jsonout

        jsonout.emit(data)
        return
    from cchc.render.index_view import print_summary

    print_summary(data, common.tr(ctx))


@app.command("weakest")
def weakest(ctx: typer.Context, year: int = YEAR, top: int = TOP, json: bool = JSON) -> None:
    """Các tiêu chí đạt tỷ lệ điểm thấp nhất / the criteria with the lowest share of their maximum."""
    from cchc.services import reform_index

    with common.ledger(ctx) as led:
        data = reform_index.summary(led, year, top)
    if json:
        from cchc.render import jsonout

        jsonout.emit(data["weakest"])
        return
    from cchc.render.index_view import print_criteria

    print_criteria(data["weakest"], common.tr(ctx), title=common.tr(ctx).label("weakest"))


@app.command("tasks")
def tasks(
    ctx: typer.Context,
    year: int = YEAR,
    top: int = TOP,
    plan: str = typer.Option(None, "--plan", help="Thêm các nhiệm vụ vào kế hoạch này / add them to this plan"),
    due: str = typer.Option(None, "--due", help="Hạn của các nhiệm vụ thêm vào (ngày, Q3, cả năm) / their deadline"),
    json: bool = JSON,
) -> None:
    """Danh sách nhiệm vụ khắc phục các tiêu chí yếu nhất; với --plan, thêm vào kế hoạch / a task
    per weakest criterion; with --plan, add them to the plan (one transaction)."""
    from cchc.render.report_body import t
    from cchc.services import reform_index

    tr = common.tr(ctx)
    with common.ledger(ctx) as led:
        data = reform_index.summary(led, year, top)
        items = reform_index.weak_tasks(
            data,
            lambda c: t(
                "rep.weak_task", tr.lang, code=c["code"], title=c["title"], year=year, share=_share(c["share"], tr.lang)
            ),
        )
        refs: list[str] = []
        if plan:
            from cchc.domain.dates import parse_due
            from cchc.store.plans import get

            plan_row = get(led, plan)
            due_on = parse_due(due, year=plan_row["year"]) if due else None
            refs = reform_index.add_weak_tasks(led, plan_row["code"], items, due_on)
    if json:
        from cchc.render import jsonout

        jsonout.emit([{**it, "ref": refs[i] if refs else None} for i, it in enumerate(items)])
        return
    if refs:
        common.info(ctx, "weak_tasks_added", n=len(refs), plan=plan_row["code"], refs=", ".join(refs))
    for i, it in enumerate(items, 1):
        typer.echo(f"{refs[i - 1] if refs else i}\t{it['title']}")


def _share(value, lang: str) -> str:
    from cchc.render.report_text import num

    return num(value, lang) if value is not None else ""


def _evidence_kind(document, task, meeting, file) -> tuple[str, str]:
    given = [(k, v) for k, v in (("document", document), ("task", task), ("meeting", meeting), ("file", file)) if v]
    if len(given) != 1:
        from cchc.domain.errors import InputError

        raise InputError("evidence_one_kind")
    return given[0]


DOC = typer.Option(None, "--document", help="Văn bản trong sổ, ví dụ 25/KH-VPUB")
TASK = typer.Option(None, "--task", help="Nhiệm vụ, ví dụ 02/KH-VPUB#5")
MEETING = typer.Option(None, "--meeting", help="Cuộc họp, ví dụ office@2021-12-20/Giao ban Văn phòng tuần 51")
FILE = typer.Option(None, "--file", help="Tệp: ghi tên và mã SHA-256 / a file, recorded by name and SHA-256")


@app.command("evidence")
def evidence(
    ctx: typer.Context,
    year: int = YEAR,
    code: str = CODE,
    document: str = DOC,
    task: str = TASK,
    meeting: str = MEETING,
    file: str = FILE,
    note: str = NOTE,
    json: bool = JSON,
) -> None:
    """Ghi một tài liệu kiểm chứng cho tiêu chí / record a piece of evidence for a criterion."""
    from cchc.domain.errors import Label
    from cchc.services import reform_index

    kind, ref = _evidence_kind(document, task, meeting, file)
    with common.ledger(ctx, create=True) as led:
        row = reform_index.add_evidence(led, year, code, kind, ref, note)
    if json:
        _emit_row(row, "EvidenceRecord")
        return
    common.info(ctx, "evidence_added", kind=Label(kind), ref=row["ref"], code=row["criterion"], year=year)


@app.command("evidence-remove")
def evidence_remove(
    ctx: typer.Context,
    year: int = YEAR,
    code: str = CODE,
    document: str = DOC,
    task: str = TASK,
    meeting: str = MEETING,
    file: str = typer.Option(None, "--file", help="Tên tệp đã ghi / the file's recorded name"),
    reason: str = typer.Option(..., "--reason", help="Lý do / why"),
    json: bool = JSON,
) -> None:
    """Gỡ một tài liệu kiểm chứng / remove a piece of evidence."""
    from cchc.domain.errors import Label
    from cchc.services import reform_index

    kind, ref = _evidence_kind(document, task, meeting, file)
    with common.ledger(ctx) as led:
        row = reform_index.remove_evidence(led, year, code, kind, ref, reason)
    if json:
        from cchc.render import jsonout

        jsonout.emit({**row, "deleted": True})
        return
    common.info(ctx, "evidence_removed", kind=Label(kind), ref=row["ref"], code=row["criterion"], year=year)


@app.command("result")
def result(
    ctx: typer.Context,
    year: int = YEAR,
    score: str = typer.Option(None, "--score", help="Điểm cuối cùng (sau thẩm định) / final score"),
    max_points: str = typer.Option(None, "--max", help="Điểm tối đa (mặc định: tổng của cây) / maximum"),
    rank: str = typer.Option(None, "--rank", help="Xếp hạng: 6 (với --of 20) hoặc 6/20 / rank"),
    of: int = typer.Option(None, "--of", min=1, help="Trên tổng số đơn vị / among how many units"),
    document: str = typer.Option(None, "--document", help="Văn bản công bố kết quả / publishing document"),
    note: str = NOTE,
    delete: bool = typer.Option(False, "--delete", help="Xóa kết quả của năm (cần --reason)"),
    reason: str = typer.Option(None, "--reason", help="Lý do xóa / why"),
    json: bool = JSON,
) -> None:
    """Ghi kết quả Chỉ số của năm: điểm, xếp hạng 6/20 / record the year's result: score, rank."""
    from cchc.services import reform_index

    with common.ledger(ctx, create=not delete) as led:
        if delete:
            row = reform_index.delete_result(led, year, reason)
        else:
            rank_n, of_n = _rank(rank, of)
            row = reform_index.set_result(
                led,
                year,
                score=_points(score, "--score"),
                max_points=_points(max_points, "--max"),
                rank=rank_n,
                of=of_n,
                document=document,
                note=note,
            )
    if json:
        from cchc.render import jsonout

        jsonout.emit({**row, "deleted": True} if delete else row)
        return
    common.info(ctx, "result_deleted" if delete else "result_set", year=year)


def _rank(rank: str | None, of: int | None) -> tuple[int | None, int | None]:
    if rank is None:
        return None, of
    from cchc.domain.errors import InputError

    text = rank.strip()
    if "/" in text:
        a, _, b = text.partition("/")
        if a.strip().isdigit() and b.strip().isdigit():
            return int(a), int(b)
    elif text.isdigit():
        return int(text), of
    raise InputError("bad_choice", field="--rank", value=rank, choices="6, 6/20")
