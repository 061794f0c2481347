"""One client's consents and agreements with their status, for the Paperwork page and the case file's tab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehabdesk.domain import clock
from rehabdesk.domain.agreements import AgreementStatus, FeeLine, FundingSource, effective_status, grand_total
from rehabdesk.domain.eligibility import Eligibility
from rehabdesk.domain.roles import Permission
from rehabdesk.services.consents import eligibility_in
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import needs_legal_guardian, the_client
from rehabdesk.services.registry import service
from rehabdesk.services.scans import ScanInfo, infos_of
from rehabdesk.storage.repositories import clients as client_repository
from rehabdesk.storage.repositories import paperwork as repository
from rehabdesk.storage.schema import Agreement, ConsentForm
from rehabdesk.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ConsentInfo:
    id: str
    kind: str
    status: str
    signer: str
    signed_on: date
    withdrawn_on: date | None
    withdrawal_reason: str


@dataclass(frozen=True)
class ConsentFormInfo:
    id: str
    number: str
    status: str
    kinds: tuple[str, ...]
    template_version: int
    created_on: date
    signer: str | None
    signed_on: date | None
    consents: tuple[ConsentInfo, ...]
    scans: tuple[ScanInfo, ...]


@dataclass(frozen=True)
class AgreementInfo:
    id: str
    number: str
    status: str  # effective: an active agreement past its end reads "expired"
    service_types: tuple[str, ...]
    service_forms: tuple[str, ...]
    place: str
    schedule: str
    start_date: date
    end_date: date
    signer: str | None
    signed_on: date | None
    terminated_on: date | None
    termination_reason: str
    renews_number: str
    fee_lines: tuple[FeeLine, ...]
    fee_item_ids: tuple[str | None, ...]
    scans: tuple[ScanInfo, ...]

    @property
    def total_fen(self) -> int:
        return grand_total(self.fee_lines)


@dataclass(frozen=True)
class GuardianChoice:
    id: str
    name: str
    relation: str
    is_legal_guardian: bool


@dataclass(frozen=True)
class ClientPaperwork:
    client_id: str
    case_number: str
    name: str
    needs_legal_guardian: bool
    guardians: tuple[GuardianChoice, ...]
    forms: tuple[ConsentFormInfo, ...]
    agreements: tuple[AgreementInfo, ...]
    eligibility: Eligibility


def _form_info(uow: UnitOfWork, form: ConsentForm, scans: list) -> ConsentFormInfo:
    consents = tuple(
        ConsentInfo(c.id, c.kind, c.status, c.signer, c.signed_on, c.withdrawn_on, c.withdrawal_reason)
        for c in repository.consents_on_form(uow.session, form.id)
    )
    return ConsentFormInfo(
        form.id,
        form.number,
        form.status,
        tuple(form.kinds.split(",")),
        form.template_version,
        form.created_at.astimezone().date(),
        form.signer,
        form.signed_on,
        consents,
        infos_of(scans),
    )


def agreement_info(
    uow: UnitOfWork, agreement: Agreement, today: date, read: tuple[list, list] | None = None
) -> AgreementInfo:
    """``read``: the agreement's fee lines and scan rows when the caller has read them for several agreements."""
    lines, scans = read or (
        repository.fee_lines(uow.session, agreement.id),
        repository.scans_of(uow.session, "agreement", agreement.id),
    )
    renewed = repository.agreement(uow.session, agreement.renews_id) if agreement.renews_id else None
    return AgreementInfo(
        agreement.id,
        agreement.number,
        effective_status(AgreementStatus(agreement.status), agreement.end_date, today).value,
        tuple(filter(None, agreement.service_types.split(","))),
        tuple(filter(None, agreement.service_forms.split(","))),
        agreement.place,
        agreement.schedule,
        agreement.start_date,
        agreement.end_date,
        agreement.signer,
        agreement.signed_on,
        agreement.terminated_on,
        agreement.termination_reason,
        renewed.number if renewed else "",
        tuple(
            FeeLine(line.name, line.unit, line.quantity, line.unit_price_fen, FundingSource(line.funding))
            for line in lines
        ),
        tuple(line.fee_item_id for line in lines),
        infos_of(scans),
    )


def _forms(uow: UnitOfWork, client_id: str) -> tuple[ConsentFormInfo, ...]:
    forms = repository.consent_forms_of(uow.session, client_id)
    scans = repository.scans_of_owners(uow.session, "consent_form", [form.id for form in forms])
    return tuple(_form_info(uow, form, scans[form.id]) for form in forms)


def _agreements(uow: UnitOfWork, client_id: str, today: date) -> tuple[AgreementInfo, ...]:
    """Every agreement of the client, their fee lines and scans read in one query each, not one per agreement."""
    agreements = repository.agreements_of(uow.session, client_id)
    ids = [agreement.id for agreement in agreements]
    lines = repository.fee_lines_of(uow.session, ids)
    scans = repository.scans_of_owners(uow.session, "agreement", ids)
    return tuple(agreement_info(uow, a, today, (lines[a.id], scans[a.id])) for a in agreements)


@service(Permission.VIEW_RECORDS, mutating=True)
def client_paperwork(ctx: StationContext, client_id: str, *, today: date | None = None) -> ClientPaperwork:
    """Opening a client's documents is an audited view, like opening the case file."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        client = the_client(uow, client_id)
        guardians = tuple(
            GuardianChoice(g.id, g.name, g.relation, g.is_legal_guardian)
            for g in client_repository.guardians_of(uow.session, client.id)
        )
        documents = ClientPaperwork(
            client.id,
            client.case_number,
            client.name,
            needs_legal_guardian(client, today),
            guardians,
            _forms(uow, client.id),
            _agreements(uow, client.id, today),
            eligibility_in(uow, client.id, today),
        )
        uow.audit("view", entity_type="client", entity_id=client.id, detail={"part": "documents"})
        uow.commit()
        return documents
