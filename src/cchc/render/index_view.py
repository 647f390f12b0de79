"""The reform index on the terminal: the criteria tree with its points and shares (and last
year's), the totals, the result and rank, the weakest criteria. From plain data (no SQL)."""

from __future__ import annotations

from cchc.render.numbers import decimal


def print_criteria(rows: list[dict], tr, title: str | None = None, indent: bool = False) -> None:
    """Code, title, maximum, self, council, share (and last year's share when there is one)."""
    from cchc.render.registers_view import print_rows

    fields = {"col_max": "max_points", "col_self": "self_score", "col_council": "council_score", "col_share": "share"}
    if any(r["previous_share"] is not None for r in rows):
        fields["col_previous_share"] = "previous_share"
    numbers = list(fields)
    shown = [
        {
            **r,
            "criterion": ("  " * (r["level"] - 1) if indent else "") + r["title"],
            **{col: decimal(r[key], tr.lang) for col, key in fields.items()},
        }
        for r in rows
    ]
    print_rows(
        shown,
        ["code", "criterion", *numbers],
        tr=tr,
        fixed=("code",),
        right=numbers,
        title=title,
        bold=lambda r: indent and r["level"] == 1,
    )


def print_summary(data: dict, tr) -> None:
    from cchc.render.console import out

    print_criteria(data["criteria"], tr, title=tr.msg("index_title", year=data["year"]), indent=True)
    lines = [
        tr.msg(
            "index_totals",
            own=decimal(data["self_score"], tr.lang),
            council=decimal(data["council_score"], tr.lang),
            score=decimal(data["score"], tr.lang),
            max=decimal(data["max"], tr.lang),
        )
    ]
    if data["rank"] is not None:
        lines.append(tr.msg("index_rank_line", rank=data["rank"], of=data["of"]))
    if data["previous_rank"] is not None or data["previous_score"] is not None:
        lines.append(
            tr.msg(
                "index_previous_line",
                year=data["year"] - 1,
                score=decimal(data["previous_score"], tr.lang),
                rank=data["previous_rank"] if data["previous_rank"] is not None else "-",
                of=data["previous_of"] if data["previous_of"] is not None else "-",
            )
        )
    else:
        lines.append(tr.msg("index_no_previous", year=data["year"] - 1))
    lines.append(tr.msg("index_evidence_count", n=len(data["evidence"])))
    for line in lines:
        out().print(line, highlight=False)
    if data["weakest"]:
        print_criteria(data["weakest"], tr, title=tr.label("weakest"))
