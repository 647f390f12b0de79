"""How a document names its agency (Decree 30/2020/NĐ-CP: the header writes the parent agency
above the agency's own name; running text names the agency in full at its first mention)."""

from __future__ import annotations


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def full_name(agency: str | None, parent: str | None) -> str | None:
    """ "Văn phòng" under "UBND tỉnh Sơn La" -> "Văn phòng UBND tỉnh Sơn La" (an office is named
    after its parent); a name that already ends with its parent, or any other agency, as given."""
    if not agency:
        return None
    if parent and not _fold(agency).endswith(_fold(parent)) and _fold(agency).startswith("văn phòng"):
        return f"{agency} {parent}"
    return agency


def short_name(agency: str | None, parent: str | None) -> str | None:
    """The agency's own line in the header: "Văn phòng UBND tỉnh Sơn La" under "UBND tỉnh Sơn
    La" -> "Văn phòng"."""
    if not agency:
        return None
    if parent and _fold(agency).endswith(" " + _fold(parent)):
        return agency[: len(agency) - len(parent)].rstrip(" ,-")
    return agency
