"""Service records with their attendees, staff and revisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, bindparam, case, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import (
    Agreement,
    Client,
    Consent,
    Episode,
    ServiceAttendee,
    ServiceRecord,
    ServiceRevision,
    ServiceStaff,
    Staff,
)


def record(session: Session, service_id: str) -> ServiceRecord | None:
    row = session.get(ServiceRecord, service_id)
    return row if row is not None and row.deleted_at is None else None


def attendees(session: Session, service_ids: list[str], *, include_deleted: bool = False) -> list[ServiceAttendee]:
    if not service_ids:
        return []
    statement = select(ServiceAttendee).where(ServiceAttendee.service_id.in_(service_ids))
    if not include_deleted:
        statement = statement.where(ServiceAttendee.deleted_at.is_(None))
    return list(session.scalars(statement))


def staff_of(session: Session, service_ids: list[str], *, include_deleted: bool = False) -> list[ServiceStaff]:
    if not service_ids:
        return []
    statement = select(ServiceStaff).where(ServiceStaff.service_id.in_(service_ids))
    if not include_deleted:
        statement = statement.where(ServiceStaff.deleted_at.is_(None))
    return list(session.scalars(statement))


# What a list of services shows of each record; a busy day has hundreds, read as rows rather than whole objects.
SUMMARY_COLUMNS = (
    ServiceRecord.id,
    ServiceRecord.service_date,
    ServiceRecord.start_time,
    ServiceRecord.end_time,
    ServiceRecord.form,
    ServiceRecord.service_types,
    ServiceRecord.is_group,
    ServiceRecord.content,
    ServiceRecord.created_at,
)


def on_day(session: Session, day: date) -> list[Row]:
    """The day's live records (SUMMARY_COLUMNS), by start time."""
    return list(
        session.execute(
            select(*SUMMARY_COLUMNS)
            .where(ServiceRecord.service_date == day, ServiceRecord.deleted_at.is_(None))
            .order_by(ServiceRecord.start_time, ServiceRecord.created_at)
        )
    )


def between(session: Session, first: date, last: date) -> list[Row]:
    """The live records (SUMMARY_COLUMNS) from ``first`` to ``last``, both included, oldest first."""
    return list(
        session.execute(
            select(*SUMMARY_COLUMNS)
            .where(
                ServiceRecord.service_date >= first,
                ServiceRecord.service_date <= last,
                ServiceRecord.deleted_at.is_(None),
            )
            .order_by(ServiceRecord.service_date, ServiceRecord.start_time, ServiceRecord.created_at)
        )
    )


def attendee_names_on(session: Session, day: date) -> list[tuple[str, str, str, bool]]:
    """attendee_names of every live record of ``day``, found through the date rather than a list of ids."""
    name = case((Client.deleted_at.is_(None), Client.name), else_="")
    statement = (
        select(ServiceAttendee.service_id, ServiceAttendee.client_id, name, ServiceAttendee.attended)
        .join(ServiceRecord, ServiceRecord.id == ServiceAttendee.service_id)
        .join(Client, Client.id == ServiceAttendee.client_id)
        .where(
            ServiceRecord.service_date == day,
            ServiceRecord.deleted_at.is_(None),
            ServiceAttendee.deleted_at.is_(None),
        )
        .order_by(ServiceAttendee.service_id, ServiceAttendee.created_at)
    )
    return [(row[0], row[1], row[2], row[3]) for row in session.execute(statement)]


def staff_names_on(session: Session, day: date) -> list[tuple[str, str]]:
    """staff_names of every live record of ``day``."""
    name = case((Staff.deleted_at.is_(None), Staff.name), else_="")
    statement = (
        select(ServiceStaff.service_id, name)
        .join(ServiceRecord, ServiceRecord.id == ServiceStaff.service_id)
        .join(Staff, Staff.id == ServiceStaff.staff_id)
        .where(
            ServiceRecord.service_date == day,
            ServiceRecord.deleted_at.is_(None),
            ServiceStaff.deleted_at.is_(None),
        )
        .order_by(ServiceStaff.service_id, ServiceStaff.created_at)
    )
    return [(row[0], row[1]) for row in session.execute(statement)]


