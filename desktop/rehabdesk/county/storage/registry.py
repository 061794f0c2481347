"""The station registry: stations and their devices (the PCs whose bundles the county accepts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rehabdesk.county.storage.schema import Device, ReceivedBundle, Station

PENDING, APPROVED, REVOKED = "pending", "approved", "revoked"


@dataclass(frozen=True)
class DeviceRow:
    id: str
    station_code: str
    public_key: str
    status: str
    requested_at: datetime
    approved_at: datetime | None


@dataclass(frozen=True)
class StationRow:
    code: str
    name: str
    division: str
    area: str | None
    registered_at: datetime | None
    device_ids: tuple[str, ...]
    last_received_at: datetime | None


def _device(row: Device) -> DeviceRow:
    return DeviceRow(row.id, row.station_code, row.public_key, row.status, row.requested_at, row.approved_at)


def device(session: Session, device_id: str) -> DeviceRow | None:
    row = session.get(Device, device_id)
    return None if row is None else _device(row)


def add_request(
    session: Session, *, station_code: str, name: str, division: str, area: str | None, device_id: str, key: str
) -> None:
    """A pending device; its station is added if new (its name, division and urban/rural area are the
    request's)."""
    if session.get(Station, station_code) is None:
        session.add(Station(code=station_code, name=name, division=division, area=area))
        session.flush()
    session.add(Device(id=device_id, station_code=station_code, public_key=key, status=PENDING))


def approve(session: Session, device_id: str, at: datetime) -> None:
    row = session.get(Device, device_id)
    assert row is not None
    row.status, row.approved_at = APPROVED, at
    station = session.get(Station, row.station_code)
    assert station is not None
    if station.registered_at is None:
        station.registered_at = at


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str
    division: str


def station(session: Session, code: str) -> StationInfo:
    row = session.get(Station, code)
    assert row is not None
    return StationInfo(row.code, row.name, row.division)


def revoke(session: Session, device_id: str, at: datetime) -> None:
    row = session.get(Device, device_id)
    assert row is not None
    row.status, row.revoked_at = REVOKED, at


def stations(session: Session) -> list[StationRow]:
    devices: dict[str, list[str]] = {}
    for device_id, code in session.execute(select(Device.id, Device.station_code).order_by(Device.id)):
        devices.setdefault(code, []).append(device_id)
    last = dict(
        session.execute(
            select(ReceivedBundle.station_code, func.max(ReceivedBundle.received_at)).group_by(
                ReceivedBundle.station_code
            )
        ).all()
    )
    rows = session.scalars(select(Station).order_by(Station.division, Station.code))
    result = []
    for row in rows:
        # max() keeps its column's type, so the time comes back as an aware UTC datetime.
        received = last.get(row.code)
        result.append(
            StationRow(
                row.code,
                row.name,
                row.division,
                row.area,
                row.registered_at,
                tuple(devices.get(row.code, ())),
                received,
            )
        )
    return result
