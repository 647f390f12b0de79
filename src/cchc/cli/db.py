"""``cchc init`` and ``cchc db path|info``."""

from __future__ import annotations

import typer

from cchc.cli import common
from cchc.cli.framework import App

app = App(help="Sổ cái / the ledger file.")
init_app = App(no_args_is_help=False)


@init_app.command("init")
def init(
    ctx: typer.Context,
    agency: str = typer.Option(None, "--agency", help="Tên cơ quan, ví dụ 'Văn phòng UBND tỉnh Sơn La' / agency"),
    parent: str = typer.Option(None, "--parent", help="Cơ quan chủ quản, ví dụ 'UBND tỉnh Sơn La' / parent agency"),
    place: str = typer.Option(None, "--place", help="Địa danh ghi trước ngày tháng, ví dụ 'Sơn La' / place"),
    unit_code: str = typer.Option(None, "--unit-code", help="Mã đơn vị (tổng hợp toàn tỉnh) / unit code"),
    signer: str = typer.Option(None, "--signer", help="Người ký báo cáo / who signs reports"),
    signer_title: str = typer.Option(None, "--signer-title", help="Chức vụ người ký / the signer's title"),
) -> None:
    """Tạo sổ cái (và thư mục) nếu chưa có; ghi hoặc sửa thông tin cơ quan / create the ledger if it
    does not exist; record or change the agency's particulars."""
    from cchc.services import settings

    values = {
        "agency": agency,
        "parent": parent,
        "place": place,
        "unit_code": unit_code,
        "signer": signer,
        "signer_title": signer_title,
    }
    with common.ledger(ctx, init=True) as led:
        from cchc.store.files import sweep

        sweep(led.path.parent)  # what killed backups and restores left beside the ledger
        key = "created_ledger" if led.created else "ledger_ready"
        given = {k: v for k, v in values.items() if v is not None}
        if given:
            stored = settings.set_many(led, given)
            given = {k: stored.get(k, v) for k, v in given.items()}
        from cchc.services.calendar import keep_holidays

        keep_holidays(led)
        common.info(ctx, key, path=str(led.path))
    if given:
        from cchc.domain.units import advice

        tr = common.tr(ctx)
        common.info(ctx, "settings_set", items="; ".join(f"{tr.label(k)}: {v}" for k, v in given.items()))
        for k, v in given.items():
            for note in advice(k, v):
                common.info(ctx, note.key, **note.params)


@app.command("path")
def path(ctx: typer.Context) -> None:
    """In đường dẫn sổ cái / print where the ledger is."""
    typer.echo(str(common.invocation(ctx).db_path()))


@app.command("info")
def info(ctx: typer.Context, json: bool = typer.Option(False, "--json", help="JSON output.")) -> None:
    """Số bản ghi, thông tin cơ quan và các migration / record counts, particulars, migrations."""
    from cchc.render import jsonout
    from cchc.store.info import summary

    with common.ledger(ctx) as led:
        data = summary(led)
    if json:
        jsonout.emit(data)
        return
    tr = common.tr(ctx)
    typer.echo(f"{data['path']}")
    for k, v in data["settings"].items():
        typer.echo(f"  {tr.label(k)}: {v}")
    for k, v in data["counts"].items():
        typer.echo(f"  {k}: {v}")
    import textwrap

    from cchc.render.console import out

    line = "  migrations: " + ", ".join(data["migrations"])
    typer.echo(textwrap.fill(line, out().width, subsequent_indent="    ", break_long_words=False))
