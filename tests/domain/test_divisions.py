"""County codes from the bundled GB/T 2260 tables."""

from __future__ import annotations

import pytest

from rehabdesk.domain import divisions


def test_province_names() -> None:
    assert divisions.province_name("11") == "北京市"
    assert divisions.province_name("65") == "新疆维吾尔自治区"
    assert divisions.province_name("81") == "香港特别行政区"
    assert divisions.province_name("99") is None
    assert divisions.province_name("110000") is None


def test_county_names() -> None:
    assert divisions.county_name("110105") == "朝阳区"
    assert divisions.county_name("110103") == "崇文区"  # abolished in 2010, still named
    assert divisions.county_name("999999") is None


def test_renamed_county_keeps_its_latest_name() -> None:
    assert divisions.county_name("361128") == "鄱阳县"  # was 波阳县 until 2003


@pytest.mark.parametrize(
    ("code", "known"),
    [
        ("110105", True),
        ("110103", True),  # abolished counties stay known: old cards carry them
        ("441900", True),  # 东莞市 has no counties, so its own code is the address code
        ("130101", False),  # 石家庄市 市辖区: a grouping row, never a real county
        ("110000", False),  # a province
        ("110100", False),  # a prefecture placeholder
        ("110119", False),  # 延庆区, created 2015: after the data ends
        ("", False),
    ],
)
def test_is_known_county(code: str, known: bool) -> None:
    assert divisions.is_known_county(code) is known


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("110105", "北京市朝阳区"),  # 市辖区 skipped
        ("500223", "重庆市潼南县"),  # 重庆市/县 skipped
        ("419001", "河南省济源市"),  # 省直辖县级行政区划 skipped
        ("441900", "广东省东莞市"),  # not "广东省东莞市东莞市"
        ("330106", "浙江省杭州市西湖区"),
        ("532526", "云南省红河哈尼族彝族自治州弥勒县"),  # abolished 2013 (became 弥勒市 532504)
        ("110119", ""),
    ],
)
def test_county_label(code: str, label: str) -> None:
    assert divisions.county_label(code) == label


def test_current_counties() -> None:
    current = divisions.counties()
    codes = [code for code, _ in current]
    assert len(current) > 2800
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    assert ("110105", "朝阳区") in current
    assert "110103" not in codes  # abolished: not for new demo people
    assert "532526" not in codes
    assert "130101" not in codes
    for code, name in current:
        assert len(code) == 6 and code.isdigit() and name
        assert divisions.is_known_county(code)
        assert divisions.county_label(code).startswith(divisions.province_name(code[:2]) or "?")


def test_counties_returns_a_copy() -> None:
    divisions.counties().clear()
    assert divisions.counties()


def test_data_is_consistent() -> None:
    assert divisions.last_year() == 2014
    every = divisions._counties()
    for code, county in every.items():
        assert county.first_year <= county.last_year <= 2014
        assert divisions.province_name(code[:2]) is not None
        assert not county.name.endswith("市辖区")
