"""What is due on consents and agreements: agreements ending soon (or ended without a renewal), consent forms
not yet signed, signed paper not yet scanned in. The Today page of the case-file issue shows these too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.settings import read_settings
from rehabdesk.storage.repositories import clients as client_repository
from rehabdesk.storage.repositories import consents as repository

# Ended agreements stay on the list this long without a renewal, then the case-file rules take over.
EXPIRED_LOOKBACK_DAYS = 90


@dataclass(frozen=True)
class DueItem:
    kind: str  # agreement_expiring | agreement_expired | consent_pending | scan_missing
    client_id: str
    case_number: str
    client_name: str
    owner_type: str  # consent_form | agreement
    document_id: str
    number: str
    due_on: date | None
    worker_id: str | None = None  # the client's responsible worker, for "my clients"


@service(Permission.VIEW_RECORDS, mutating=False)
def documents_due(ctx: StationContext, *, today: date | None = None) -> list[DueItem]:
    today = today or date.today()
    window = read_settings(ctx).agreement_warning_days
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        session = uow.session
        found: list[tuple[str, str, str, str, date | None, str]] = []
        for agreement in repository.active_agreements_ending_by(session, today + timedelta(days=window)):
            if agreement.end_date < today - timedelta(days=EXPIRED_LOOKBACK_DAYS):
                continue
            if repository.renewal_of(session, agreement.id) is not None:
                continue
            kind = "agreement_expired" if agreement.end_date < today else "agreement_expiring"
            found.append((kind, agreement.client_id, "agreement", agreement.id, agreement.end_date, agreement.number))
        for form in repository.pending_consent_forms(session):
            found.append(("consent_pending", form.client_id, "consent_form", form.id, None, form.number))
        scanned_forms = repository.owners_with_scans(session, "consent_form")
        for form in repository.signed_consent_forms(session):
            if form.id not in scanned_forms:
                found.append(("scan_missing", form.client_id, "consent_form", form.id, form.signed_on, form.number))
        scanned_agreements = repository.owners_with_scans(session, "agreement")
        for agreement in repository.active_agreements(session):
            if agreement.id not in scanned_agreements:
                found.append(
                    (
                        "scan_missing",
                        agreement.client_id,
                        "agreement",
                        agreement.id,
                        agreement.signed_on,
                        agreement.number,
                    )
                )
        clients = {}
        items = []
        for kind, client_id, owner_type, document_id, due_on, number in found:
            client = clients.get(client_id) or client_repository.by_id(session, client_id)
            if client is None:
                continue
            clients[client_id] = client
            items.append(
                DueItem(
                    kind,
                    client.id,
                    client.case_number,
                    client.name,
                    owner_type,
                    document_id,
                    number,
                    due_on,
                    client.responsible_worker_id,
                )
            )
        return items
