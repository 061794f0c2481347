"""Reads and writes of the station's sync bookkeeping (schema/sync_state.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import SyncBundle, SyncDelivery, SyncDevice, SyncEnrolment
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


def record_delivery(session: Session, delivery: SyncDelivery) -> None:
    session.merge(delivery)


def rejected(session: Session) -> list[SyncDelivery]:
    return list(session.scalars(select(SyncDelivery).where(SyncDelivery.state == "rejected")))
