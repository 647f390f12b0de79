"""The report's trends as charts: in the terminal with plotext (``report --chart``), and as the
data (and, where matplotlib is installed, the PNG pictures) a .docx or .xlsx writer needs.

Three charts, from ``services.trends.monthly``: dossiers received and resolved per month; the
share resolved early or on time per month; tasks done against the plan (a burn-up to X/Y).
``chart_data`` is the one description of them; every output draws from it. No SQL here, and
the heavy libraries (plotext, matplotlib, openpyxl) are imported inside the functions.
"""

from __future__ import annotations

import math

# (terminal marker, xterm-256 colour, hex colour for documents) per series
STYLE = {
    "received": ("█", 12, "2F6FB3"),
    "resolved": ("▒", 10, "3C9A5F"),
    "in_time_rate": ("█", 14, "1B9AAA"),
    "tasks_done": ("o", 10, "3C9A5F"),
    "tasks_planned": ("x", 11, "D08C1A"),
    "tasks_total": ("-", 8, "7F7F7F"),
}
MIN_WIDTH = 40  # narrower than this, the figures are listed instead of drawn
MAX_WIDTH = 100


def month_label(label: str, short: bool = False) -> str:
    """``2022-03`` -> ``03/2022`` (``03/22`` when short)."""
    year, month = label.split("-")
    return f"{month}/{year[2:] if short else year}"


def chart_data(tr, months: list, short_labels: bool = False) -> list[dict]:
    """The three charts, in the current language: ``[{key, kind, title, categories, series:
    [{key, name, values}], y_max, unit}]``. ``values`` hold None where a month has nothing
    to show (no dossier resolved: no rate). What a document writer needs to draw them."""
    cats = [month_label(m.label, short_labels) for m in months]
    last = months[-1] if months else None
    done, total = (last.tasks_done, last.tasks_total) if last else (0, 0)
    return [
        {
            "key": "dossiers",
            "kind": "bar",
            "title": tr.msg_n("chart_title_dossiers"),
            "categories": cats,
            "series": [
                {"key": "received", "name": tr.label_n("ch_received"), "values": [m.received for m in months]},
                {"key": "resolved", "name": tr.label_n("ch_resolved"), "values": [m.resolved for m in months]},
            ],
            "y_max": max([m.received for m in months] + [m.resolved for m in months] + [0]),
            "unit": "",
        },
        {
            "key": "in_time_rate",
            "kind": "bar",
            "title": tr.msg_n("chart_title_rate"),
            "categories": cats,
            "series": [
                {"key": "in_time_rate", "name": tr.label_n("ch_rate"), "values": [m.in_time_rate for m in months]}
            ],
            "y_max": 100,
            "unit": "%",
        },
        {
            "key": "tasks",
            "kind": "line",
            "title": tr.msg_n("chart_title_tasks", done=done, total=total),
            "categories": cats,
            "series": [
                {"key": "tasks_done", "name": tr.label_n("ch_done"), "values": [m.tasks_done for m in months]},
                {"key": "tasks_planned", "name": tr.label_n("ch_planned"), "values": [m.tasks_planned for m in months]},
                {"key": "tasks_total", "name": tr.label_n("ch_total"), "values": [m.tasks_total for m in months]},
            ],
            "y_max": max([m.tasks_total for m in months] + [0]),
            "unit": "",
        },
    ]


def nice_ticks(top: float, most: int = 5) -> list[float]:
    """0, step, 2*step ... covering ``top``, with step 1, 2 or 5 times a power of ten."""
    if top <= 0:
        return [0, 1]
    raw = top / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 5, 10) if s * power >= raw)
    step = max(step, 1)
    return [i * step for i in range(math.ceil(top / step) + 1)]


# -- the terminal -----------------------------------------------------------------------------


def plot(chart: dict, width: int, height: int = 14) -> str:
    """One chart drawn by plotext, ``width`` columns wide, with colours (ANSI); the caller's
    console drops them under NO_COLOR or off a terminal. No title or legend: the caller prints
    them, so they wrap between words."""
    import plotext as plt

    plt.clear_figure()
    plt.plotsize(width, height)
    cats = chart["categories"]
    xs = list(range(1, len(cats) + 1))
    series = chart["series"]
    if chart["key"] == "dossiers":
        plt.multiple_bar(
            cats,
            [s["values"] for s in series],
            marker=[STYLE[s["key"]][0] for s in series],
            color=[STYLE[s["key"]][1] for s in series],
        )
    elif chart["kind"] == "bar":  # the rate: bars only where there is a value
        s = series[0]
        points = [(x, v) for x, v in zip(xs, s["values"], strict=True) if v is not None]
        if points:
            plt.bar([p[0] for p in points], [p[1] for p in points], marker=STYLE[s["key"]][0], color=STYLE[s["key"]][1])
        plt.xticks(xs, cats)
        plt.xlim(0.5, len(cats) + 0.5)
    else:
        for s in reversed(series):  # the first series drawn last, on top
            marker, colour, _ = STYLE[s["key"]]
            plt.plot(xs, s["values"], marker=marker, color=colour)
        plt.xticks(xs, cats)
    ticks = nice_ticks(chart["y_max"])
    plt.ylim(0, ticks[-1])
    plt.yticks(ticks, [f"{t:g}" for t in ticks])
    return plt.build()


