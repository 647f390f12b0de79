"""Every user-facing text of cchc, by area: ``MESSAGES`` and ``LABELS``, key -> (vi, en).

Only ``cchc.render`` and ``cchc.cli`` read these (through ``cchc.render.i18n.Translator``); the
layers below speak in keys. A new area adds a module here and its name to ``AREAS``.
"""

from __future__ import annotations

import functools
import importlib

AREAS = (
    "core",
    "rules",
    "reports",
    "calendar",
    "dossiers",
    "procedures",
    "imports",
    "audit",
    "backup",
    "docx",
    "corrections",
    "usage",
    "today",
    "registers",
    "province",
    "trust",
)


@functools.cache
def _merged() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    messages: dict[str, tuple[str, str]] = {}
    labels: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        module = importlib.import_module(f"{__name__}.{area}")
        messages.update(module.MESSAGES)
        labels.update(module.LABELS)
    return messages, labels


def messages() -> dict[str, tuple[str, str]]:
    return _merged()[0]


def labels() -> dict[str, tuple[str, str]]:
    return _merged()[1]
