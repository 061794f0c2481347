"""Station identity rules."""

from __future__ import annotations

import re

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.text import clean_line

_STATION_CODE = re.compile(r"^[A-Za-z0-9]{2,20}$")
_COUNTY_CODE = re.compile(r"^[1-9]\d{5}$")
# Account names: the same bound at creation, at the sign-in screen and in the failed-login file.
LOGIN_MAX_LENGTH = 32
_LOGIN = re.compile(rf"^[a-z][a-z0-9._-]{{1,{LOGIN_MAX_LENGTH - 1}}}$")


def check_station_name(name: str) -> str:
    return clean_line(name, "station_name", 100, required=True)


def check_station_code(code: str) -> str:
    code = code.strip().upper()
    if not _STATION_CODE.match(code):
        raise ValidationError("station_code_invalid", "station_code")
    return code


def check_county_code(code: str) -> str:
    code = code.strip()
    if not _COUNTY_CODE.match(code):
        raise ValidationError("county_code_invalid", "county_code")
    return code


def check_login(login: str) -> str:
    login = login.strip().lower()
    if not _LOGIN.match(login):
        raise ValidationError("login_invalid", "login")
    return login


URBAN, RURAL = "urban", "rural"
# The first word of the station form's type choices (城市 / 乡村 …, "Urban / …" in English), and its synonyms.
_AREA_WORDS = {URBAN: ("城市", "城区", "urban"), RURAL: ("乡村", "农村", "乡镇", "rural")}


def station_area(station_type: str) -> str | None:
    """Urban or rural, as the county's 汇总表 counts stations, from the station type the station chose (its first
    word); None when the type says neither (the county sets it when it registers the station)."""
    head = station_type.strip().lower()
    for area, words in _AREA_WORDS.items():
        if head.startswith(words):
            return area
    return None
