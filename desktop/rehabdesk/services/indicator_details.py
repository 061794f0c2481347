"""What lies behind the Reports page's other figures (DOMAIN.md §7): the applications, registrations, enrolments,
closings and referrals of a period, the waiting list at its end, and the staff counted as taking part. Each list
is read when a person asks for it, over the same days and the same scope as ``station_indicators``, and the
viewing is audited like opening a list of clients."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from rehabdesk.domain import clock
from rehabdesk.domain.errors import PermissionDenied
from rehabdesk.domain.indicators import ClientEvent, Period, StaffTaking, status_on, status_spans
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.indicators import STATION_ROLES, scope_in
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import indicators as repository
from rehabdesk.storage.unit_of_work import UnitOfWork

MOVEMENT = "movement"
WAITLIST = "waitlist"
STAFF = "staff"
_FOLLOWED_STATUSES = {ClientStatus.REGISTERED.value: "registered", ClientStatus.ENROLLED.value: "enrolled"}


def _check(ctx: StationContext, name: str) -> None:
    if not (ctx.actor.may(Permission.VIEW_RECORDS) or ctx.actor.roles & STATION_ROLES):
        raise PermissionDenied(Permission.VIEW_RECORDS.value, service=f"indicator_details.{name}")


def _counted(period: Period, today: date | None) -> Period:
    """The period's days up to today, as the figures count them."""
    last = min(period.end, today or clock.today())
    return Period(period.start, max(last, period.start), period.label)


def _events(uow: UnitOfWork, ctx: StationContext, found: list[tuple[str, str, date, str]]) -> list[ClientEvent]:
    """(client id, event, day, detail) → rows with case numbers, and names for an account that may read files."""
    ids = sorted({client_id for client_id, *_ in found})
    who = {row.id: row for row in repository.clients(uow.session, ids)}
    names = ctx.actor.may(Permission.VIEW_RECORDS)
    rows = [
        ClientEvent(client_id, who[client_id].case_number, who[client_id].name if names else "", event, on, detail)
        for client_id, event, on, detail in found
        if client_id in who
    ]
    rows.sort(key=lambda row: (row.on, row.case_number, row.event))
    return rows


def _viewed(uow: UnitOfWork, which: str, period: Period, count: int) -> None:
    uow.audit("view", entity_type="indicators", detail={"list": which, "period": period.label, "rows": count})


@service(None, mutating=True)
def movement_behind(ctx: StationContext, period: Period, *, today: date | None = None) -> list[ClientEvent]:
    """Every application, registration, enrolment, closing and referral of the period, by day."""
    _check(ctx, "movement_behind")
    counted = _counted(period, today)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        _, worker = scope_in(uow, ctx)
        session, first, last = uow.session, counted.start, counted.end
        found = [
            (c, "applied", on, channel or "")
            for c, channel, on in repository.applications(session, first, last, worker)
        ]
        found += [
            (c, _FOLLOWED_STATUSES[status], on, "")
            for c, status, on in repository.status_changes_between(session, first, last, worker)
            if status in _FOLLOWED_STATUSES
        ]
        found += [
            (c, "closed", on, outcome or "") for c, outcome, on in repository.closings(session, first, last, worker)
        ]
        found += [
            (c, f"referred_{direction}", on, kind)
            for c, direction, kind, on in repository.referrals(session, first, last, worker)
        ]
        rows = _events(uow, ctx, found)
        _viewed(uow, MOVEMENT, period, len(rows))
        uow.commit()
    return rows


@service(None, mutating=True)
def waitlist_behind(ctx: StationContext, period: Period, *, today: date | None = None) -> list[ClientEvent]:
    """The clients on the waiting list on the period's last counted day, longest wait first; ``detail`` holds the
    days waited."""
    _check(ctx, "waitlist_behind")
    counted = _counted(period, today)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        _, worker = scope_in(uow, ctx)
        changes: dict[str, list] = defaultdict(list)
        for client_id, status, on, episode_id, since in repository.status_changes(
            uow.session, counted.end, counted.end, worker
        ):
            changes[client_id].append((status, date.fromisoformat(on), episode_id, date.fromisoformat(since)))
        found = []
        for client_id, rows in changes.items():
            span = status_on(status_spans(rows, counted.end), counted.end)
            if span is not None and span.status == ClientStatus.WAITLISTED.value:
                found.append((client_id, "waiting", span.start, str((counted.end - span.start).days)))
        rows = _events(uow, ctx, found)
        _viewed(uow, WAITLIST, period, len(rows))
        uow.commit()
    return rows


@service(None, mutating=True)
def staff_behind(ctx: StationContext, period: Period, *, today: date | None = None) -> list[StaffTaking]:
    """The staff on the period's service records (for a worker's scope, the records their clients attended), most
    records first."""
    _check(ctx, "staff_behind")
    counted = _counted(period, today)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        _, worker = scope_in(uow, ctx)
        taking = repository.service_staff(uow.session, counted.start, counted.end, worker)
        names = repository.staff_names(uow.session, [row[0] for row in taking])
        rows = [
            StaffTaking(staff_id, names.get(staff_id, ""), profession, records)
            for staff_id, profession, records in taking
        ]
        rows.sort(key=lambda row: (-row.records, row.name))
        _viewed(uow, STAFF, period, len(rows))
        uow.commit()
    return rows
