"""Phone numbers and typed dates, tolerant of the ways station staff actually type them (spaces, dashes, +86,
full-width digits from a Chinese input method, 2024年3月5日) but stored in one canonical form."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from rehabdesk.domain.errors import ValidationError

EARLIEST_DATE = date(1900, 1, 1)

_MOBILE = re.compile(r"(?:\+?86|0086)?(1[3-9]\d{9})")
# Only 010 and 02x are 3-digit area codes; everything else is 0 + 3 digits. Knowing that makes an undashed
# "07551234567" unambiguous. Local numbers never start with 0 or 1.
_LANDLINE = re.compile(
    r"(010|02\d|0[3-9]\d{2})-?([2-9]\d{6,7})(?:(?:-|转|分机|ext\.?|x|#)(\d{1,6}))?",
    re.IGNORECASE,
)
_INTERNATIONAL = re.compile(r"(?:\+86|0086)-?")
_DATE_FORMS = (
    re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"),
    re.compile(r"(\d{4})()(\d{2})(\d{2})"),
    re.compile(r"(\d{4})(年)(\d{1,2})月(\d{1,2})日?"),
)


def _half_width(text: str) -> str:
    # NFKC maps full-width digits, letters, ＋, －, （） to ASCII, which is all the input method adds.
    return unicodedata.normalize("NFKC", text).strip()


def normalise_phone(text: str, *, field: str = "phone") -> str:
    """A mainland mobile as 11 digits, or a landline as "area-number[-extension]"."""
    typed = _half_width(text)
    if not typed:
        raise ValidationError("required", field)
    compact = re.sub(r"[\s()]", "", typed)
    if mobile := _MOBILE.fullmatch(compact.replace("-", "")):
        return mobile.group(1)
    # "+86 10 1234 5678": the international form drops the trunk 0 of the area code.
    if prefix := _INTERNATIONAL.match(compact):
        rest = compact[prefix.end() :]
        compact = rest if rest.startswith("0") else "0" + rest
    if landline := _LANDLINE.fullmatch(compact):
        area, number, extension = landline.groups()
        return f"{area}-{number}" + (f"-{extension}" if extension else "")
    raise ValidationError("phone_invalid", field)


def parse_date(
    value: str | date,
    *,
    field: str,
    today: date,
    not_future: bool = False,
    not_before: date | None = EARLIEST_DATE,
) -> date:
    """A date from a date object or from 2024-03-05, 2024/3/5, 2024.3.5, 20240305 or 2024年3月5日."""
    if isinstance(value, datetime):  # a datetime is a date too, but comparing one with a date raises
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    else:
        parsed = _parse_text(value, field)
    if not_future and parsed > today:
        raise ValidationError("date_in_future", field, latest=today)
    if not_before is not None and parsed < not_before:
        raise ValidationError("date_too_early", field, earliest=not_before)
    return parsed


def _parse_text(text: str, field: str) -> date:
    typed = _half_width(text)
    if not typed:
        raise ValidationError("required", field)
    for form in _DATE_FORMS:
        if match := form.fullmatch(typed):
            year, _, month, day = match.groups()
            try:
                return date(int(year), int(month), int(day))
            except ValueError:  # the right shape but no such day (2月30日)
                raise ValidationError("date_invalid", field) from None
    raise ValidationError("date_invalid", field)
