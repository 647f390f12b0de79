"""Scores, points and shares as people write them: ``90,5`` in Vietnamese, ``90.5`` in English,
``100`` rather than ``100.0``; nothing for a value not known."""

from __future__ import annotations


def decimal(value: float | int | None, lang: str = "vi") -> str:
    if value is None:
        return ""
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return text.replace(".", ",") if lang == "vi" else text
