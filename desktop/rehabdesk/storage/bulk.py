"""New sync rows in a few statements: a saved service's record and people, and the demo station's case files and
million service records, without the ORM's per-object bookkeeping (a 15-attendee group through the ORM's unit of
work cost three times as much: tests/bench group_session_save)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from rehabdesk.storage import outbox
from rehabdesk.storage.driver_insert import column_defaults, insert_many
from rehabdesk.storage.schema.base import SyncRow, new_id, utc_now

# Page cache for a bulk insert, in KiB: the attendee index by client takes rows all over its pages, and with the
# station's own cache each batch rereads and re-encrypts them (3-4x slower on the benchmark station). A save of a
# few rows keeps the station's cache as it is.
_BULK_CACHE_KIB = 512 * 1024
_BULK_ROWS = 10_000


def insert_new_rows(session: Session, tables: Sequence[tuple[type[SyncRow], list[dict[str, Any]]]]) -> None:
    """Each row dict holds column values of its table; the columns left out take their defaults. Rows others refer
    to carry their ids, and ``tables`` come in an order where every foreign key points at a row inserted before
    (within a table, in list order). The rows are noted for the change log as inserts, as the flush hook notes new
    objects; the unit of work writes them when it commits."""
    session.flush()  # rows still pending in the session are noted first, so they are numbered first
    connection = session.connection()
    now = utc_now()
    bulk = sum(len(rows) for _model, rows in tables) >= _BULK_ROWS
    previous_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar() if bulk else None
    if bulk:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    try:
        for model, rows in tables:
            if not rows:
                continue
            table = model.__table__  # type: ignore[attr-defined]
            ids = [row.get("id") or new_id() for row in rows]
            defaults = column_defaults(table) | {"created_at": now, "updated_at": now, "version": 1, "deleted_at": None}
            insert_many(connection, table, defaults, ({**row, "id": i} for row, i in zip(rows, ids, strict=True)))
            outbox.note_inserted(session, table.name, ids)
    finally:
        if bulk:
            connection.exec_driver_sql(f"PRAGMA cache_size = {previous_cache}")
