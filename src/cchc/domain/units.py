"""Units of the 2025 two-tier local administration (province and commune; 34 provinces and
centrally-run cities from 01/07/2025, Resolution 202/2025/QH15), and the advice cchc gives on a
ledger's particulars: a parent or a place naming a province that was merged, a province not among
the 34, or a district-tier body (the tier is gone). Advice, never a refusal: a ledger spans both
regimes, and a 2022 report of a district is right to name it.

Source of the list: the legal research notes (Resolution 202/2025/QH15 as listed by public
copies; the merged provinces agree with the partial primary list). To correct or extend it, edit
``PROVINCES`` and ``MERGED`` here.
"""

from __future__ import annotations

import re
import unicodedata

from cchc.domain.problems import Problem

# the 34 from 01/07/2025: 6 centrally-run cities, then 28 provinces
CITIES = ("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ")
PROVINCES = CITIES + (
    "Cao Bằng",
    "Điện Biên",
    "Hà Tĩnh",
    "Lai Châu",
    "Lạng Sơn",
    "Nghệ An",
    "Quảng Ninh",
    "Thanh Hóa",
    "Sơn La",
    "An Giang",
    "Bắc Ninh",
    "Cà Mau",
    "Đắk Lắk",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hưng Yên",
    "Khánh Hòa",
    "Lào Cai",
    "Lâm Đồng",
    "Ninh Bình",
    "Phú Thọ",
    "Quảng Ngãi",
    "Quảng Trị",
    "Tây Ninh",
    "Thái Nguyên",
    "Tuyên Quang",
    "Vĩnh Long",
)
# a province before 01/07/2025 -> the province or city it is part of since
MERGED = {
    "Hải Dương": "Hải Phòng",
    "Quảng Nam": "Đà Nẵng",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Bình Dương": "Hồ Chí Minh",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Kiên Giang": "An Giang",
    "Bắc Giang": "Bắc Ninh",
    "Bạc Liêu": "Cà Mau",
    "Phú Yên": "Đắk Lắk",
    "Bình Phước": "Đồng Nai",
    "Tiền Giang": "Đồng Tháp",
    "Bình Định": "Gia Lai",
    "Thái Bình": "Hưng Yên",
    "Ninh Thuận": "Khánh Hòa",
    "Yên Bái": "Lào Cai",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ",
    "Kon Tum": "Quảng Ngãi",
    "Quảng Bình": "Quảng Trị",
    "Long An": "Tây Ninh",
    "Bắc Kạn": "Thái Nguyên",
    "Hà Giang": "Tuyên Quang",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Thừa Thiên Huế": "Huế",
}


def name_key(name: str) -> str:
    """A province name without accents, case, spaces or hyphens ("Thanh Hoá", "thanh hóa",
    "Bà Rịa-Vũng Tàu" and "TP. Hồ Chí Minh" all find theirs)."""
    text = unicodedata.normalize("NFD", name.casefold().replace("đ", "d"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\s\-.]+", "", text)


_KNOWN = {name_key(p): p for p in PROVINCES}
_OLD = {name_key(old): (old, new) for old, new in MERGED.items()}
# "tỉnh X", "thành phố X", "TP. X", "TP X" — the province named at the end of a body's name
_PROVINCE_OF = re.compile(r"(?:^|\s|,)(tỉnh|thành phố|tp\.?)\s+([^,;()]+?)\s*$", re.IGNORECASE)
_DISTRICT = re.compile(r"(?:^|\s)(huyện|quận|thị xã)\s+\S", re.IGNORECASE)


def province(name: str) -> tuple[str, str | None]:
    """("current", name) for one of the 34; ("merged", new name) for a province merged in 2025;
    ("unknown", None) otherwise."""
    k = name_key(name)
    if k in _KNOWN:
        return "current", _KNOWN[k]
    if k in _OLD:
        return "merged", _OLD[k][1]
    return "unknown", None


def advice(key: str, value: str | None) -> list[Problem]:
    """Notes (not refusals) on one particular: the parent, the place or the agency."""
    if not value or key not in ("parent", "place", "agency"):
        return []
    text = unicodedata.normalize("NFC", value).strip()
    what = {"parent": "parent_label", "place": "place_label", "agency": "agency_label"}[key]
    from cchc.domain.errors import Label

    out: list[Problem] = []
    if key == "place":
        name = text
        prefix = None
    else:
        m = _PROVINCE_OF.search(text)
        prefix, name = (m.group(1).casefold(), m.group(2)) if m else (None, None)
        if _DISTRICT.search(text):
            out.append(Problem(key, "warn_district", {"what": Label(what), "value": text}))
    if name is None:
        return out
    state, new = province(name)
    if state == "merged":
        old = _OLD[name_key(name)][0]
        out.append(Problem(key, "warn_merged_province", {"what": Label(what), "value": text, "old": old, "new": new}))
    elif state == "current" and prefix and prefix.startswith(("thành phố", "tp")) and new not in CITIES:
        # "thành phố Sơn La": a provincial city, a district-tier unit, not the province
        out.append(Problem(key, "warn_district", {"what": Label(what), "value": text}))
    elif state == "unknown" and prefix == "tỉnh":
        out.append(Problem(key, "warn_unknown_province", {"what": Label(what), "value": text, "name": name}))
    elif state == "unknown" and prefix and key == "parent" and not _DISTRICT.search(text):
        out.append(Problem(key, "warn_district", {"what": Label(what), "value": text}))
    return out
