"""cchc report … -o FILE.docx: the Word report in the format of Decree 30/2020/NĐ-CP, read back
with python-docx — page, margins, fonts and sizes, the national header and its rules, the number
and the dated place line with the annex's zeros, the page-number field, the recipients ending
"Lưu: VT", the signature, the landscape appendix with Biểu 06 whose rows add up and equal the
JSON report; bad input writes nothing; the XML is in schema order (Word opens it without a
repair prompt); LibreOffice converts it."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

H1 = ("report", "semester", "2022-H1", "--until", "09/06/2022")
TNR = "Times New Roman"
OPTIONS = (
    "--number",
    "45/BC-VPUB",
    "--place",
    "Sơn La",
    "--to",
    "Sở Nội vụ (b/c)",
    "--to",
    "Lãnh đạo Văn phòng",
    "--signer",
    "Nguyễn Văn A",
    "--signer-title",
    "KT. CHÁNH VĂN PHÒNG",
    "--signer-title",
    "PHÓ CHÁNH VĂN PHÒNG",
)


@pytest.fixture(scope="module")
def ledger(sample_master, tmp_path_factory):
    """One read-only copy of the sample ledger for the whole module (reports write nothing)."""
    from conftest import Cli

    path = tmp_path_factory.mktemp("docx") / "sample.db"
    src, dst = sqlite3.connect(sample_master), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return Cli(path)


@pytest.fixture(scope="module")
def written(ledger, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("out") / "r.docx"
    result = ledger.ok(*H1, "-o", str(path), *OPTIONS)
    assert result.stdout == "" and str(path) in result.stderr
    return path


@pytest.fixture(scope="module")
def doc(written):
    return Document(str(written))


def _mm(length) -> float:
    return round(length / 36000, 1)


def _runs(paragraphs):
    return [r for p in paragraphs for r in p.runs if r.text.strip()]


def _all_paragraphs(doc):
    out = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                out += cell.paragraphs
    for section in doc.sections:
        out += section.header.paragraphs + section.first_page_header.paragraphs
    return out


def _find(paragraphs, text):
    found = [p for p in paragraphs if p.text.strip() == text]
    assert found, text
    return found[0]


# -- page and fonts -----------------------------------------------------------------------------


def test_a4_margins_and_the_landscape_appendix(doc):
    body, appendix = doc.sections
    assert (_mm(body.page_width), _mm(body.page_height)) == (210, 297)
    assert body.orientation == WD_ORIENT.PORTRAIT
    assert 20 <= _mm(body.top_margin) <= 25 and 20 <= _mm(body.bottom_margin) <= 25
    assert 30 <= _mm(body.left_margin) <= 35 and 15 <= _mm(body.right_margin) <= 20
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert (_mm(appendix.page_width), _mm(appendix.page_height)) == (297, 210)
    assert appendix.start_type == 2  # WD_SECTION.NEW_PAGE


def test_every_run_is_black_times_new_roman(doc):
    fonts = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = fonts.find(qn("w:rFonts"))
    assert {rfonts.get(qn(a)) for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")} == {TNR}
    assert not [a for a in rfonts.attrib if "Theme" in a or "theme" in a]
    assert doc.styles["Normal"].font.name == TNR
    runs = _runs(_all_paragraphs(doc))
    assert len(runs) > 100
    assert {r.font.name for r in runs} <= {None, TNR}
    assert {r.font.color.rgb for r in runs} <= {None}
    assert "w:color" not in doc.element.xml.replace('w:color="000000"', "")  # only the rules' black


def test_body_is_justified_14pt_with_a_first_line_indent(doc):
    body = [p for p in doc.paragraphs if p.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY]
    assert len(body) >= 8
    for p in body:
        assert p.paragraph_format.first_line_indent == Cm(1.27)
        assert p.paragraph_format.space_before >= Pt(6)
        assert 1 <= p.paragraph_format.line_spacing <= 1.5
        assert {r.font.size for r in p.runs} == {Pt(14)}
    texts = [p.text for p in body]
    assert texts[0].startswith("Văn phòng UBND tỉnh Sơn La báo cáo kết quả thực hiện công tác cải cách hành chính")
    assert "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH" in texts
    assert "1. Công tác chỉ đạo, điều hành cải cách hành chính" in texts
    assert "3. Cải cách thủ tục hành chính" in texts
    assert any("30/50 nhiệm vụ" in t for t in texts) and any("tiếp nhận 675 hồ sơ" in t for t in texts)


# -- the header, the title -------------------------------------------------------------------------


def test_national_header(doc):
    header = doc.tables[0]
    assert header.style is None or "Grid" not in header.style.name
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {el.get(qn("w:val")) for el in borders} == {"nil"}
    left, right = header.cell(0, 0).paragraphs, header.cell(0, 1).paragraphs
    parent, agency = _find(left, "UBND TỈNH SƠN LA"), _find(left, "VĂN PHÒNG")
    assert {r.font.bold for r in parent.runs} == {None} and {r.font.size for r in parent.runs} <= {Pt(12), Pt(13)}
    assert {r.font.bold for r in agency.runs} == {True} and {r.font.size for r in agency.runs} <= {Pt(12), Pt(13)}
    nation = _find(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = _find(right, "Độc lập - Tự do - Hạnh phúc")
    assert {r.font.bold for r in nation.runs} == {True} and {r.font.size for r in nation.runs} <= {Pt(12), Pt(13)}
    assert {r.font.bold for r in motto.runs} == {True} and {r.font.size for r in motto.runs} <= {Pt(13), Pt(14)}
    number = _find(header.cell(1, 0).paragraphs, "Số: 45/BC-VPUB")
    assert {r.font.size for r in number.runs} == {Pt(13)}
    dated = _find(header.cell(1, 1).paragraphs, "Sơn La, ngày 09 tháng 6 năm 2022")
    assert {r.font.italic for r in dated.runs} == {True} and {r.font.size for r in dated.runs} <= {Pt(13), Pt(14)}


def _rule_mm(cell, paragraph) -> float:
    fmt = paragraph.paragraph_format
    return _mm(cell.width) - 3.8 - _mm(fmt.left_indent) - _mm(fmt.right_indent)


def test_rules_under_the_agency_and_the_motto(doc):
    from cchc.render.docx_blocks import text_width_mm

    header = doc.tables[0]
    for cell, text, size, low, high in (
        (header.cell(0, 0), "VĂN PHÒNG", 12, 1 / 3, 1 / 2),  # 1/3 to 1/2 of the agency's name
        (header.cell(0, 1), "Độc lập - Tự do - Hạnh phúc", 13, 0.99, 1.01),  # as long as the motto
    ):
        paras = cell.paragraphs
        rules = [p for p in paras if p._p.find(qn("w:pPr")).find(qn("w:pBdr")) is not None]
        assert len(rules) == 1 and paras.index(rules[0]) == paras.index(_find(paras, text)) + 1
        width = text_width_mm(text, size)
        assert low * width - 0.2 <= _rule_mm(cell, rules[0]) <= high * width + 0.2, text
        bottom = rules[0]._p.find(qn("w:pPr")).find(qn("w:pBdr")).find(qn("w:bottom"))
        assert bottom.get(qn("w:val")) == "single"


def test_title_and_summary(doc):
    paragraphs = doc.paragraphs
    kind = _find(paragraphs, "BÁO CÁO")
    summary = _find(paragraphs, "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2022")
    for p in (kind, summary):
        assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert {r.font.bold for r in p.runs} == {True} and {r.font.size for r in p.runs} == {Pt(14)}
    after = paragraphs[paragraphs.index(summary) + 1]
    assert after.text == "" and after._p.find(qn("w:pPr")).find(qn("w:pBdr")) is not None


def test_page_numbers_from_page_two_with_a_page_field(doc):
    body, appendix = doc.sections
    assert body.different_first_page_header_footer
    header_xml = body.header._element.xml
    assert 'w:fldCharType="begin"' in header_xml and " PAGE " in header_xml and 'w:fldCharType="end"' in header_xml
    assert body.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert "PAGE" not in body.first_page_header._element.xml
    # the appendix is numbered on its own, from 1, and shows no number on its first page
    assert appendix.different_first_page_header_footer
    assert appendix._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"


# -- recipients and signature ---------------------------------------------------------------------


def _signature_table(doc):
    return next(t for t in doc.tables if t.cell(0, 0).paragraphs[0].text == "Nơi nhận:")


def test_recipients_end_with_luu_vt(doc):
    cell = _signature_table(doc).cell(0, 0)
    label, *items = cell.paragraphs
    assert {r.font.size for r in label.runs} == {Pt(12)}
    assert {r.font.bold for r in label.runs} == {True} and {r.font.italic for r in label.runs} == {True}
    assert [p.text for p in items] == ["- Sở Nội vụ (b/c);", "- Lãnh đạo Văn phòng;", "- Lưu: VT."]
    assert {r.font.size for p in items for r in p.runs} == {Pt(11)}


def test_signature_block(doc):
    paras = [p for p in _signature_table(doc).cell(0, 1).paragraphs if p.text]
    assert [p.text for p in paras] == ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A"]
    assert {r.font.bold for p in paras for r in p.runs} == {True}
    assert {r.font.size for p in paras for r in p.runs} <= {Pt(13), Pt(14)}


# -- the appendix: Biểu 06 ---------------------------------------------------------------------------


def _number(text: str) -> int:
    return int(text.replace(".", ""))


def _form(doc):
    return next(t for t in doc.tables if len(t.columns) == 13)


def test_form_title_units_and_header(doc):
    texts = [p.text for p in _all_paragraphs(doc)]
    assert "Phụ lục" in texts
    assert "(Kèm theo Báo cáo số 45/BC-VPUB ngày 09 tháng 6 năm 2022 của Văn phòng UBND tỉnh Sơn La)" in texts
    assert "Biểu số 06/VPCP/KSTT" in texts
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC" in texts
    assert "(Từ ngày 15/12/2021 đến ngày 09/6/2022)" in texts
    assert "Đơn vị tính: Số hồ sơ TTHC" in texts
    assert "- Đơn vị báo cáo: Văn phòng UBND tỉnh Sơn La" in texts
    assert "- Đơn vị nhận báo cáo: UBND tỉnh Sơn La" in texts
    form = _form(doc)
    top = [c.text for c in form.rows[0].cells]
    assert top[:2] == ["STT", "Lĩnh vực, công việc giải quyết theo cấp"]
    assert top[2:6] == ["Số hồ sơ nhận giải quyết"] * 4  # one cell merged over columns 3–6
    assert top[6:10] == ["Số hồ sơ đã giải quyết"] * 4
    assert top[10:] == ["Số lượng hồ sơ đang giải quyết"] * 3
    assert [c.text for c in form.rows[1].cells][2:] == [
        "Tổng số",
        "Trong đó",
        "Trong đó",
        "Từ kỳ trước",
        "Tổng số",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Tổng số",
        "Trong hạn",
        "Quá hạn",
    ]
    assert [c.text for c in form.rows[2].cells][3:5] == ["Trực tuyến", "Trực tiếp, dịch vụ bưu chính"]
    assert [c.text for c in form.rows[3].cells] == [f"({n})" for n in range(1, 14)]
    for row in form.rows[:4]:  # repeated on every page of the form
        assert row._tr.trPr.find(qn("w:tblHeader")) is not None
    # the merges are real (Word and LibreOffice draw one cell)
    assert form.rows[0].cells[2]._tc.tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "4"
    assert form.rows[0].cells[0]._tc.tcPr.find(qn("w:vMerge")).get(qn("w:val")) == "restart"


def test_form_rows_add_up_and_equal_the_json_report(ledger, doc):
    report = json.loads(ledger.ok(*H1, "--json").stdout)
    form = _form(doc)
    body = [[c.text for c in row.cells] for row in form.rows[4:]]
    *fields, total = body
    assert total[:2] == ["", "Tổng cộng"]
    assert [r[0] for r in fields] == [str(i) for i in range(1, len(fields) + 1)]
    assert [r[1] for r in fields] == [r["field"] for r in report["form"]["rows"]]
    keys = [k for k in report["form"]["total"] if k.startswith("c")]
    for cells in body:
        c = {n: _number(v) for n, v in zip(range(3, 14), cells[2:], strict=True)}
        assert c[3] == c[4] + c[5] + c[6] == c[7] + c[11]
        assert c[7] == c[8] + c[9] + c[10]
        assert c[11] == c[12] + c[13]
    for i in range(2, 13):
        assert sum(_number(r[i]) for r in fields) == _number(total[i])
    assert [_number(v) for v in total[2:]] == [report["form"]["total"][k] for k in keys]
    for cells, row in zip(fields, report["form"]["rows"], strict=True):
        assert [_number(v) for v in cells[2:]] == [row[k] for k in keys]
    assert _number(total[2]) == 675 and _number(total[6]) == 657 and _number(total[10]) == 18


def test_form_signature_with_place_and_date(doc):
    tables = [t for t in doc.tables if len(t.columns) == 2]
    form_sig = tables[-1]
    texts = [p.text for p in form_sig.cell(0, 1).paragraphs if p.text]
    assert texts == ["Sơn La, ngày 09 tháng 6 năm 2022", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A"]
    assert form_sig.cell(0, 0).paragraphs[0].text.startswith("Ghi chú: hồ sơ trả lại")


# -- the file is well formed ------------------------------------------------------------------------

# ECMA-376 child order of the property elements this renderer writes (Word refuses others)
ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs"
    " suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd"
    " snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment"
    " textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss"
    " imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd"
    " fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing"
    " tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark"
    " headers cellIns cellDel cellMerge tcPrChange",
    "sectPr": "headerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols"
    " formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange",
    "pBdr": "top left bottom right between bar",
    "tblBorders": "top left start bottom right end insideH insideV",
    "tbl": "bookmarkStart tblPr tblGrid tr",
    "tc": "tcPr p tbl",
    "r": "rPr t instrText fldChar tab br",
}
REPEATS = {"headerReference", "footerReference", "tr", "p", "tbl", "t", "instrText", "fldChar", "tab", "br"}


def _check_order(root) -> list[str]:
    problems = []
    for el in root.iter():
        local = el.tag.rsplit("}", 1)[-1]
        if local not in ORDER:
            continue
        order = {name: i for i, name in enumerate(ORDER[local].split())}
        order["footerReference"] = order.get("headerReference", 0)
        names = [c.tag.rsplit("}", 1)[-1] for c in el if isinstance(c.tag, str)]
        known = [n for n in names if n in order]
        if [order[n] for n in known] != sorted(order[n] for n in known):
            problems.append(f"{local}: {names}")
        dups = {n for n in known if known.count(n) > 1 and n not in REPEATS}
        if dups:
            problems.append(f"{local}: duplicate {sorted(dups)}")
        if local == "tc" and names[-1] != "p":
            problems.append("tc: does not end with a paragraph")
        if local == "tbl":
            columns = len(el.findall(qn("w:tblGrid") + "/" + qn("w:gridCol")))
            for tr in el.findall(qn("w:tr")):
                spans = [tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}") for tc in tr.findall(qn("w:tc"))]
                if sum(1 if s is None else int(s.get(qn("w:val"))) for s in spans) != columns:
                    problems.append(f"tr: its cells do not cover the {columns} grid columns")
    return problems


def test_xml_is_in_schema_order(written):
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(written) as z:
        parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        assert "word/document.xml" in parts and any(n.startswith("word/header") for n in parts)
        problems = []
        for name in parts:
            problems += [f"{name}: {p}" for p in _check_order(etree.fromstring(z.read(name)))]
    assert problems == []
    reopened = Document(str(written))  # python-docx reads it back
    assert len(reopened.sections) == 2


def test_document_properties(doc):
    props = doc.core_properties
    assert props.title == "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2022"
    assert props.author == "Văn phòng UBND tỉnh Sơn La"
    assert props.created.date().isoformat() == "2022-06-09" and props.comments == ""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it(written, tmp_path):
    out = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(written)],
        capture_output=True,
        text=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = tmp_path / "r.pdf"
    assert out.returncode == 0 and pdf.exists() and pdf.stat().st_size > 10_000, out.stderr
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1))
        assert pages >= 4, info  # the report's portrait pages, then the form's landscape one
        sizes = subprocess.run(
            ["pdfinfo", "-f", "1", "-l", str(pages), str(pdf)], capture_output=True, text=True
        ).stdout
        found = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", sizes)
        assert all(float(w) < float(h) for w, h in found[:-1]) and float(found[-1][0]) > float(found[-1][1])
        if shutil.which("pdftotext"):  # no blank page (a section break pushed onto a page of its own)
            for page in range(1, pages + 1):
                text = subprocess.run(
                    ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True, text=True
                ).stdout
                assert len(text.split()) > 3, page


# -- defaults, options and bad input --------------------------------------------------------------------


def test_defaults_leave_the_number_blank(ledger, tmp_path):
    path = tmp_path / "d.docx"
    ledger.ok(*H1, "-o", str(path))
    doc = Document(str(path))
    header = doc.tables[0]
    assert header.cell(1, 0).paragraphs[0].text == "Số:" + " " * 13 + "/BC-VPUB"  # the plan's issuer code
    assert header.cell(1, 1).paragraphs[0].text == "Sơn La, ngày 09 tháng 6 năm 2022"
    cell = _signature_table(doc).cell(0, 0)
    assert [p.text for p in cell.paragraphs] == ["Nơi nhận:", "- Lưu: VT."]
    assert [p.text for p in _signature_table(doc).cell(0, 1).paragraphs if p.text][0] == "CHÁNH VĂN PHÒNG"


def test_options_leading_zeros_and_another_agency(ledger, tmp_path):
    path = tmp_path / "o.docx"
    ledger.ok(
        *H1,
        "--format",
        "docx",
        "-o",
        str(path),
        "--number",
        "5",
        "--issued-on",
        "05/02/2022",
        "--agency",
        "Sở Tư pháp",
        "--parent",
        "UBND tỉnh Sơn La",
        "--place",
        "Sơn La",
        "--to",
        "Lưu: VT, HCTC (02b)",
        "--office",
        "Sở Tư pháp",
    )
    doc = Document(str(path))
    header = doc.tables[0]
    assert [p.text for p in header.cell(0, 0).paragraphs if p.text] == ["UBND TỈNH SƠN LA", "SỞ TƯ PHÁP"]
    assert header.cell(1, 0).paragraphs[0].text == "Số: 05/BC-VPUB"
    assert header.cell(1, 1).paragraphs[0].text == "Sơn La, ngày 05 tháng 02 năm 2022"
    assert [p.text for p in _signature_table(doc).cell(0, 0).paragraphs][-1] == "- Lưu: VT, HCTC (02b)."
    texts = [p.text for p in doc.paragraphs]
    assert texts[texts.index("BÁO CÁO") + 3].startswith("Sở Tư pháp báo cáo kết quả")
    assert any(t.startswith("Tính từ 15/12/2021 đến ngày 9/6/2022, Sở Tư pháp đã tiếp nhận") for t in texts)


def test_english(ledger, tmp_path):
    path = tmp_path / "en.docx"
    result = ledger.ok("--lang", "en", *H1, "-o", str(path), "--number", "45/BC-VPUB")
    assert "wrote the 2022-H1 report" in result.stderr
    texts = [p.text for p in _all_paragraphs(Document(str(path)))]
    for text in ("SOCIALIST REPUBLIC OF VIET NAM", "REPORT", "No.: 45/BC-VPUB", "Sơn La, 09 June 2022", "Appendix"):
        assert text in texts


def test_range_takes_recipients_with_recipient(ledger, tmp_path):
    path = tmp_path / "range.docx"
    ledger.ok("report", "range", "--from", "01/03/2022", "--to", "31/03/2022", "-o", str(path), "--recipient", "A")
    cell = _signature_table(Document(str(path))).cell(0, 0)
    assert [p.text for p in cell.paragraphs] == ["Nơi nhận:", "- A;", "- Lưu: VT."]


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (("--format", "docx"), 1, "-o"),
        (("-o", "{dir}/r.docx", "--number", "abc"), 1, "abc"),
        (("-o", "{dir}/r.docx", "--number", "0/BC-VPUB"), 1, "0/BC-VPUB"),
        (("-o", "{dir}/r.docx", "--place", "  "), 2, "--place"),
        (("-o", "{dir}/r.docx", "--to", ""), 2, "--to"),
        (("-o", "{dir}/r.docx", "--issued-on", "31/02/2022"), 1, "31/02/2022"),
        (("-o", "{dir}/missing/r.docx"), 1, "missing/r.docx"),
    ],
)
def test_bad_input_writes_nothing(ledger, tmp_path, args, code, needle):
    args = [a.format(dir=tmp_path) for a in args]
    result = ledger.fails(*H1, *args, code=code)
    assert needle in result.stderr and result.stdout == ""
    assert list(tmp_path.rglob("*")) == []  # no document, no temporary file


def test_rewriting_replaces_the_file_and_leaves_no_temporary(ledger, tmp_path):
    path = tmp_path / "r.docx"
    path.write_bytes(b"old")
    path.chmod(0o640)
    ledger.ok(*H1, "-o", str(path))
    assert path.read_bytes()[:2] == b"PK" and path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["r.docx"]


def test_python_docx_is_loaded_only_to_write_a_document():
    code = "import sys, cchc.cli.app, cchc.cli.report; print('docx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- the body is data: a new section is one more builder -------------------------------------------


def test_a_new_section_is_one_more_builder(ledger, tmp_path):
    from datetime import date

    from cchc.domain import periods
    from cchc.render import report_docx
    from cchc.services import reports
    from cchc.store.ledger import Ledger

    with Ledger.open(ledger.db, create=False) as led:
        report = reports.build(led, periods.make("semester", 2022, 1, until=date(2022, 6, 9)))

    def organisation(ctx):
        table = report_docx.DocTable(["A", "B"], [["1", "2"]], [1, 1], ["left", "center"])
        return [
            report_docx.Section("Tổ chức thực hiện", 1),
            report_docx.Section("Phân công", 2, ["Các phòng chủ động thực hiện.", table]),
            report_docx.Section("Chế độ báo cáo", 3, ["Hằng quý."]),
        ]

    path = tmp_path / "x.docx"
    report_docx.write_docx(report, path, builders=[*report_docx.SECTION_BUILDERS, organisation])
    texts = [p.text for p in Document(str(path)).paragraphs]
    assert "V. TỔ CHỨC THỰC HIỆN" in texts and "1. Phân công" in texts and "a) Chế độ báo cáo" in texts
    assert texts.index("V. TỔ CHỨC THỰC HIỆN") > texts.index("IV. KIẾN NGHỊ, ĐỀ XUẤT")
    assert "Các phòng chủ động thực hiện." in texts


def test_the_section_break_takes_no_room(doc):
    """The paragraph ending the report's section carries its properties; 1 pt high, it never
    lands alone on a blank page when the signature fills the last page exactly."""
    breaks = [p for p in doc.element.body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None]
    assert len(breaks) == 1
    ppr = breaks[0].find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    assert (spacing.get(qn("w:line")), spacing.get(qn("w:lineRule"))) == ("20", "exact")
    assert ppr.find(f"{qn('w:rPr')}/{qn('w:sz')}").get(qn("w:val")) == "2"
    assert not "".join(breaks[0].itertext()).strip()
