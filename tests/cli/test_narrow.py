"""Readable at 80 columns: every list and report fits, and no code, date or word is broken;
piped output honours COLUMNS; overdue records are marked without colour."""

from __future__ import annotations

import json
import re

import pytest

W80 = {"COLUMNS": "80"}
CODE = re.compile(r"000\.00\.12\.H50-\d{6}-\d{4}")
DATE = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")

COMMANDS = [
    ("dossier", "list", "--as-of", "09/06/2022"),
    ("dossier", "list", "--status", "pending", "--as-of", "30/06/2022"),
    ("dossier", "show", "000.00.12.H50-220315-0001"),
    ("task", "list"),
    ("task", "show", "02/KH-VPUB#1"),
    ("task", "areas"),
    ("plan", "list"),
    ("plan", "show", "02/KH-VPUB"),
    ("meeting", "list"),
    ("meeting", "kinds"),
    ("procedure", "list"),
    ("audit", "log", "--limit", "40"),
    ("calendar", "show", "2022"),
    ("db", "info"),
    ("report", "semester", "2022-H1", "--until", "09/06/2022"),
    ("report", "quarter", "2022-Q2", "--compare"),
    ("report", "semester", "2022-H1", "--format", "form"),
    ("report", "year", "2022", "--format", "form"),
    ("report", "quarter", "2022-Q2", "--chart"),
    ("today", "--as-of", "09/06/2022"),
    ("dossier", "list", "--due-within", "10"),
    ("task", "list", "--due-within", "60"),
    ("document", "list"),
    ("outreach", "list"),
    ("inspection", "list"),
    ("index", "show", "2021"),
    ("index", "list"),
    ("report", "notes", "2022-H1"),
]


def lines(text: str) -> list[str]:
    return text.splitlines()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_list_and_report_fits_80_columns(sample, lang):
    sample.ok("dossier", "pause", "000.00.12.H50-220607-0001", "--on", "08/06/2022", "--reason", "Yêu cầu bổ sung")
    sample.ok("dossier", "edit", "000.00.12.H50-220315-0001", "--note", "Ghi chú rất dài " * 8)
    for args in COMMANDS:
        out = sample.ok("--lang", lang, *args, env=W80).stdout
        assert out.strip(), args
        widest = max(lines(out), key=len)
        assert len(widest) <= 80, (args, widest)


def test_codes_and_dates_are_never_broken(sample):
    out = sample.ok("dossier", "list", "--as-of", "09/06/2022", env=W80).stdout
    rows = json.loads(sample.ok("dossier", "list", "--as-of", "09/06/2022", "--json").stdout)
    assert CODE.findall(out) == [r["code"] for r in rows]
    received = [r["received_on"] for r in rows]
    shown = [d for line in lines(out) for d in DATE.findall(line)[:1]]
    assert [f"{d[6:]}-{d[3:5]}-{d[:2]}" for d in shown] == received
    # no fragment of a code or a date left on a line of its own
    assert not re.search(r"(^|\s)(\d{2}/\d{2}/\d{1,3}|\d{1,3})$", out, re.M)


def test_the_forms_words_are_whole(sample):
    for width in ("80", "100", "120"):
        out = sample.ok("report", "semester", "2022-H1", "--format", "form", env={"COLUMNS": width}).stdout
        assert max(len(x) for x in lines(out)) <= int(width)
        words = set(re.findall(r"[\w-]+", out))
        for field in ("Công thương", "Đất đai", "Thi đua - Khen thưởng", "Hợp tác quốc tế"):
            assert set(re.findall(r"[\w-]+", field)) <= words, (width, field)
        for word in ("giải", "quyết", "tuyến"):  # headings or legend: never cut mid-syllable
            assert word in words, (width, word)


def test_piped_width_follows_columns_else_100(sample):
    wide = sample.ok("dossier", "list", "--as-of", "09/06/2022", env={"COLUMNS": "120"}).stdout
    assert max(len(x) for x in lines(wide)) <= 120 and "Lĩnh vực" in wide
    default = sample.ok("dossier", "list", "--as-of", "09/06/2022", env={"COLUMNS": ""}).stdout
    assert max(len(x) for x in lines(default)) <= 100


def test_the_narrative_is_wrapped_at_spaces(sample):
    out = sample.ok("report", "semester", "2022-H1", "--until", "09/06/2022", env=W80).stdout
    start = [i for i, x in enumerate(lines(out)) if x.strip() == "Tóm tắt"][0]
    para = lines(out)[start + 1 :]
    assert len(para) > 3 and all(len(x) <= 80 for x in para)
    joined = " ".join(x.strip() for x in para)
    assert "đã tiếp nhận 675 hồ sơ" in joined and "15/12/2021" in joined
    from cchc.render.report_text import wrap

    assert "000.00.12.H50-220315-0001" in wrap("một hai ba 000.00.12.H50-220315-0001 bốn", 12).splitlines()


def test_overdue_is_marked_without_colour(sample):
    out = sample.ok("dossier", "list", "--status", "overdue", "--as-of", "30/06/2022", env=W80).stdout
    marked = [x for x in lines(out) if x.startswith("000.")]
    assert marked and all("! đang giải quyết" in x for x in marked)
    tasks = sample.ok("--lang", "en", "task", "list", "--overdue", env={"COLUMNS": "120", "NO_COLOR": "1"}).stdout
    assert "! doing, overdue" in tasks or "! to do, overdue" in tasks
