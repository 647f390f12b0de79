"""Kinds of administrative documents and how a document's symbol names its kind (Decree
30/2020/NĐ-CP, Art. 7 and Appendix III): ``02/KH-VPUB`` is a kế hoạch, ``45/BC-VPUB`` a báo cáo,
``3162/QĐ-UBND`` a quyết định. A công văn has no kind in its symbol (``1966/VPUB-HCTC``: the
agency, then the drafting unit), so a symbol whose first group is not a kind's abbreviation is
read as a công văn. Pure, no I/O.
"""

from __future__ import annotations

import re
import unicodedata

# key, abbreviations in the symbol (Appendix III; a few published copies spell some two ways),
# Vietnamese name, English name
DOCUMENT_KINDS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("ke-hoach", ("KH",), "Kế hoạch", "Plan"),
    ("quyet-dinh", ("QĐ",), "Quyết định", "Decision"),
    ("chi-thi", ("CT",), "Chỉ thị", "Directive"),
    ("cong-van", (), "Công văn", "Official letter"),
    ("thong-bao", ("TB",), "Thông báo", "Notice"),
    ("bao-cao", ("BC",), "Báo cáo", "Report"),
    ("huong-dan", ("HD",), "Hướng dẫn", "Guidance"),
    ("chuong-trinh", ("CTr",), "Chương trình", "Programme"),
    ("nghi-quyet", ("NQ",), "Nghị quyết", "Resolution"),
    ("quy-che", ("QC", "QCh"), "Quy chế", "Regulation"),
    ("quy-dinh", ("QyĐ",), "Quy định", "Rules"),
    ("thong-cao", ("TC",), "Thông cáo", "Communiqué"),
    ("phuong-an", ("PA",), "Phương án", "Scheme"),
    ("de-an", ("ĐA",), "Đề án", "Project proposal"),
    ("du-an", ("DA",), "Dự án", "Project"),
    ("to-trinh", ("TTr",), "Tờ trình", "Submission"),
    ("bien-ban", ("BB",), "Biên bản", "Minutes"),
    ("hop-dong", ("HĐ",), "Hợp đồng", "Contract"),
    ("cong-dien", ("CĐ",), "Công điện", "Telegram"),
    ("ban-ghi-nho", ("GN", "BGN"), "Bản ghi nhớ", "Memorandum"),
    ("ban-thoa-thuan", ("TTh", "BTT"), "Bản thỏa thuận", "Agreement"),
    ("giay-moi", ("GM",), "Giấy mời", "Invitation"),
    ("giay-uy-quyen", ("GUQ",), "Giấy ủy quyền", "Power of attorney"),
    ("giay-gioi-thieu", ("GGT",), "Giấy giới thiệu", "Letter of introduction"),
    ("giay-nghi-phep", ("GNP",), "Giấy nghỉ phép", "Leave permit"),
    ("phieu-gui", ("PG",), "Phiếu gửi", "Transmittal slip"),
    ("phieu-chuyen", ("PC",), "Phiếu chuyển", "Transfer slip"),
    ("phieu-bao", ("PB",), "Phiếu báo", "Notification slip"),
    ("khac", (), "Văn bản khác", "Other"),
)
KIND_KEYS = tuple(k[0] for k in DOCUMENT_KINDS)
PLAN_KIND = "ke-hoach"
_BY_ABBREVIATION = {a.upper(): key for key, abbrs, _, _ in DOCUMENT_KINDS for a in abbrs}
_NAMES = {key: (vi, en) for key, _, vi, en in DOCUMENT_KINDS}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


_ALIASES = {_fold(a): key for key, abbrs, vi, en in DOCUMENT_KINDS for a in (key, vi, en, *abbrs)}
_SYMBOL = re.compile(r"/\s*([^/\s]+)\s*$")


def kind_of_symbol(code: str | None) -> str | None:
    """The kind the symbol of ``code`` names ("02/KH-VPUB" -> "ke-hoach", "1966/VPUB-HCTC" ->
    "cong-van"), or None when it says nothing (no symbol, or a single group that is no kind)."""
    if not code:
        return None
    m = _SYMBOL.search(unicodedata.normalize("NFC", code))
    if not m:
        return None
    groups = [g for g in m.group(1).split("-") if g]
    if not groups:
        return None
    found = _BY_ABBREVIATION.get(groups[0].upper())
    if found:
        return found
    return "cong-van" if len(groups) >= 2 else None


def kind_key(text: str | None) -> str | None:
    """A kind typed or imported as its key, its name or its abbreviation ("KH", "Kế hoạch",
    "plan"); unknown text is returned as given (the validator names it)."""
    if text is None:
        return None
    return _ALIASES.get(_fold(text), text)


def kind_name(key: str | None, lang: str = "vi") -> str:
    pair = _NAMES.get(key or "")
    if pair is None:
        return key or ""
    return pair[1] if lang == "en" else pair[0]


def split_refs(text: str | None) -> list[str]:
    """``"02/KH-VPUB; 02/KH-VPUB#2"`` -> the references, in order, without repeats."""
    if not text:
        return []
    out: list[str] = []
    for part in re.split(r"[;\n]", text):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


def join_refs(refs: list[str]) -> str | None:
    return "; ".join(refs) if refs else None
