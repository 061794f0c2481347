"""Everything the Today page lists as due, in one list: case work (reviews, waitlist, follow-ups, clients not
served this month), papers (agreements ending, consents unsigned, scans missing), training hours short in the
fourth quarter, and drills, corrective actions and emergency plans falling due.

Each part comes from the service that owns it, called here with the same ``today``; an account sees only what its
role may see (a worker's own training line; safety for everyone)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from rehabdesk.domain import clock
from rehabdesk.domain.case_due import DUE_SOON_DAYS
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import DueState
from rehabdesk.services import case_due, paperwork_due, safety, training
from rehabdesk.services.context import StationContext


class TodayItem(NamedTuple):  # a tuple: a large station lists thousands, built in a few ms
    kind: str  # a CaseDueKind, a paperwork_due kind, or training_short | drill_due | action_due | emergency_plan_review
    due_on: date | None
    overdue: bool
    client_id: str | None = None
    case_number: str = ""
    client_name: str = ""
    worker_id: str | None = None  # the client's responsible worker, or the worker the item is about
    subject: str = ""  # what a station item is about: a worker, a drill scenario, an action, a plan
    item_id: str | None = None


def today_items(ctx: StationContext, *, today: date | None = None) -> list[TodayItem]:
    today = today or clock.today()
    items: list[TodayItem] = []
    if ctx.actor.may(Permission.VIEW_RECORDS):
        items += [
            TodayItem(
                d.kind.value,
                d.due_on,
                d.overdue(today),
                d.client_id,
                d.case_number,
                d.client_name,
                d.worker_id,
                item_id=d.item_id,
            )
            for d in case_due.case_work_due(ctx, today=today)
        ]
        items += [
            TodayItem(
                d.kind,
                d.due_on,
                d.due_on is not None and d.due_on < today,
                d.client_id,
                d.case_number,
                d.client_name,
                d.worker_id,
                subject=d.number,
                item_id=d.document_id,
            )
            for d in paperwork_due.paperwork_due(ctx, today=today)
        ]
    items += _training_short(ctx, today)
    items += _safety_due(ctx, today)
    return items


def _training_short(ctx: StationContext, today: date) -> list[TodayItem]:
    """From 1 October: direct-service workers short of the year's hours (one's own line for a worker)."""
    overview = training.training_overview(ctx, today.year, today=today)
    year_end = date(today.year, 12, 31)
    return [
        TodayItem("training_short", year_end, False, worker_id=w.staff_id, subject=w.name)
        for w in overview.workers
        if w.compliance.warn
    ]


def _safety_due(ctx: StationContext, today: date) -> list[TodayItem]:
    status = safety.safety_status(ctx, today=today)
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    items = [
        TodayItem("drill_due", s.due, s.state is DueState.OVERDUE, subject=s.scenario.value)
        for s in status.schedule
        if s.state is not DueState.OK
    ]
    items += [
        TodayItem("action_due", a.due_date, a.due_date < today, subject=a.description, item_id=a.id)
        for a in status.open_actions
        if a.due_date <= horizon
    ]
    items += [
        TodayItem("emergency_plan_review", p.review_due, True, subject=p.title, item_id=p.id)
        for p in status.plans_past_review
    ]
    return items
