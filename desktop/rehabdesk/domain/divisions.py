"""Administrative division codes (中华人民共和国县以上行政区划代码, GB/T 2260) for county-level lookups.

The list is ``resources/divisions/areacodes.csv``, the Ministry of Civil Affairs' published codes from 1981 to the
latest year as collected by the areacodes project (CC0): every code that was ever a county-level unit, with the
year it came into use and, for an abolished one, the year it went out of use. Abolished codes stay known, since old
ID cards and old records carry them. Updating the list means replacing that one file (README "Development").

``gb2260_2014.tsv`` is the list used before (GB2260 project, 2002–2014), frozen: it only adds the few codes the
newer list does not have, so that a code this program once accepted is never refused afterwards.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from rehabdesk.paths import resource_path

SOURCE_FILE = "areacodes.csv"
LEGACY_FILE = "gb2260_2014.tsv"

# The source's columns (its header, in Chinese).
_CODE, _PROVINCE, _PREFECTURE, _NAME, _LEVEL, _STATUS, _FROM, _UNTIL = (
    "代码",
    "一级行政区",
    "二级行政区",
    "名称",
    "级别",
    "状态",
    "启用时间",
    "变更/弃用时间",
)
_IN_USE = "在用"
_COUNTY, _PREFECTURE_LEVEL, _PROVINCE_LEVEL = "县级", "地级", "省级"
# A county directly under its province (北京市/直辖, 河南省/直辖 济源市): no prefecture to print.
_NO_PREFECTURE = "直辖"


@dataclass(frozen=True, slots=True)
class County:
    code: str
    name: str  # the name of the code's latest use
    prefecture: str  # "" where the county sits directly under the province
    first_year: int
    last_year: int  # the data's last year while in use; the last year it was in use once abolished
    abolished: bool


@dataclass(frozen=True, slots=True)
class _Divisions:
    data_year: int
    provinces: dict[str, str]
    counties: dict[str, County]


def _source_rows() -> list[dict[str, str]]:
    with resource_path("divisions", SOURCE_FILE).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _legacy_rows() -> list[list[str]]:
    text = resource_path("divisions", LEGACY_FILE).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _county(code: str, uses: list[dict[str, str]], data_year: int) -> County:
    latest = max(uses, key=lambda row: int(row[_FROM]))
    in_use = any(row[_STATUS] == _IN_USE for row in uses)
    first = min(int(row[_FROM]) for row in uses)
    # A row is in use from its start year up to (not including) the year it changed or was abolished.
    last = data_year if in_use else max(max(int(row[_UNTIL]) - 1, int(row[_FROM])) for row in uses)
    prefecture = latest[_PREFECTURE]
    if prefecture in (_NO_PREFECTURE, latest[_NAME]):
        prefecture = ""
    return County(code, latest[_NAME], prefecture, first, last, abolished=not in_use)


# Loaded on first use: the app starts without paying for ~7 000 rows nobody has asked about yet.
@cache
def _divisions() -> _Divisions:
    rows = _source_rows()
    data_year = max(int(year) for row in rows for year in (row[_FROM], row[_UNTIL]) if year)
    by_code: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_code.setdefault(row[_CODE], []).append(row)
    provinces = {
        code[:2]: max(uses, key=lambda row: int(row[_FROM]))[_NAME]
        for code, uses in by_code.items()
        if any(row[_LEVEL] == _PROVINCE_LEVEL for row in uses)
    }
    prefectures = {
        code[:4]: max(uses, key=lambda row: int(row[_FROM]))[_NAME]
        for code, uses in by_code.items()
        if any(row[_LEVEL] == _PREFECTURE_LEVEL for row in uses)
    }
    county_prefixes = {code[:4] for code, uses in by_code.items() if any(r[_LEVEL] == _COUNTY for r in uses)}
    counties: dict[str, County] = {}
    for code, uses in by_code.items():
        county_uses = [row for row in uses if row[_LEVEL] == _COUNTY]
        # A prefecture-level city without counties (东莞市 441900, 儋州市 460400) is itself the address code.
        if not county_uses and code.endswith("00") and code[:4] not in county_prefixes:
            county_uses = [row for row in uses if row[_LEVEL] == _PREFECTURE_LEVEL]
        if county_uses:
            counties[code] = _county(code, county_uses, data_year)
    for code, name, first, last in _legacy_rows():
        if code not in counties:
            prefecture = prefectures.get(code[:4], "")
            prefecture = "" if prefecture in (name, "市辖区", "县") or "直辖" in prefecture else prefecture
            counties[code] = County(code, name, prefecture, int(first), int(last), abolished=True)
    return _Divisions(data_year, provinces, dict(sorted(counties.items())))


def last_year() -> int:
    """The newest year in the data; a county in use that year counts as current."""
    return _divisions().data_year


def province_name(code2: str) -> str | None:
    return _divisions().provinces.get(code2)


def county(code6: str) -> County | None:
    return _divisions().counties.get(code6)


def county_name(code6: str) -> str | None:
    found = county(code6)
    return found.name if found else None


def is_known_county(code6: str) -> bool:
    """True for any code that was ever a county-level unit, abolished ones included: old cards keep them."""
    return code6 in _divisions().counties


def is_abolished(code6: str) -> bool:
    """True for a known code no longer in use (崇文区 110103, 密云县 110228): valid on old records, not current."""
    found = county(code6)
    return found is not None and found.abolished


@cache
def _current() -> tuple[tuple[str, str], ...]:
    return tuple((c.code, c.name) for c in _divisions().counties.values() if not c.abolished)


def counties() -> list[tuple[str, str]]:
    """(code, name) of the counties in use in the data's last year, in code order."""
    return list(_current())


def county_label(code6: str) -> str:
    """Province + prefecture + county, e.g. "北京市朝阳区"; "" for an unknown code."""
    found = county(code6)
    if found is None:
        return ""
    return f"{province_name(code6[:2]) or ''}{found.prefecture}{found.name}"
