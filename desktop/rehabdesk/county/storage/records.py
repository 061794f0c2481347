"""The merged records: every station's records kept generically (type, id, version, pseudonym, station, body)."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from sqlalchemy import bindparam, delete, distinct, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from rehabdesk.county.storage.schema import MergedRecord
from rehabdesk.storage.schema.base import utc_now

_TABLE = MergedRecord.__table__


def body_text(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def held_versions(session: Session, keys: Collection[tuple[str, str]]) -> dict[tuple[str, str], int | None]:
    """(type, id) → version of those of ``keys`` the county holds, in one query (the caller keeps ``keys`` to a
    batch: two bound parameters each)."""
    if not keys:
        return {}
    rows = session.connection().execute(
        select(_TABLE.c.type, _TABLE.c.id, _TABLE.c.version).where(tuple_(_TABLE.c.type, _TABLE.c.id).in_(list(keys)))
    )
    return {(row.type, row.id): row.version for row in rows}


def write(
    session: Session,
    changes: Mapping[tuple[str, str], dict[str, Any] | None],
    held: Collection[tuple[str, str]],
    station_code: str,
) -> None:
    """A batch's outcome in at most three executemany statements: per (type, id) the record to keep, or None for
    none; ``held`` are the keys the county held before the batch (updated or deleted there, inserted elsewhere)."""
    now = utc_now()
    inserts, updates, deletes = [], [], []
    for (kind, record_id), record in changes.items():
        if record is None:
            if (kind, record_id) in held:
                deletes.append({"key_type": kind, "key_id": record_id})
            continue
        values = {
            "version": record.get("version"),
            "pseudonym": record.get("pseudonym"),
            "station_code": station_code,
            "body": body_text(record),
            "updated_at": now,
        }
        if (kind, record_id) in held:
            updates.append({"key_type": kind, "key_id": record_id, **values})
        else:
            inserts.append({"type": kind, "id": record_id, **values})
    connection = session.connection()
    by_key = (_TABLE.c.type == bindparam("key_type"), _TABLE.c.id == bindparam("key_id"))
    if deletes:
        connection.execute(delete(_TABLE).where(*by_key), deletes)
    if updates:
        connection.execute(update(_TABLE).where(*by_key), updates)
    if inserts:
        connection.execute(insert(_TABLE), inserts)


def remove_pseudonym(session: Session, pseudonym: str) -> int:
    return session.connection().execute(delete(_TABLE).where(_TABLE.c.pseudonym == pseudonym)).rowcount


def services_naming(session: Session, pseudonym: str) -> list[tuple[str, str]]:
    """(id, body) of service records whose text mentions ``pseudonym`` (the caller checks the attendee list):
    LIKE is portable SQL, and a pseudonym is 64 hex digits, so it has no LIKE wildcard in it."""
    rows = session.connection().execute(
        select(_TABLE.c.id, _TABLE.c.body).where(_TABLE.c.type == "service", _TABLE.c.body.like(f"%{pseudonym}%"))
    )
    return [(row.id, row.body) for row in rows]


def replace_body(session: Session, kind: str, record_id: str, body: dict[str, Any]) -> None:
    session.connection().execute(
        update(_TABLE)
        .where(_TABLE.c.type == kind, _TABLE.c.id == record_id)
        .values(body=body_text(body), updated_at=utc_now())
    )


def all_records(session: Session) -> Iterator[tuple[str, str, str]]:
    """(type, station code, body text) of every merged record, streamed."""
    result = (
        session.connection()
        .execution_options(yield_per=2000)
        .execute(select(_TABLE.c.type, _TABLE.c.station_code, _TABLE.c.body).order_by(_TABLE.c.type, _TABLE.c.id))
    )
    for row in result:
        yield row.type, row.station_code, row.body


def snapshots_and_shared_changes(session: Session, snapshot: str, change: str) -> Iterator[tuple[str, str, str]]:
    """(type, station code, body text) of the ``snapshot`` records, and of the ``change`` records of pseudonyms
    held at two or more stations: all the 汇总表 reads (only those people can be counted twice), where a city's
    service records alone are hundreds of thousands of rows. Two queries, each served by an index (the shared
    pseudonyms from ix_merged_record_type_pseudonym alone)."""
    connection = session.connection().execution_options(yield_per=2000)
    columns = (_TABLE.c.type, _TABLE.c.station_code, _TABLE.c.body)
    for row in connection.execute(select(*columns).where(_TABLE.c.type == snapshot).order_by(_TABLE.c.id)):
        yield row.type, row.station_code, row.body
    shared = (
        select(_TABLE.c.pseudonym)
        .where(_TABLE.c.type == change)
        .group_by(_TABLE.c.pseudonym)
        .having(func.count(distinct(_TABLE.c.station_code)) > 1)
    )
    # No ORDER BY: SQLite would then walk the primary key over every change rather than look the few people up.
    query = select(*columns).where(_TABLE.c.type == change, _TABLE.c.pseudonym.in_(shared))
    for row in connection.execute(query):
        yield row.type, row.station_code, row.body
