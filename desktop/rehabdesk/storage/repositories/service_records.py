"""Service records with their attendees, staff and revisions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import ServiceAttendee, ServiceRecord, ServiceRevision, ServiceStaff


def record(session: Session, service_id: str) -> ServiceRecord | None:
    row = session.get(ServiceRecord, service_id)
    return row if row is not None and row.deleted_at is None else None


def attendees(session: Session, service_ids: list[str]) -> list[ServiceAttendee]:
    if not service_ids:
        return []
    return list(
        session.scalars(
            select(ServiceAttendee).where(
                ServiceAttendee.service_id.in_(service_ids), ServiceAttendee.deleted_at.is_(None)
            )
        )
    )


def staff_of(session: Session, service_ids: list[str]) -> list[ServiceStaff]:
    if not service_ids:
        return []
    return list(
        session.scalars(
            select(ServiceStaff).where(ServiceStaff.service_id.in_(service_ids), ServiceStaff.deleted_at.is_(None))
        )
    )


def on_day(session: Session, day: date) -> list[ServiceRecord]:
    return list(
        session.scalars(
            select(ServiceRecord)
            .where(ServiceRecord.service_date == day, ServiceRecord.deleted_at.is_(None))
            .order_by(ServiceRecord.start_time, ServiceRecord.created_at)
        )
    )


def of_client(session: Session, client_id: str, limit: int | None = None) -> list[ServiceRecord]:
    statement = (
        select(ServiceRecord)
        .join(ServiceAttendee, ServiceAttendee.service_id == ServiceRecord.id)
        .where(
            ServiceAttendee.client_id == client_id,
            ServiceAttendee.deleted_at.is_(None),
            ServiceRecord.deleted_at.is_(None),
        )
        .order_by(ServiceRecord.service_date.desc(), ServiceRecord.start_time.desc())
    )
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.scalars(statement))


def revisions(session: Session, service_id: str) -> list[ServiceRevision]:
    return list(
        session.scalars(
            select(ServiceRevision).where(ServiceRevision.service_id == service_id).order_by(ServiceRevision.id)
        )
    )


def of_client_between(
    session: Session, client_id: str, first: date, last: date
) -> list[tuple[ServiceRecord, ServiceAttendee]]:
    """The client's services from ``first`` to ``last`` (both included), oldest first, each with the client's own
    attendance row; the other attendees are not read."""
    statement = (
        select(ServiceRecord, ServiceAttendee)
        .join(ServiceAttendee, ServiceAttendee.service_id == ServiceRecord.id)
        .where(
            ServiceAttendee.client_id == client_id,
            ServiceAttendee.deleted_at.is_(None),
            ServiceRecord.deleted_at.is_(None),
            ServiceRecord.service_date >= first,
            ServiceRecord.service_date <= last,
        )
        .order_by(ServiceRecord.service_date, ServiceRecord.start_time, ServiceRecord.created_at)
    )
    return [(record, attendee) for record, attendee in session.execute(statement)]
