"""Case work that falls due, for the Today page: stage reviews, plan reviews, waitlist re-confirmations,
follow-ups after closing and active clients not yet served this month; and, for an admin, the ended cases kept
past the retention period (listed for review, never deleted by themselves)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rehabdesk.domain import clock
from rehabdesk.domain.case_due import DUE_SOON_DAYS, month_start, retention_review_date
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import add_months
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.settings import StationSettings, settings_in
from rehabdesk.storage.repositories import case_due as repository
from rehabdesk.storage.repositories.due_lists import DueQuery

_REVIEWED_STATUSES = (ClientStatus.ACTIVE.value, ClientStatus.SUSPENDED.value)
_ENDED_STATUSES = tuple(
    s.value
    for s in (
        ClientStatus.CLOSED,
        ClientStatus.FOLLOW_UP,
        ClientStatus.ARCHIVED,
        ClientStatus.WITHDRAWN,
        ClientStatus.NOT_ELIGIBLE,
    )
)


class CaseDueKind(StrEnum):
    STAGE_REVIEW = "stage_review"
    PLAN_REVIEW = "plan_review"
    WAITLIST_RECONFIRMATION = "waitlist_reconfirmation"
    FOLLOW_UP = "follow_up"
    NO_SERVICE_THIS_MONTH = "no_service_this_month"


def case_due_queries(settings: StationSettings, today: date) -> dict[str, DueQuery]:
    """Each kind's statement: everything due by two weeks from today, and the active clients not served this month.
    The Today page counts and cuts them (``due_lists``)."""
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    months = settings.stage_review_months
    # A loose bound (month ends clamp) read from the index; the exact date is the rule's, computed in SQL.
    reviewed_by = add_months(horizon, -months) + timedelta(days=3)
    return {
        CaseDueKind.STAGE_REVIEW: repository.stage_reviews(_REVIEWED_STATUSES, months, reviewed_by, horizon, today),
        CaseDueKind.PLAN_REVIEW: repository.plans_to_review(_REVIEWED_STATUSES, horizon),
        CaseDueKind.WAITLIST_RECONFIRMATION: repository.waitlist_reconfirmations(
            settings.waitlist_reconfirm_days, horizon
        ),
        CaseDueKind.FOLLOW_UP: repository.follow_ups_by(horizon),
        CaseDueKind.NO_SERVICE_THIS_MONTH: repository.active_without_service_between(month_start(today), today),
    }


@dataclass(frozen=True)
class RetainedCase:
    client_id: str
    case_number: str
    status: str
    ended_on: date
    closing_outcome: str | None
    review_from: date  # ended_on + the retention period


@service(Permission.MANAGE_SETTINGS, mutating=False)
def cases_past_retention(ctx: StationContext, *, today: date | None = None) -> list[RetainedCase]:
    """Ended cases kept longer than the retention setting, oldest first. Case numbers and dates only: the admin
    reviewing them does not read the file by virtue of the role."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        years = settings_in(uow).retention_years
        # A loose bound for the query; the exact date (month ends, leap days) is the domain rule's.
        rows = repository.ended_cases(uow.session, _ENDED_STATUSES, date(today.year - years, 12, 31))
    found = []
    for client_id, case_number, status, ended_on, outcome in rows:
        review_from = retention_review_date(ended_on, years)
        if review_from <= today:
            found.append(RetainedCase(client_id, case_number, status, ended_on, outcome, review_from))
    return found
