"""Staff look-ups."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import Staff


def by_number(session: Session, staff_number: str) -> Staff | None:
    return session.scalar(select(Staff).where(Staff.staff_number == staff_number, Staff.deleted_at.is_(None)))


def all_staff(session: Session) -> list[Staff]:
    return list(session.scalars(select(Staff).where(Staff.deleted_at.is_(None)).order_by(Staff.staff_number)))


_LIVE_IDS = select(Staff.id).where(Staff.id.in_(bindparam("staff_ids", expanding=True)), Staff.deleted_at.is_(None))


def live_ids(session: Session, staff_ids: Iterable[str]) -> set[str]:
    """Which of ``staff_ids`` are on the staff list (not deleted)."""
    found = session.connection().execute(_LIVE_IDS, {"staff_ids": list(staff_ids)})
    return {row[0] for row in found}


def by_id(session: Session, staff_id: str) -> Staff | None:
    staff = session.get(Staff, staff_id)
    return staff if staff is not None and staff.deleted_at is None else None


def live_names(session: Session, staff_ids: Iterable[str]) -> dict[str, str]:
    """Staff id → name of those of ``staff_ids`` on the staff list (not deleted), in one query."""
    wanted = list(set(staff_ids))
    if not wanted:
        return {}
    rows = session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted), Staff.deleted_at.is_(None)))
    return {row[0]: row[1] for row in rows}
