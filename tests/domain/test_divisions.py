"""County codes from the bundled list of 县以上行政区划代码 (resources/divisions)."""

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
        ("110119", True),  # 延庆区, created 2015
        ("110229", True),  # 延庆县, abolished 2015: still known
        ("110199", False),  # never a county
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
        ("110119", "北京市延庆区"),
        ("440309", "广东省深圳市龙华区"),
        ("110199", ""),
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
    newest = divisions.last_year()
    assert newest >= 2024
    every = divisions._divisions().counties
    for code, county in every.items():
        assert county.first_year <= county.last_year <= newest
        assert county.abolished is (county.last_year < newest)
        assert divisions.province_name(code[:2]) is not None
        assert not county.name.endswith("市辖区")


@pytest.mark.parametrize(
    ("code", "name"),
    [("110118", "密云区"), ("110119", "延庆区"), ("330112", "临安区"), ("440309", "龙华区"), ("460400", "儋州市")],
)
def test_counties_created_since_2015_are_current(code: str, name: str) -> None:
    assert divisions.is_known_county(code)
    assert not divisions.is_abolished(code)
    assert (code, name) in divisions.counties()


@pytest.mark.parametrize("code", ["110228", "110229", "330185", "110103", "469034"])
def test_abolished_codes_stay_known_and_are_marked(code: str) -> None:
    # 密云县, 延庆县 (2015), 临安市 (2017), 崇文区 (2010), and 469034 known only to the older GB2260 list.
    assert divisions.is_known_county(code)
    assert divisions.is_abolished(code)
    assert code not in [c for c, _ in divisions.counties()]


def test_every_code_the_previous_list_knew_is_still_known() -> None:
    legacy = divisions.resource_path("divisions", divisions.LEGACY_FILE).read_text(encoding="utf-8")
    codes = [line.split("\t")[0] for line in legacy.splitlines() if line and not line.startswith("#")]
    assert len(codes) > 3000
    assert all(divisions.is_known_county(code) for code in codes)
