"""A communication activity on administrative reform: when, what kind (news on the portal, a
bulletin, a conference, radio/TV, social media, …), where (the outlet), its title, and how many
items it counts for (a week's 5 news items recorded at once: count 5)."""

from __future__ import annotations

from cchc.domain.outreach import KIND_KEYS
from cchc.domain.problems import Problem
from cchc.domain.rules import values as v

COLUMNS = ("kind", "held_on", "title", "outlet", "count", "note")
MAX_COUNT = 100_000


def validate(rec: dict, *, today: str) -> list[Problem]:
    out: list[Problem] = []
    v.choice(out, rec, "kind", KIND_KEYS, required=True)
    held = v.iso_date(out, rec, "held_on", required=True)
    v.not_future(out, "held_on", held, today)
    v.text(out, rec, "title", required=True)
    v.text(out, rec, "outlet")
    v.integer(out, rec, "count", 1, MAX_COUNT, required=True)
    v.text(out, rec, "note")
    return out
