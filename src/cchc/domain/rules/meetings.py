"""Briefing meetings (họp giao ban) and their kinds."""

from __future__ import annotations

import re
from collections.abc import Container

from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = ("kind", "held_on", "title", "chair", "note")
KIND_COLUMNS = ("key", "name", "name_en")
_KIND_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def validate(rec: dict, *, kinds: Container[str]) -> list[Problem]:
    out: list[Problem] = []
    kind = v.text(out, rec, "kind", required=True)
    if kind is not None and kind not in kinds:
        out.append(Problem("kind", "kind_missing", {"kind": kind}))
    v.iso_date(out, rec, "held_on", required=True)
    title = rec.get("title")
    if title != "":  # an untitled meeting is kept with the empty title (part of its key)
        v.text(out, rec, "title", required=True)
    v.text(out, rec, "chair")
    v.text(out, rec, "note")
    return out


def validate_kind(rec: dict) -> list[Problem]:
    out: list[Problem] = []
    key = v.text(out, rec, "key", required=True)
    if key is not None and not _KIND_KEY.match(key):
        out.append(Problem("key", "bad_kind_key", {"value": key}))
    v.text(out, rec, "name", required=True)
    v.text(out, rec, "name_en")
    return out
