"""Phones and typed dates: what staff type, what gets stored, and what is refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rehabdesk.domain.contact import normalise_phone, parse_date
from rehabdesk.domain.errors import ValidationError

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+86-13812345678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("19912345678", "19912345678"),
        ("010-62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("(010) 6234 5678", "010-62345678"),
        ("（０２１）６２３４５６７８", "021-62345678"),
        ("0755-2345678", "0755-2345678"),
        ("07552345678", "0755-2345678"),  # only 010/02x are 3-digit area codes
        ("0755-23456789-123", "0755-23456789-123"),
        ("0755-23456789转123", "0755-23456789-123"),
        ("0755 23456789 ext 8", "0755-23456789-8"),
        ("+86 10 6234 5678", "010-62345678"),
    ],
)
def test_valid_phones(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "12812345678",  # mobiles start 13-19
        "1381234567",  # 10 digits
        "138123456789",  # 12 digits
        "23812345678",
        "12345678",  # a landline without its area code
        "0123-2345678",  # no area code starts 01 except 010
        "010-0234567",  # local numbers never start with 0
        "010-123456",  # too short
        "010-123456789",  # too long
        "0755-2345678-",
        "138abcd5678",
        "+1 415 555 0100",
    ],
)
def test_invalid_phones(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_phone(typed)
    assert (caught.value.code, caught.value.field) == ("phone_invalid", "phone")


def test_phone_field_is_named_by_the_caller() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_phone("123", field="guardian_phone")
    assert caught.value.field == "guardian_phone"


def test_empty_phone_is_required() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_phone("  ")
    assert caught.value.code == "required"


@pytest.mark.parametrize(
    "typed",
    [
        "2024-03-05",
        "2024-3-5",
        "2024/3/5",
        "2024.03.05",
        "20240305",
        "2024年3月5日",
        "2024年03月05",
        " ２０２４－０３－０５ ",
    ],
)
def test_date_forms(typed: str) -> None:
    assert parse_date(typed, field="onset_date", today=TODAY) == date(2024, 3, 5)


def test_date_objects_pass_through() -> None:
    assert parse_date(date(2024, 3, 5), field="d", today=TODAY) == date(2024, 3, 5)
    assert parse_date(datetime(2024, 3, 5, 14, 30), field="d", today=TODAY) == date(2024, 3, 5)


@pytest.mark.parametrize(
    "typed", ["2024-02-30", "2023年2月29日", "2024-13-01", "2024/3-5", "24-3-5", "2024035", "March 5", "2024年3月", "x"]
)
def test_invalid_dates(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(typed, field="onset_date", today=TODAY)
    assert (caught.value.code, caught.value.field) == ("date_invalid", "onset_date")


def test_leap_day() -> None:
    assert parse_date("2024-02-29", field="d", today=TODAY) == date(2024, 2, 29)


def test_future_refused_only_when_asked() -> None:
    assert parse_date("2025-06-02", field="d", today=TODAY) == date(2025, 6, 2)
    assert parse_date("2025-06-01", field="d", today=TODAY, not_future=True) == TODAY
    with pytest.raises(ValidationError) as caught:
        parse_date("2025-06-02", field="d", today=TODAY, not_future=True)
    assert caught.value.code == "date_in_future"
    with pytest.raises(ValidationError):
        parse_date(date(2025, 6, 2), field="d", today=TODAY, not_future=True)


def test_too_early() -> None:
    assert parse_date("1900-01-01", field="d", today=TODAY) == date(1900, 1, 1)
    with pytest.raises(ValidationError) as caught:
        parse_date("1899-12-31", field="d", today=TODAY)
    assert (caught.value.code, caught.value.params["earliest"]) == ("date_too_early", date(1900, 1, 1))
    with pytest.raises(ValidationError):
        parse_date("2019-12-31", field="d", today=TODAY, not_before=date(2020, 1, 1))
    assert parse_date("1850-01-01", field="d", today=TODAY, not_before=None) == date(1850, 1, 1)


def test_empty_date_is_required() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("", field="d", today=TODAY)
    assert caught.value.code == "required"
