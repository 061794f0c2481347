"""Change log (outbox) for sync, written by the unit of work alone when it commits.

Every sync row a transaction inserts, changes or soft-deletes gets exactly one change-log row, numbered on from the
station's newest entry with no gap: rows the ORM flushed (collected by a flush hook) and rows the bulk insert path
wrote (noted by it) alike. Several changes to one row in one transaction make one entry describing its final
state: inserted then changed is an insert, soft-deleted is a delete, brought back from a soft delete is an update.
Sync rows are never physically deleted (the county would never learn of it): a flush that tries is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rehabdesk.storage.driver_insert import insert_many
from rehabdesk.storage.schema import ChangeLogEntry
from rehabdesk.storage.schema.base import SyncRow, utc_now

_PENDING = "rehabdesk_outbox"
_LAST_SEQ = select(func.max(ChangeLogEntry.seq))


@dataclass
class _RowChange:
    inserted: bool
    deleted: bool
    version: int


@dataclass
class PendingChanges:
    """What the open transaction changed so far: sync rows by (table, id) in the order first changed, and the
    name of every table written (sync or not), which is what the commit reports as the kinds of data touched."""

    rows: dict[tuple[str, str], _RowChange] = field(default_factory=dict)
    tables: set[str] = field(default_factory=set)

    def note(self, table: str, row_id: str, *, inserted: bool, deleted: bool, version: int) -> None:
        earlier = self.rows.get((table, row_id))
        inserted = inserted or (earlier is not None and earlier.inserted)
        self.rows[(table, row_id)] = _RowChange(inserted, deleted, version)
        self.tables.add(table)


def pending(session: Session) -> PendingChanges:
    changes = session.info.get(_PENDING)
    if changes is None:
        changes = session.info[_PENDING] = PendingChanges()
    return changes


def note_inserted(session: Session, table: str, row_ids: Iterable[str]) -> None:
    """The bulk insert path's new rows (version 1), which no flush hook sees."""
    changes = pending(session)
    for row_id in row_ids:
        changes.note(table, row_id, inserted=True, deleted=False, version=1)


def refuse_hard_deletes(session: Session, flush_context: Any, instances: Any) -> None:
    """before_flush hook."""
    for row in session.deleted:
        if isinstance(row, SyncRow):
            raise RuntimeError(
                f"{row.__tablename__} rows sync to the county and are never deleted: use UnitOfWork.soft_delete"  # type: ignore[attr-defined]
            )


def collect_flushed(session: Session, flush_context: Any) -> None:
    """after_flush hook: session.new and session.dirty still describe what this flush wrote."""
    changes = pending(session)
    for row in session.new:
        table = row.__table__.name
        if isinstance(row, SyncRow):
            changes.note(table, row.id, inserted=True, deleted=row.deleted_at is not None, version=row.version)
        else:
            changes.tables.add(table)
    for row in session.dirty:
        if not session.is_modified(row, include_collections=False):
            continue
        table = row.__table__.name
        if isinstance(row, SyncRow):
            changes.note(table, row.id, inserted=False, deleted=row.deleted_at is not None, version=row.version)
        else:
            changes.tables.add(table)


def refuse_unwritten(session: Session) -> None:
    """before_commit hook: sync rows changed in a session committed other than through UnitOfWork.commit would
    reach the database without their change-log rows."""
    changes = session.info.get(_PENDING)
    if changes is not None and changes.rows:
        raise RuntimeError("sync rows changed outside a unit of work: commit through UnitOfWork.commit")


def write(session: Session) -> frozenset[str]:
    """Append the transaction's change-log rows (after the caller's last flush) and return the tables written."""
    changes = session.info.pop(_PENDING, None)
    if changes is None:
        return frozenset()
    if changes.rows:
        connection = session.connection()
        last = connection.execute(_LAST_SEQ).scalar() or 0
        now = utc_now()
        insert_many(
            connection,
            ChangeLogEntry.__table__,
            {},
            (
                {
                    "seq": seq,
                    "at": now,
                    "entity_type": table,
                    "entity_id": row_id,
                    "operation": _operation(change),
                    "row_version": change.version,
                }
                for seq, ((table, row_id), change) in enumerate(changes.rows.items(), start=last + 1)
            ),
        )
    return frozenset(changes.tables)


def _operation(change: _RowChange) -> str:
    if change.deleted:
        return "delete"
    return "insert" if change.inserted else "update"
