"""``cchc rollup semester|quarter|month|nine-months|year|range PERIOD LEDGER…|FOLDER``: one report
for a province or a department from its units' ledgers or Parquet exports, with a ranking."""

from __future__ import annotations

from pathlib import Path

import typer

from cchc.cli import common
from cchc.cli.framework import App
from cchc.cli.report import CALENDAR, COMPARE, FORMAT, JSON, LANG, OFFICE, OUTPUT, PLAN, UNTIL
from cchc.cli.report_docx import build_options, docx_options

app = App(help="Tổng hợp nhiều đơn vị / a province's roll-up of its units.")

INPUTS = typer.Argument(..., metavar="LEDGER…|FOLDER", help="Sổ cái, thư mục sổ cái, hoặc thư mục Parquet")
RANK_BY = typer.Option("service", "--rank-by", metavar="index|service|on-time", help="Xếp hạng theo / rank by")
FORCE = typer.Option(False, "--force", help="Vẫn tổng hợp đơn vị không qua kiểm tra / include units that fail checks")
ANCHOR = typer.Option(
    None, "--anchor", metavar="CODE=N:HASH", help="Mốc nhật ký của đơn vị (cchc audit head), lặp lại được"
)
JOBS = typer.Option(2, "--jobs", "-j", min=1, max=64, help="Số tiến trình / worker processes")
POINTS = typer.Option(
    None, "--points", metavar="FILE", envvar="CCHC_SERVICE_POINTS", help="Tệp JSON điểm chỉ số 766 (thay mặc định)"
)
RECHECK = typer.Option(False, "--recheck", help="Kiểm tra lại mọi sổ cái (bỏ qua kết quả đã nhớ)")


def _anchors(values: list[str] | None, sources) -> dict:
    from cchc.domain.errors import InputError
    from cchc.services.rollup import parse_anchor

    out: dict = {}
    for v in values or []:
        key, anchor = parse_anchor(v)
        if key is None and len(sources) != 1:
            raise InputError("rollup_bad_anchor", value=v)
        out[key] = anchor
    return out


def _run(ctx: typer.Context, kind: str, value: str | None, inputs: list[str], o: dict) -> None:
    import os

    from cchc.cli.report import _language, _office, _period
    from cchc.cli.report_output import choose_format
    from cchc.services import rollup
    from cchc.services.service_index import ENV, configured_points

    lang = _language(ctx, o["lang"])
    office = _office(o["office"])
    fmt = choose_format(o["fmt"], o["json"], o["output"])
    docx = None
    if fmt == "docx":  # the narrative's subject: the units, unless --office names the whole
        from dataclasses import replace

        docx = replace(
            build_options(o["docx"], office or common.tr(ctx).label("rollup_the_units"), lang), symbol_from_plans=False
        )
    if o["rank_by"] not in rollup.RANK_BY:
        raise typer.BadParameter(f"{o['rank_by']!r} ({'|'.join(rollup.RANK_BY)})", param_hint="--rank-by")
    end = common.day(o.get("until"))
    period = _period(kind, value, end, o.get("calendar", False), o.get("date_from"), o.get("date_to"))
    if o["points"]:
        configured_points(o["points"])  # a bad file is one line, before anything is read
    sources = rollup.discover(inputs)
    opts = rollup.Options(
        period=period,
        plan=o["plan"],
        compare=o["compare"],
        lang=lang,
        rank_by=o["rank_by"],
        force=o["force"],
        anchors=_anchors(o["anchor"], sources),
        jobs=o["jobs"],
        recheck=o["recheck"],
    )
    saved = os.environ.get(ENV)
    try:
        if o["points"]:
            os.environ[ENV] = o["points"]  # the worker processes read the same table
        data = rollup.run(sources, opts, rollup.CheckCache.default())
    finally:
        if saved is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = saved
    from cchc.render.rollup import reasons

    tr = common.tr(ctx)
    for key, source, reason in reasons(data, tr):
        common.info(ctx, "rollup_excluded" if key == "excluded" else "rollup_forced", source=source, reason=reason)
    _render(ctx, data, fmt, lang, o["output"], office, docx)
    if o["output"]:
        common.info(ctx, "rollup_written", label=period.label, units=len(data["units"]), path=o["output"])


