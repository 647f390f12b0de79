"""The document and its pages: an empty document in the annex's fonts, A4 with its margins, the
page number in the top margin, and the atomic save."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from cchc.render.docx_kit.rules import A4_MM, FONT, HEADER_MM, MARGINS_MM, SIZE

# Children that must follow the one inserted (ECMA-376 order), so Word opens the file cleanly.
_SECT_AFTER_PGNUM = (
    "w:cols w:formProt w:vAlign w:noEndnote w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid"
    " w:printerSettings w:sectPrChange"
).split()


def new_document(lang: str = "vi"):
    """An empty document whose every run defaults to black Times New Roman 14 pt, single line
    spacing, no space after paragraphs, in Vietnamese."""
    doc = Document()
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    rpr.find(qn("w:sz")).set(qn("w:val"), str(SIZE["body"] * 2))
    rpr.find(qn("w:szCs")).set(qn("w:val"), str(SIZE["body"] * 2))
    language = rpr.find(qn("w:lang"))
    language.set(qn("w:val"), "en-US" if lang == "en" else "vi-VN")
    language.set(qn("w:eastAsia"), "en-US")
    spacing = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(SIZE["body"])
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return doc


def page_setup(section, *, landscape: bool = False) -> None:
    """A4 (portrait or landscape) with the annex's margins."""
    short, long = Mm(A4_MM[0]), Mm(A4_MM[1])
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.top_margin = Mm(MARGINS_MM["top"])
    section.bottom_margin = Mm(MARGINS_MM["bottom"])
    section.left_margin = Mm(MARGINS_MM["left"])
    section.right_margin = Mm(MARGINS_MM["right"])
    section.header_distance = Mm(HEADER_MM)
    section.footer_distance = Mm(HEADER_MM)


def text_width(section) -> float:
    """The width between the margins, in mm."""
    return (section.page_width - section.left_margin - section.right_margin) / 36000


def page_numbers(section, *, restart: bool = False) -> None:
    """Page numbers centred in the top margin, not on the section's first page (a Word PAGE
    field, so Word and LibreOffice compute them); ``restart`` numbers the section from 1 (an
    appendix is numbered on its own)."""
    section.different_first_page_header_footer = True
    if restart:
        sect = section._sectPr
        num = sect.find(qn("w:pgNumType"))
        if num is None:
            num = OxmlElement("w:pgNumType")
            sect.insert_element_before(num, *_SECT_AFTER_PGNUM)
        num.set(qn("w:start"), "1")
        return
    first = section.first_page_header
    first.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        r = p.add_run()
        r.font.size = Pt(SIZE["page"])
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            r._r.append(el)
        else:
            r.text = text


def save_atomic(doc, path: str | os.PathLike) -> None:
    """Save to a temporary file in the target's folder, then rename it into place, so a failed
    write never leaves half a document (nor replaces a good one)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            doc.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        mode = _mode(target)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
