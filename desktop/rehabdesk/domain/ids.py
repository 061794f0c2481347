"""Identity document numbers: the resident ID number (居民身份证号码, GB 11643) and other ID types.

Rules from DOMAIN.md §3. Each refusal is a ValidationError with its own code so the form can say exactly what to
fix; the messages never echo the correct check digit (that would let a typo "validate" by copying it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rehabdesk.domain import divisions
from rehabdesk.domain.errors import ValidationError

FIELD = "id_number"
EARLIEST_BIRTH = date(1900, 1, 1)

# GB 11643 / ISO 7064 MOD 11-2: weight of position i (0-based, left to right) is 2^(17-i) mod 11.
_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS = "10X98765432"

# First two digits of a resident number (DOMAIN.md §3); 83 is the Taiwan residents' residence permit (居住证).
_PROVINCES = frozenset(
    f"{n:02d}"
    for lo, hi in ((11, 15), (21, 23), (31, 37), (41, 46), (50, 54), (61, 65), (71, 71), (81, 83))
    for n in range(lo, hi + 1)
)
# 港澳台居民居住证 numbers carry these whole address codes; they are not counties but are not suspicious either.
_RESIDENCE_PERMIT_CODES = frozenset({"810000", "820000", "830000"})
# The 2023 foreign permanent-resident card (外国人永久居留身份证): "9", the issuing province's two digits, a 3-digit
# nationality code, then birth date, sequence and check digit exactly as on a resident ID.
_FOREIGN_MARK = "9"

_SHAPE = re.compile(r"\d*X?")
_OTHER_SHAPE = re.compile(r"[A-Z0-9]{5,20}")


class IdType(StrEnum):
    RESIDENT = "resident"  # 居民身份证, also the 2023 foreign permanent-resident card (starts with 9)
    PASSPORT = "passport"
    HK_MACAU_PERMIT = "hk_macau_permit"  # 港澳居民来往内地通行证
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民来往大陆通行证
    FOREIGN_PERMANENT_RESIDENT = "foreign_permanent_resident"  # the 2017 card: 3 letters + 12 digits, no checksum


@dataclass(frozen=True, slots=True)
class ParsedId:
    number: str  # normalised: half-width, upper-case X, no spaces
    birth_date: date
    gender: str  # "male" | "female"
    province_code: str  # 2 digits
    county_code: str | None  # 6-digit address code; None on a foreign permanent-resident card (no address code)
    county_known: bool  # False → show a warning, never refuse: the data stops at its last year

    @property
    def foreign_permanent_resident(self) -> bool:
        return self.number.startswith(_FOREIGN_MARK)


def _normalise(text: str) -> str:
    # NFKC turns full-width digits and Ｘ/ｘ into ASCII; spaces inside are what people type to group digits.
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def check_digit(first17: str) -> str:
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("check_digit needs exactly 17 ASCII digits")
    return _CHECK_CHARS[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def parse_resident_id(text: str, *, today: date) -> ParsedId:
    number = _normalise(text)
    if not number:
        raise ValidationError("id_required", FIELD)
    if not number.isascii() or not _SHAPE.fullmatch(number):
        raise ValidationError("id_characters", FIELD)
    if len(number) == 15 and number.isdigit():
        raise ValidationError("id_15_digits", FIELD)
    if len(number) != 18:
        raise ValidationError("id_length", FIELD, length=len(number), expected=18)

    foreign = number.startswith(_FOREIGN_MARK)
    province = number[1:3] if foreign else number[:2]
    if province not in _PROVINCES:
        raise ValidationError("id_province", FIELD)

    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError("id_birth_date", FIELD) from None
    if birth > today:
        raise ValidationError("id_birth_future", FIELD)
    if birth < EARLIEST_BIRTH:
        raise ValidationError("id_birth_too_old", FIELD, earliest=EARLIEST_BIRTH)

    if check_digit(number[:17]) != number[17]:
        raise ValidationError("id_check_digit", FIELD)

    if foreign:
        county, known = None, True
    else:
        county = number[:6]
        known = county in _RESIDENCE_PERMIT_CODES or divisions.is_known_county(county)
    gender = "male" if int(number[16]) % 2 else "female"
    return ParsedId(number, birth, gender, province, county, known)


def make_resident_id(county_code: str, birth: date, serial: int, female: bool) -> str:
    """A valid number for demo data and tests. serial (0-99) fills positions 15-16; digit 17 carries the gender."""
    if len(county_code) != 6 or not county_code.isdigit():
        raise ValueError("county_code must be 6 digits")
    if not 0 <= serial <= 99:
        raise ValueError("serial must be 0-99")
    if birth < EARLIEST_BIRTH:
        raise ValueError("birth date before 1900")
    # Spread digit 17 over all five odd or even values so demo numbers don't all end alike.
    gender_digit = 2 * (serial % 5) + (0 if female else 1)
    first17 = f"{county_code}{birth:%Y%m%d}{serial:02d}{gender_digit}"
    return first17 + check_digit(first17)


def check_agrees(parsed: ParsedId, birth_date: date | None, gender: str | None) -> None:
    """A birth date or gender typed next to the ID must be the one it encodes (None: not typed, nothing to check)."""
    if birth_date is not None and birth_date != parsed.birth_date:
        raise ValidationError("id_birth_mismatch", "birth_date")
    if gender is not None and str(gender) != parsed.gender:
        raise ValidationError("id_gender_mismatch", "gender")


def check_other_id(id_type: IdType | str, text: str) -> str:
    """Passports and permits: no checksum we can rely on, so only the shape (5-20 letters/digits) is checked."""
    if IdType(id_type) is IdType.RESIDENT:
        raise ValueError("resident ID numbers go through parse_resident_id")
    number = _normalise(text)
    if not number:
        raise ValidationError("id_required", FIELD)
    if not _OTHER_SHAPE.fullmatch(number):
        raise ValidationError("id_other_format", FIELD, minimum=5, maximum=20)
    return number
