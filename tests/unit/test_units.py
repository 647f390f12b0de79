"""The 2025 two-tier administration: 34 provinces, the merged ones, advice on a ledger's
particulars (never a refusal), and the unit code rule (a refusal: it names folders)."""

from __future__ import annotations

import pytest

from cchc.domain import units
from cchc.domain.rules import settings


def test_34_provinces_63_before_and_names_that_cannot_be_confused():
    assert len(units.PROVINCES) == 34 and len(units.CITIES) == 6
    assert len(set(units.PROVINCES)) == 34
    before = set(units.PROVINCES) | set(units.MERGED) - {"Thừa Thiên Huế"}
    assert len(before) == 63
    keys = [units.name_key(n) for n in [*units.PROVINCES, *units.MERGED]]
    assert len(keys) == len(set(keys))
    assert set(units.MERGED.values()) <= set(units.PROVINCES)


@pytest.mark.parametrize(
    ("name", "state", "now"),
    [
        ("Sơn La", "current", "Sơn La"),
        ("Thanh Hoá", "current", "Thanh Hóa"),  # the old placement of the tone mark
        ("TP. Hồ Chí Minh", "unknown", None),  # a prefix is not a name
        ("Hồ Chí Minh", "current", "Hồ Chí Minh"),
        ("Hà Giang", "merged", "Tuyên Quang"),
        ("Bà Rịa-Vũng Tàu", "merged", "Hồ Chí Minh"),
        ("ha nam", "merged", "Ninh Bình"),
        ("Xyz", "unknown", None),
    ],
)
def test_province_names_in_any_spelling(name, state, now):
    assert units.province(name) == (state, now)


@pytest.mark.parametrize(
    ("key", "value", "notes"),
    [
        ("parent", "UBND tỉnh Sơn La", []),
        ("parent", "Ủy ban nhân dân thành phố Hà Nội", []),
        ("parent", "UBND TP. Hồ Chí Minh", []),
        ("parent", "UBND xã Chiềng Mung", []),  # the commune tier
        ("parent", "UBND tỉnh Hà Giang", ["warn_merged_province"]),
        ("parent", "UBND huyện Mai Sơn", ["warn_district"]),
        ("parent", "UBND thành phố Sơn La", ["warn_district"]),  # a provincial city, not the province
        ("parent", "UBND tỉnh Đông Lào", ["warn_unknown_province"]),
        ("place", "Sơn La", []),
        ("place", "Quảng Bình", ["warn_merged_province"]),
        ("place", "Mường Bú", []),  # a commune: not known, not wrong
        ("agency", "Sở Tư pháp tỉnh Bắc Giang", ["warn_merged_province"]),
        ("signer", "Nguyễn Văn A", []),
    ],
)
def test_advice_on_particulars(key, value, notes):
    assert [p.key for p in units.advice(key, value)] == notes


@pytest.mark.parametrize("code", ["000.00.12.H50", "SoTuPhap", "G22-1_x"])
def test_unit_codes_that_can_name_a_folder(code):
    assert settings.validate({"key": "unit_code", "value": code}) == []


@pytest.mark.parametrize("code", ["a b", "../x", "x/y", "unit=1", ".hidden", "x" * 65, "Sở"])
def test_unit_codes_refused(code):
    assert [p.key for p in settings.validate({"key": "unit_code", "value": code})] == ["bad_unit_code"]
