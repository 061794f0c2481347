"""Rules for the staff register."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rehabdesk.domain import contact
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.people import EmploymentType, Gender, Profession, RelevantDegree, parse_choice
from rehabdesk.domain.text import clean_line

_STAFF_NUMBER = re.compile(r"^[A-Za-z0-9-]{1,20}$")


@dataclass(frozen=True)
class StaffInput:
    staff_number: str
    name: str
    gender: str
    profession: str
    employment_type: str
    start_date: str | date
    phone: str = ""
    qualification: str = ""
    certificate_number: str = ""
    relevant_degree: str = RelevantDegree.NONE.value
    direct_service: bool = True
    assessor: bool = False
    end_date: str | date = ""


@dataclass(frozen=True)
class ValidStaff:
    staff_number: str
    name: str
    gender: str
    profession: str
    employment_type: str
    start_date: date
    phone: str
    qualification: str
    certificate_number: str
    relevant_degree: str
    direct_service: bool
    assessor: bool
    end_date: date | None


def validate_staff(data: StaffInput, *, today: date) -> ValidStaff:
    staff_number = data.staff_number.strip().upper()
    if not _STAFF_NUMBER.match(staff_number):
        raise ValidationError("staff_number_invalid", "staff_number")
    name = clean_line(data.name, "name", 50, required=True)
    start = contact.parse_date(data.start_date, field="start_date", today=today)
    end = contact.parse_date(data.end_date, field="end_date", today=today) if data.end_date else None
    if end is not None and end < start:
        raise ValidationError("end_before_start", "end_date")
    return ValidStaff(
        staff_number=staff_number,
        name=name,
        gender=parse_choice(Gender, data.gender, "gender").value,
        profession=parse_choice(Profession, data.profession, "profession").value,
        employment_type=parse_choice(EmploymentType, data.employment_type, "employment_type").value,
        start_date=start,
        phone=contact.normalise_phone(data.phone, field="phone") if data.phone.strip() else "",
        qualification=clean_line(data.qualification, "qualification", 100),
        certificate_number=clean_line(data.certificate_number, "certificate_number", 50),
        relevant_degree=parse_choice(RelevantDegree, data.relevant_degree, "relevant_degree").value,
        direct_service=data.direct_service,
        assessor=data.assessor,
        end_date=end,
    )