def _render(ctx, data: dict, fmt: str, lang: str, output: str | None, office: str | None, docx) -> None:
    from cchc.render import rollup as r

    tr = common.tr(ctx)
    if fmt == "json":
        from cchc.render.jsonout import dumps

        _write(output, dumps(r.json_data(data, tr)) + "\n")
        return
    view = r.View(data, lang, office)
    if fmt == "docx":
        r.write_docx(view, output, docx)
    elif fmt == "xlsx":
        _atomic(output, lambda fh: r.write_xlsx(view, fh))
    elif fmt in ("table", "form"):
        from rich.console import Console

        from cchc.render.console import out

        def show(console) -> None:
            (r.print_forms if fmt == "form" else r.print_table)(view, console)

        if not output:
            show(out())
        else:
            import io

            buf = io.StringIO()
            show(Console(file=buf, width=200, no_color=True, force_terminal=False))
            _write(output, buf.getvalue())
    elif fmt == "csv":
        _write(output, r.csv_text(view), bom=True)
    elif fmt == "markdown":
        _write(output, r.markdown(view))
    else:
        _write(output, r.narrative(view) + "\n")


def _write(output: str | None, text: str, bom: bool = False) -> None:
    if not output:
        typer.echo(text, nl=False)
        return
    _atomic(output, lambda fh: fh.write(text.encode("utf-8-sig" if bom else "utf-8")))


def _atomic(path: str, write) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    import os
    import tempfile

    from cchc.domain.errors import InputError

    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=f".{target.name}.")
    except (OSError, ValueError) as exc:
        raise InputError("cannot_write", path=path, detail=getattr(exc, "strerror", None) or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _period_command(kind: str, value_help: str, doc: str) -> None:
    @docx_options()
    def command(
        ctx: typer.Context,
        value: str = typer.Argument(..., metavar="PERIOD", help=value_help),
        inputs: list[str] = INPUTS,
        until: str = UNTIL,
        calendar: bool = CALENDAR,
        plan: str = PLAN,
        compare: bool = COMPARE,
        fmt: str = FORMAT,
        json: bool = JSON,
        output: str = OUTPUT,
        lang: str = LANG,
        office: str = OFFICE,
        rank_by: str = RANK_BY,
        force: bool = FORCE,
        anchor: list[str] = ANCHOR,
        jobs: int = JOBS,
        points: str = POINTS,
        recheck: bool = RECHECK,
        docx: dict | None = None,
    ) -> None:
        o = dict(locals())
        o.pop("ctx"), o.pop("value"), o.pop("inputs")
        _run(ctx, kind, value, inputs, o)

    command.__doc__ = doc
    app.command(kind)(command)


_period_command("semester", "2022-H1 | 2022-H2", "Tổng hợp 6 tháng / half-year roll-up (H1: 15/12 – 14/06).")
_period_command("quarter", "2022-Q1", "Tổng hợp quý / quarterly roll-up (Q1: 15/12 – 14/03).")
_period_command("month", "2022-03", "Tổng hợp tháng / monthly roll-up (tháng 3: 15/02 – 14/03).")
_period_command("nine-months", "2022", "Tổng hợp 9 tháng / nine-month roll-up (15/12 – 14/09).")
_period_command("year", "2022", "Tổng hợp năm / yearly roll-up (15/12 năm trước – 14/12).")


@app.command("range")
@docx_options(("--recipient",))
def range_(
    ctx: typer.Context,
    inputs: list[str] = INPUTS,
    date_from: str = typer.Option(..., "--from", help="Từ ngày / first day"),
    date_to: str = typer.Option(..., "--to", help="Đến ngày / last day (the as-of date)"),
    plan: str = PLAN,
    compare: bool = COMPARE,
    fmt: str = FORMAT,
    json: bool = JSON,
    output: str = OUTPUT,
    lang: str = LANG,
    office: str = OFFICE,
    rank_by: str = RANK_BY,
    force: bool = FORCE,
    anchor: list[str] = ANCHOR,
    jobs: int = JOBS,
    points: str = POINTS,
    recheck: bool = RECHECK,
    docx: dict | None = None,
) -> None:
    """Tổng hợp theo khoảng ngày / roll-up for any date range."""
    o = dict(locals())
    o.pop("ctx"), o.pop("inputs")
    _run(ctx, "range", None, inputs, o)
