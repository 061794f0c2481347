"""What a bundle is made of, read from the change log and the rows it names (services/sync_export.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, time
from typing import Any

from sqlalchemy import String, and_, exists, func, select, type_coerce
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import (
    ChangeLogEntry,
    Client,
    Consent,
    DrillParticipant,
    ServiceAttendee,
    ServiceRecord,
    ServiceStaff,
    SyncBundle,
    TrainingAttendance,
    TrainingCourse,
)
from rehabdesk.storage.schema.base import Base

BATCH = 2000  # ids per IN (...): far under SQLite's 32 766 variables, few enough statements on a full export


def model_for(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise LookupError(table)


def acknowledged_through(session: Session) -> int:
    """The change-log position the county has acknowledged everything up to."""
    return (
        session.scalar(
            select(func.coalesce(func.max(SyncBundle.change_log_through), 0)).where(SyncBundle.status == "acknowledged")
        )
        or 0
    )


# Link rows a bundle never carries itself: their changes reach it through their parent (changed_parents), so
# their ids — as many as the services on a full export — are not held in memory.
LINK_TABLES = ("service_attendee", "service_staff", "training_attendance", "drill_participant")


def changed_since(session: Session, after: int, through: int) -> dict[str, list[str]]:
    """Entity ids changed in (after, through], by table (link tables left out), in the order of their last
    change."""
    last = func.max(ChangeLogEntry.seq)
    rows = session.connection().execute(
        select(ChangeLogEntry.entity_type, ChangeLogEntry.entity_id, last)
        .where(
            ChangeLogEntry.seq > after,
            ChangeLogEntry.seq <= through,
            ChangeLogEntry.entity_type.not_in(LINK_TABLES),
        )
        .group_by(ChangeLogEntry.entity_type, ChangeLogEntry.entity_id)
        .order_by(last)
    )
    changed: dict[str, list[str]] = defaultdict(list)
    for table, entity_id, _ in rows:
        changed[table].append(entity_id)
    return changed


def changed_parents(session: Session, model: Any, column: str, after: int, through: int) -> set[str]:
    """``column`` of the rows of link table ``model`` changed in (after, through] (the services of changed
    attendees, say), read in one join rather than id by id; from the start of the log (a full bundle), each link
    row's entry is looked up instead of the whole log joined."""
    table = model.__table__
    changes = ChangeLogEntry.__table__
    query = select(table.c[column]).distinct()
    if after == 0:
        query = query.where(_logged(table, through))
    else:
        query = query.join(changes, and_(changes.c.entity_id == table.c.id, changes.c.entity_type == table.name)).where(
            changes.c.seq > after, changes.c.seq <= through
        )
    return set(session.connection().execute(query).scalars())


def _batches(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


class EveryRow:
    """Every row of a table, tombstones included: what a bundle with nothing acknowledged before it carries. That
    bundle carries every row the change log names up to its head, read in the same transaction, and each row is
    written with its log entry in one transaction: so the tables are read whole, without looking each row up in
    the log (a million services: a third of the first bundle's reading), and no list of ids is held."""


EVERY_ROW = EveryRow()


# The columns a bundle reads of each table it carries person by person, dates as stored (ISO text: a million
# services are not turned into date objects and back).
_BUNDLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "client": ("birth_date", "gender", "county_code", "diagnosis", "status", "disability_level"),
    "episode": ("client_id", "number", "application_date", "channel", "status", "status_since", "closing_outcome",
                "closed_on"),
    "status_change": ("client_id", "episode_id", "from_status", "to_status", "changed_on"),
    "assessment": ("client_id", "episode_id", "kind", "assessed_on", "instrument", "instrument_version", "total",
                   "band"),
    "rehab_plan": ("client_id", "episode_id", "plan_version", "period_start", "period_end", "status", "agreed_on",
                   "approved_on", "review_due"),
    "referral": ("client_id", "direction", "kind", "referral_date", "receipt_date"),
    "follow_up": ("client_id", "due_date", "done_on"),
    "service_record": ("service_date", "service_types", "form", "start_time", "end_time"),
}  # fmt: skip


# Page cache while a full bundle is written, in KiB: it reads each table once in order, so the station's 128 MiB
# cache would only fill up with pages never read again (and count in the export's memory).
_STREAMING_CACHE_KIB = 16 * 1024


