"""Reads and writes of the station's sync bookkeeping (schema/sync_state.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import (
    Assessment,
    ChangeLogEntry,
    Client,
    Drill,
    EmergencyPlan,
    Episode,
    FollowUp,
    Referral,
    RehabPlan,
    ServiceAttendee,
    ServiceRecord,
    Staff,
    StatusChange,
    SyncBundle,
    SyncDelivery,
    SyncDevice,
    SyncEnrolment,
)
from rehabdesk.storage.schema.base import utc_now


def current_enrolment(session: Session) -> SyncEnrolment | None:
    return session.scalar(select(SyncEnrolment).where(SyncEnrolment.replaced_at.is_(None)))


def current_device(session: Session) -> SyncDevice | None:
    return session.scalar(select(SyncDevice).where(SyncDevice.revoked_at.is_(None)).order_by(SyncDevice.created_at))


def add_enrolment(session: Session, enrolment: SyncEnrolment) -> SyncEnrolment:
    previous = current_enrolment(session)
    if previous is not None:
        previous.replaced_at = utc_now()
    session.add(enrolment)
    session.flush()
    return enrolment


def add_device(session: Session, device: SyncDevice) -> SyncDevice:
    session.add(device)
    session.flush()
    return device


def bundles(session: Session) -> list[SyncBundle]:
    return list(session.scalars(select(SyncBundle).order_by(SyncBundle.created_at.desc(), SyncBundle.sequence.desc())))


def last_bundle(session: Session, device_id: str) -> SyncBundle | None:
    return session.scalar(
        select(SyncBundle).where(SyncBundle.device_id == device_id).order_by(SyncBundle.sequence.desc()).limit(1)
    )


def bundle(session: Session, bundle_id: str) -> SyncBundle | None:
    return session.get(SyncBundle, bundle_id)


def record_deliveries(session: Session, deliveries: list[dict[str, Any]]) -> None:
    """Upsert what the county acknowledged, a batch per statement. A station's first acknowledgement names every
    record it ever sent (over a million at a large station), which an ORM merge per record took most of an hour
    to write."""
    table = SyncDelivery.__table__
    upsert = sqlite_insert(table)
    upsert = upsert.on_conflict_do_update(
        index_elements=[table.c.entity_type, table.c.entity_id],
        set_={name: upsert.excluded[name] for name in ("row_version", "bundle_id", "state", "reason")},
    )
    for start in range(0, len(deliveries), _DELIVERY_BATCH):
        session.execute(upsert, deliveries[start : start + _DELIVERY_BATCH])


_DELIVERY_BATCH = 5_000


def rejected(session: Session) -> list[SyncDelivery]:
    return list(
        session.scalars(
            select(SyncDelivery)
            .where(SyncDelivery.state == "rejected")
            .order_by(SyncDelivery.entity_type, SyncDelivery.entity_id)
        )
    )


# The person-level record types of a bundle whose row names its client (docs/sync-bundle.md §7).
_CLIENT_ROWS = {
    "episode": Episode,
    "status_change": StatusChange,
    "assessment": Assessment,
    "rehab_plan": RehabPlan,
    "referral": Referral,
    "follow_up": FollowUp,
}


def clients_of_records(session: Session, records: list[tuple[str, str]]) -> dict[tuple[str, str], Client]:
    """The client each (record type, id) belongs to, where it belongs to one: a client record is the client, a
    service the first of its attendees; staff, drills, plans and snapshots belong to none."""
    wanted: dict[str, set[str]] = {}
    for kind, record_id in records:
        wanted.setdefault(kind, set()).add(record_id)
    client_of: dict[tuple[str, str], str] = {("client", i): i for i in wanted.get("client", ())}
    for kind, model in _CLIENT_ROWS.items():
        if kind in wanted:
            rows = session.execute(select(model.id, model.client_id).where(model.id.in_(wanted[kind])))
            client_of.update({(kind, row_id): client_id for row_id, client_id in rows})
    if "service" in wanted:
        rows = session.execute(
            select(ServiceAttendee.service_id, func.min(ServiceAttendee.client_id))
            .where(ServiceAttendee.service_id.in_(wanted["service"]))
            .group_by(ServiceAttendee.service_id)
        )
        client_of.update({("service", service_id): client_id for service_id, client_id in rows})
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(set(client_of.values()))))}
    return {key: clients[client_id] for key, client_id in client_of.items() if client_id in clients}


# change-log table → the record type a bundle carries it as (docs/sync-bundle.md §7), and its model; link rows and
# tables that never leave the station are not counted.
_SENT_TABLES: dict[str, tuple[str, Any]] = {
    "client": ("client", Client),
    **{kind: (kind, model) for kind, model in _CLIENT_ROWS.items()},
    "service_record": ("service", ServiceRecord),
    "staff": ("staff", Staff),
    "drill": ("drill", Drill),
    "emergency_plan": ("emergency_plan", EmergencyPlan),
}


def changes_after_acknowledged(session: Session) -> tuple[dict[str, int], datetime | None]:
    """Records changed after what the county acknowledged, by bundle record type, and the oldest such change."""
    after = session.scalar(
        select(func.coalesce(func.max(SyncBundle.change_log_through), 0)).where(SyncBundle.status == "acknowledged")
    )
    waiting = ChangeLogEntry.seq > after, ChangeLogEntry.entity_type.in_(_SENT_TABLES)
    oldest = session.scalar(select(ChangeLogEntry.at).where(*waiting).order_by(ChangeLogEntry.seq).limit(1))
    if oldest is None:
        return {}, None
    if not after:
        # Nothing acknowledged yet: every row is waiting. Counting the tables is quick; counting distinct ids in the
        # change log sorts all of it (about 14 s for 1.5 million entries on a busy two-core machine).
        counts = {
            kind: session.scalar(select(func.count()).select_from(model)) or 0 for kind, model in _SENT_TABLES.values()
        }
        return {kind: count for kind, count in counts.items() if count}, oldest
    rows = session.execute(
        select(ChangeLogEntry.entity_type, func.count(func.distinct(ChangeLogEntry.entity_id)))
        .where(*waiting)
        .group_by(ChangeLogEntry.entity_type)
    ).all()
    return {_SENT_TABLES[table][0]: count for table, count in rows}, oldest
