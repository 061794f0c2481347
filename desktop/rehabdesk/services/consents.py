"""Informed consent (知情同意书): create a numbered form, record it signed, withdraw a consent, void a form;
and the rule the rest of the app asks: may this client be enrolled or served today, and if not, why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehabdesk.domain import clock
from rehabdesk.domain.consent import ConsentFormStatus, ConsentKind, ConsentStatus, Signer, check_offered_kinds
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.eligibility import Eligibility, may_serve
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import parse_choice
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.text import clean_text
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import (
    CONSENT_PREFIX,
    agreement_facts,
    consent_facts,
    needs_legal_guardian,
    new_number,
    signing_guardian,
    the_client,
)
from rehabdesk.services.registry import service
from rehabdesk.services.templates import current_template
from rehabdesk.storage.repositories import paperwork as repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.schema import Consent, ConsentForm
from rehabdesk.storage.unit_of_work import UnitOfWork

MAX_REASON = 200


@dataclass(frozen=True)
class SignedConsentForm:
    """What the coordinator read off the signed paper."""

    granted: tuple[str, ...]  # kinds ticked 同意; service consent is the form's main signature
    signer: str
    signed_on: str | date
    guardian_id: str | None = None
    witness_staff_id: str | None = None


def _form(uow: UnitOfWork, form_id: str) -> ConsentForm:
    form = repository.consent_form(uow.session, form_id)
    if form is None:
        raise DomainError("consent_form_not_found")
    return form


def _reason(text: str) -> str:
    return clean_text(text, "reason", MAX_REASON, required=True)


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def create_consent_form(ctx: StationContext, client_id: str, kinds: list[str], *, today: date | None = None) -> str:
    """A numbered draft offering ``kinds`` (service consent always) on the current template version."""
    offered = check_offered_kinds([parse_choice(ConsentKind, kind, "kinds") for kind in kinds])
    with ctx.store.unit_of_work(ctx.actor) as uow:
        client = the_client(uow, client_id)
        form = ConsentForm(
            number=new_number(uow, CONSENT_PREFIX, today or clock.today()),
            client_id=client.id,
            template_version=current_template(uow, "consent").version,
            kinds=",".join(kind.value for kind in offered),
            status=ConsentFormStatus.DRAFT.value,
        )
        uow.session.add(form)
        uow.session.flush()
        uow.audit("create", entity_type="consent_form", entity_id=form.id, detail={"client_id": client.id})
        uow.commit()
        return form.id


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def record_consent_signed(
    ctx: StationContext, form_id: str, signed: SignedConsentForm, *, today: date | None = None
) -> list[str]:
    """The paper came back signed: one consent per kind ticked. Returns the new consents' ids."""
    today = today or clock.today()
    signer = parse_choice(Signer, signed.signer, "signer")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        form = _form(uow, form_id)
        if form.status not in (ConsentFormStatus.DRAFT, ConsentFormStatus.AWAITING_SIGNATURE):
            raise DomainError("consent_form_not_pending", status=form.status)
        # A form filled in on a home visit is recorded later: the date is the paper's, before or after the draft.
        signed_on = parse_date(signed.signed_on, field="signed_on", today=today, not_future=True)
        offered = form.kinds.split(",")
        granted = [kind for kind in offered if kind in signed.granted or kind == ConsentKind.SERVICE]
        unknown = set(signed.granted) - set(offered)
        if unknown:
            raise ValidationError("consent_kind_not_offered", "granted")
        client = the_client(uow, form.client_id)
        guardian = signing_guardian(uow, client, signer, signed.guardian_id, signed_on)
        witness_id = signed.witness_staff_id
        if witness_id is not None and staff_repository.by_id(uow.session, witness_id) is None:
            raise ValidationError("required", "witness")
        form.status = ConsentFormStatus.SIGNED.value
        form.signer = signer.value
        form.guardian_id = guardian.id if guardian else None
        form.signed_on = signed_on
        form.witness_staff_id = witness_id
        consents = [
            Consent(
                form_id=form.id,
                client_id=client.id,
                kind=kind,
                status=ConsentStatus.SIGNED.value,
                signer=signer.value,
                signed_on=signed_on,
            )
            for kind in granted
        ]
        uow.session.add_all(consents)
        uow.session.flush()
        uow.audit(
            "consent_signed",
            entity_type="consent_form",
            entity_id=form.id,
            detail={"client_id": client.id, "granted": granted, "signer": signer.value},
        )
        uow.commit()
        return [consent.id for consent in consents]


@service(Permission.RECORD_SERVICES, mutating=True)
def withdraw_consent(
    ctx: StationContext, consent_id: str, withdrawn_on: str | date, reason: str, *, today: date | None = None
) -> None:
    """Any worker may record a withdrawal: it must take effect at once, not wait for a coordinator. Nothing is
    deleted; the consent keeps its history and the form its number."""
    today = today or clock.today()
    reason = _reason(reason)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        consent = repository.consent(uow.session, consent_id)
        if consent is None:
            raise DomainError("consent_not_found")
        if consent.status != ConsentStatus.SIGNED:
            raise DomainError("consent_already_withdrawn")
        on = parse_date(withdrawn_on, field="withdrawn_on", today=today, not_future=True, not_before=consent.signed_on)
        consent.status = ConsentStatus.WITHDRAWN.value
        consent.withdrawn_on = on
        consent.withdrawal_reason = reason
        consent.withdrawal_recorded_by = ctx.actor.account_id
        uow.audit(
            "consent_withdrawn",
            entity_type="consent",
            entity_id=consent.id,
            detail={"client_id": consent.client_id, "kind": consent.kind},
        )
        uow.commit()


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def void_consent_form(ctx: StationContext, form_id: str, reason: str) -> None:
    """A form not signed (spoilt, never returned) is voided, keeping its number used."""
    reason = _reason(reason)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        form = _form(uow, form_id)
        if form.status not in (ConsentFormStatus.DRAFT, ConsentFormStatus.AWAITING_SIGNATURE):
            raise DomainError("consent_form_not_pending", status=form.status)
        form.status = ConsentFormStatus.VOIDED.value
        form.void_reason = reason
        uow.audit("void", entity_type="consent_form", entity_id=form.id)
        uow.commit()


def eligibility_in(uow: UnitOfWork, client_id: str, today: date, since: date | None = None) -> Eligibility:
    client = the_client(uow, client_id)
    return may_serve(
        consent_facts(repository.consents_of(uow.session, client.id)),
        agreement_facts(repository.agreements_of(uow.session, client.id)),
        today=today,
        needs_legal_guardian=needs_legal_guardian(client, today),
        since=since,
    )


@service(Permission.VIEW_RECORDS, mutating=False)
def service_eligibility(
    ctx: StationContext, client_id: str, *, today: date | None = None, since: date | None = None
) -> Eligibility:
    """May this client be enrolled / receive a service on ``today``; the reasons if not (DOMAIN.md §2, §6)."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return eligibility_in(uow, client_id, today or clock.today(), since)


@service(Permission.EXPORT_BUNDLES, mutating=False)
def clients_consenting_to_provision(ctx: StationContext) -> set[str]:
    """Clients whose data may be provided to others (county platform, referral targets) beyond what law requires:
    they hold a signed consent to provision that they have not withdrawn. The sync export honours this."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return repository.clients_holding(uow.session, ConsentKind.DATA_PROVISION.value)