@contextmanager
def streaming_cache(session: Session) -> Iterator[None]:
    """Set on the session's database connection itself, so that it is restored on that one even after a commit."""
    driver = session.connection().connection.driver_connection
    assert driver is not None
    (previous,) = driver.execute("PRAGMA cache_size").fetchone()
    driver.execute(f"PRAGMA cache_size = -{_STREAMING_CACHE_KIB}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size = {int(previous)}")


def _logged(table: Any, through: int) -> Any:
    changes = ChangeLogEntry.__table__
    return exists().where(
        changes.c.entity_id == table.c.id, changes.c.seq <= through, changes.c.entity_type == table.name
    )


def _bundle_select(table: Any) -> Any:
    """id, version, deleted_at, then the table's bundle columns; dates and times as their stored text."""
    columns = [
        type_coerce(table.c[name], String) if table.c[name].type.python_type in (date, time) else table.c[name]
        for name in _BUNDLE_COLUMNS[table.name]
    ]
    return select(table.c.id, table.c.version, table.c.deleted_at.is_not(None).label("deleted"), *columns)


def bundle_rows(session: Session, model: Any, which: EveryRow | Sequence[str]) -> Iterator[Any]:
    """The rows of a person-level table a bundle carries (tombstones included): the columns of _BUNDLE_COLUMNS,
    with ``deleted`` for a tombstone. ``which``: the ids (read in batches), or EVERY_ROW."""
    table = model.__table__
    query = _bundle_select(table)
    yield from _stream(session, query, table, which)


def _stream(session: Session, query: Any, table: Any, which: EveryRow | Sequence[str]) -> Iterator[Any]:
    connection = session.connection()
    if isinstance(which, EveryRow):
        yield from connection.execute(query.execution_options(yield_per=BATCH))
        return
    for batch in _batches(which):
        yield from connection.execute(query.where(table.c.id.in_(batch)))


def service_rows(session: Session, which: EveryRow | Sequence[str]) -> Iterator[Any]:
    """Service records a bundle carries, each with ``attendees`` (who attended, comma-separated client ids) and
    ``staff`` (comma-separated staff ids), joined in the query."""
    table = ServiceRecord.__table__
    attendee = ServiceAttendee.__table__
    worker = ServiceStaff.__table__
    # Spelled as the partial index ix_service_attendee_attended is, so that its entries alone answer.
    attended = (
        select(func.group_concat(attendee.c.client_id))
        .where(attendee.c.service_id == table.c.id, attendee.c.attended.is_(True), attendee.c.deleted_at.is_(None))
        .scalar_subquery()
    )
    staff = (
        select(func.group_concat(worker.c.staff_id))
        .where(worker.c.service_id == table.c.id, worker.c.deleted_at.is_(None))
        .scalar_subquery()
    )
    query = _bundle_select(table).add_columns(attended.label("attendees"), staff.label("staff"))
    yield from _stream(session, query, table, which)


def logged_ids(session: Session, model: Any, through: int) -> list[str]:
    """Ids of the rows of a small table the change log names up to ``through`` (a full bundle's staff, drills …)."""
    table = model.__table__
    return list(session.connection().execute(select(table.c.id).where(_logged(table, through))).scalars())


def row_count(session: Session, model: Any) -> int:
    return session.scalar(select(func.count()).select_from(model.__table__)) or 0


def rows(session: Session, model: Any, ids: Sequence[str]) -> Iterator[Any]:
    """The rows with these ids (tombstones included), batch by batch, in the order of ``ids``: plain rows with
    the columns as attributes — a full export reads every row once, and ORM objects cost it two thirds of its
    time."""
    table = model.__table__
    connection = session.connection()
    for batch in _batches(ids):
        found = {row.id: row for row in connection.execute(select(table).where(table.c.id.in_(batch))).all()}
        for row_id in batch:
            if row_id in found:
                yield found[row_id]


def rows_of_clients(session: Session, model: Any, client_ids: Iterable[str]) -> list[str]:
    """Ids of the live rows of ``model`` belonging to these clients (a newly consenting client's whole history)."""
    ids = sorted(client_ids)
    found: list[str] = []
    for batch in _batches(ids):
        found += session.scalars(
            select(model.id).where(model.client_id.in_(batch), model.deleted_at.is_(None)).order_by(model.id)
        ).all()
    return found


