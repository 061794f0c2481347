"""Staff look-ups."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import Staff


def by_number(session: Session, staff_number: str) -> Staff | None:
    return session.scalar(select(Staff).where(Staff.staff_number == staff_number, Staff.deleted_at.is_(None)))


def all_staff(session: Session) -> list[Staff]:
    return list(session.scalars(select(Staff).where(Staff.deleted_at.is_(None)).order_by(Staff.staff_number)))


def by_id(session: Session, staff_id: str) -> Staff | None:
    staff = session.get(Staff, staff_id)
    return staff if staff is not None and staff.deleted_at is None else None
