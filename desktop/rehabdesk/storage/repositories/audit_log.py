"""Audit viewer queries: filter by account, date range, action and entity."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    actor_login: str | None = None
    action: str | None = None
    entity_type: str | None = None
    since: datetime | None = None  # inclusive, aware
    until: datetime | None = None  # exclusive, aware


def _filtered(statement: Select, audit_filter: AuditFilter) -> Select:
    if audit_filter.actor_login:
        statement = statement.where(AuditEntry.actor_login == audit_filter.actor_login)
    if audit_filter.action:
        statement = statement.where(AuditEntry.action == audit_filter.action)
    if audit_filter.entity_type:
        statement = statement.where(AuditEntry.entity_type == audit_filter.entity_type)
    # ISO-8601 UTC strings of one fixed width sort like the times they stand for.
    if audit_filter.since:
        statement = statement.where(
            AuditEntry.at >= audit_filter.since.astimezone(UTC).isoformat(timespec="microseconds")
        )
    if audit_filter.until:
        statement = statement.where(
            AuditEntry.at < audit_filter.until.astimezone(UTC).isoformat(timespec="microseconds")
        )
    return statement


def count(session: Session, audit_filter: AuditFilter) -> int:
    return session.scalar(_filtered(select(func.count()).select_from(AuditEntry), audit_filter)) or 0


def page(session: Session, audit_filter: AuditFilter, offset: int, limit: int) -> list[AuditEntry]:
    statement = _filtered(select(AuditEntry), audit_filter).order_by(AuditEntry.seq.desc()).offset(offset).limit(limit)
    return list(session.scalars(statement))


def stream(session: Session, audit_filter: AuditFilter) -> Iterator[AuditEntry]:
    yield from session.scalars(_filtered(select(AuditEntry), audit_filter).order_by(AuditEntry.seq)).yield_per(1000)


def distinct_values(session: Session) -> tuple[list[str], list[str], list[str]]:
    def values(column) -> list[str]:
        return [v for v in session.scalars(select(column).distinct().order_by(column)) if v]

    return values(AuditEntry.actor_login), values(AuditEntry.action), values(AuditEntry.entity_type)
