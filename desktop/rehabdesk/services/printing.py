"""Printing the consent form, the agreement and the fee schedule. Printing is a coordinator action and audited;
it never creates a consent or an agreement. Printing a draft consent form marks it as awaiting signature: the
paper is now out to be signed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehabdesk.documents.agreement import render_agreement
from rehabdesk.documents.consent_form import render_consent_form
from rehabdesk.documents.fee_schedule import render_fee_schedule
from rehabdesk.documents.forms import (
    AgreementFormData,
    ClientOnForm,
    ConsentChoice,
    ConsentFormData,
    FeeItemOnForm,
    FeeScheduleData,
    GuardianOnForm,
    StationOnForm,
)
from rehabdesk.domain import clock
from rehabdesk.domain.agreements import FundingSource
from rehabdesk.domain.consent import ConsentFormStatus, ConsentKind, Signer
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.people import Gender, relation_category, relation_word
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services.client_paperwork import agreement_info
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import needs_legal_guardian, the_client
from rehabdesk.services.registry import service
from rehabdesk.services.templates import current_template, recorded_template
from rehabdesk.storage.repositories import clients as client_repository
from rehabdesk.storage.repositories import paperwork as repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.schema import Client, Guardian
from rehabdesk.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class PrintedDocument:
    kind: str  # "consent" | "agreement" | "fees" | "training_record" | "training_summary" | "drill"
    number: str  # "" for a blank form and the fee schedule
    pdf: bytes


def station_on_form(uow: UnitOfWork) -> StationOnForm:
    station = station_repository.the_station(uow.session)
    return StationOnForm(
        station.name,
        station.code,
        station.address,
        station.contact_phone,
        station.head_name,
        station.operator_name,
    )


def _client(client: Client) -> ClientOnForm:
    return ClientOnForm(
        client.name,
        client.case_number,
        Gender(client.gender),
        client.birth_date,
        client.id_number,
        client.phone,
        client.current_address,
    )


def _guardian(uow: UnitOfWork, client: Client, guardian_id: str | None, on: date) -> GuardianOnForm | None:
    """The guardian who signed, or before signing the one expected to: the legal guardian where one must sign,
    otherwise the first contact listed."""
    guardians = client_repository.guardians_of(uow.session, client.id)
    chosen: Guardian | None
    if guardian_id is not None:
        chosen = next((g for g in guardians if g.id == guardian_id), None)
    else:
        legal = [g for g in guardians if g.is_legal_guardian]
        chosen = legal[0] if legal else (guardians[0] if guardians and not needs_legal_guardian(client, on) else None)
    if chosen is None:
        return None
    return GuardianOnForm(
        chosen.name,
        relation_category(chosen.relation),
        chosen.is_legal_guardian,
        chosen.id_number,
        chosen.phone,
        relation_word(chosen.relation),
    )


def _staff_name(uow: UnitOfWork, staff_id: str | None) -> str:
    member = staff_repository.by_id(uow.session, staff_id) if staff_id else None
    return member.name if member else ""


def _audit_print(uow: UnitOfWork, entity_type: str, entity_id: str | None, template_version: int, blank: bool) -> None:
    uow.audit(
        "print",
        entity_type=entity_type,
        entity_id=entity_id,
        detail={"template_version": template_version, "blank": blank},
    )


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def print_consent_form(ctx: StationContext, form_id: str, *, today: date | None = None) -> PrintedDocument:
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        form = repository.consent_form(uow.session, form_id)
        if form is None:
            raise DomainError("consent_form_not_found")
        if form.status == ConsentFormStatus.VOIDED:
            raise DomainError("consent_form_voided")
        client = the_client(uow, form.client_id)
        consents = {c.kind: c for c in repository.consents_on_form(uow.session, form.id)}
        signed = form.status == ConsentFormStatus.SIGNED
        choices = tuple(
            ConsentChoice(
                ConsentKind(kind),
                granted=(kind in consents) if signed else None,
                withdrawn_on=consents[kind].withdrawn_on if kind in consents else None,
            )
            for kind in form.kinds.split(",")
        )
        template = recorded_template(uow, "consent", form.template_version)
        pdf = render_consent_form(
            ConsentFormData(
                station=station_on_form(uow),
                template=template,
                number=form.number,
                client=_client(client),
                guardian=_guardian(uow, client, form.guardian_id, today),
                choices=choices,
                printed_on=today,
                signer=Signer(form.signer) if form.signer else None,
                signed_on=form.signed_on,
                witness_name=_staff_name(uow, form.witness_staff_id),
            )
        )
        if form.status == ConsentFormStatus.DRAFT:
            form.status = ConsentFormStatus.AWAITING_SIGNATURE.value
        _audit_print(uow, "consent_form", form.id, template.version, blank=False)
        uow.commit()
        return PrintedDocument("consent", form.number, pdf)


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def print_blank_consent_form(ctx: StationContext, *, today: date | None = None) -> PrintedDocument:
    """Every kind offered, every client field a line to write on: for home visits."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        template = current_template(uow, "consent")
        pdf = render_consent_form(
            ConsentFormData(
                station=station_on_form(uow),
                template=template,
                number="",
                client=None,
                guardian=None,
                choices=tuple(ConsentChoice(kind) for kind in ConsentKind),
                printed_on=today,
            )
        )
        _audit_print(uow, "consent_form", None, template.version, blank=True)
        uow.commit()
        return PrintedDocument("consent", "", pdf)


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def print_agreement(ctx: StationContext, agreement_id: str, *, today: date | None = None) -> PrintedDocument:
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        agreement = repository.agreement(uow.session, agreement_id)
        if agreement is None:
            raise DomainError("agreement_not_found")
        client = the_client(uow, agreement.client_id)
        info = agreement_info(uow, agreement, today)
        template = recorded_template(uow, "agreement", agreement.template_version)
        pdf = render_agreement(
            AgreementFormData(
                station=station_on_form(uow),
                template=template,
                number=agreement.number,
                client=_client(client),
                guardian=_guardian(uow, client, agreement.guardian_id, today),
                service_types=tuple(ServiceType(value) for value in info.service_types),
                service_forms=tuple(ServiceForm(value) for value in info.service_forms),
                place=agreement.place,
                schedule=agreement.schedule,
                start=agreement.start_date,
                end=agreement.end_date,
                fee_lines=info.fee_lines,
                printed_on=today,
                renews_number=info.renews_number,
                signer=Signer(agreement.signer) if agreement.signer else None,
                signed_on=agreement.signed_on,
                terminated_on=agreement.terminated_on,
                termination_reason=agreement.termination_reason,
            )
        )
        _audit_print(uow, "agreement", agreement.id, template.version, blank=False)
        uow.commit()
        return PrintedDocument("agreement", agreement.number, pdf)


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def print_blank_agreement(ctx: StationContext, *, today: date | None = None) -> PrintedDocument:
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        template = current_template(uow, "agreement")
        pdf = render_agreement(
            AgreementFormData(
                station=station_on_form(uow),
                template=template,
                number="",
                client=None,
                guardian=None,
                service_types=(),
                service_forms=(),
                place="",
                schedule="",
                start=None,
                end=None,
                fee_lines=(),
                printed_on=today,
                fee_schedule=_fee_items_on_form(uow),
            )
        )
        _audit_print(uow, "agreement", None, template.version, blank=True)
        uow.commit()
        return PrintedDocument("agreement", "", pdf)


