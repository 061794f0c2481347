"""Builders for client and staff inputs used by the people tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rehabdesk.domain.clients import ClientInput, GuardianInput
from rehabdesk.domain.ids import make_resident_id
from rehabdesk.domain.people import Diagnosis, Relation
from rehabdesk.domain.staff import StaffInput

TODAY = date(2026, 11, 23)


def resident_id(
    birth: date = date(1980, 5, 6), serial: int = 12, *, female: bool = False, county: str = "110105"
) -> str:
    return make_resident_id(county, birth, serial, female)


def client_input(name: str = "张三丰", *, birth: date = date(1980, 5, 6), serial: int = 12, **changes) -> ClientInput:
    base = ClientInput(
        name=name,
        diagnosis=Diagnosis.SCHIZOPHRENIA.value,
        id_number=resident_id(birth, serial),
        phone="13812345678",
        county_code="110105",
        guardians=(GuardianInput(name="张大山", relation=Relation.PARENT.value, is_legal_guardian=False),),
    )
    return replace(base, **changes)


def staff_input(number: str = "S001", name: str = "李霞", **changes) -> StaffInput:
    base = StaffInput(
        staff_number=number,
        name=name,
        gender="female",
        profession="social_worker",
        employment_type="full_time",
        start_date="2024-03-01",
    )
    return replace(base, **changes)
