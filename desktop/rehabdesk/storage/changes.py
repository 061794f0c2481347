"""Change log (outbox): every insert, update and soft delete of a sync row appends a row in the same flush."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import ChangeLogEntry
from rehabdesk.storage.schema.base import SyncRow


def _operation(session: Session, row: SyncRow, is_new: bool) -> str:
    if is_new:
        return "insert"
    deleted_history = inspect(row).attrs.deleted_at.history
    if deleted_history.added and deleted_history.added[0] is not None:
        return "delete"
    return "update"


def record_flushed_changes(session: Session, flush_context: Any) -> None:
    """after_flush hook: session.new and session.dirty still describe what this flush wrote."""
    changed = [(row, True) for row in session.new if isinstance(row, SyncRow)]
    changed += [
        (row, False)
        for row in session.dirty
        if isinstance(row, SyncRow) and session.is_modified(row, include_collections=False)
    ]
    if not changed:
        return
    connection = session.connection()
    last = connection.execute(select(func.max(ChangeLogEntry.seq))).scalar() or 0
    now = datetime.now(UTC)
    rows = [
        {
            "seq": last + offset,
            "at": now,
            "entity_type": row.__tablename__,  # type: ignore[attr-defined]
            "entity_id": row.id,
            "operation": _operation(session, row, is_new),
            "row_version": row.version,
        }
        for offset, (row, is_new) in enumerate(changed, start=1)
    ]
    connection.execute(insert(ChangeLogEntry.__table__), rows)
