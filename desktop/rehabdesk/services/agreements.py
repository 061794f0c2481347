"""Service agreements (服务协议): draft, record signed (fee prices copied from the schedule at that moment),
terminate with a reason, renew into a new draft linked to the one it renews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rehabdesk.domain import clock
from rehabdesk.domain.agreements import AgreementStatus, check_quantity, check_term, effective_status
from rehabdesk.domain.consent import Signer
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import parse_choice
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.domain.text import clean_line, clean_text
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import AGREEMENT_PREFIX, new_number, signing_guardian, the_client
from rehabdesk.services.registry import service
from rehabdesk.services.templates import current_template
from rehabdesk.storage.repositories import paperwork as repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.schema import Agreement, AgreementFeeLine
from rehabdesk.storage.unit_of_work import UnitOfWork

MAX_TEXT = 200


@dataclass(frozen=True)
class FeeChoice:
    fee_item_id: str
    quantity: int


@dataclass(frozen=True)
class AgreementInput:
    service_types: tuple[str, ...]
    service_forms: tuple[str, ...]
    start_date: str | date
    end_date: str | date
    place: str = ""
    schedule: str = ""
    fees: tuple[FeeChoice, ...] = ()


@dataclass(frozen=True)
class SignedAgreement:
    signer: str
    signed_on: str | date
    guardian_id: str | None = None
    station_signatory_id: str | None = None


def _agreement(uow: UnitOfWork, agreement_id: str) -> Agreement:
    agreement = repository.agreement(uow.session, agreement_id)
    if agreement is None:
        raise DomainError("agreement_not_found")
    return agreement


def _text(value: str, field: str) -> str:
    return clean_text(value, field, MAX_TEXT)


def _validated(data: AgreementInput, today: date) -> tuple[list[str], list[str], date, date, str, str]:
    types = [parse_choice(ServiceType, value, "service_types").value for value in data.service_types]
    if not types:
        raise ValidationError("required", "service_types")
    forms = [parse_choice(ServiceForm, value, "service_forms").value for value in data.service_forms]
    if not forms:
        raise ValidationError("required", "service_forms")
    start = parse_date(data.start_date, field="start_date", today=today)
    end = parse_date(data.end_date, field="end_date", today=today)
    check_term(start, end)
    for index, fee in enumerate(data.fees):
        check_quantity(fee.quantity, f"fees.{index}.quantity")
    return types, forms, start, end, clean_line(data.place, "place", MAX_TEXT), _text(data.schedule, "schedule")


def _write_fee_lines(uow: UnitOfWork, agreement: Agreement, fees: tuple[FeeChoice, ...]) -> None:
    """Lines name their fee item and carry its current price; signing copies the price again and freezes it. A line
    keeps its row by position; lines no longer wanted are soft-deleted."""
    lines = repository.fee_lines(uow.session, agreement.id)
    for line in lines[len(fees) :]:
        uow.soft_delete(line)
    for position, fee in enumerate(fees):
        item = repository.fee_item(uow.session, fee.fee_item_id)
        if item is None or item.retired:
            raise ValidationError("fee_item_retired", f"fees.{position}.fee_item_id")
        line = lines[position] if position < len(lines) else AgreementFeeLine(agreement_id=agreement.id)
        line.position, line.fee_item_id, line.name, line.unit = position, item.id, item.name, item.unit
        line.quantity, line.unit_price_fen, line.funding = fee.quantity, item.price_fen, item.funding
        uow.session.add(line)


def _apply(agreement: Agreement, validated: tuple[list[str], list[str], date, date, str, str]) -> None:
    types, forms, start, end, place, schedule = validated
    agreement.service_types = ",".join(types)
    agreement.service_forms = ",".join(forms)
    agreement.start_date, agreement.end_date = start, end
    agreement.place, agreement.schedule = place, schedule


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def create_agreement(
    ctx: StationContext,
    client_id: str,
    data: AgreementInput,
    *,
    renews_id: str | None = None,
    today: date | None = None,
) -> str:
    today = today or clock.today()
    validated = _validated(data, today)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        client = the_client(uow, client_id)
        if renews_id is not None:
            renewed = _agreement(uow, renews_id)
            if renewed.client_id != client.id:
                raise DomainError("agreement_not_found")
        agreement = Agreement(
            number=new_number(uow, AGREEMENT_PREFIX, today),
            client_id=client.id,
            template_version=current_template(uow, "agreement").version,
            status=AgreementStatus.DRAFT.value,
            renews_id=renews_id,
        )
        _apply(agreement, validated)
        uow.session.add(agreement)
        uow.session.flush()
        _write_fee_lines(uow, agreement, data.fees)
        uow.audit("create", entity_type="agreement", entity_id=agreement.id, detail={"client_id": client.id})
        uow.commit()
        return agreement.id


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def update_agreement(
    ctx: StationContext, agreement_id: str, data: AgreementInput, *, today: date | None = None
) -> None:
    """Only a draft can change; a signed agreement is what the paper says."""
    validated = _validated(data, today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        agreement = _agreement(uow, agreement_id)
        if agreement.status != AgreementStatus.DRAFT:
            raise DomainError("agreement_not_draft")
        _apply(agreement, validated)
        _write_fee_lines(uow, agreement, data.fees)
        uow.audit("update", entity_type="agreement", entity_id=agreement.id)
        uow.commit()


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def record_agreement_signed(
    ctx: StationContext, agreement_id: str, signed: SignedAgreement, *, today: date | None = None
) -> None:
    """Draft → active. Fee lines take the schedule's prices of this moment; later price changes never reach them."""
    today = today or clock.today()
    signer = parse_choice(Signer, signed.signer, "signer")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        agreement = _agreement(uow, agreement_id)
        if agreement.status != AgreementStatus.DRAFT:
            raise DomainError("agreement_not_draft")
        signed_on = parse_date(signed.signed_on, field="signed_on", today=today, not_future=True)
        if signed_on > agreement.end_date:
            raise ValidationError("signed_after_term", "signed_on", date=agreement.end_date)
        client = the_client(uow, agreement.client_id)
        guardian = signing_guardian(uow, client, signer, signed.guardian_id, signed_on)
        signatory = signed.station_signatory_id
        if signatory is not None and staff_repository.by_id(uow.session, signatory) is None:
            raise ValidationError("required", "station_signatory")
        for position, line in enumerate(repository.fee_lines(uow.session, agreement.id)):
            item = repository.fee_item(uow.session, line.fee_item_id) if line.fee_item_id else None
            if item is None or item.retired:
                raise ValidationError("fee_item_retired", f"fees.{position}.fee_item_id")
            line.name, line.unit, line.unit_price_fen, line.funding = item.name, item.unit, item.price_fen, item.funding
        agreement.status = AgreementStatus.ACTIVE.value
        agreement.signer = signer.value
        agreement.guardian_id = guardian.id if guardian else None
        agreement.signed_on = signed_on
        agreement.station_signatory_id = signatory
        uow.audit("agreement_signed", entity_type="agreement", entity_id=agreement.id, detail={"client_id": client.id})
        uow.commit()


