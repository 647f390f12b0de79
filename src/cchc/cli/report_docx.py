"""The Word report's options (``--number``, ``--place``, ``--to``, ``--signer``, ``--signer-title``,
``--agency``, ``--parent``, ``--issued-on``), added to every ``cchc report`` period command by one
decorator, and turned into ``DocxOptions`` before the ledger is read. Light: python-docx is
loaded only when the document is written."""

from __future__ import annotations

import functools
import inspect
import unicodedata

import typer

from cchc.render.catalog import docx as catalog_docx

NAMES = ("number", "place", "issued_on", "recipients", "signer", "signer_titles", "agency", "parent")


def _options(recipient_flags: tuple[str, ...]) -> list[inspect.Parameter]:
    h = lambda key: catalog_docx.t(key, "vi")  # noqa: E731  (--help is Vietnamese first, English after)
    opts = {
        "number": (str | None, typer.Option(None, "--number", metavar="SỐ/KÝ-HIỆU", help=h("docx.help_number"))),
        "place": (str | None, typer.Option(None, "--place", help=h("docx.help_place"))),
        "issued_on": (str | None, typer.Option(None, "--issued-on", metavar="DATE", help=h("docx.help_issued_on"))),
        "recipients": (list[str] | None, typer.Option(None, *recipient_flags, metavar="TEXT", help=h("docx.help_to"))),
        "signer": (str | None, typer.Option(None, "--signer", help=h("docx.help_signer"))),
        "signer_titles": (
            list[str] | None,
            typer.Option(None, "--signer-title", metavar="TEXT", help=h("docx.help_signer_title")),
        ),
        "agency": (str | None, typer.Option(None, "--agency", help=h("docx.help_agency"))),
        "parent": (str | None, typer.Option(None, "--parent", help=h("docx.help_parent"))),
    }
    return [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=opt, annotation=ann)
        for name, (ann, opt) in opts.items()
    ]


def docx_options(recipient_flags: tuple[str, ...] = ("--to", "--recipient")):
    """Add the Word options to a command whose function takes ``docx`` (a dict of their raw
    values). ``report range`` uses ``--to`` for its last day, so it passes ``("--recipient",)``."""

    def deco(func):
        sig = inspect.signature(func, eval_str=True)
        params = [p for p in sig.parameters.values() if p.name != "docx"] + _options(recipient_flags)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            raw = {name: kwargs.pop(name, None) for name in NAMES}
            return func(*args, docx=raw, **kwargs)

        wrapper.__signature__ = sig.replace(parameters=params)
        return wrapper

    return deco


def _text(value: str | None, option: str, lang: str = "vi") -> str | None:
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value.strip())
    if not value:
        raise typer.BadParameter(catalog_docx.t("docx.blank", lang, option=option), param_hint=option)
    return value


def build_options(raw: dict | None, office: str | None, lang: str = "vi"):
    """``DocxOptions`` from the raw option values; bad input raises InputError (nothing read or
    written yet)."""
    from cchc.cli import common
    from cchc.domain.decree30 import parse_number
    from cchc.render.docx_options import DocxOptions

    raw = raw or {}
    kw: dict = {"office": office}
    for name, option in (("agency", "--agency"), ("parent", "--parent"), ("place", "--place"), ("signer", "--signer")):
        value = _text(raw.get(name), option, lang)
        if value is not None:
            kw[name] = value
    if raw.get("number") is not None:
        kw["number"], kw["symbol"] = parse_number(raw["number"])
    if raw.get("issued_on") is not None:
        kw["issued_on"] = common.day(raw["issued_on"])
    if raw.get("recipients"):
        kw["recipients"] = tuple(_text(r, "--to", lang) for r in raw["recipients"])
    if raw.get("signer_titles"):
        kw["signer_titles"] = tuple(_text(r, "--signer-title", lang) for r in raw["signer_titles"])
    return DocxOptions(**kw)
