"""The station record and business settings."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import Setting, Station


def the_station(session: Session) -> Station:
    station = session.scalar(select(Station).where(Station.deleted_at.is_(None)))
    if station is None:
        raise LookupError("the database holds no station record")
    return station


def read_settings(session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value_json) for row in session.scalars(select(Setting))}


def write_setting(session: Session, key: str, value: Any, updated_by: str | None) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value_json=encoded, updated_by=updated_by))
    else:
        row.value_json = encoded
        row.updated_by = updated_by
