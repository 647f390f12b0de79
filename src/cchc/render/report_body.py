"""The report's body as data, whatever the format: a ``Section`` (a heading, its level, its
blocks: paragraphs and ``DocTable``), the ``Context`` the section builders read (the report, the
language, the issuer's particulars resolved from the command line and the ledger), and the
numbering of headings (I., 1., a)). The builders themselves are in ``report_sections``.

No python-docx here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from cchc.domain import agency as names
from cchc.domain.decree30 import date_parts, heading_label, number_text, short_date
from cchc.domain.report_models import Report
from cchc.render.docx_options import DocxOptions
from cchc.render.report_text import num, sentences

BLANK = "……"  # a particular not recorded: a dotted blank to fill in by hand


def t(key: str, lang: str, **params: object) -> str:
    """A text of the report: the Word catalog's (``docx.``) or the registers' (``rep.``)."""
    from cchc.render.catalog import docx, registers

    pair = docx.LABELS.get(key) or registers.LABELS.get(key) or docx.MESSAGES.get(key) or registers.MESSAGES[key]
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**params) if params else text


@dataclass
class DocTable:
    """A small ruled table: column weights (scaled to the page), alignment per column."""

    head: list[str]
    rows: list[list[str]]
    weights: list[float]
    align: list[str]
    bold_last: bool = False


@dataclass
class Section:
    """A heading (level 1: "I. …", 2: "1. …", 3: "a) …"; the numbers are added when written)
    and its blocks: paragraphs (str) and tables, in order."""

    title: str
    level: int = 1
    blocks: list[str | DocTable] = field(default_factory=list)


def numbers(sections: Sequence[Section]) -> list[tuple[int, int, Section]]:
    """Each section with its level (1–3) and its number, counted within its parent."""
    counters = [0, 0, 0]
    out = []
    for s in sections:
        level = min(max(s.level, 1), 3)
        counters[level - 1] += 1
        counters[level:] = [0] * (3 - level)
        out.append((level, counters[level - 1], s))
    return out


def numbered(sections: Sequence[Section]) -> list[tuple[str, Section]]:
    """Each section with its number as written (``I. ``, ``1. ``, ``a) ``)."""
    return [(heading_label(level, n), s) for level, n, s in numbers(sections)]


def _signer_titles(text: str | None) -> tuple[str, ...]:
    """The recorded signer's title, one line per ``;`` or line break ("KT. CHÁNH VĂN PHÒNG;
    PHÓ CHÁNH VĂN PHÒNG")."""
    if not text:
        return ()
    return tuple(p.strip() for p in re.split(r"[;\n]", text) if p.strip())


def resolve(options: DocxOptions | None, report: Report) -> DocxOptions:
    """The issuer's particulars: what the command line gave, else the ledger's (``cchc init
    --agency …``), else a dotted blank to fill in by hand. The narrative's subject is
    ``--office``, else the agency's own name."""
    o = options or DocxOptions()
    a = report.agency
    agency = o.agency or a.short_name or BLANK
    parent = o.parent if o.parent is not None else a.parent
    titles = o.signer_titles or _signer_titles(a.signer_title) or (BLANK,)
    return replace(
        o,
        agency=agency,
        parent=parent,
        place=o.place or a.place or BLANK,
        signer=o.signer or a.signer,
        signer_titles=titles,
        office=o.office or (o.agency if o.agency else None),
    )


@dataclass
class Context:
    report: Report
    lang: str
    options: DocxOptions  # resolved (``resolve``)

    def t(self, key: str, **params) -> str:
        return t(key, self.lang, **params)

    @property
    def issued_on(self) -> date:
        return self.options.issued_on or self.report.period.end

    @property
    def agency_full(self) -> str:
        return agency_full_name(self.options)

    @property
    def office(self) -> str | None:
        return self.options.office

    @property
    def number(self) -> str:
        return number_text(self.options.number, symbol(self.report, self.options, self.lang))

    def date_words(self, d: date) -> str:
        day, month, year = date_parts(d)
        if self.lang == "en":
            month = self.t("docx.months").split("|")[d.month - 1]
        return self.t("docx.date", day=day, month=month, year=year)

    def place_date(self) -> str:
        day, month, year = date_parts(self.issued_on)
        if self.lang == "en":
            month = self.t("docx.months").split("|")[self.issued_on.month - 1]
        return self.t("docx.place_date", place=self.options.place, day=day, month=month, year=year)

    def short_date(self, d: date) -> str:
        return short_date(d)

    def n(self, value) -> str:
        return num(value, self.lang)

    def said_subject(self) -> str:
        from cchc.render.report_text import subject

        return subject(self.report, self.lang, self.office)

    def said(self) -> dict[str, list[str]]:
        """The narrative's sentences; the agency was named in full in the opening paragraph."""
        return sentences(self.report, self.lang, self.office)


def agency_full_name(options: DocxOptions) -> str:
    """The agency's full name: an office (Văn phòng) is named after its parent ("Văn phòng UBND
    tỉnh Sơn La"); any other agency by its own name."""
    return names.full_name(options.agency, options.parent) or options.agency or BLANK


_ISSUER = re.compile(r"/\s*[A-ZĐ]+-(\S+)$")


def symbol(report: Report, options: DocxOptions, lang: str) -> str:
    """The symbol after the number: given, or "BC-" + the issuer code of the period's plans
    (02/KH-VPUB -> BC-VPUB), or "BC-……" to fill in."""
    if options.symbol:
        return options.symbol
    for plan in report.tasks.plans if options.symbol_from_plans else ():
        m = _ISSUER.search(plan.code.upper())
        if m:
            return f"{t('docx.kind_code', lang)}-{m.group(1)}"
    return f"{t('docx.kind_code', lang)}-……"
