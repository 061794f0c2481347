"""What the consent and agreement services share: looking up the client and guardian, numbering, facts for the
eligibility rule."""

from __future__ import annotations

from datetime import date

from rehabdesk.domain.agreements import AgreementStatus, document_number
from rehabdesk.domain.clients import age_on
from rehabdesk.domain.consent import ConsentKind, ConsentStatus, Signer, check_signer
from rehabdesk.domain.eligibility import AgreementFact, ConsentFact
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import ADULT_AGE, LegalCapacity
from rehabdesk.storage.repositories import clients as client_repository
from rehabdesk.storage.repositories import paperwork as repository
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.schema import Agreement, Client, Consent, Guardian
from rehabdesk.storage.unit_of_work import UnitOfWork

CONSENT_PREFIX = "TY"  # 同意
AGREEMENT_PREFIX = "XY"  # 协议


def the_client(uow: UnitOfWork, client_id: str) -> Client:
    client = client_repository.by_id(uow.session, client_id)
    if client is None:
        raise DomainError("client_not_found")
    return client


def needs_legal_guardian(client: Client, on: date) -> bool:
    return age_on(client.birth_date, on) < ADULT_AGE or client.legal_capacity != LegalCapacity.FULL.value


def signing_guardian(
    uow: UnitOfWork, client: Client, signer: Signer, guardian_id: str | None, on: date
) -> Guardian | None:
    """The guardian who signed with (or for) the client, checked against who must sign."""
    guardian = None
    if signer.includes_guardian:
        guardian = next(
            (g for g in client_repository.guardians_of(uow.session, client.id) if g.id == guardian_id), None
        )
        if guardian is None:
            raise ValidationError("required", "guardian")
    must = needs_legal_guardian(client, on)
    check_signer(
        signer,
        needs_legal_guardian=must,
        has_legal_guardian=guardian is not None and guardian.is_legal_guardian,
        field="signer",
    )
    return guardian


def new_number(uow: UnitOfWork, prefix: str, on: date) -> str:
    station = station_repository.the_station(uow.session)
    return document_number(station.code, prefix, on.year, repository.next_sequence(uow.session, prefix, on.year))


# Stored codes to members by dictionary: every save checks each attendee's papers, and calling the enum per
# value was a tenth of a group session's save.
_KINDS = {kind.value: kind for kind in ConsentKind}
_CONSENT_STATUSES = {status.value: status for status in ConsentStatus}
_AGREEMENT_STATUSES = {status.value: status for status in AgreementStatus}
_SIGNERS = {signer.value: signer for signer in Signer}


def consent_facts(consents: list[Consent]) -> list[ConsentFact]:
    return [
        ConsentFact(_KINDS[c.kind], _CONSENT_STATUSES[c.status], _SIGNERS[c.signer], c.signed_on, c.withdrawn_on)
        for c in consents
    ]


def agreement_facts(agreements: list[Agreement]) -> list[AgreementFact]:
    return [
        AgreementFact(
            a.number,
            _AGREEMENT_STATUSES[a.status],
            _SIGNERS[a.signer] if a.signer else None,
            a.signed_on,
            a.start_date,
            a.end_date,
            a.terminated_on,
        )
        for a in agreements
    ]
