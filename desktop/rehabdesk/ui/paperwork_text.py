"""Translated names for consent, agreement and service enumerations, and the eligibility reasons in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.consent import ConsentFormStatus, ConsentKind, ConsentStatus, Signer
from rehabdesk.domain.eligibility import Reason
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.ui import enum_text, people_text


def _labels() -> dict[type[StrEnum], dict[StrEnum, Callable[[], str]]]:
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
    }


def label_of(kind: type[StrEnum], value: str) -> str:
    return enum_text.label_of(_labels(), kind, value)


def choices(kind: type[StrEnum]) -> list[tuple[str, str]]:
    return enum_text.choices(_labels(), kind)


def due_kind_text(kind: str) -> str:
    translate = QCoreApplication.translate
    texts = {
        "agreement_expiring": lambda: translate("paperwork", "Agreement ends soon"),
        "agreement_expired": lambda: translate("paperwork", "Agreement ended, not renewed"),
        "consent_pending": lambda: translate("paperwork", "Consent form not signed yet"),
        "scan_missing": lambda: translate("paperwork", "Signed paper not scanned in"),
    }
    text = texts.get(kind)
    return text() if text else kind


def _day(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value or "")


def reason_text(reason: Reason) -> str:
    """Why a client may not be enrolled or served, as a sentence naming what is missing."""
    translate = QCoreApplication.translate
    kind = label_of(ConsentKind, reason.params.get("kind", ""))
    number = reason.params.get("number", "")
    day = _day(reason.params.get("date"))
    texts = {
        "consent_missing": lambda: translate("paperwork", "No signed consent: {kind}.").format(kind=kind),
        "consent_withdrawn": lambda: translate("paperwork", "Consent withdrawn on {date}: {kind}.").format(
            kind=kind, date=day
        ),
        "consent_needs_guardian": lambda: translate(
            "paperwork", "{kind}: the legal guardian has not signed it."
        ).format(kind=kind),
        "agreement_missing": lambda: translate("paperwork", "No signed service agreement."),
        "agreement_expired": lambda: translate("paperwork", "Service agreement {number} expired on {date}.").format(
            number=number, date=day
        ),
        "agreement_not_started": lambda: translate(
            "paperwork", "Service agreement {number} starts only on {date}."
        ).format(number=number, date=day),
        "agreement_terminated": lambda: translate(
            "paperwork", "Service agreement {number} was terminated on {date}."
        ).format(number=number, date=day),
        "agreement_needs_guardian": lambda: translate(
            "paperwork", "Service agreement {number}: the legal guardian has not signed it."
        ).format(number=number),
    }
    texts |= _lifecycle_texts(reason)
    text = texts.get(reason.code)
    return text() if text else reason.code


def _lifecycle_texts(reason: Reason) -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    status_from = people_text.label_of(ClientStatus, reason.params.get("from", ""))
    status_to = people_text.label_of(ClientStatus, reason.params.get("to", ""))
    status = people_text.label_of(ClientStatus, reason.params.get("status", ""))
    return {
        "transition_not_allowed": lambda: translate("paperwork", "A case cannot go from “{from_}” to “{to}”.").format(
            from_=status_from, to=status_to
        ),
        "reason_required": lambda: translate("paperwork", "Give the reason."),
        "baseline_assessment_missing": lambda: translate("paperwork", "No baseline (intake) assessment yet."),
        "plan_not_approved": lambda: translate("paperwork", "No approved rehabilitation plan yet."),
        "coordinator_approval_required": lambda: translate("paperwork", "A coordinator must approve this step."),
        "outcome_required": lambda: translate("paperwork", "Choose the outcome of the case."),
        "closing_assessment_missing": lambda: translate("paperwork", "No closing assessment yet."),
        "client_not_active": lambda: translate(
            "paperwork", "The client is not being served now (status: {status})."
        ).format(status=status),
        "client_suspended": lambda: translate(
            "paperwork", "Services are suspended: only home visits and phone follow-ups can be recorded."
        ),
    }