def _fee_items_on_form(uow: UnitOfWork) -> tuple[FeeItemOnForm, ...]:
    """The current (not retired) fee items, as the 收费项目公示 lists them."""
    return tuple(
        FeeItemOnForm(item.name, item.unit, item.price_fen, FundingSource(item.funding))
        for item in repository.fee_items(uow.session)
    )


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def print_fee_schedule(ctx: StationContext, *, today: date | None = None) -> PrintedDocument:
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        template = current_template(uow, "fees")
        pdf = render_fee_schedule(FeeScheduleData(station_on_form(uow), template, _fee_items_on_form(uow), today))
        _audit_print(uow, "fee_schedule", None, template.version, blank=False)
        uow.commit()
        return PrintedDocument("fees", "", pdf)


@service(Permission.VIEW_RECORDS, mutating=False)
def latest_document_id(ctx: StationContext, kind: str, case_number: str, number: str | None = None) -> str:
    """For the headless ``print``: the client's newest consent form or agreement, or the one numbered ``number``.
    Voided consent forms are skipped."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        client = client_repository.by_case_number(uow.session, case_number)
        if client is None:
            raise DomainError("client_not_found")
        if kind == "consent":
            candidates = [
                (f.id, f.number)
                for f in repository.consent_forms_of(uow.session, client.id)
                if f.status != ConsentFormStatus.VOIDED
            ]
        else:
            candidates = [(a.id, a.number) for a in repository.agreements_of(uow.session, client.id)]
        for document_id, document_number in candidates:
            if number is None or document_number == number:
                return document_id
        raise DomainError("document_not_found")
