"""Resident ID numbers (GB 11643) and other ID types: every rule of DOMAIN.md §3, valid and invalid."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabdesk.domain import divisions
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.ids import (
    IdType,
    ParsedId,
    check_agrees,
    check_digit,
    check_other_id,
    make_resident_id,
    parse_resident_id,
)

TODAY = date(2025, 6, 1)
FULL_WIDTH = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def with_check(first17: str) -> str:
    """A number whose check digit is right, so that only the rule under test can fail."""
    return first17 + check_digit(first17)


def reference_check_digit(first17: str) -> str:
    # Written straight from GB 11643: S = Σ a_i·W_i with W_i = 2^(i-1) mod 11 counted from the right
    # (the check position is i = 1); the check value is (12 - S mod 11) mod 11, 10 written as X.
    total = sum(int(a) * (2 ** (18 - pos) % 11) for pos, a in enumerate(first17, start=1))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def refused(text: str, code: str, field: str = "id_number") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_resident_id(text, today=TODAY)
    assert caught.value.code == code
    assert caught.value.field == field
    return caught.value


# ── valid numbers ────────────────────────────────────────────────────────────────────────────────────────────


def test_standard_example_from_gb_11643() -> None:
    parsed = parse_resident_id("11010519491231002X", today=TODAY)
    assert parsed == ParsedId(
        number="11010519491231002X",
        birth_date=date(1949, 12, 31),
        gender="female",
        province_code="11",
        county_code="110105",
        county_known=True,
    )


@pytest.mark.parametrize(
    ("number", "birth", "gender", "county"),
    [
        ("440305198002290010", date(1980, 2, 29), "male", "440305"),  # 深圳市南山区, a leap day
        ("310104200001010025", date(2000, 1, 1), "female", "310104"),  # 上海市徐汇区
        ("650102190001010016", date(1900, 1, 1), "male", "650102"),  # the earliest birth date allowed
    ],
)
def test_known_valid_numbers(number: str, birth: date, gender: str, county: str) -> None:
    # Each literal was checked against the reference formula, so a wrong weight table cannot hide here.
    assert reference_check_digit(number[:17]) == number[17]
    parsed = parse_resident_id(number, today=TODAY)
    assert (parsed.birth_date, parsed.gender, parsed.county_code, parsed.county_known) == (birth, gender, county, True)


def test_check_digit_matches_the_standard() -> None:
    assert check_digit("11010519491231002") == "X"
    assert check_digit("44052418800101001") == "4"  # the standard's second example, 440524188001010014


def test_born_today_is_accepted() -> None:
    number = make_resident_id("110105", TODAY, 3, female=False)
    assert parse_resident_id(number, today=TODAY).birth_date == TODAY


def test_lower_case_x_and_spaces_are_normalised() -> None:
    assert parse_resident_id("  110105 19491231 002x ", today=TODAY).number == "11010519491231002X"


def test_full_width_input_is_accepted() -> None:
    assert parse_resident_id("１１０１０５１９４９１２３１００２Ｘ", today=TODAY).number == "11010519491231002X"


def test_abolished_county_is_known() -> None:
    # 崇文区 110103 was merged into 东城区 in 2010; cards issued before still carry it.
    parsed = parse_resident_id(with_check("11010319750601123"), today=TODAY)
    assert parsed.county_known


def test_county_created_since_2015_is_known() -> None:
    # 延庆区 110119 was created in 2015 (from 延庆县 110229).
    parsed = parse_resident_id(with_check("11011919750601123"), today=TODAY)
    assert parsed.county_code == "110119"
    assert parsed.county_known


def test_unknown_county_is_only_flagged() -> None:
    # 110199 was never a county: a warning, not an error.
    parsed = parse_resident_id(with_check("11019919750601123"), today=TODAY)
    assert parsed.county_code == "110199"
    assert not parsed.county_known


@pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
def test_residence_permit_address_codes_are_known(prefix: str) -> None:
    # 港澳台居民居住证 numbers use the whole-region code 810000/820000/830000.
    parsed = parse_resident_id(with_check(prefix + "19880808001"), today=TODAY)
    assert parsed.county_known
    assert parsed.province_code == prefix[:2]


def test_foreign_permanent_resident_card() -> None:
    # 2023 card: 9, issuing province 11 (Beijing), nationality 840, birth date, sequence, gender, check digit.
    parsed = parse_resident_id(with_check("91184019800101002"), today=TODAY)
    assert parsed.foreign_permanent_resident
    assert (parsed.province_code, parsed.county_code, parsed.county_known) == ("11", None, True)
    assert (parsed.birth_date, parsed.gender) == (date(1980, 1, 1), "female")


# ── every refusal, each with its own code ────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_required(text: str) -> None:
    refused(text, "id_required")


def test_15_digit_numbers_are_refused() -> None:
    refused("110105491231002", "id_15_digits")


@pytest.mark.parametrize(
    "text", ["1101051949123100", "11010519491231002", "110105194912310021X", "1101051949123100212"]
)
def test_length(text: str) -> None:
    error = refused(text, "id_length")
    assert error.params["length"] == len(text)


@pytest.mark.parametrize(
    "text",
    ["11010519491231002A", "1101051949123X002X", "X1010519491231002", "110105-19491231-002X", "11010519491231002Ｙ"],
)
def test_characters(text: str) -> None:
    refused(text, "id_characters")


def test_non_ascii_digits_are_not_digits() -> None:
    refused("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "id_characters")  # Arabic-Indic digits match \d but are not ID digits


@pytest.mark.parametrize(
    "prefix", ["10", "00", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "70", "72", "80", "84"]
)
def test_province(prefix: str) -> None:
    refused(with_check(prefix + "010519491231002"), "id_province")


@pytest.mark.parametrize("prefix", ["90", "910", "984", "97"])
def test_province_on_foreign_card(prefix: str) -> None:
    # On the foreign card the province is digits 2-3.
    refused(with_check((prefix + "0000000")[:6] + "19800101002"), "id_province")


@pytest.mark.parametrize("birth", ["19990230", "19991301", "19990100", "20230229", "00000000"])
def test_impossible_birth_date(birth: str) -> None:
    refused(with_check("110105" + birth + "002"), "id_birth_date")


def test_birth_in_the_future() -> None:
    refused(with_check("11010520250602002"), "id_birth_future")


def test_birth_before_1900() -> None:
    refused(with_check("11010518991231002"), "id_birth_too_old")
    refused("440524188001010014", "id_birth_too_old")  # GB 11643's own example is too old for us


def test_wrong_check_digit_does_not_reveal_the_right_one() -> None:
    for wrong in "0123456789":
        error = refused("11010519491231002" + wrong, "id_check_digit")
        assert error.params == {"field": "id_number"}
        assert "X" not in str(error)


# ── property tests ───────────────────────────────────────────────────────────────────────────────────────────

county_codes = st.sampled_from([code for code, _ in divisions.counties()])
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
serials = st.integers(min_value=0, max_value=99)


@given(county_codes, births, serials, st.booleans())
def test_make_then_parse_round_trips(county: str, birth: date, serial: int, female: bool) -> None:
    number = make_resident_id(county, birth, serial, female)
    assert len(number) == 18
    assert number[14:16] == f"{serial:02d}"
    parsed = parse_resident_id(number, today=TODAY)
    assert parsed.birth_date == birth
    assert parsed.gender == ("female" if female else "male")
    assert parsed.county_code == county
    assert parsed.county_known
    assert check_digit(number[:17]) == reference_check_digit(number[:17])


@given(county_codes, births, serials, st.booleans(), st.integers(0, 16), st.integers(1, 9))
def test_any_single_digit_change_is_caught(
    county: str, birth: date, serial: int, female: bool, position: int, shift: int
) -> None:
    number = make_resident_id(county, birth, serial, female)
    digit = str((int(number[position]) + shift) % 10)
    changed = number[:position] + digit + number[position + 1 :]
    assert check_digit(changed[:17]) != changed[17]
    with pytest.raises(ValidationError):  # the check digit, or an earlier rule the change happened to break
        parse_resident_id(changed, today=TODAY)


@given(county_codes, births, serials, st.booleans())
def test_lower_case_x_is_stored_upper_case(county: str, birth: date, serial: int, female: bool) -> None:
    number = make_resident_id(county, birth, serial, female)
    assert parse_resident_id(number.lower(), today=TODAY).number == number


@given(county_codes, births, serials, st.booleans())
def test_full_width_is_converted(county: str, birth: date, serial: int, female: bool) -> None:
    number = make_resident_id(county, birth, serial, female)
    assert parse_resident_id(number.translate(FULL_WIDTH), today=TODAY).number == number


# ── helpers for the demo generator ───────────────────────────────────────────────────────────────────────────


def test_make_resident_id_gender_digit() -> None:
    assert int(make_resident_id("110105", date(1990, 5, 5), 12, female=True)[16]) % 2 == 0
    assert int(make_resident_id("110105", date(1990, 5, 5), 12, female=False)[16]) % 2 == 1


@pytest.mark.parametrize(
    ("county", "birth", "serial"),
    [
        ("11010", date(1990, 1, 1), 0),
        ("11010a", date(1990, 1, 1), 0),
        ("110105", date(1990, 1, 1), 100),
        ("110105", date(1990, 1, 1), -1),
        ("110105", date(1899, 12, 31), 0),
    ],
)
def test_make_resident_id_rejects_bad_arguments(county: str, birth: date, serial: int) -> None:
    with pytest.raises(ValueError):
        make_resident_id(county, birth, serial, female=False)


@pytest.mark.parametrize("bad", ["", "1101051949123100", "1101051949123100X", "１１０１０５１９４９１２３１００２"])
def test_check_digit_needs_17_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        check_digit(bad)


# ── agreement with typed birth date and gender ───────────────────────────────────────────────────────────────

EXAMPLE = parse_resident_id("11010519491231002X", today=TODAY)


def test_agreeing_or_missing_values_pass() -> None:
    check_agrees(EXAMPLE, date(1949, 12, 31), "female")
    check_agrees(EXAMPLE, None, None)


def test_birth_date_mismatch_names_the_birth_date_field() -> None:
    with pytest.raises(ValidationError) as caught:
        check_agrees(EXAMPLE, date(1949, 12, 30), None)
    assert (caught.value.code, caught.value.field) == ("id_birth_mismatch", "birth_date")


def test_gender_mismatch_names_the_gender_field() -> None:
    with pytest.raises(ValidationError) as caught:
        check_agrees(EXAMPLE, date(1949, 12, 31), "male")
    assert (caught.value.code, caught.value.field) == ("id_gender_mismatch", "gender")


# ── other ID types ───────────────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("id_type", "text", "stored"),
    [
        (IdType.PASSPORT, "E12345678", "E12345678"),
        (IdType.PASSPORT, " e1234 5678 ", "E12345678"),
        (IdType.HK_MACAU_PERMIT, "Ｈ１２３４５６７８", "H12345678"),
        (IdType.TAIWAN_PERMIT, "12345678", "12345678"),
        (IdType.FOREIGN_PERMANENT_RESIDENT, "USA110080010101", "USA110080010101"),
        ("passport", "A1234", "A1234"),
        (IdType.PASSPORT, "A" * 20, "A" * 20),
    ],
)
def test_other_id_accepted(id_type: IdType | str, text: str, stored: str) -> None:
    assert check_other_id(id_type, text) == stored


@pytest.mark.parametrize("text", ["A123", "A" * 21, "E1234-5678", "护照12345", "E12345678!"])
def test_other_id_format(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_other_id(IdType.PASSPORT, text)
    assert (caught.value.code, caught.value.field) == ("id_other_format", "id_number")


def test_other_id_required() -> None:
    with pytest.raises(ValidationError) as caught:
        check_other_id(IdType.PASSPORT, "  ")
    assert caught.value.code == "id_required"


def test_resident_numbers_do_not_go_through_check_other_id() -> None:
    with pytest.raises(ValueError):
        check_other_id(IdType.RESIDENT, "11010519491231002X")