def services_of_clients(session: Session, client_ids: Iterable[str]) -> list[str]:
    ids = sorted(client_ids)
    found: set[str] = set()
    for batch in _batches(ids):
        found |= set(
            session.scalars(
                select(ServiceAttendee.service_id).where(
                    ServiceAttendee.client_id.in_(batch), ServiceAttendee.deleted_at.is_(None)
                )
            )
        )
    return sorted(found)


def attendees(session: Session, service_ids: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for batch in _batches(service_ids):
        for service_id, client_id in (
            session.connection()
            .execute(
                select(ServiceAttendee.service_id, ServiceAttendee.client_id).where(
                    ServiceAttendee.service_id.in_(batch),
                    ServiceAttendee.deleted_at.is_(None),
                    ServiceAttendee.attended.is_(True),
                )
            )
            .all()
        ):
            found[service_id].append(client_id)
    return found


def service_staff(session: Session, service_ids: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for batch in _batches(service_ids):
        for service_id, staff_id in (
            session.connection()
            .execute(
                select(ServiceStaff.service_id, ServiceStaff.staff_id).where(
                    ServiceStaff.service_id.in_(batch), ServiceStaff.deleted_at.is_(None)
                )
            )
            .all()
        ):
            found[service_id].append(staff_id)
    return found


def identity_numbers(session: Session, client_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(client_ids))
    found: dict[str, str] = {}
    for batch in _batches(ids):
        found.update(
            (row[0], row[1]) for row in session.execute(select(Client.id, Client.id_number).where(Client.id.in_(batch)))
        )
    return found


def consenting_identity_numbers(session: Session, client_ids: Iterable[str], kind: str) -> dict[str, str]:
    """client id → ID number of those of these clients who hold a signed, not withdrawn, consent of ``kind``."""
    ids = sorted(set(client_ids))
    holding = exists().where(
        Consent.client_id == Client.id, Consent.kind == kind, Consent.status == "signed", Consent.deleted_at.is_(None)
    )
    found: dict[str, str] = {}
    connection = session.connection()
    for batch in _batches(ids):
        found.update(connection.execute(select(Client.id, Client.id_number).where(Client.id.in_(batch), holding)).all())
    return found


def consent_clients(session: Session, consent_ids: Sequence[str], kind: str) -> set[str]:
    found: set[str] = set()
    for batch in _batches(consent_ids):
        found |= set(session.scalars(select(Consent.client_id).where(Consent.id.in_(batch), Consent.kind == kind)))
    return found


def training_minutes(session: Session, staff_ids: Sequence[str]) -> dict[str, dict[str, int]]:
    """staff id → {year: minutes of counting training}."""
    found: dict[str, dict[str, int]] = defaultdict(dict)
    year = func.strftime("%Y", TrainingCourse.end_date)
    for batch in _batches(staff_ids):
        for staff_id, course_year, minutes in session.execute(
            select(TrainingAttendance.staff_id, year, func.sum(TrainingCourse.minutes))
            .join(TrainingCourse, TrainingCourse.id == TrainingAttendance.course_id)
            .where(
                TrainingAttendance.staff_id.in_(batch),
                TrainingAttendance.deleted_at.is_(None),
                TrainingCourse.deleted_at.is_(None),
                TrainingCourse.counts.is_(True),
            )
            .group_by(TrainingAttendance.staff_id, year)
        ):
            found[staff_id][str(course_year)] = int(minutes or 0)
    return found


def drill_participants(session: Session, drill_ids: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for batch in _batches(drill_ids):
        query = (
            select(DrillParticipant.drill_id, func.count())
            .where(DrillParticipant.drill_id.in_(batch), DrillParticipant.deleted_at.is_(None))
            .group_by(DrillParticipant.drill_id)
        )
        found.update((row[0], row[1]) for row in session.execute(query))
    return found


def staff_of_courses(session: Session, course_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for batch in _batches(course_ids):
        found |= set(
            session.scalars(select(TrainingAttendance.staff_id).where(TrainingAttendance.course_id.in_(batch)))
        )
    return found
