"""Reform areas of the 2022–2030 PAR index for provincial departments (domain.md)."""

from __future__ import annotations

# key, Vietnamese name, English name
REFORM_AREAS: tuple[tuple[str, str, str], ...] = (
    ("chi-dao", "Công tác chỉ đạo, điều hành CCHC", "Direction and management of reform"),
    ("the-che", "Xây dựng và tổ chức thực hiện thể chế", "Institutions"),
    ("tthc", "Cải cách thủ tục hành chính", "Administrative procedures"),
    ("bo-may", "Cải cách tổ chức bộ máy hành chính", "Organisation of the apparatus"),
    ("cong-vu", "Cải cách chế độ công vụ", "Civil service"),
    ("tai-chinh", "Cải cách tài chính công", "Public finance"),
    ("cp-so", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "E-government, digital government"),
    ("tac-dong", "Tác động của CCHC", "Impact of reform"),
)
AREA_KEYS = tuple(a[0] for a in REFORM_AREAS)


def area_name(key: str | None, lang: str = "vi") -> str:
    for k, vi, en in REFORM_AREAS:
        if k == key:
            return en if lang == "en" else vi
    return key or ""
