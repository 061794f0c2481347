"""Service records with their attendees, staff and revisions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, Table, case, func, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import (
    Agreement,
    ChangeLogEntry,
    Client,
    Consent,
    Episode,
    ServiceAttendee,
    ServiceRecord,
    ServiceRevision,
    ServiceStaff,
    Staff,
)
from rehabdesk.storage.schema.base import SyncRow, new_id, utc_now

# Page cache for a bulk insert, in KiB: the attendee index by client takes rows all over its pages, and with the
# station's 8 MB cache each batch rereads and re-encrypts them (3-4x slower on the benchmark station).
_BULK_CACHE_KIB = 512 * 1024
_REQUIRED = object()  # a column with neither a value nor a default


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


def attendee_files(session: Session, client_ids: list[str]) -> AttendeeFiles:
    files = AttendeeFiles({}, {}, {}, {})
    if not client_ids:
        return files
    for row in session.execute(
        select(Client.id, Client.case_number, Client.name, Client.birth_date, Client.legal_capacity).where(
            Client.id.in_(client_ids), Client.deleted_at.is_(None)
        )
    ):
        files.clients[row.id] = row
    for row in session.execute(
        select(Episode.client_id, Episode.status, Episode.application_date)
        .where(Episode.client_id.in_(client_ids), Episode.deleted_at.is_(None))
        .order_by(Episode.client_id, Episode.number)
    ):
        files.episodes[row.client_id] = row
    for row in session.execute(
        select(Consent.client_id, Consent.kind, Consent.status, Consent.signer, Consent.signed_on, Consent.withdrawn_on)
        .where(Consent.client_id.in_(client_ids), Consent.deleted_at.is_(None))
        .order_by(Consent.signed_on, Consent.created_at)
    ):
        files.consents.setdefault(row.client_id, []).append(row)
    for row in session.execute(
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
        .where(Agreement.client_id.in_(client_ids), Agreement.deleted_at.is_(None))
        .order_by(Agreement.created_at.desc())
    ):
        files.agreements.setdefault(row.client_id, []).append(row)
    return files


def insert_new_rows(session: Session, tables: Sequence[tuple[type[SyncRow], list[dict[str, Any]]]]) -> None:
    """Insert new sync rows in a few statements: the demo station's case files and million service records (one
    save at a time goes through the ORM). Each row dict holds column values of its table; the columns left out take
    their defaults. Rows others refer to carry their ids, and ``tables`` come in an order where every foreign key
    points at a row inserted before (within a table, in list order).

    The change log gets what storage.changes.record_flushed_changes writes when a flush inserts the same rows as
    new objects: one row per inserted row, operation "insert", row version 1, numbered on from the newest entry, in
    the same transaction."""
    session.flush()  # rows still pending in the session take their change-log numbers first
    connection = session.connection()
    now = utc_now()
    log: list[dict[str, Any]] = []
    last = session.scalar(select(func.max(ChangeLogEntry.seq))) or 0
    previous_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    try:
        for model, rows in tables:
            if not rows:
                continue
            table = model.__table__  # type: ignore[attr-defined]
            ids = [row.get("id") or new_id() for row in rows]
            defaults = _defaults(table) | {"created_at": now, "updated_at": now, "version": 1, "deleted_at": None}
            _execute_many(connection, table, defaults, ({**row, "id": i} for row, i in zip(rows, ids, strict=True)))
            base = last + len(log)
            log += [
                {
                    "seq": base + offset,
                    "at": now,
                    "entity_type": table.name,
                    "entity_id": row_id,
                    "operation": "insert",
                    "row_version": 1,
                }
                for offset, row_id in enumerate(ids, start=1)
            ]
        if log:
            _execute_many(connection, ChangeLogEntry.__table__, {}, log)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {previous_cache}")


def _defaults(table: Table) -> dict[str, Any]:
    """The values a column left out takes: its scalar default, else NULL where allowed."""
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.default is not None and column.default.is_scalar:
            values[column.key] = column.default.arg
        elif column.nullable:
            values[column.key] = None
    return values


def _execute_many(connection: Connection, table: Table, defaults: dict[str, Any], rows: Iterable[dict]) -> None:
    """One executemany on the driver, each value converted by its column type's own bind processor: what
    connection.execute(insert(table), rows) stores, without its per-row bookkeeping (two thirds of the time for a
    million rows). Defaults are converted once."""
    dialect = connection.dialect
    columns = list(table.columns)
    processors = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    converted = {
        column.key: processor(defaults[column.key]) if processor else defaults[column.key]
        for column, processor in zip(columns, processors, strict=True)
        if column.key in defaults
    }
    plan = [
        (column.key, processor, converted.get(column.key, _REQUIRED))
        for column, processor in zip(columns, processors, strict=True)
    ]
    quote = dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    parameters = []
    for row in rows:
        values = []
        for key, processor, default in plan:
            if key in row:
                value = row[key]
                values.append(processor(value) if processor else value)
            elif default is _REQUIRED:
                raise ValueError(f"{table.name}.{key} has no value and no default")
            else:
                values.append(default)
        parameters.append(tuple(values))
    connection.exec_driver_sql(statement, parameters)


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
