"""Service records with their attendees, staff and revisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import Row, case, func, select
from sqlalchemy.orm import Session

from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.consent import GATING_KINDS, ConsentStatus, Signer
from rehabdesk.domain.eligibility import AgreementFact, ConsentFact
from rehabdesk.storage.schema import (
    Client,
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


def on_day(session: Session, day: date, *, offset: int = 0, limit: int | None = None) -> list[Row]:
    """The day's live records (SUMMARY_COLUMNS), by start time; with ``limit``, that many from ``offset`` on."""
    statement = (
        select(*SUMMARY_COLUMNS)
        .where(ServiceRecord.service_date == day, ServiceRecord.deleted_at.is_(None))
        .order_by(ServiceRecord.start_time, ServiceRecord.created_at, ServiceRecord.id)
    )
    if limit is not None:
        statement = statement.offset(offset).limit(limit)
    return list(session.execute(statement))


def count_on(session: Session, day: date) -> int:
    return (
        session.scalar(
            select(func.count()).where(ServiceRecord.service_date == day, ServiceRecord.deleted_at.is_(None))
        )
        or 0
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


def of_client(session: Session, client_id: str, limit: int | None = None) -> list[Row]:
    """The client's services (SUMMARY_COLUMNS and ``attended``, whether the client came), newest first; the other
    attendees are not read. Plain rows: a case file lists up to some hundred of them, and loading each as an ORM
    object cost more than the query."""
    statement = (
        select(*SUMMARY_COLUMNS, ServiceAttendee.attended)
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
    return list(session.execute(statement))


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


class AttendeeClient(NamedTuple):
    id: str
    case_number: str
    name: str
    birth_date: date
    legal_capacity: str


@dataclass(frozen=True)
class AttendeeFiles:
    """What checking a service's attendees reads, for all of them at once and only what the rule uses: the live
    clients, each one's current (newest live) episode as (status, application date), and their live consents of the
    gating kinds and agreements as the eligibility rule's facts, in the order repositories.consents lists them."""

    clients: dict[str, AttendeeClient]
    episodes: dict[str, tuple[str, date]]
    consents: dict[str, list[ConsentFact]]
    agreements: dict[str, list[AgreementFact]]


# Read on the driver with plain SQL: every save checks its attendees, and SQLAlchemy's statement handling and row
# objects cost more than the four queries themselves (tests/bench group_session_save).
_CLIENTS_SQL = (
    "SELECT id, case_number, name, birth_date, legal_capacity FROM client WHERE id IN ({}) AND deleted_at IS NULL"
)
_EPISODES_SQL = (
    "SELECT client_id, status, application_date FROM episode WHERE client_id IN ({}) AND deleted_at IS NULL"
    " ORDER BY client_id, number"
)
_CONSENTS_SQL = (
    "SELECT client_id, kind, status, signer, signed_on, withdrawn_on FROM consent"
    " WHERE client_id IN ({}) AND kind IN ({}) AND deleted_at IS NULL ORDER BY signed_on, created_at"
)
_AGREEMENTS_SQL = (
    "SELECT client_id, number, status, signer, signed_on, start_date, end_date, terminated_on FROM agreement"
    " WHERE client_id IN ({}) AND deleted_at IS NULL ORDER BY created_at DESC"
)
_GATING = tuple(kind.value for kind in GATING_KINDS)
_KINDS = {kind.value: kind for kind in GATING_KINDS}
_CONSENT_STATUSES = {status.value: status for status in ConsentStatus}
_AGREEMENT_STATUSES = {status.value: status for status in AgreementStatus}
_SIGNERS = {signer.value: signer for signer in Signer}
_day = date.fromisoformat


def _maybe_day(text: str | None) -> date | None:
    return None if text is None else _day(text)


_BATCH = 500  # clients a statement asks for: a statement binds a bounded number of values (250 000 here)


def attendee_files(session: Session, client_ids: list[str]) -> AttendeeFiles:
    files = AttendeeFiles({}, {}, {}, {})
    ids = list(dict.fromkeys(client_ids))
    cursor = session.connection().connection.cursor()
    try:
        for start in range(0, len(ids), _BATCH):
            _read_attendee_files(cursor, ids[start : start + _BATCH], files)
    finally:
        cursor.close()
    return files


def _read_attendee_files(cursor, ids: list[str], files: AttendeeFiles) -> None:  # type: ignore[no-untyped-def]
    marks = ", ".join("?" * len(ids))
    for client_id, case_number, name, birth_date, capacity in cursor.execute(_CLIENTS_SQL.format(marks), ids):
        files.clients[client_id] = AttendeeClient(client_id, case_number, name, _day(birth_date), capacity)
    for client_id, status, applied in cursor.execute(_EPISODES_SQL.format(marks), ids):
        files.episodes[client_id] = (status, _day(applied))
    consents = cursor.execute(_CONSENTS_SQL.format(marks, ", ".join("?" * len(_GATING))), [*ids, *_GATING])
    for client_id, kind, status, signer, signed_on, withdrawn_on in consents:
        files.consents.setdefault(client_id, []).append(
            ConsentFact(
                _KINDS[kind], _CONSENT_STATUSES[status], _SIGNERS[signer], _day(signed_on), _maybe_day(withdrawn_on)
            )
        )
    for client_id, number, status, signer, signed_on, start, end, ended in cursor.execute(
        _AGREEMENTS_SQL.format(marks), ids
    ):
        files.agreements.setdefault(client_id, []).append(
            AgreementFact(
                number,
                _AGREEMENT_STATUSES[status],
                _SIGNERS[signer] if signer else None,
                _maybe_day(signed_on),
                _day(start),
                _day(end),
                _maybe_day(ended),
            )
        )


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
