"""The reform-index self-assessment (Chỉ số CCHC) as a tree: areas, criteria and sub-criteria,
coded ``1``, ``1.1``, ``1.1.2``, each with its maximum points; a leaf carries the unit's own
score and the appraisal council's; a parent's points are its children's sums. Pure."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from cchc.domain.areas import REFORM_AREAS
from cchc.domain.text import key as text_key

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_CODE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,5}$")
EPS = 1e-9


def normal_code(text: str | None) -> str | None:
    """``"1.1."`` -> ``"1.1"``; ``"II"`` -> ``"2"`` (a top level in Roman numerals); ``None`` when
    it is not a criterion code at all."""
    if text is None:
        return None
    t = unicodedata.normalize("NFKC", str(text)).strip().rstrip(".").strip()
    if t.casefold() in _ROMAN:
        return str(_ROMAN[t.casefold()])
    if isinstance(text, float) and text.is_integer():  # a spreadsheet's 1.0
        t = str(int(text))
    return t if _CODE.match(t) else None


def is_code(text: str) -> bool:
    return bool(_CODE.match(text))


def parent_of(code: str) -> str | None:
    head, sep, _ = code.rpartition(".")
    return head if sep else None


def sort_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) for p in code.split(".")) if is_code(code) else (10**6,)


# words a province's file uses for an area, checked in order (the first found wins)
_AREA_WORDS = (
    ("chỉ đạo, điều hành", "chi-dao"),
    ("thể chế", "the-che"),
    ("thủ tục hành chính", "tthc"),
    ("tthc", "tthc"),
    ("bộ máy", "bo-may"),
    ("công vụ", "cong-vu"),
    ("tài chính công", "tai-chinh"),
    ("chính phủ điện tử", "cp-so"),
    ("chính phủ số", "cp-so"),
    ("tác động", "tac-dong"),
)


def area_of_title(title: str | None) -> str | None:
    """The reform area a top-level criterion's title names ("Công tác chỉ đạo, điều hành CCHC",
    "Cải cách thủ tục hành chính")."""
    if not title:
        return None
    t = text_key(title)
    for key, vi, _ in REFORM_AREAS:
        if t == vi.casefold():
            return key
    return next((key for words, key in _AREA_WORDS if words in t), None)


@dataclass
class Node:
    code: str
    title: str
    max_points: float
    self_score: float | None = None
    council_score: float | None = None
    area: str | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def leaf(self) -> bool:
        return not self.children

    def points(self, which: str) -> float | None:
        """``self`` or ``council`` points: a leaf's own, else the sum of its children (None when a
        leaf below has none)."""
        if self.leaf:
            return self.self_score if which == "self" else self.council_score
        total = 0.0
        for c in self.children:
            p = c.points(which)
            if p is None:
                return None
            total += p
        return total

    def final(self) -> float | None:
        """The council's points when appraised, else the unit's own."""
        council = self.points("council")
        return council if council is not None else self.points("self")


def build_tree(rows: list[dict]) -> list[Node]:
    """The top-level nodes of the criteria ``rows`` (dicts with code, title, max_points,
    self_score, council_score, area), in code order; a row whose parent is missing is a top node."""
    nodes = {
        r["code"]: Node(
            r["code"], r["title"], r["max_points"], r.get("self_score"), r.get("council_score"), r.get("area")
        )
        for r in rows
    }
    tops: list[Node] = []
    for code in sorted(nodes, key=sort_key):
        parent = parent_of(code)
        if parent in nodes:
            nodes[parent].children.append(nodes[code])
        else:
            tops.append(nodes[code])
    for top in tops:
        _inherit_area(top, top.area or area_of_title(top.title))
    return tops


def _inherit_area(node: Node, area: str | None) -> None:
    node.area = node.area or area
    for c in node.children:
        _inherit_area(c, node.area)


def walk(nodes: list[Node], depth: int = 0):
    for n in nodes:
        yield n, depth
        yield from walk(n.children, depth + 1)


def leaves(nodes: list[Node]) -> list[Node]:
    return [n for n, _ in walk(nodes) if n.leaf]


def share(node: Node) -> float | None:
    """The final points as a share of the maximum (0–1), or None (no points, or no maximum)."""
    got = node.final()
    if got is None or node.max_points <= EPS:
        return None
    return got / node.max_points


def weakest(nodes: list[Node], top: int = 5) -> list[Node]:
    """The scored leaves with the lowest share of their maximum (ties: more points lost first,
    then code order); those at their maximum are never weak."""
    scored = [n for n in leaves(nodes) if share(n) is not None and share(n) < 1 - EPS]
    scored.sort(key=lambda n: (share(n), -(n.max_points - n.final()), sort_key(n.code)))
    return scored[:top]


def tree_problems(rows: list[dict]) -> list[tuple[str, str, dict]]:
    """What does not add up in a year's tree: (code, message key, values). A parent's maximum is
    its children's sum; a score stored on a parent equals its children's sum."""
    out: list[tuple[str, str, dict]] = []
    for node, _ in walk(build_tree(rows)):
        if node.leaf:
            continue
        kids = sum(c.max_points for c in node.children)
        if abs(kids - node.max_points) > 1e-6:
            out.append((node.code, "index_max_sum", {"code": node.code, "max": node.max_points, "sum": kids}))
        for which, stored in (("self", node.self_score), ("council", node.council_score)):
            total = Node(node.code, "", 0, children=node.children).points(which)
            if stored is not None and total is not None and abs(stored - total) > 1e-6:
                out.append((node.code, "index_score_sum", {"code": node.code, "score": stored, "sum": total}))
    return out
