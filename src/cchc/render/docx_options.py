"""What the Word report says about its issuer (no python-docx here, so the command line can
build it before anything is read or written)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DocxOptions:
    """What the command line gave; a field left None is taken from the ledger's particulars
    (``cchc init --agency … --parent … --place … --signer … --signer-title …``), else left as a
    dotted blank to fill in (``report_sections.resolve``). The number is never invented: without
    one it is left blank, to be filled in when the report is issued."""

    agency: str | None = None
    parent: str | None = None
    number: int | None = None
    symbol: str | None = None  # "BC-VPUB"; by default "BC-" + the issuer code of the plans (02/KH-VPUB)
    symbol_from_plans: bool = True  # a roll-up's plans are its units', not the issuer's: False
    place: str | None = None
    issued_on: date | None = None  # default: the period's last day (its "as of" date)
    recipients: tuple[str, ...] = ()
    signer: str | None = None
    signer_titles: tuple[str, ...] = ()
    office: str | None = None  # the narrative's subject (default: the agency's own name)
