"""What is due on consents and agreements: agreements ending soon (or ended without a renewal), consent forms
not yet signed, signed paper not yet scanned in. The Today page of the case-file issue shows these too."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from rehabdesk.domain import clock
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.settings import settings_in
from rehabdesk.storage.repositories import paperwork_due as repository

# Ended agreements stay on the list this long without a renewal, then the case-file rules take over.
EXPIRED_LOOKBACK_DAYS = 90


class DueItem(NamedTuple):  # a tuple: a large station lists thousands, built in a few ms
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
def paperwork_due(ctx: StationContext, *, today: date | None = None) -> list[DueItem]:
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        session = uow.session
        window = settings_in(uow).agreement_warning_days
        first = today - timedelta(days=EXPIRED_LOOKBACK_DAYS)
        ending = repository.agreements_ending(session, first, today + timedelta(days=window))
        pending = repository.consent_forms_pending(session)
        forms_unscanned = repository.signed_forms_without_scan(session)
        agreements_unscanned = repository.agreements_without_scan(session, today)
    items = [
        DueItem(
            "agreement_expired" if end < today else "agreement_expiring",
            client_id,
            case_number,
            name,
            "agreement",
            agreement_id,
            number,
            end,
            worker,
        )
        for client_id, case_number, name, worker, agreement_id, number, end in ending
    ]
    items += [
        DueItem("consent_pending", client_id, case_number, name, "consent_form", form_id, number, None, worker)
        for client_id, case_number, name, worker, form_id, number in pending
    ]
    for owner_type, rows in (("consent_form", forms_unscanned), ("agreement", agreements_unscanned)):
        items += [
            DueItem("scan_missing", client_id, case_number, name, owner_type, owner_id, number, signed_on, worker)
            for client_id, case_number, name, worker, owner_id, number, signed_on in rows
        ]
    return items
