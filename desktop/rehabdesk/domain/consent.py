"""Informed consent (知情同意, DOMAIN.md §3, §6): the kinds a form covers, its states, and who must sign.

One numbered form (知情同意书) offers several kinds. It moves draft → awaiting signature (printed and handed
over) → signed; recording it signed creates one consent per kind the signer ticked, and each such consent
can later be withdrawn on its own. Nothing is ever deleted."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError


class ConsentKind(StrEnum):
    SERVICE = "service"  # 服务知情同意
    SENSITIVE_DATA = "sensitive_data"  # 敏感个人信息（健康信息）单独同意
    DATA_PROVISION = "data_provision"  # 向他人提供个人信息单独同意
    MEDIA = "media"  # 照片、音视频
    EMERGENCY = "emergency"  # 紧急情况授权


# Without these two the station may neither enrol nor serve (个人信息保护法 第28–29条).
GATING_KINDS = (ConsentKind.SERVICE, ConsentKind.SENSITIVE_DATA)


class ConsentFormStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_SIGNATURE = "awaiting_signature"
    SIGNED = "signed"
    VOIDED = "voided"


# Among forms of one date: a signed form first, then one out for signature, a draft, a voided one.
_FORM_RANK = {
    ConsentFormStatus.SIGNED: 3,
    ConsentFormStatus.AWAITING_SIGNATURE: 2,
    ConsentFormStatus.DRAFT: 1,
    ConsentFormStatus.VOIDED: 0,
}


def form_latest_first_key(
    signed_on: date | None, created: datetime, status: ConsentFormStatus
) -> tuple[date, int, datetime]:
    """Sort key (use with ``reverse=True``) putting a client's consent forms latest first: by the form's date
    (the day it was signed; a form not signed yet is dated the day it was made), then status, then entry time."""
    return (signed_on or created.astimezone().date(), _FORM_RANK[status], created)


class ConsentStatus(StrEnum):
    SIGNED = "signed"
    WITHDRAWN = "withdrawn"


class Signer(StrEnum):
    CLIENT = "client"
    GUARDIAN = "guardian"
    BOTH = "both"

    @property
    def includes_guardian(self) -> bool:
        return self is not Signer.CLIENT


def check_offered_kinds(kinds: list[ConsentKind]) -> tuple[ConsentKind, ...]:
    """A form always offers service consent; the order printed is the enumeration's."""
    if ConsentKind.SERVICE not in kinds:
        raise ValidationError("consent_service_required", "kinds")
    return tuple(kind for kind in ConsentKind if kind in kinds)


def check_signer(signer: Signer, *, needs_legal_guardian: bool, has_legal_guardian: bool, field: str) -> None:
    """A minor or a client without full capacity signs through the legal guardian (DOMAIN.md §3)."""
    if signer.includes_guardian and not has_legal_guardian and needs_legal_guardian:
        raise ValidationError("signer_legal_guardian_missing", field)
    if needs_legal_guardian and not signer.includes_guardian:
        raise ValidationError("signer_needs_legal_guardian", field)
