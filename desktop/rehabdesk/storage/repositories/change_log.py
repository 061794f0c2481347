"""The change log's head: its newest position. Every write of a sync row moves it, so two reads that see the same
head saw the same data."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import ChangeLogEntry


def head(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0
