"""What the Word report says about its issuer (no python-docx here, so the command line can
build it before anything is read or written)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DocxOptions:
    """The defaults are the sample's office (Văn phòng UBND tỉnh Sơn La). The number is never
    invented: without one it is left blank, to be filled in when the report is issued."""

    agency: str = "Văn phòng"
    parent: str = "UBND tỉnh Sơn La"
    number: int | None = None
    symbol: str | None = None  # "BC-VPUB"; by default "BC-" + the issuer code of the plans (02/KH-VPUB)
    place: str = "Sơn La"
    issued_on: date | None = None  # default: the period's last day (its "as of" date)
    recipients: tuple[str, ...] = ()
    signer: str | None = None
    signer_titles: tuple[str, ...] = ("Chánh Văn phòng",)
    office: str | None = None  # the narrative's subject (default "Văn phòng")


def agency_full_name(options: DocxOptions) -> str:
    """The agency's full name: an office (Văn phòng) is named after its parent ("Văn phòng UBND
    tỉnh Sơn La"); any other agency by its own name."""
    if options.parent and options.agency.casefold().startswith("văn phòng"):
        return f"{options.agency} {options.parent}"
    return options.agency
