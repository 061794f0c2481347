"""Case work that falls due, for the Today page: stage reviews, plan reviews, waitlist re-confirmations,
follow-ups after closing and active clients not yet served this month; and, for an admin, the ended cases kept
past the retention period (listed for review, never deleted by themselves)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from rehabdesk.domain import clock
from rehabdesk.domain.case_due import (
    DUE_SOON_DAYS,
    month_start,
    retention_review_date,
    stage_review_date,
    waitlist_reconfirmation_date,
)
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import add_months
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.settings import settings_in
from rehabdesk.storage.repositories import case_due as repository

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


class CaseDue(NamedTuple):  # a tuple: a large station lists thousands, built in a few ms
    kind: CaseDueKind
    client_id: str
    case_number: str
    client_name: str
    worker_id: str | None  # the responsible worker, for "my clients"
    due_on: date | None  # None: no date, e.g. not served this month
    item_id: str | None = None  # the plan or follow-up it is about

    def overdue(self, today: date) -> bool:
        return self.due_on is not None and self.due_on < today


@service(Permission.VIEW_RECORDS, mutating=False)
def case_work_due(ctx: StationContext, *, today: date | None = None) -> list[CaseDue]:
    """Everything due by two weeks from today (overdue first, by date), then the clients not served this month."""
    today = today or clock.today()
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        settings = settings_in(uow)
        session = uow.session
        dated: list[CaseDue] = []
        # A loose bound (month ends clamp), so the query reads only clients who may be due; the rule decides.
        reviewed_by = add_months(horizon, -settings.stage_review_months) + timedelta(days=3)
        for client_id, case_number, name, worker, reviewed_on in repository.episodes_to_review(
            session, _REVIEWED_STATUSES, reviewed_by
        ):
            due = stage_review_date(reviewed_on, settings.stage_review_months) if reviewed_on else today
            if due <= horizon:
                dated.append(CaseDue(CaseDueKind.STAGE_REVIEW, client_id, case_number, name, worker, due))
        for client_id, case_number, name, worker, plan_id, due in repository.plans_to_review(
            session, _REVIEWED_STATUSES, horizon
        ):
            dated.append(CaseDue(CaseDueKind.PLAN_REVIEW, client_id, case_number, name, worker, due, plan_id))
        for client_id, case_number, name, worker, since, confirmed in repository.waitlisted(session):
            due = waitlist_reconfirmation_date(since, confirmed, settings.waitlist_reconfirm_days)
            if due <= horizon:
                dated.append(CaseDue(CaseDueKind.WAITLIST_RECONFIRMATION, client_id, case_number, name, worker, due))
        for client_id, case_number, name, worker, follow_up_id, due in repository.follow_ups_by(session, horizon):
            dated.append(CaseDue(CaseDueKind.FOLLOW_UP, client_id, case_number, name, worker, due, follow_up_id))
        unserved = [
            CaseDue(CaseDueKind.NO_SERVICE_THIS_MONTH, client_id, case_number, name, worker, None)
            for client_id, case_number, name, worker in repository.active_without_service_between(
                session, month_start(today), today
            )
        ]
    dated.sort(key=lambda item: (item.due_on, item.kind, item.case_number))
    unserved.sort(key=lambda item: item.case_number)
    return dated + unserved


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
