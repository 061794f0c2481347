"""The queries behind the Today page's case-work lists: each returns the few columns the list shows, joined with
the client in SQL, so a station of 20 000 clients costs a handful of indexed queries, not one per client."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Row, and_, func, or_, select
from sqlalchemy.orm import Session

from rehabdesk.storage.repositories.clients import WHO_COLUMNS
from rehabdesk.storage.schema import (
    Client,
    Episode,
    FollowUp,
    RehabPlan,
    ServiceAttendee,
    ServiceRecord,
)


def episodes_to_review(session: Session, statuses: Iterable[str], reviewed_by: date) -> list[Row]:
    """(client id, case number, name, worker, last review date or None) of the episodes in ``statuses`` not
    reviewed after ``reviewed_by``: read from the (status, last review) index, so only those episodes' clients are
    read."""
    return list(
        session.execute(
            select(*WHO_COLUMNS, Episode.last_reviewed_on)
            .join(Episode, Episode.client_id == Client.id)
            .where(
                Episode.status.in_(list(statuses)),
                or_(Episode.last_reviewed_on.is_(None), Episode.last_reviewed_on <= reviewed_by),
                Episode.deleted_at.is_(None),
                Client.deleted_at.is_(None),
            )
        )
    )


def plans_to_review(session: Session, statuses: Iterable[str], by: date) -> list[Row]:
    """(…who, plan id, review due) of active plans of clients in ``statuses`` whose review falls on or before
    ``by``: a closed case's last plan is history, not work."""
    return list(
        session.execute(
            select(*WHO_COLUMNS, RehabPlan.id, RehabPlan.review_due)
            .join(RehabPlan, RehabPlan.client_id == Client.id)
            .where(
                RehabPlan.status == "active",
                RehabPlan.review_due <= by,
                RehabPlan.deleted_at.is_(None),
                Client.status.in_(list(statuses)),
                Client.deleted_at.is_(None),
            )
        )
    )


def waitlisted(session: Session) -> list[Row]:
    """(…who, waitlisted since, last re-confirmation)."""
    return list(
        session.execute(
            select(*WHO_COLUMNS, Episode.status_since, Episode.waitlist_confirmed_on)
            .join(Episode, Episode.client_id == Client.id)
            .where(Episode.status == "waitlisted", Episode.deleted_at.is_(None), Client.deleted_at.is_(None))
        )
    )


def follow_ups_by(session: Session, by: date) -> list[Row]:
    """(…who, follow-up id, due date) of follow-ups not yet done that fall due on or before ``by``."""
    return list(
        session.execute(
            select(*WHO_COLUMNS, FollowUp.id, FollowUp.due_date)
            .join(FollowUp, FollowUp.client_id == Client.id)
            .where(
                FollowUp.done_on.is_(None),
                FollowUp.due_date <= by,
                FollowUp.deleted_at.is_(None),
                Client.deleted_at.is_(None),
            )
        )
    )


def active_without_service_between(session: Session, first: date, last: date) -> list[Row]:
    """(…who) of active clients who attended no service from ``first`` to ``last``. Both bounds, not only the
    first: with one bound SQLite guesses the date range unselective and scans every attendance instead."""
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
    return list(
        session.execute(
            select(*WHO_COLUMNS).where(Client.status == "active", Client.deleted_at.is_(None), Client.id.not_in(served))
        )
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
