"""Translated display names for the people enumerations (domain/people.py, domain/ids.IdType) and risk levels.

The database keeps English codes; the UI shows the terms station staff use (DOMAIN.md §3-4). Every text goes
through ``QCoreApplication.translate("people", …)`` with an English source string, so lupdate extracts it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.ids import IdType
from rehabdesk.domain.people import (
    MAX_RISK_LEVEL,
    Channel,
    ClientStatus,
    Diagnosis,
    EmploymentType,
    Gender,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
    Profession,
    Relation,
    RelevantDegree,
)
from rehabdesk.ui import enum_text

# The 56 officially recognised ethnic groups, as stored (ethnicity is kept as the Chinese name, like "汉族").
# Data for a completer, not UI text.
ETHNIC_GROUPS = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族",
    "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
    "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
    "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族",
    "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip


def _labels() -> dict[type[StrEnum], dict[StrEnum, Callable[[], str]]]:
    # Keyed by enumeration first: members of different enumerations can share a value ("none", "other").
    translate = QCoreApplication.translate
    return {
        Gender: {
            Gender.MALE: lambda: translate("people", "Male"),
            Gender.FEMALE: lambda: translate("people", "Female"),
        },
        IdType: {
            IdType.RESIDENT: lambda: translate("people", "Resident ID card"),
            IdType.PASSPORT: lambda: translate("people", "Passport"),
            IdType.HK_MACAU_PERMIT: lambda: translate("people", "Mainland travel permit (Hong Kong/Macao)"),
            IdType.TAIWAN_PERMIT: lambda: translate("people", "Mainland travel permit (Taiwan)"),
            IdType.FOREIGN_PERMANENT_RESIDENT: lambda: translate("people", "Foreign permanent resident card (old)"),
        },
        Diagnosis: {
            Diagnosis.SCHIZOPHRENIA: lambda: translate("people", "Schizophrenia"),
            Diagnosis.SCHIZOAFFECTIVE: lambda: translate("people", "Schizoaffective disorder"),
            Diagnosis.PERSISTENT_DELUSIONAL: lambda: translate(
                "people", "Paranoid psychosis (persistent delusional disorder)"
            ),
            Diagnosis.BIPOLAR: lambda: translate("people", "Bipolar (affective) disorder"),
            Diagnosis.EPILEPSY_PSYCHOSIS: lambda: translate("people", "Mental disorder due to epilepsy"),
            Diagnosis.INTELLECTUAL_DISABILITY_PSYCHOSIS: lambda: translate(
                "people", "Intellectual disability with mental disorder"
            ),
            Diagnosis.DEPRESSION: lambda: translate("people", "Depression"),
            Diagnosis.AUTISM_SPECTRUM: lambda: translate("people", "Autism spectrum disorder"),
            Diagnosis.OTHER: lambda: translate("people", "Other"),
        },
        IllnessStatus: {
            IllnessStatus.STABLE: lambda: translate("people", "Stable"),
            IllnessStatus.BASICALLY_STABLE: lambda: translate("people", "Basically stable"),
            IllnessStatus.UNSTABLE: lambda: translate("people", "Unstable"),
        },
        MedicationAdherence: {
            MedicationAdherence.REGULAR: lambda: translate("people", "Regular"),
            MedicationAdherence.INTERMITTENT: lambda: translate("people", "Intermittent"),
            MedicationAdherence.NONE: lambda: translate("people", "Not taking medication"),
        },
        LegalCapacity: {
            LegalCapacity.FULL: lambda: translate("people", "Full legal capacity"),
            LegalCapacity.LIMITED: lambda: translate("people", "Limited legal capacity"),
            LegalCapacity.NONE: lambda: translate("people", "No legal capacity"),
        },
        Relation: {
            Relation.SPOUSE: lambda: translate("people", "Spouse"),
            Relation.PARENT: lambda: translate("people", "Parent"),
            Relation.ADULT_CHILD: lambda: translate("people", "Adult child"),
            Relation.OTHER_RELATIVE: lambda: translate("people", "Other close relative"),
            Relation.VILLAGE_COMMITTEE: lambda: translate("people", "Village or residents' committee"),
            Relation.CIVIL_AFFAIRS: lambda: translate("people", "Civil affairs department"),
            Relation.OTHER: lambda: translate("people", "Other"),
        },
        Channel: {
            Channel.SELF_OR_GUARDIAN: lambda: translate("people", "Application by client or guardian"),
            Channel.MEDICAL_REFERRAL: lambda: translate("people", "Referral by a medical institution"),
            Channel.COMMUNITY: lambda: translate("people", "Found by the community, an organisation or a person"),
            Channel.TRANSFER_IN: lambda: translate("people", "Transferred in from another station"),
        },
        ClientStatus: {
            ClientStatus.APPLIED: lambda: translate("people", "Applied"),
            ClientStatus.REGISTERED: lambda: translate("people", "Registered"),
            ClientStatus.ASSESSING: lambda: translate("people", "Assessing needs"),
            ClientStatus.NOT_ELIGIBLE: lambda: translate("people", "Not eligible"),
            ClientStatus.WAITLISTED: lambda: translate("people", "Waitlisted"),
            ClientStatus.ENROLLED: lambda: translate("people", "Enrolled"),
            ClientStatus.ACTIVE: lambda: translate("people", "Active"),
            ClientStatus.SUSPENDED: lambda: translate("people", "Suspended"),
            ClientStatus.CLOSED: lambda: translate("people", "Closed"),
            ClientStatus.FOLLOW_UP: lambda: translate("people", "Follow-up"),
            ClientStatus.ARCHIVED: lambda: translate("people", "Archived"),
            ClientStatus.WITHDRAWN: lambda: translate("people", "Withdrawn"),
        },
        Profession: {
            Profession.PSYCHIATRIST: lambda: translate("people", "Psychiatrist"),
            Profession.PSYCHIATRIC_NURSE: lambda: translate("people", "Psychiatric nurse"),
            Profession.SOCIAL_WORKER: lambda: translate("people", "Social worker"),
            Profession.PSYCHOTHERAPIST: lambda: translate("people", "Psychotherapist or counsellor"),
            Profession.REHAB_THERAPIST: lambda: translate("people", "Rehabilitation therapist"),
            Profession.VOCATIONAL_INSTRUCTOR: lambda: translate("people", "Vocational instructor"),
            Profession.PEER_SUPPORTER: lambda: translate("people", "Peer supporter"),
            Profession.VOLUNTEER: lambda: translate("people", "Volunteer"),
            Profession.ADMINISTRATIVE: lambda: translate("people", "Administrative staff"),
        },
        RelevantDegree: {
            RelevantDegree.NONE: lambda: translate("people", "No relevant degree"),
            RelevantDegree.MENTAL_HEALTH: lambda: translate("people", "Mental health"),
            RelevantDegree.SOCIAL_WORK: lambda: translate("people", "Social work"),
            RelevantDegree.PSYCHOLOGY: lambda: translate("people", "Psychology"),
        },
        EmploymentType: {
            EmploymentType.FULL_TIME: lambda: translate("people", "Full-time"),
            EmploymentType.PART_TIME: lambda: translate("people", "Part-time"),
            EmploymentType.PURCHASED: lambda: translate("people", "Purchased service"),
            EmploymentType.VOLUNTEER: lambda: translate("people", "Volunteer"),
        },
    }


def label(member: StrEnum) -> str:
    """The display name of one enumeration member, e.g. ``label(Diagnosis.SCHIZOPHRENIA)`` → 精神分裂症."""
    return _labels()[type(member)][member]()


def label_of(kind: type[StrEnum], value: str) -> str:
    return enum_text.label_of(_labels(), kind, value)


def choices(kind: type[StrEnum]) -> list[tuple[str, str]]:
    return enum_text.choices(_labels(), kind)


def _risk_texts() -> tuple[Callable[[], str], ...]:
    translate = QCoreApplication.translate
    return (
        lambda: translate("people", "0 – no risk behaviour"),
        lambda: translate("people", "1 – verbal threats or shouting"),
        lambda: translate("people", "2 – smashing at home, stops when persuaded"),
        lambda: translate("people", "3 – smashing anywhere, does not stop"),
        lambda: translate("people", "4 – persistent violence, incl. self-harm or suicide attempt"),
        lambda: translate("people", "5 – violence with a weapon, arson or explosion"),
    )


def _risk_descriptions() -> tuple[Callable[[], str], ...]:
    translate = QCoreApplication.translate
    return (
        lambda: translate("people", "None of the behaviours of levels 1 to 5."),
        lambda: translate("people", "Verbal threats or shouting, but no smashing of things."),
        lambda: translate("people", "Smashing things at home, aimed at property only; stops when persuaded."),
        lambda: translate(
            "people", "Obvious smashing of things in any setting, aimed at property or people; cannot be stopped."
        ),
        lambda: translate(
            "people",
            "Persistent violence against property or people in any setting, including self-harm or suicide attempts.",
        ),
        lambda: translate("people", "Violence against people with a weapon, or arson or explosion."),
    )


def risk_level_text(level: int) -> str:
    """A short label such as "3 – smashing anywhere, does not stop" (DOMAIN.md §4, 危险性评估)."""
    if not 0 <= level <= MAX_RISK_LEVEL:
        return str(level)
    return _risk_texts()[level]()


def risk_level_description(level: int) -> str:
    """The full wording of a risk level, for tooltips."""
    if not 0 <= level <= MAX_RISK_LEVEL:
        return ""
    return _risk_descriptions()[level]()


def disability_level_text(level: int | None) -> str:
    """A psychiatric disability certificate's level, or none."""
    translate = QCoreApplication.translate
    texts = {
        None: lambda: translate("people", "No disability certificate"),
        1: lambda: translate("people", "Level 1 (most severe)"),
        2: lambda: translate("people", "Level 2"),
        3: lambda: translate("people", "Level 3"),
        4: lambda: translate("people", "Level 4 (mildest)"),
    }
    text = texts.get(level)
    return text() if text else str(level)
