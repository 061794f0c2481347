"""The one registry of display names for stored enumeration codes: each enumeration class maps its members to a
translated name, and every page, dialog and table asks ``label_of`` or ``choices`` here.

The database keeps English codes. Each name goes through ``QCoreApplication.translate`` with the context of its area
("people", "paperwork", "training", "funding", "cases"), the contexts the translations were made under."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.agreements import AgreementStatus, FundingSource
from rehabdesk.domain.consent import ConsentFormStatus, ConsentKind, ConsentStatus, Signer
from rehabdesk.domain.ids import IdType
from rehabdesk.domain.lifecycle import ClosingOutcome
from rehabdesk.domain.people import (
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
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind
from rehabdesk.domain.safety import ActionStatus, DrillScenario, DueState
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.domain.training import TrainingType

Names = dict[type[StrEnum], dict[StrEnum, Callable[[], str]]]


def _people() -> Names:
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


def _paperwork() -> Names:
    translate = QCoreApplication.translate
    return {
        ConsentKind: {
            ConsentKind.SERVICE: lambda: translate("paperwork", "Consent to services"),
            ConsentKind.SENSITIVE_DATA: lambda: translate("paperwork", "Separate consent: health data"),
            ConsentKind.DATA_PROVISION: lambda: translate("paperwork", "Separate consent: providing data to others"),
            ConsentKind.MEDIA: lambda: translate("paperwork", "Photos and video"),
            ConsentKind.EMERGENCY: lambda: translate("paperwork", "Emergency authorisation"),
        },
        ConsentFormStatus: {
            ConsentFormStatus.DRAFT: lambda: translate("paperwork", "Draft"),
            ConsentFormStatus.AWAITING_SIGNATURE: lambda: translate("paperwork", "Awaiting signature"),
            ConsentFormStatus.SIGNED: lambda: translate("paperwork", "Signed"),
            ConsentFormStatus.VOIDED: lambda: translate("paperwork", "Voided"),
        },
        ConsentStatus: {
            ConsentStatus.SIGNED: lambda: translate("paperwork", "Given"),
            ConsentStatus.WITHDRAWN: lambda: translate("paperwork", "Withdrawn"),
        },
        Signer: {
            Signer.CLIENT: lambda: translate("paperwork", "The client"),
            Signer.GUARDIAN: lambda: translate("paperwork", "The guardian"),
            Signer.BOTH: lambda: translate("paperwork", "Client and guardian"),
        },
        AgreementStatus: {
            AgreementStatus.DRAFT: lambda: translate("paperwork", "Draft"),
            AgreementStatus.ACTIVE: lambda: translate("paperwork", "In force"),
            AgreementStatus.EXPIRED: lambda: translate("paperwork", "Expired"),
            AgreementStatus.TERMINATED: lambda: translate("paperwork", "Terminated"),
        },
        ServiceType: {
            ServiceType.MEDICATION_TRAINING: lambda: translate("paperwork", "Medication training"),
            ServiceType.RELAPSE_PREVENTION: lambda: translate("paperwork", "Relapse prevention"),
            ServiceType.PHYSICAL_HEALTH: lambda: translate("paperwork", "Physical health management"),
            ServiceType.LIFE_SKILLS: lambda: translate("paperwork", "Life skills"),
            ServiceType.SOCIAL_SKILLS: lambda: translate("paperwork", "Social skills"),
            ServiceType.VOCATIONAL: lambda: translate("paperwork", "Vocational rehabilitation"),
            ServiceType.PSYCHOLOGICAL: lambda: translate("paperwork", "Psychological support"),
            ServiceType.PEER_SUPPORT: lambda: translate("paperwork", "Peer support"),
            ServiceType.FAMILY_SUPPORT: lambda: translate("paperwork", "Family support and training"),
            ServiceType.HOME_REHABILITATION: lambda: translate("paperwork", "Home rehabilitation guidance"),
            ServiceType.HEALTH_EDUCATION: lambda: translate("paperwork", "Health education"),
            ServiceType.RECREATION: lambda: translate("paperwork", "Recreation and sports"),
            ServiceType.COMMUNITY_INTEGRATION: lambda: translate("paperwork", "Community integration"),
        },
        ServiceForm: {
            ServiceForm.CASE_MANAGEMENT: lambda: translate("paperwork", "Case management"),
            ServiceForm.GROUP_WORK: lambda: translate("paperwork", "Group work"),
            ServiceForm.DAY_TRAINING: lambda: translate("paperwork", "Day training and care"),
            ServiceForm.TRANSITIONAL_HOUSING: lambda: translate("paperwork", "Transitional housing"),
            ServiceForm.HOME_VISIT: lambda: translate("paperwork", "Home support and visits"),
            ServiceForm.PHONE_FOLLOW_UP: lambda: translate("paperwork", "Phone follow-up"),
            ServiceForm.COMMUNITY_ACTIVITY: lambda: translate("paperwork", "Community activities"),
        },
        FundingSource: {
            FundingSource.GOVERNMENT: lambda: translate("funding", "Government-purchased / free"),
            FundingSource.SELF_PAID: lambda: translate("funding", "Self-paid"),
            FundingSource.SUBSIDISED: lambda: translate("funding", "Subsidised"),
        },
    }


def _training() -> Names:
    translate = QCoreApplication.translate
    return {
        TrainingType: {
            TrainingType.INDUCTION: lambda: translate("training", "Induction"),
            TrainingType.BLOCK: lambda: translate("training", "Block training"),
            TrainingType.SUPERVISION: lambda: translate("training", "Supervision"),
            TrainingType.VOCATIONAL: lambda: translate("training", "Vocational skills"),
            TrainingType.ASSESSOR: lambda: translate("training", "Needs-assessment training"),
            TrainingType.SAFETY: lambda: translate("training", "Safety and emergency"),
        },
        DrillScenario: {
            DrillScenario.FIRE: lambda: translate("training", "Fire"),
            DrillScenario.MISSING: lambda: translate("training", "Missing person"),
            DrillScenario.ARMED_VIOLENCE: lambda: translate("training", "Violence (with a weapon)"),
            DrillScenario.SELF_HARM: lambda: translate("training", "Suicide or self-harm"),
            DrillScenario.CHOKING: lambda: translate("training", "Choking"),
            DrillScenario.FALL: lambda: translate("training", "Fall"),
            DrillScenario.SUDDEN_ILLNESS: lambda: translate("training", "Sudden illness"),
            DrillScenario.DRUG_REACTION: lambda: translate("training", "Adverse drug reaction"),
            DrillScenario.FOOD_POISONING: lambda: translate("training", "Food poisoning"),
            DrillScenario.POWER_CUT: lambda: translate("training", "Power cut"),
            DrillScenario.NATURAL_DISASTER: lambda: translate("training", "Natural disaster (earthquake)"),
            DrillScenario.EPIDEMIC: lambda: translate("training", "Epidemic"),
        },
        DueState: {
            DueState.OVERDUE: lambda: translate("training", "Overdue"),
            DueState.DUE_SOON: lambda: translate("training", "Due within 30 days"),
            DueState.OK: lambda: translate("training", "Up to date"),
        },
        ActionStatus: {
            ActionStatus.OPEN: lambda: translate("training", "Open"),
            ActionStatus.DONE: lambda: translate("training", "Done"),
        },
    }


def _cases() -> Names:
    translate = QCoreApplication.translate
    return {
        ClosingOutcome: {
            ClosingOutcome.JOB_PLACEMENT: lambda: translate("cases", "Job placement"),
            ClosingOutcome.SHELTERED_WORK: lambda: translate("cases", "Sheltered or public-benefit work"),
            ClosingOutcome.OTHER_COMMUNITY_SERVICE: lambda: translate("cases", "Other community service"),
            ClosingOutcome.COMMUNITY_LIVING: lambda: translate("cases", "Back to community living"),
            ClosingOutcome.RELAPSE_TO_HOSPITAL: lambda: translate("cases", "Relapse, to hospital"),
            ClosingOutcome.MOVED_AWAY: lambda: translate("cases", "Moved away"),
            ClosingOutcome.WITHDREW: lambda: translate("cases", "Withdrew"),
            ClosingOutcome.LOST_CONTACT: lambda: translate("cases", "Lost contact"),
            ClosingOutcome.DIED: lambda: translate("cases", "Died"),
        },
        ReferralDirection: {
            ReferralDirection.IN: lambda: translate("cases", "Referred in"),
            ReferralDirection.OUT: lambda: translate("cases", "Referred out"),
        },
        ReferralKind: {
            ReferralKind.HOSPITAL_GREEN_CHANNEL: lambda: translate("cases", "Hospital (green channel)"),
            ReferralKind.EMPLOYMENT: lambda: translate("cases", "Employment"),
            ReferralKind.SHELTERED_WORK: lambda: translate("cases", "Sheltered work"),
            ReferralKind.COMMUNITY_SERVICE: lambda: translate("cases", "Other community service"),
            ReferralKind.TRANSFER: lambda: translate("cases", "Transfer to another station"),
        },
    }


@cache
def _names() -> Names:
    # Keyed by enumeration first: members of different enumerations share values ("none", "other", "draft").
    # Built once: each name is a function that translates when called, so it follows the translator installed at
    # the time. Building the table on every call cost a case file with 2 000 services a fifth of its opening time.
    return {**_people(), **_paperwork(), **_training(), **_cases()}


def label_of(kind: type[StrEnum], value: str) -> str:
    """The display name of a stored code; a code this version does not know is shown as it is."""
    try:
        member = kind(value)
    except ValueError:
        return value
    return _names()[kind][member]()


def choices(kind: type[StrEnum]) -> list[tuple[str, str]]:
    """(stored value, display name) for every member, in declaration order: what a combo box offers."""
    names = _names()[kind]
    return [(member.value, names[member]()) for member in kind]
