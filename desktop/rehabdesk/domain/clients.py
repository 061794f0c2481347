"""Rules for a client's record: what must be filled in, what must agree, and who must stand with the client."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rehabdesk.domain import contact, divisions, ids
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.people import (
    ADULT_AGE,
    MAX_RISK_LEVEL,
    Channel,
    Diagnosis,
    Gender,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
    parse_choice,
    parse_relation,
)
from rehabdesk.domain.text import clean_line

WARNING_COUNTY_UNKNOWN = "id_county_unknown"


@dataclass(frozen=True)
class GuardianInput:
    name: str
    relation: str
    is_legal_guardian: bool = False
    id_number: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class ClientInput:
    """What a form or an import row holds: text as typed, choices as enumeration values."""

    name: str
    diagnosis: str
    id_number: str
    id_type: str = ids.IdType.RESIDENT.value
    gender: str = ""  # derived from a resident ID number when left empty
    birth_date: str | date = ""  # likewise
    case_number: str = ""  # empty: the next number is assigned
    ethnicity: str = "汉族"
    phone: str = ""
    household_registration: str = ""
    county_code: str = ""
    current_address: str = ""
    living_situation: str = ""
    diagnosing_hospital: str = ""
    onset_date: str | date = ""
    in_health_management: bool = False
    illness_status: str = IllnessStatus.STABLE.value
    risk_level: int = 0
    medication_adherence: str = MedicationAdherence.REGULAR.value
    disability_level: int | None = None
    low_income: bool = False
    extreme_poverty: bool = False
    legal_capacity: str = LegalCapacity.FULL.value
    responsible_worker_id: str | None = None
    channel: str = Channel.SELF_OR_GUARDIAN.value
    guardians: tuple[GuardianInput, ...] = ()


@dataclass(frozen=True)
class ValidClient:
    name: str
    gender: Gender
    id_type: ids.IdType
    id_number: str
    birth_date: date
    diagnosis: Diagnosis
    case_number: str
    ethnicity: str
    phone: str
    household_registration: str
    county_code: str
    current_address: str
    living_situation: str
    diagnosing_hospital: str
    onset_date: date | None
    in_health_management: bool
    illness_status: IllnessStatus
    risk_level: int
    medication_adherence: MedicationAdherence
    disability_level: int | None
    low_income: bool
    extreme_poverty: bool
    legal_capacity: LegalCapacity
    responsible_worker_id: str | None
    channel: Channel
    guardians: tuple[GuardianInput, ...]
    warnings: tuple[str, ...] = field(default=())


def _text(value: str, field_name: str, *, required: bool = False, maximum: int = 200) -> str:
    return clean_line(value, field_name, maximum, required=required)


def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def _guardian(index: int, guardian: GuardianInput) -> GuardianInput:
    prefix = f"guardians.{index}."
    phone = contact.normalise_phone(guardian.phone, field=prefix + "phone") if guardian.phone.strip() else ""
    id_number = guardian.id_number.strip().upper()
    return GuardianInput(
        name=_text(guardian.name, prefix + "name", required=True, maximum=50),
        relation=parse_relation(guardian.relation, prefix + "relation"),
        is_legal_guardian=guardian.is_legal_guardian,
        id_number=_text(id_number, prefix + "id_number", maximum=32),
        phone=phone,
        address=_text(guardian.address, prefix + "address"),
    )


def validate_client(data: ClientInput, *, today: date) -> ValidClient:
    """Check every field and rule; raises ValidationError naming the first field to fix."""
    name = _text(data.name, "name", required=True, maximum=50)
    id_type = parse_choice(ids.IdType, data.id_type, "id_type")
    typed_birth = (
        contact.parse_date(data.birth_date, field="birth_date", today=today, not_future=True)
        if data.birth_date
        else None
    )
    typed_gender = parse_choice(Gender, data.gender, "gender") if data.gender else None
    warnings: list[str] = []
    if id_type is ids.IdType.RESIDENT:
        parsed = ids.parse_resident_id(data.id_number, today=today)
        ids.check_agrees(parsed, typed_birth, typed_gender.value if typed_gender else None)
        id_number, birth_date, gender = parsed.number, parsed.birth_date, Gender(parsed.gender)
        if not parsed.county_known:
            warnings.append(WARNING_COUNTY_UNKNOWN)
    else:
        id_number = ids.check_other_id(id_type, data.id_number)
        if typed_birth is None:
            raise ValidationError("required", "birth_date")
        if typed_gender is None:
            raise ValidationError("required", "gender")
        birth_date, gender = typed_birth, typed_gender
    county_code = data.county_code.strip()
    if county_code and not divisions.is_known_county(county_code):
        raise ValidationError("county_code_invalid", "county_code")
    onset = (
        contact.parse_date(data.onset_date, field="onset_date", today=today, not_future=True)
        if data.onset_date
        else None
    )
    if onset is not None and onset < birth_date:
        raise ValidationError("onset_before_birth", "onset_date")
    if not 0 <= data.risk_level <= MAX_RISK_LEVEL:
        raise ValidationError("out_of_range", "risk_level", minimum=0, maximum=MAX_RISK_LEVEL)
    if data.disability_level is not None and not 1 <= data.disability_level <= 4:
        raise ValidationError("out_of_range", "disability_level", minimum=1, maximum=4)
    legal_capacity = parse_choice(LegalCapacity, data.legal_capacity, "legal_capacity")
    guardians = tuple(_guardian(index, guardian) for index, guardian in enumerate(data.guardians))
    if not guardians:
        raise ValidationError("contact_required", "guardians")
    needs_legal_guardian = age_on(birth_date, today) < ADULT_AGE or legal_capacity is not LegalCapacity.FULL
    if needs_legal_guardian and not any(g.is_legal_guardian for g in guardians):
        raise ValidationError("legal_guardian_required", "guardians")
    return ValidClient(
        name=name,
        gender=gender,
        id_type=id_type,
        id_number=id_number,
        birth_date=birth_date,
        diagnosis=parse_choice(Diagnosis, data.diagnosis, "diagnosis"),
        case_number=_text(data.case_number, "case_number", maximum=32).upper(),
        ethnicity=_text(data.ethnicity, "ethnicity", maximum=20),
        phone=contact.normalise_phone(data.phone, field="phone") if data.phone.strip() else "",
        household_registration=_text(data.household_registration, "household_registration"),
        county_code=county_code,
        current_address=_text(data.current_address, "current_address"),
        living_situation=_text(data.living_situation, "living_situation", maximum=100),
        diagnosing_hospital=_text(data.diagnosing_hospital, "diagnosing_hospital", maximum=100),
        onset_date=onset,
        in_health_management=data.in_health_management,
        illness_status=parse_choice(IllnessStatus, data.illness_status, "illness_status"),
        risk_level=data.risk_level,
        medication_adherence=parse_choice(MedicationAdherence, data.medication_adherence, "medication_adherence"),
        disability_level=data.disability_level,
        low_income=data.low_income,
        extreme_poverty=data.extreme_poverty,
        legal_capacity=legal_capacity,
        responsible_worker_id=data.responsible_worker_id or None,
        channel=parse_choice(Channel, data.channel, "channel"),
        guardians=guardians,
        warnings=tuple(warnings),
    )


def mask_id_number(id_number: str) -> str:
    """Lists and headers show the first 3 and last 4 characters only (精神卫生法 第四条)."""
    if len(id_number) <= 7:
        return "*" * len(id_number)
    return id_number[:3] + "*" * (len(id_number) - 7) + id_number[-4:]
