"""``cchc document add|edit|delete|list|show|kinds``: directive documents (plans among them)."""

from __future__ import annotations

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(help="Văn bản chỉ đạo, điều hành / directive documents.")
JSON = typer.Option(False, "--json", help="JSON output with stable keys.")
CODE = typer.Argument(..., help="Số, ký hiệu đúng như văn bản ghi, ví dụ 25/KH-VPUB / number and symbol")
COLUMNS = ["code", "kind_name", "issued_on", "summary", "area"]


def _fields(kind, issued_on, issuer, area, serves, year, basis) -> dict:
    return {
        "kind": kind,
        "issued_on": common.optional_day(issued_on) if issued_on else None,
        "issuer": issuer,
        "area": area,
        "serves": serves,
        "year": year,
        "basis": basis,
    }


KIND = typer.Option(None, "--kind", help="Loại: ke-hoach, quyet-dinh, bao-cao, cong-van, ... (cchc document kinds)")
ISSUED = typer.Option(None, "--issued-on", help="Ngày ban hành / issue date")
ISSUER = typer.Option(None, "--issuer", help="Cơ quan ban hành (bỏ trống: cơ quan của sổ) / issuer")
AREA = typer.Option(None, "--area", help="Lĩnh vực CCHC (cchc task areas) / reform area")
SERVES = typer.Option(None, "--serves", help="Kế hoạch hoặc nhiệm vụ phục vụ: '02/KH-VPUB#2; 02/KH-VPUB#10'")
YEAR = typer.Option(None, "--year", help="Năm kế hoạch: văn bản là kế hoạch CCHC có nhiệm vụ / a plan's year")
BASIS = typer.Option(None, "--basis", help="Căn cứ / the decision it implements")


def _show(ctx, row: dict, json: bool, key: str) -> None:
    if json:
        from cchc.domain.records import DocumentRecord, dump
        from cchc.render import jsonout

        jsonout.emit(dump(DocumentRecord, [row])[0])
        return
    from cchc.domain.documents import kind_name

    common.info(ctx, key, code=row["code"], kind=kind_name(row["kind"], common.tr(ctx).lang))


@app.command("add")
def add(
    ctx: typer.Context,
    code: str = CODE,
    summary: str = typer.Option(..., "--summary", "--title", help="Trích yếu / summary"),
    kind: str = KIND,
    issued_on: str = ISSUED,
    issuer: str = ISSUER,
    area: str = AREA,
    serves: str = SERVES,
    year: int = YEAR,
    basis: str = BASIS,
    json: bool = JSON,
) -> None:
    """Thêm văn bản (loại theo ký hiệu: KH kế hoạch, QĐ quyết định, BC báo cáo; không có loại: công
    văn) / add a document; its kind comes from its symbol unless --kind."""
    from cchc.services import documents

    fields = _fields(kind, issued_on, issuer, area, serves, year, basis)
    with common.ledger(ctx, create=True) as led:
        row = documents.add(led, code, summary, **fields)
    _show(ctx, row, json, "added_document")


@app.command("edit")
def edit(
    ctx: typer.Context,
    code: str = CODE,
    summary: str = typer.Option(None, "--summary", "--title", help="Trích yếu mới / new summary"),
    kind: str = KIND,
    issued_on: str = ISSUED,
    issuer: str = ISSUER,
    area: str = AREA,
    serves: str = SERVES,
    year: int = YEAR,
    basis: str = BASIS,
    json: bool = JSON,
) -> None:
    """Sửa văn bản (giá trị rỗng "" xóa trường đó) / edit a document ("" clears a field)."""
    from cchc.services import documents

    fields = _fields(kind, issued_on if issued_on != "" else None, issuer, area, serves, year, basis)
    if issued_on == "":
        fields["issued_on"] = ""
    with common.ledger(ctx) as led:
        row = documents.edit(led, code, summary=summary, **fields)
    _show(ctx, row, json, "document_updated")


@app.command("delete")
def delete(
    ctx: typer.Context,
    code: str = CODE,
    reason: str = typer.Option(..., "--reason", help="Lý do xóa (ghi vào nhật ký) / why"),
    json: bool = JSON,
) -> None:
    """Xóa văn bản không còn được dùng (nhật ký giữ lại nội dung và lý do) / delete a document
    nothing points at; the audit trail keeps it and the reason."""
    from cchc.services import documents

    with common.ledger(ctx) as led:
        row = documents.delete(led, code, reason)
    if json:
        from cchc.render import jsonout

        jsonout.emit({**row, "deleted": True})
        return
    common.info(ctx, "document_deleted", code=row["code"])


@app.command("list")
def list_(
    ctx: typer.Context,
    kind: str = typer.Option(None, "--kind", help="Chỉ loại này / only this kind"),
    date_from: str = typer.Option(None, "--from", help="Ban hành từ ngày / issued from"),
    date_to: str = typer.Option(None, "--to", help="Ban hành đến ngày / issued up to"),
    year: int = typer.Option(None, "--year", help="Chỉ kế hoạch của năm / only the plans of a year"),
    area: str = typer.Option(None, "--area", help="Chỉ lĩnh vực CCHC này / only this reform area"),
    json: bool = JSON,
) -> None:
    """Danh sách văn bản theo ngày ban hành / list documents by issue date."""
    from cchc.domain.documents import kind_key, kind_name
    from cchc.store import documents

    with common.ledger(ctx) as led:
        rows = documents.list_documents(
            led, kind_key(kind) if kind else None, common.day(date_from), common.day(date_to), year, area
        )
    if json:
        from cchc.domain.records import DocumentRecord, dump
        from cchc.render import jsonout

        jsonout.emit(dump(DocumentRecord, rows))
        return
    from cchc.render.registers_view import print_rows

    tr = common.tr(ctx)
    for r in rows:
        r["kind_name"] = kind_name(r["kind"], tr.lang)
    caption = f"{len(rows)} {tr.label('kind_document')}"
    from cchc.domain.areas import area_name

    formats = {"area": lambda key: area_name(key, tr.lang)}  # the area's name, not its key
    print_rows(rows, COLUMNS, tr=tr, fixed=("code", "issued_on"), formats=formats, caption=caption)


@app.command("show")
def show(ctx: typer.Context, code: str = CODE, json: bool = JSON) -> None:
    """Một văn bản / one document."""
    from cchc.domain.documents import kind_name
    from cchc.store import documents

    with common.ledger(ctx) as led:
        row = documents.get(led, code)
    if json:
        from cchc.domain.records import DocumentRecord, dump
        from cchc.render import jsonout

        jsonout.emit(dump(DocumentRecord, [row])[0])
        return
    from cchc.render import tables

    tr = common.tr(ctx)
    keys = ["code", "kind_name", "issued_on", "issuer", "summary", "area", "serves", "year", "basis"]
    tables.print_record({**row, "kind_name": kind_name(row["kind"], tr.lang)}, keys, tr=tr)


@app.command("kinds")
def kinds(ctx: typer.Context, json: bool = JSON) -> None:
    """Các loại văn bản và ký hiệu viết tắt (Nghị định 30/2020/NĐ-CP) / document kinds."""
    from cchc.domain.documents import DOCUMENT_KINDS

    rows = [{"key": k, "abbreviations": ", ".join(a), "name": vi, "name_en": en} for k, a, vi, en in DOCUMENT_KINDS]
    if json:
        from cchc.render import jsonout

        jsonout.emit(rows)
        return
    from cchc.render import tables

    tr = common.tr(ctx)
    tables.print_table(rows, ["key", "abbreviations", "name_en" if tr.lang == "en" else "name"], tr=tr)