def legend(chart: dict):
    """``█ Tiếp nhận   ▒ Đã giải quyết`` in the series' colours (Rich Text)."""
    from rich.text import Text

    out = Text()
    for i, s in enumerate(chart["series"]):
        marker, colour, _ = STYLE[s["key"]]
        if i:
            out.append("   ")
        out.append(marker * 2, style=f"color({colour})")
        out.append(f" {s['name']}")
    return out


def _listing(chart: dict):
    """The chart's figures as lines (for a terminal too narrow to draw it)."""
    from rich.text import Text

    lines = Text()
    for i, cat in enumerate(chart["categories"]):
        values = []
        for s in chart["series"]:
            v = s["values"][i]
            values.append("–" if v is None else f"{v:g}{chart['unit']}")
        lines.append(f"{cat}  " + " / ".join(values) + "\n")
    return lines


def _empty(chart: dict) -> str | None:
    """The message key saying why a chart has nothing to draw, or None."""
    if chart["key"] == "in_time_rate" and all(v is None for v in chart["series"][0]["values"]):
        return "chart_no_resolved"
    if chart["key"] == "tasks" and not chart["y_max"]:
        return "chart_no_tasks"
    return None


def print_charts(tr, months: list, heading: str, console=None) -> None:
    """The three charts under the report's heading, as wide as the terminal (at most 100
    columns); under 40 columns, the figures month by month instead."""
    from rich.console import Console
    from rich.text import Text

    con = console or Console(highlight=False, markup=False, emoji=False)
    con.print(Text(heading, style="bold"))
    if not months:
        con.print(Text(tr.msg_n("chart_no_months"), style="dim"))
        return
    width = min(con.width, MAX_WIDTH)
    for chart in chart_data(tr, months, short_labels=len(months) > 6):
        con.print()
        con.print(Text(chart["title"], style="bold"))
        empty = _empty(chart)
        if empty:
            con.print(Text(tr.msg_n(empty), style="dim"))
            continue
        if width < MIN_WIDTH:
            con.print(legend(chart))
            con.print(_listing(chart))
            continue
        con.print(Text.from_ansi(plot(chart, width)), no_wrap=True, overflow="ignore", crop=False)
        con.print(legend(chart))


# -- documents ----------------------------------------------------------------------------------


def has_matplotlib() -> bool:
    """True when the optional ``charts`` extra (matplotlib) is installed: ``png`` works."""
    import importlib.util

    return importlib.util.find_spec("matplotlib") is not None


def png(chart: dict, width_cm: float = 16.0, height_cm: float = 8.0, dpi: int = 150) -> bytes:
    """One chart of ``chart_data`` as a PNG picture, for the .docx report. Needs matplotlib
    (``pip install 'cchc[charts]'``); check ``has_matplotlib()`` first."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=dpi)
    ax = fig.add_subplot()
    cats = chart["categories"]
    xs = range(len(cats))
    series = chart["series"]
    if chart["kind"] == "bar":
        n = len(series)
        w = 0.8 / n
        for i, s in enumerate(series):
            vals = [v if v is not None else 0 for v in s["values"]]
            ax.bar([x - 0.4 + w * (i + 0.5) for x in xs], vals, w, label=s["name"], color="#" + STYLE[s["key"]][2])
    else:
        for s in series:
            ax.plot(list(xs), s["values"], marker="o", label=s["name"], color="#" + STYLE[s["key"]][2])
    ax.set_xticks(list(xs), cats)
    ax.set_ylim(0, nice_ticks(chart["y_max"])[-1] * 1.05)
    ax.set_title(chart["title"], fontsize=10)
    # under the axes, so that no bar or line is hidden behind it
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=len(series), frameon=False)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def add_xlsx_charts(tr, workbook, charts: list[dict], title: str | None = None):
    """A sheet with, for each chart, its figures month by month and under them the
    spreadsheet's own chart object drawn from them (openpyxl: no picture, so the office can
    restyle it in Excel or LibreOffice). Returns the sheet."""
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Font

    ws = workbook.create_sheet(title or tr.label_n("ch_sheet"))
    ws.column_dimensions["A"].width = 12
    row = 1
    for chart in charts:
        ws.cell(row=row, column=1, value=chart["title"]).font = Font(bold=True)
        head = row + 1
        ws.cell(row=head, column=1, value=tr.label_n("ch_month"))
        for j, s in enumerate(chart["series"], 2):
            ws.cell(row=head, column=j, value=s["name"])
        for i, cat in enumerate(chart["categories"]):
            ws.cell(row=head + 1 + i, column=1, value=cat)
            for j, s in enumerate(chart["series"], 2):
                ws.cell(row=head + 1 + i, column=j, value=s["values"][i])
        last = head + len(chart["categories"])
        obj = BarChart() if chart["kind"] == "bar" else LineChart()
        obj.height, obj.width = 7.5, 15  # cm: within the width of an A4 page
        data = Reference(ws, min_col=2, max_col=1 + len(chart["series"]), min_row=head, max_row=last)
        obj.add_data(data, titles_from_data=True)
        obj.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=last))
        obj.y_axis.scaling.min = 0
        obj.y_axis.scaling.max = nice_ticks(chart["y_max"])[-1]
        obj.legend.position = "b"
        for s, styled in zip(chart["series"], obj.series, strict=True):
            colour = STYLE[s["key"]][2]
            if chart["kind"] == "bar":
                styled.graphicalProperties.solidFill = colour
            else:
                styled.graphicalProperties.line.solidFill = colour
        ws.add_chart(obj, f"A{last + 2}")
        row = last + 2 + 17  # the chart is about 15 rows high
    return ws
