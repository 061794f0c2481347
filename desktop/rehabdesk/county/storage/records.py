"""The merged records: every station's records kept generically (type, id, version, pseudonym, station, body)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from rehabdesk.county.storage.schema import MergedRecord
from rehabdesk.storage.schema.base import utc_now

_TABLE = MergedRecord.__table__


def body_text(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def held_version(session: Session, kind: str, record_id: str) -> tuple[bool, int | None]:
    """(whether the county holds the record, its version)."""
    row = (
        session.connection()
        .execute(select(_TABLE.c.version).where(_TABLE.c.type == kind, _TABLE.c.id == record_id))
        .first()
    )
    return (False, None) if row is None else (True, row.version)


def put(session: Session, record: dict[str, Any], station_code: str, *, exists: bool) -> None:
    values = {
        "version": record.get("version"),
        "pseudonym": record.get("pseudonym"),
        "station_code": station_code,
        "body": body_text(record),
        "updated_at": utc_now(),
    }
    connection = session.connection()
    if exists:
        connection.execute(
            update(_TABLE).where(_TABLE.c.type == record["type"], _TABLE.c.id == record["id"]).values(**values)
        )
    else:
        connection.execute(insert(_TABLE).values(type=record["type"], id=record["id"], **values))


def remove(session: Session, kind: str, record_id: str) -> None:
    session.connection().execute(delete(_TABLE).where(_TABLE.c.type == kind, _TABLE.c.id == record_id))


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
