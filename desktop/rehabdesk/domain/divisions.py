"""Administrative division codes (GB/T 2260) for county-level lookups.

The tables in resources/divisions/ are derived from the GB2260 project and stop at its last year, so a newer
county code is simply unknown here: callers treat that as a warning, never as an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rehabdesk.paths import resource_path

# Prefecture rows that only group counties (北京市/市辖区, 重庆市/县, 河南省/省直辖县级行政区划 …)
# add nothing to a label.
_PLACEHOLDER_PREFECTURES = ("市辖区", "县")


@dataclass(frozen=True, slots=True)
class County:
    code: str
    name: str
    first_year: int
    last_year: int


def _rows(name: str) -> list[list[str]]:
    text = resource_path("divisions", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


# Loaded on first use: the app starts without paying for ~3 000 rows nobody has asked about yet.
@cache
def _provinces() -> dict[str, str]:
    return {code: name for code, name in _rows("provinces.tsv")}


@cache
def _prefectures() -> dict[str, str]:
    return {code: name for code, name in _rows("prefectures.tsv")}


@cache
def _counties() -> dict[str, County]:
    return {code: County(code, name, int(first), int(last)) for code, name, first, last in _rows("county_codes.tsv")}


@cache
def last_year() -> int:
    """The newest year in the data; a county still listed that year counts as current."""
    return max(county.last_year for county in _counties().values())


def province_name(code2: str) -> str | None:
    return _provinces().get(code2)


def county_name(code6: str) -> str | None:
    county = _counties().get(code6)
    return county.name if county else None


def is_known_county(code6: str) -> bool:
    """True for any code that was ever a county-level unit, abolished ones included: old cards keep them."""
    return code6 in _counties()


@cache
def _current() -> tuple[tuple[str, str], ...]:
    newest = last_year()
    return tuple((c.code, c.name) for c in _counties().values() if c.last_year == newest)


def counties() -> list[tuple[str, str]]:
    """(code, name) of the counties current in the data's last year, in code order."""
    return list(_current())


def county_label(code6: str) -> str:
    """Province + prefecture + county, e.g. "北京市朝阳区"; "" for an unknown code."""
    county = _counties().get(code6)
    if county is None:
        return ""
    parts = [_provinces().get(code6[:2], "")]
    prefecture = _prefectures().get(code6[:4], "")
    # A prefecture-level city without counties (东莞市 441900) is its own "county" row: don't say it twice.
    if prefecture and prefecture != county.name and not _is_placeholder(prefecture):
        parts.append(prefecture)
    parts.append(county.name)
    return "".join(parts)


def _is_placeholder(name: str) -> bool:
    return name in _PLACEHOLDER_PREFECTURES or "直辖" in name
