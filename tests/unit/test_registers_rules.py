"""The registers' pure rules: a document's kind from its symbol, the shared validators, the
agency's names, the rules chosen by a period's dates, period labels, and the reform index's
tree (its sums, shares, weakest criteria)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.domain import reform_index as tree
from cchc.domain import regimes
from cchc.domain.agency import full_name, short_name
from cchc.domain.documents import kind_key, kind_of_symbol, split_refs
from cchc.domain.periods import canonical_label
from cchc.domain.rules import documents, inspections, outreach, reform_index, report_notes

TODAY = "2022-06-09"


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("02/KH-VPUB", "ke-hoach"),
        ("3162/QĐ-UBND", "quyet-dinh"),
        ("45/BC-VPUB", "bao-cao"),
        ("09/TTr-UBND", "to-trinh"),
        ("12/CTr-UBND", "chuong-trinh"),  # not a chỉ thị (CT)
        ("03/CT-UBND", "chi-thi"),
        ("1966/VPUB-HCTC", "cong-van"),  # no kind in a công văn's symbol: agency, then drafting unit
        ("15/UBND-VP", "cong-van"),
        ("123/VPUB", None),  # a single group that is no kind says nothing
        ("không có ký hiệu", None),
        ("", None),
    ],
)
def test_the_symbol_names_the_kind(code, kind):
    assert kind_of_symbol(code) == kind


def test_kinds_typed_by_name_or_abbreviation():
    assert kind_key("KH") == kind_key("Kế hoạch") == kind_key("plan") == kind_key(" kế hoạch ") == "ke-hoach"
    assert kind_key("xyz") == "xyz"  # the validator names it
    assert split_refs("02/KH-VPUB#2; 02/KH-VPUB#10;02/KH-VPUB#2\n02/KH-VPUB") == [
        "02/KH-VPUB#2",
        "02/KH-VPUB#10",
        "02/KH-VPUB",
    ]


def _doc(**kw):
    return {"code": "25/KH-VPUB", "kind": "ke-hoach", "summary": "Kế hoạch tuyên truyền", **kw}


def test_document_rules():
    ctx = {"today": TODAY, "plans": {"02/KH-VPUB"}, "tasks": {"02/KH-VPUB#2"}}
    assert documents.validate(_doc(serves="02/KH-VPUB#2; 02/KH-VPUB"), **ctx) == []
    keys = {p.key for p in documents.validate(_doc(serves="02/KH-VPUB#99"), **ctx)}
    assert keys == {"document_serves_missing"}
    found = documents.validate(_doc(kind="bogus", issued_on="2030-01-01", summary="", area="x"), **ctx)
    assert {(p.column, p.key) for p in found} == {
        ("kind", "bad_choice"),
        ("issued_on", "future_date"),
        ("summary", "required"),
        ("area", "bad_area"),
    }


def test_outreach_and_inspection_rules():
    assert (
        outreach.validate({"kind": "tin-bai", "held_on": "2022-01-28", "title": "Tin", "count": 3}, today=TODAY) == []
    )
    bad = outreach.validate({"kind": "tin-bai", "held_on": "2022-01-28", "title": "Tin", "count": 0}, today=TODAY)
    assert [p.key for p in bad] == ["bad_number"]
    rec = {"year": 2022, "number": 1, "held_on": "2022-05-24", "unit": "Trung tâm", "follow_up": "Cập nhật"}
    assert inspections.validate({**rec, "due_on": "2022-06-30"}, today=TODAY, documents=set()) == []
    found = inspections.validate(
        {**rec, "year": 2021, "due_on": "2022-05-01", "document": "22/KH-VPUB"}, today=TODAY, documents=set()
    )
    assert {p.key for p in found} == {"inspection_year", "before_inspection", "document_missing"}
    no_follow = {k: v for k, v in rec.items() if k != "follow_up"}
    assert [p.key for p in inspections.validate({**no_follow, "due_on": "2022-06-30"}, today=TODAY)] == [
        "needs_follow_up"
    ]
    assert inspections.follow_up_state({**rec, "due_on": "2022-06-30"}, "2022-06-09") == "open"
    assert inspections.follow_up_state({**rec, "due_on": "2022-06-30"}, "2022-07-01") == "overdue"
    assert inspections.follow_up_state({**rec, "done_on": "2022-06-20"}, "2022-07-01") == "done"
    assert inspections.follow_up_state(no_follow, "2022-07-01") is None


def test_index_rules():
    ok = {"year": 2021, "code": "1.1", "title": "Kế hoạch", "max_points": 3.0, "self_score": 3.0}
    assert reform_index.validate_criterion(ok, codes={(2021, "1")}) == []
    found = reform_index.validate_criterion({**ok, "council_score": 3.5}, codes=set())
    assert {p.key for p in found} == {"score_above_max", "criterion_parent_missing"}
    assert [p.key for p in reform_index.validate_criterion({**ok, "code": "1.a"})] == ["bad_criterion_code"]
    ev = {"year": 2021, "criterion": "1.1", "kind": "file", "ref": "kh.pdf", "sha256": "0" * 64}
    assert reform_index.validate_evidence(ev, criteria={(2021, "1.1")}) == []
    assert [p.key for p in reform_index.validate_evidence({**ev, "sha256": "xyz"})] == ["bad_sha256"]
    doc = {**ev, "kind": "document", "ref": "05/KH-VPUB", "sha256": None}
    assert [p.key for p in reform_index.validate_evidence(doc, documents=set())] == ["evidence_missing"]
    assert reform_index.validate_result({"year": 2021, "score": 83.1, "max_points": 100.0, "rank": 6, "of": 20}) == []
    assert [p.key for p in reform_index.validate_result({"year": 2021, "rank": 21, "of": 20})] == ["rank_above_of"]
    assert [p.key for p in reform_index.validate_result({"year": 2021, "rank": 6})] == ["rank_needs_of"]


def test_note_rules_and_period_labels():
    assert report_notes.validate({"period": "2022-H1", "section": "causes", "text": "Chủ quan"}) == []
    assert report_notes.validate({"period": "2022-H1", "section": "tthc", "text": "Thêm"}) == []
    assert [p.key for p in report_notes.validate({"period": "H1/2022", "section": "causes", "text": "x"})] == [
        "bad_period_label"  # stored by its canonical label only
    ]
    for text, label in (
        ("H1/2022", "2022-H1"),
        ("Quý 2/2022", "2022-Q2"),
        ("03/2022", "2022-03"),
        ("9M/2022", "2022-9M"),
        ("2022", "2022"),
        ("2022-03-01..2022-03-31", "2022-03-01..2022-03-31"),
        ("2022-H3", None),
        ("2022-03-31..2022-03-01", None),
    ):
        assert canonical_label(text) == label, text


def test_agency_names():
    assert full_name("Văn phòng", "UBND tỉnh Sơn La") == "Văn phòng UBND tỉnh Sơn La"
    assert full_name("Văn phòng UBND tỉnh Sơn La", "UBND tỉnh Sơn La") == "Văn phòng UBND tỉnh Sơn La"
    assert full_name("Sở Tư pháp", "UBND tỉnh Sơn La") == "Sở Tư pháp"
    assert short_name("Văn phòng UBND tỉnh Sơn La", "UBND tỉnh Sơn La") == "Văn phòng"
    assert short_name("Sở Tư pháp", "UBND tỉnh Sơn La") == "Sở Tư pháp"
    assert full_name(None, "x") is None


def test_rules_chosen_by_the_period_dates():
    assert regimes.reporting(date(2026, 2, 14)).key == "01/2020/TT-VPCP"
    now = regimes.reporting(date(2026, 2, 15))
    assert now.key == "5/2025/TT-VPCP" and not now.verified
    assert regimes.one_stop(date(2025, 6, 30)).apology == "phieu-xin-loi"
    assert regimes.one_stop(date(2025, 7, 1)).apology == "mau-04"
    assert regimes.reporting(date(2019, 1, 1)).key == "01/2020/TT-VPCP"  # before it: the oldest known


# -- the reform index's tree --------------------------------------------------------------------------


def test_criterion_codes():
    assert tree.normal_code("1.1.") == "1.1" and tree.normal_code("II") == "2" and tree.normal_code(" 3 ") == "3"
    assert tree.normal_code("a)") is None and tree.normal_code("1..2") is None
    assert tree.parent_of("1.1.2") == "1.1" and tree.parent_of("1") is None
    assert sorted(["1.10", "1.2", "2", "1"], key=tree.sort_key) == ["1", "1.2", "1.10", "2"]
    assert tree.area_of_title("Cải cách thủ tục hành chính") == "tthc"
    assert tree.area_of_title("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH") == "chi-dao"
    assert tree.area_of_title("Tiêu chí khác") is None


ROWS = [
    {"code": "1", "title": "Công tác chỉ đạo, điều hành CCHC", "max_points": 4.0},
    {"code": "1.1", "title": "Kế hoạch", "max_points": 2.0, "self_score": 2.0, "council_score": 1.5},
    {"code": "1.2", "title": "Tuyên truyền", "max_points": 2.0, "self_score": 1.0, "council_score": 0.5},
    {"code": "2", "title": "Cải cách thủ tục hành chính", "max_points": 6.0},
    {"code": "2.1", "title": "Công khai", "max_points": 6.0, "self_score": 6.0, "council_score": 6.0},
]


def test_tree_sums_and_weakest():
    nodes = tree.build_tree(ROWS)
    assert [n.code for n in nodes] == ["1", "2"]
    assert nodes[0].points("self") == 3.0 and nodes[0].points("council") == 2.0 and nodes[0].final() == 2.0
    assert [n.area for n, _ in tree.walk(nodes)] == ["chi-dao", "chi-dao", "chi-dao", "tthc", "tthc"]
    assert [n.code for n in tree.weakest(nodes)] == ["1.2", "1.1"]  # 2.1 is at its maximum: never weak
    assert tree.tree_problems(ROWS) == []
    bad = [*ROWS[:3], {**ROWS[3], "max_points": 5.0, "self_score": 1.0}, ROWS[4]]
    assert {k for _, k, _ in tree.tree_problems(bad)} == {"index_max_sum", "index_score_sum"}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8)), min_size=1, max_size=5),
        min_size=1,
        max_size=6,
    ),
    st.integers(0, 100),
)
def test_any_consistent_tree_adds_up_and_its_weakest_are_in_order(areas, nudge):
    """Built from its leaves, a tree has no problem; shifting one parent's maximum always has;
    the weakest leaves come in ascending share, each below its maximum."""
    rows = []
    for i, leaves in enumerate(areas, 1):
        top = 0.0
        for j, (mx, got) in enumerate(leaves, 1):
            mx = float(mx + 1)
            score = min(float(got), mx) / 2
            rows.append({"code": f"{i}.{j}", "title": "t", "max_points": mx, "self_score": score})
            top += mx
        rows.append({"code": str(i), "title": "t", "max_points": top})
    assert tree.tree_problems(rows) == []
    nodes = tree.build_tree(rows)
    weak = tree.weakest(nodes, top=100)
    shares = [tree.share(n) for n in weak]
    assert shares == sorted(shares) and all(s < 1 for s in shares)
    total = sum(n.points("self") for n in nodes)
    assert abs(total - sum(r["self_score"] for r in rows if "." in r["code"])) < 1e-9
    shifted = [dict(r) for r in rows]
    shifted[-1]["max_points"] += 0.5 + nudge
    assert [k for _, k, _ in tree.tree_problems(shifted)] == ["index_max_sum"]
