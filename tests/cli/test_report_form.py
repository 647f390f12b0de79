"""The official form Biểu 06/VPCP/KSTT: 13 columns, a row per field and a total row, its
identities (3 = 4+5+6 = 7+11; 7 = 8+9+10; 11 = 12+13) with returned and withdrawn dossiers
counted in column 9, and the note saying so under the table."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.domain.report_models import DossierCounts, FormRow

H1 = ("report", "semester", "2022-H1", "--until", "09/06/2022")


def _identities(row: dict) -> None:
    assert row["c3_total"] == row["c4_online"] + row["c5_direct_postal"] + row["c6_carried_over"]
    assert row["c3_total"] == row["c7_resolved"] + row["c11_pending"]
    assert row["c7_resolved"] == row["c8_early"] + row["c9_on_time"] + row["c10_late"]
    assert row["c11_pending"] == row["c12_pending_in_time"] + row["c13_pending_overdue"]


def test_sample_form_rows_and_total(sample):
    r = json.loads(sample.ok(*H1, "--json").stdout)
    form = r["form"]
    assert form["name"] == "Biểu số 06/VPCP/KSTT"
    assert (form["start"], form["end"]) == ("2021-12-15", "2022-06-09")
    assert [row["no"] for row in form["rows"]] == list(range(1, len(form["rows"]) + 1))
    assert [row["field"] for row in form["rows"]] == [f["field"] for f in r["dossiers"]["by_field"]]
    total = form["total"]
    assert total == {
        "no": None,
        "field": None,
        "c3_total": 675,
        "c4_online": 406,
        "c5_direct_postal": 269,
        "c6_carried_over": 0,
        "c7_resolved": 657,
        "c8_early": 567,
        "c9_on_time": 68 + 18 + 4,
        "c10_late": 0,
        "c11_pending": 18,
        "c12_pending_in_time": 18,
        "c13_pending_overdue": 0,
    }
    for row in [*form["rows"], total]:
        _identities(row)
    for key in total:
        if key.startswith("c"):
            assert sum(row[key] for row in form["rows"]) == total[key], key


def test_form_is_printed_with_its_note(sample):
    out = sample.ok(*H1, "--format", "form").stdout
    assert "Biểu số 06/VPCP/KSTT" in out
    assert "(Từ ngày 15/12/2021 đến ngày 09/06/2022)" in out
    for n in range(1, 14):
        assert f"({n})" in out
    flat = " ".join(out.split())
    assert "hồ sơ trả lại và hồ sơ tổ chức, cá nhân xin rút được tính vào cột 9 (Đúng hạn)" in flat
    # the corrected title and column 2 (Circular 01/2020/TT-VPCP), the units above, the signature under
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC" in flat
    assert "- Đơn vị báo cáo: Văn phòng UBND tỉnh Sơn La" in out
    assert "- Đơn vị nhận báo cáo: UBND tỉnh Sơn La" in out
    assert "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020" in out
    lines = [line.strip() for line in out.splitlines()]
    assert lines.index("Sơn La, ngày 09 tháng 6 năm 2022") < lines.index("CHÁNH VĂN PHÒNG")
    en = " ".join(sample.ok("--lang", "en", *H1, "--format", "form").stdout.split())
    assert "returned and withdrawn dossiers are counted in column 9 (On time)" in en


def test_form_csv_has_thirteen_columns_and_a_total_row(sample):
    text = sample.ok(*H1, "--format", "csv").stdout
    form, _, blocks = text.partition("\n\n")  # the form first; the registers' blocks after a blank row
    rows = list(csv.reader(io.StringIO(form)))
    assert len(rows[0]) == 13
    assert rows[0][0] == "(1) STT" and rows[0][8] == "(9) Đúng hạn"
    assert rows[0][1] == "(2) Lĩnh vực, công việc giải quyết theo cấp"
    assert rows[-1][1] == "Tổng cộng"
    assert rows[-1][2:] == ["675", "406", "269", "0", "657", "567", "90", "0", "18", "18", "0"]
    assert all(len(r) == 13 for r in rows)


counts = st.integers(0, 500)


@settings(max_examples=200, deadline=None)
@given(counts, counts, counts, counts, counts, counts, counts, counts, counts, counts)
def test_form_identities_hold_for_any_consistent_counts(
    online, direct, postal, early, on_time, late, returned, withdrawn, in_time, overdue
):
    """Given dossier counts that add up, the form row built from them adds up too."""
    finished = early + on_time + late + returned + withdrawn
    pending = in_time + overdue
    received = online + direct + postal
    # choose carried_over so that carried_over + received = finished + pending
    carried = finished + pending - received
    if carried < 0:  # more received than accounted for: the rest are pending within time
        in_time, pending, carried = in_time - carried, pending - carried, 0
    c = DossierCounts(
        carried_over=carried,
        received=received,
        received_online=online,
        received_direct=direct,
        received_postal=postal,
        resolved=early + on_time + late,
        early=early,
        on_time=on_time,
        late=late,
        returned=returned,
        withdrawn=withdrawn,
        pending=pending,
        pending_in_time=in_time,
        pending_overdue=overdue,
    )
    row = FormRow.from_counts(c, 1, "X")
    _identities(row.model_dump())
    assert row.c9_on_time == on_time + returned + withdrawn


def test_counts_that_do_not_add_up_are_refused():
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="do not add up"):
        DossierCounts(received=3, received_online=3, resolved=2, early=2)
