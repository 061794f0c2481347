"""The queries behind the Today page's case-work lists: each kind is one statement of ``due_lists.due_columns``,
joined with the client in SQL, which ``due_lists`` counts and cuts, so a station of 20 000 clients costs a handful
of indexed queries, not one per client."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import CompoundSelect, Date, Row, Select, and_, func, literal, select, union_all
from sqlalchemy.orm import Session

from rehabdesk.storage.repositories.due_lists import add_days, add_months, due_columns
from rehabdesk.storage.schema import (
    Client,
    Episode,
    FollowUp,
    RehabPlan,
    ServiceAttendee,
    ServiceRecord,
)


def stage_reviews(
    statuses: Iterable[str], months: int, reviewed_by: date, horizon: date, today: date
) -> CompoundSelect:
    """Episodes in ``statuses`` whose stage review (``months`` after the last review; today if never reviewed)
    falls on or before ``horizon``. ``reviewed_by`` is a loose bound on the last review; the exact date is computed
    in SQL. Never reviewed and reviewed are two arms, so that each reads only its range of the (status, last
    review) index: one condition "never or before the bound" read every active episode's entry (12 000 at full
    scale for 3 000 due)."""

    def arm(due, *where) -> Select:
        return (
            select(*due_columns(due))
            .join(Episode, Episode.client_id == Client.id)
            .where(
                Episode.status.in_(list(statuses)),
                *where,
                Episode.deleted_at.is_(None),
                Client.deleted_at.is_(None),
            )
        )

    due = add_months(Episode.last_reviewed_on, months)
    return union_all(
        arm(literal(today, Date), Episode.last_reviewed_on.is_(None)),
        arm(due, Episode.last_reviewed_on <= reviewed_by, due <= horizon),
    )


def plans_to_review(statuses: Iterable[str], by: date) -> Select:
    """Active plans of clients in ``statuses`` whose review falls on or before ``by``: a closed case's last plan is
    history, not work."""
    return (
        select(*due_columns(RehabPlan.review_due, item_id=RehabPlan.id))
        .join(RehabPlan, RehabPlan.client_id == Client.id)
        .where(
            RehabPlan.status == "active",
            RehabPlan.review_due <= by,
            RehabPlan.deleted_at.is_(None),
            Client.status.in_(list(statuses)),
            Client.deleted_at.is_(None),
        )
    )


def waitlist_reconfirmations(days: int, horizon: date) -> Select:
    """Waitlisted clients to ask again: ``days`` after joining the list or after the last re-confirmation, on or
    before ``horizon``."""
    due = add_days(func.coalesce(Episode.waitlist_confirmed_on, Episode.status_since), days)
    return (
        select(*due_columns(due))
        .join(Episode, Episode.client_id == Client.id)
        .where(
            Episode.status == "waitlisted",
            due <= horizon,
            Episode.deleted_at.is_(None),
            Client.deleted_at.is_(None),
        )
    )


def follow_ups_by(by: date) -> Select:
    """Follow-ups not yet done that fall due on or before ``by``."""
    return (
        select(*due_columns(FollowUp.due_date, item_id=FollowUp.id))
        .join(FollowUp, FollowUp.client_id == Client.id)
        .where(
            FollowUp.done_on.is_(None),
            FollowUp.due_date <= by,
            FollowUp.deleted_at.is_(None),
            Client.deleted_at.is_(None),
        )
    )


def active_without_service_between(first: date, last: date) -> Select:
    """Active clients who attended no service from ``first`` to ``last`` (undated items). Both bounds, not only
    the first: with one bound SQLite guesses the date range unselective and scans every attendance instead."""
    served = (
        select(ServiceAttendee.client_id)
        .join(ServiceRecord, ServiceRecord.id == ServiceAttendee.service_id)
        .where(
            ServiceRecord.service_date.between(first, last),
            ServiceRecord.deleted_at.is_(None),
            ServiceAttendee.attended.is_(True),
            ServiceAttendee.deleted_at.is_(None),
        )
    )
    return select(*due_columns(None)).where(
        Client.status == "active", Client.deleted_at.is_(None), Client.id.not_in(served)
    )


def ended_cases(session: Session, statuses: Iterable[str], ended_by: date) -> list[Row]:
    """(client id, case number, status, closed on, outcome, status since) of clients whose newest episode is in one
    of ``statuses`` (ended ones) and ended on or before ``ended_by``: closed, or withdrawn/not eligible then."""
    newest = (
        select(Episode.client_id, func.max(Episode.number).label("number"))
        .where(Episode.deleted_at.is_(None))
        .group_by(Episode.client_id)
        .subquery()
    )
    ended_on = func.coalesce(Episode.closed_on, Episode.status_since)
    return list(
        session.execute(
            select(
                Client.id,
                Client.case_number,
                Episode.status,
                ended_on.label("ended_on"),
                Episode.closing_outcome,
            )
            .join(Episode, Episode.client_id == Client.id)
            .join(newest, and_(newest.c.client_id == Episode.client_id, newest.c.number == Episode.number))
            .where(Episode.status.in_(list(statuses)), ended_on <= ended_by, Client.deleted_at.is_(None))
            .order_by(ended_on)
        )
    )