def of_client(session: Session, client_id: str, limit: int | None = None) -> list[tuple[ServiceRecord, bool]]:
    """The client's services, newest first, each with whether the client came; the other attendees are not read."""
    statement = (
        select(ServiceRecord, ServiceAttendee.attended)
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
    return [(record, attended) for record, attended in session.execute(statement)]


def attendee_names(session: Session, service_ids: list[str]) -> list[tuple[str, str, str, bool]]:
    """(service id, client id, client name, attended) of the services' live attendees, in one join; the name of a
    deleted client is blank."""
    if not service_ids:
        return []
    name = case((Client.deleted_at.is_(None), Client.name), else_="")
    statement = (
        select(ServiceAttendee.service_id, ServiceAttendee.client_id, name, ServiceAttendee.attended)
        .join(Client, Client.id == ServiceAttendee.client_id)
        .where(ServiceAttendee.service_id.in_(service_ids), ServiceAttendee.deleted_at.is_(None))
        .order_by(ServiceAttendee.service_id, ServiceAttendee.created_at)
    )
    return [(row[0], row[1], row[2], row[3]) for row in session.execute(statement)]


def staff_names(session: Session, service_ids: list[str]) -> list[tuple[str, str]]:
    """(service id, staff name) of the services' live staff rows, in one join; a deleted member's name is blank."""
    if not service_ids:
        return []
    name = case((Staff.deleted_at.is_(None), Staff.name), else_="")
    statement = (
        select(ServiceStaff.service_id, name)
        .join(Staff, Staff.id == ServiceStaff.staff_id)
        .where(ServiceStaff.service_id.in_(service_ids), ServiceStaff.deleted_at.is_(None))
        .order_by(ServiceStaff.service_id, ServiceStaff.created_at)
    )
    return [(row[0], row[1]) for row in session.execute(statement)]


@dataclass(frozen=True)
class AttendeeFiles:
    """What checking a service's attendees reads, for all of them at once and only the columns the rule uses: the
    live clients, each one's current (newest live) episode, and their live consents and agreements in the order
    repositories.consents lists them."""

    clients: dict[str, Row]
    episodes: dict[str, Row]
    consents: dict[str, list[Row]]
    agreements: dict[str, list[Row]]


# Built once: every save checks its attendees with these four, and building them cost more than running them.
_ATTENDEES = bindparam("client_ids", expanding=True)
_ATTENDEE_CLIENTS = select(Client.id, Client.case_number, Client.name, Client.birth_date, Client.legal_capacity).where(
    Client.id.in_(_ATTENDEES), Client.deleted_at.is_(None)
)
_ATTENDEE_EPISODES = (
    select(Episode.client_id, Episode.status, Episode.application_date)
    .where(Episode.client_id.in_(_ATTENDEES), Episode.deleted_at.is_(None))
    .order_by(Episode.client_id, Episode.number)
)
_ATTENDEE_CONSENTS = (
    select(Consent.client_id, Consent.kind, Consent.status, Consent.signer, Consent.signed_on, Consent.withdrawn_on)
    .where(Consent.client_id.in_(_ATTENDEES), Consent.deleted_at.is_(None))
    .order_by(Consent.signed_on, Consent.created_at)
)
_ATTENDEE_AGREEMENTS = (
    select(
        Agreement.client_id,
        Agreement.number,
        Agreement.status,
        Agreement.signer,
        Agreement.signed_on,
        Agreement.start_date,
        Agreement.end_date,
        Agreement.terminated_on,
    )
    .where(Agreement.client_id.in_(_ATTENDEES), Agreement.deleted_at.is_(None))
    .order_by(Agreement.created_at.desc())
)


def attendee_files(session: Session, client_ids: list[str]) -> AttendeeFiles:
    files = AttendeeFiles({}, {}, {}, {})
    if not client_ids:
        return files
    connection = session.connection()
    chosen = {"client_ids": client_ids}
    for row in connection.execute(_ATTENDEE_CLIENTS, chosen):
        files.clients[row.id] = row
    for row in connection.execute(_ATTENDEE_EPISODES, chosen):
        files.episodes[row.client_id] = row
    for row in connection.execute(_ATTENDEE_CONSENTS, chosen):
        files.consents.setdefault(row.client_id, []).append(row)
    for row in connection.execute(_ATTENDEE_AGREEMENTS, chosen):
        files.agreements.setdefault(row.client_id, []).append(row)
    return files


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
