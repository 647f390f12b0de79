"""Kinds of communication work on administrative reform (tuyên truyền CCHC). Pure."""

from __future__ import annotations

import unicodedata

# key, Vietnamese name, English name, other spellings a file may use
OUTREACH_KINDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("tin-bai", "Tin, bài trên cổng/trang thông tin điện tử", "News or article on a portal", ("tin bài", "tin", "bài")),
    ("ban-tin", "Bản tin", "Bulletin", ("bản tin",)),
    ("hoi-nghi", "Hội nghị, tập huấn", "Conference or training", ("hội nghị", "tập huấn", "hội thảo")),
    ("phat-thanh", "Phát thanh, truyền hình", "Radio or TV", ("phát thanh", "truyền hình", "radio", "tv")),
    ("mang-xa-hoi", "Mạng xã hội", "Social media", ("mạng xã hội", "facebook", "zalo")),
    ("an-pham", "Tờ rơi, pa-nô, áp phích", "Leaflets, banners, posters", ("tờ rơi", "pa-nô", "pano", "áp phích")),
    ("cuoc-thi", "Cuộc thi tìm hiểu", "Contest", ("cuộc thi",)),
    ("khac", "Hình thức khác", "Other", ("khác", "other")),
)
KIND_KEYS = tuple(k[0] for k in OUTREACH_KINDS)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().replace(",", " ").split())


_ALIASES = {_fold(a): key for key, vi, en, more in OUTREACH_KINDS for a in (key, vi, en, *more)}


def kind_key(text: str | None) -> str | None:
    """A kind typed or imported as its key or a name; unknown text as given (the validator names it)."""
    if text is None:
        return None
    return _ALIASES.get(_fold(text), text)


def kind_name(key: str | None, lang: str = "vi") -> str:
    for k, vi, en, _ in OUTREACH_KINDS:
        if k == key:
            return en if lang == "en" else vi
    return key or ""
