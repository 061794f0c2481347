"""Client record rules: identity from the ID number, agreement, contacts and legal guardians, masking."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rehabdesk.domain.clients import WARNING_COUNTY_UNKNOWN, GuardianInput, mask_id_number, validate_client
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.people import Gender, LegalCapacity, Relation, relation_category, relation_word
from tests.people_support import TODAY, client_input, resident_id


def _refused(data, code: str, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_client(data, today=TODAY)
    assert (refused.value.code, refused.value.field) == (code, field)


def test_birth_date_and_gender_come_from_the_id_number() -> None:
    valid = validate_client(client_input(id_number=resident_id(date(1975, 2, 28), 3, female=True)), today=TODAY)
    assert valid.birth_date == date(1975, 2, 28)
    assert valid.gender is Gender.FEMALE
    assert valid.warnings == ()


def test_typed_birth_date_or_gender_must_agree_with_the_id() -> None:
    _refused(client_input(birth_date="1980-05-07"), "id_birth_mismatch", "birth_date")
    _refused(client_input(gender="female"), "id_gender_mismatch", "gender")
    assert validate_client(client_input(birth_date="1980/5/6", gender="male"), today=TODAY).gender is Gender.MALE


def test_bad_id_number_names_the_field() -> None:
    number = resident_id()
    wrong_check = number[:-1] + ("0" if number[-1] != "0" else "1")
    _refused(client_input(id_number=wrong_check), "id_check_digit", "id_number")
    _refused(client_input(id_number="110105800506123"), "id_15_digits", "id_number")


def test_unknown_county_is_only_a_warning() -> None:
    valid = validate_client(client_input(id_number=resident_id(county="119999")), today=TODAY)
    assert WARNING_COUNTY_UNKNOWN in valid.warnings


@pytest.mark.parametrize("county", ["110118", "110119", "330112", "440309"])
def test_counties_created_since_2015_are_accepted(county: str) -> None:
    valid = validate_client(client_input(id_number=resident_id(county=county), county_code=county), today=TODAY)
    assert WARNING_COUNTY_UNKNOWN not in valid.warnings


def test_an_abolished_county_stays_valid_for_an_old_record() -> None:
    # 密云县 110228 became 密云区 110118 in 2015; a client registered before keeps it on card and record.
    valid = validate_client(client_input(id_number=resident_id(county="110228"), county_code="110228"), today=TODAY)
    assert WARNING_COUNTY_UNKNOWN not in valid.warnings


def test_at_least_one_contact() -> None:
    _refused(client_input(guardians=()), "contact_required", "guardians")


def test_minor_needs_a_legal_guardian() -> None:
    minor = client_input(id_number=resident_id(date(2012, 1, 1), 5))
    _refused(minor, "legal_guardian_required", "guardians")
    with_guardian = replace(minor, guardians=(GuardianInput("张大山", "parent", is_legal_guardian=True),))
    assert validate_client(with_guardian, today=TODAY).birth_date == date(2012, 1, 1)


def test_client_without_full_capacity_needs_a_legal_guardian() -> None:
    _refused(client_input(legal_capacity=LegalCapacity.LIMITED.value), "legal_guardian_required", "guardians")


def test_guardian_fields_are_checked_by_position() -> None:
    bad_phone = client_input(guardians=(GuardianInput("张大山", "parent", phone="12345"),))
    _refused(bad_phone, "phone_invalid", "guardians.0.phone")
    _refused(client_input(guardians=(GuardianInput("张大山", "uncle"),)), "choice_invalid", "guardians.0.relation")


def test_the_actual_relation_is_kept_as_written_and_falls_in_a_category() -> None:
    guardians = (GuardianInput("张大山", "父亲", True, phone="13912345678"), GuardianInput("张小红", " 女儿 "))
    valid = validate_client(client_input(guardians=guardians), today=TODAY)
    assert [g.relation for g in valid.guardians] == ["父亲", "女儿"]
    assert [relation_category(g.relation) for g in valid.guardians] == [Relation.PARENT, Relation.ADULT_CHILD]
    assert relation_category("舅舅") is Relation.OTHER and relation_category("parent") is Relation.PARENT
    assert relation_word("女儿") == "女儿" and relation_word("parent") == ""
    _refused(
        client_input(guardians=(GuardianInput("张大山", "远房表舅的二儿子的女儿"),)), "too_long", "guardians.0.relation"
    )
    _refused(client_input(guardians=(GuardianInput("张大山", " "),)), "required", "guardians.0.relation")


def test_risk_level_and_onset_date() -> None:
    _refused(client_input(risk_level=6), "out_of_range", "risk_level")
    _refused(client_input(onset_date="1970-01-01"), "onset_before_birth", "onset_date")


def test_masking_keeps_only_the_ends() -> None:
    assert mask_id_number("11010519491231002X") == "110***********002X"
    assert mask_id_number("E1234") == "*****"