@service(Permission.CLOSE_CASES, mutating=True)
def terminate_agreement(
    ctx: StationContext, agreement_id: str, terminated_on: str | date, reason: str, *, today: date | None = None
) -> None:
    today = today or clock.today()
    reason = reason.strip()
    if not reason:
        raise ValidationError("required", "reason")
    reason = _text(reason, "reason")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        agreement = _agreement(uow, agreement_id)
        if effective_status(AgreementStatus(agreement.status), agreement.end_date, today) is not AgreementStatus.ACTIVE:
            raise DomainError("agreement_not_active")
        on = parse_date(terminated_on, field="terminated_on", today=today, not_before=agreement.signed_on)
        if on > agreement.end_date:
            raise ValidationError("terminated_after_term", "terminated_on", date=agreement.end_date)
        agreement.status = AgreementStatus.TERMINATED.value
        agreement.terminated_on = on
        agreement.termination_reason = reason
        uow.audit("agreement_terminated", entity_type="agreement", entity_id=agreement.id)
        uow.commit()


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def renew_agreement(ctx: StationContext, agreement_id: str, *, today: date | None = None) -> str:
    """A new draft with the same services and fee items, its term following on from the old one's end."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        old = _agreement(uow, agreement_id)
        if old.status not in (AgreementStatus.ACTIVE, AgreementStatus.EXPIRED):
            raise DomainError("agreement_not_active")
        if repository.renewal_of(uow.session, old.id) is not None:
            raise DomainError("agreement_already_renewed")
        start = max(old.end_date + timedelta(days=1), today)
        length = old.end_date - old.start_date
        renewal = Agreement(
            number=new_number(uow, AGREEMENT_PREFIX, today),
            client_id=old.client_id,
            template_version=current_template(uow, "agreement").version,
            status=AgreementStatus.DRAFT.value,
            renews_id=old.id,
            service_types=old.service_types,
            service_forms=old.service_forms,
            place=old.place,
            schedule=old.schedule,
            start_date=start,
            end_date=start + length,
        )
        uow.session.add(renewal)
        uow.session.flush()
        fees = tuple(
            FeeChoice(line.fee_item_id, line.quantity)
            for line in repository.fee_lines(uow.session, old.id)
            if line.fee_item_id is not None
            and (item := repository.fee_item(uow.session, line.fee_item_id)) is not None
            and not item.retired
        )
        _write_fee_lines(uow, renewal, fees)
        uow.audit("agreement_renewed", entity_type="agreement", entity_id=renewal.id, detail={"renews": old.id})
        uow.commit()
        return renewal.id
