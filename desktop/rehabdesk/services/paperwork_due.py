"""What is due on consents and agreements: agreements ending soon (or ended without a renewal), consent forms
not yet signed, signed paper not yet scanned in. The Today page shows these too, counted and cut per kind."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from rehabdesk.domain import clock
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.settings import StationSettings, settings_in
from rehabdesk.storage.repositories import paperwork_due as repository
from rehabdesk.storage.repositories.due_lists import DueQuery, all_rows

# Ended agreements stay on the list this long without a renewal, then the case-file rules take over.
EXPIRED_LOOKBACK_DAYS = 90
PAPERWORK_KINDS = ("agreement_expired", "agreement_expiring", "consent_pending", "scan_missing")


class DueItem(NamedTuple):  # a tuple: a large station lists thousands, built in a few ms
    kind: str  # one of PAPERWORK_KINDS
    client_id: str
    case_number: str
    client_name: str
    owner_type: str  # consent_form | agreement
    document_id: str
    number: str
    due_on: date | None
    worker_id: str | None = None  # the client's responsible worker, for "my clients"


def paperwork_due_queries(settings: StationSettings, today: date) -> dict[str, DueQuery]:
    """Each kind's statement, in ``PAPERWORK_KINDS`` order."""
    window = settings.agreement_warning_days
    return {
        "agreement_expired": repository.agreements_ending(
            today - timedelta(days=EXPIRED_LOOKBACK_DAYS), today - timedelta(days=1)
        ),
        "agreement_expiring": repository.agreements_ending(today, today + timedelta(days=window)),
        "consent_pending": repository.consent_forms_pending(),
        "scan_missing": repository.scans_missing(today),
    }


@service(Permission.VIEW_RECORDS, mutating=False)
def paperwork_due(ctx: StationContext, *, today: date | None = None) -> list[DueItem]:
    """Every paper due at the station, kind by kind, each overdue first and then by date."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return [
            DueItem(
                kind,
                row.client_id,
                row.case_number,
                row.client_name,
                row.owner_type,
                row.item_id,
                row.subject,
                row.due_on,
                row.worker_id,
            )
            for kind, query in paperwork_due_queries(settings_in(uow), today).items()
            for row in all_rows(uow.session, query)
        ]
