"""The merged records: every station's records kept generically (type, id, version, pseudonym, station, body).

A bundle's records are looked up and written a batch at a time (``batch_size``). On SQLite that is a statement
with two bound parameters per record and executemany; on a database server, where each statement is a round trip
and SQLAlchemy's and the driver's per-row parameter handling was most of a million-record import, a batch's keys
travel as two array parameters and its rows by COPY into a temporary table applied with one statement."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from sqlalchemy import bindparam, delete, distinct, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from rehabdesk.county.storage.schema import MergedRecord
from rehabdesk.storage.schema.base import utc_now

_TABLE = MergedRecord.__table__
SQLITE_BATCH = 500  # 1 000 bound parameters per version lookup, well inside SQLite's limit
SERVER_BATCH = 5_000  # arrays and COPY have no parameter limit; larger batches add memory, not speed
_STAGING = "merged_incoming"


def batch_size(session: Session) -> int:
    return SERVER_BATCH if _on_server(session) else SQLITE_BATCH


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name != "sqlite"


def body_text(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def held_versions(session: Session, keys: Collection[tuple[str, str]]) -> dict[tuple[str, str], int | None]:
    """(type, id) → version of those of ``keys`` the county holds, in one query (the caller keeps ``keys`` to a
    batch: on SQLite two bound parameters each; on a server two array parameters in all)."""
    if not keys:
        return {}
    if _on_server(session):
        kinds, ids = (list(column) for column in zip(*keys, strict=True))
        with _driver(session).cursor() as cursor:
            cursor.execute(
                f"SELECT m.type, m.id, m.version FROM {_TABLE.name} m"
                " JOIN unnest(%s::text[], %s::text[]) AS k(type, id) ON m.type = k.type AND m.id = k.id",
                (kinds, ids),
                binary=True,  # the arrays' binary form: the text one quotes and escapes every id
            )
            return {(kind, record_id): version for kind, record_id, version in cursor}
    rows = session.connection().execute(
        select(_TABLE.c.type, _TABLE.c.id, _TABLE.c.version).where(tuple_(_TABLE.c.type, _TABLE.c.id).in_(list(keys)))
    )
    return {(row.type, row.id): row.version for row in rows}


def _driver(session: Session) -> Any:
    """The DBAPI connection under the session's, inside the same transaction (COPY has no SQLAlchemy form)."""
    return session.connection().connection.driver_connection


def write(
    session: Session,
    changes: Mapping[tuple[str, str], dict[str, Any] | None],
    held: Collection[tuple[str, str]],
    station_code: str,
) -> None:
    """A batch's outcome: per (type, id) the record to keep, or None for none; ``held`` are the keys the county
    held before the batch (updated or deleted there, inserted elsewhere)."""
    kept = [(key, record) for key, record in changes.items() if record is not None]
    gone = [key for key, record in changes.items() if record is None and key in held]
    if _on_server(session):
        _write_on_server(session, kept, gone, station_code)
    else:
        _write_on_file(session, kept, gone, held, station_code)


def _write_on_file(
    session: Session,
    kept: list[tuple[tuple[str, str], dict[str, Any]]],
    gone: list[tuple[str, str]],
    held: Collection[tuple[str, str]],
    station_code: str,
) -> None:
    """At most three executemany statements."""
    now = utc_now()
    inserts, updates = [], []
    for (kind, record_id), record in kept:
        values = {"version": record.get("version"), "pseudonym": record.get("pseudonym"),
                  "station_code": station_code, "body": body_text(record), "updated_at": now}  # fmt: skip
        if (kind, record_id) in held:
            updates.append({"key_type": kind, "key_id": record_id, **values})
        else:
            inserts.append({"type": kind, "id": record_id, **values})
    connection = session.connection()
    by_key = (_TABLE.c.type == bindparam("key_type"), _TABLE.c.id == bindparam("key_id"))
    if gone:
        connection.execute(delete(_TABLE).where(*by_key), [{"key_type": kind, "key_id": i} for kind, i in gone])
    if updates:
        connection.execute(update(_TABLE).where(*by_key), updates)
    if inserts:
        connection.execute(insert(_TABLE), inserts)


def _write_on_server(
    session: Session,
    kept: list[tuple[tuple[str, str], dict[str, Any]]],
    gone: list[tuple[str, str]],
    station_code: str,
) -> None:
    """The deletes by one statement; the rows kept (each (type, id) once: ``changes`` is keyed by it) copied
    into a temporary table that lives for the batch, then inserted, or updated where held, by one statement."""
    with _driver(session).cursor() as cursor:
        if gone:
            cursor.execute(
                f"DELETE FROM {_TABLE.name} m USING unnest(%s::text[], %s::text[]) AS k(type, id)"
                " WHERE m.type = k.type AND m.id = k.id",
                tuple(list(column) for column in zip(*gone, strict=True)),
            )
        if not kept:
            return
        # Made and dropped inside the bundle's transaction: a failure rolls it back with everything else.
        cursor.execute(
            f"CREATE TEMPORARY TABLE {_STAGING} (type text, id text, version bigint, pseudonym text, body text)"
        )
        with cursor.copy(f"COPY {_STAGING} (type, id, version, pseudonym, body) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(["text", "text", "int8", "text", "text"])
            for (kind, record_id), record in kept:
                copy.write_row((kind, record_id, record.get("version"), record.get("pseudonym"), body_text(record)))
        cursor.execute(
            f"INSERT INTO {_TABLE.name} (type, id, version, pseudonym, station_code, body, updated_at)"
            f" SELECT type, id, version, pseudonym, %s, body, %s FROM {_STAGING}"
            " ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, pseudonym = excluded.pseudonym,"
            " station_code = excluded.station_code, body = excluded.body, updated_at = excluded.updated_at",
            (station_code, _TABLE.c.updated_at.type.process_bind_param(utc_now(), None)),
        )
        cursor.execute(f"DROP TABLE {_STAGING}")


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
