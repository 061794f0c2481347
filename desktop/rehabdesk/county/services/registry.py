"""The station registry: a station's registration request is read and stored pending; its device is approved once
the fingerprint the station reads out by phone matches (as the station confirms the county's on enrolment);
a lost or replaced PC is revoked for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rehabdesk.county.domain import periods
from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import registry
from rehabdesk.domain import clock
from rehabdesk.domain.text import clean_line
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import PublicKey
from rehabdesk.sync.signed import MAX_SIZE

REASON_MAX = 200
_DIGITS = str.maketrans("", "", " -\t")


@dataclass(frozen=True)
class Registration:
    station_code: str
    station_name: str
    division: str
    device_id: str
    fingerprint: str
    status: str  # pending | approved


@dataclass(frozen=True)
class DeviceLine:
    id: str
    status: str  # pending | approved | revoked


@dataclass(frozen=True)
class StationLine:
    code: str
    name: str
    division: str
    registered_at: datetime | None
    device_ids: tuple[str, ...]
    last_received: date | None
    days_since: int | None
    overdue: bool
    area: str | None = None  # urban | rural, as the station's request said
    devices: tuple[DeviceLine, ...] = ()


def read_request(path: Path) -> RegistrationRequest:
    """The request's contents, signature checked (proof that the station holds the device key)."""
    try:
        if path.stat().st_size > MAX_SIZE:
            raise SyncRejected("registration_request_malformed")
        data = path.read_bytes()
    except FileNotFoundError:
        raise CountyRefused("county_file_missing", path=str(path)) from None
    return RegistrationRequest.open(data)


def _same_digits(typed: str, fingerprint: str) -> bool:
    return typed.translate(_DIGITS) == fingerprint.translate(_DIGITS)


def register(ctx: CountyContext, path: Path, *, fingerprint: str | None = None) -> Registration:
    """Store the request pending; with ``fingerprint`` (the digits the station read out) approve it at once."""
    require(ctx.actor, CountyPermission.REQUEST_REGISTRATION)
    if fingerprint is not None:
        require(ctx.actor, CountyPermission.DECIDE_REGISTRATION)
    request = read_request(path)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        known = registry.device(uow.session, request.device_id)
        if known is not None and known.public_key != request.device_key.base64:
            raise CountyRefused("county_device_exists", device=request.device_id)
        if known is not None and known.station_code != request.station_code:
            raise CountyRefused("county_device_exists", device=request.device_id)
        if known is not None and known.status == registry.REVOKED:
            raise CountyRefused("county_device_revoked", device=request.device_id)
        if known is None:
            registry.add_request(
                uow.session,
                station_code=request.station_code,
                name=request.station_name,
                division=request.county_division,
                area=request.area,
                device_id=request.device_id,
                key=request.device_key.base64,
            )
        status = known.status if known is not None else registry.PENDING
        approving = fingerprint is not None and status == registry.PENDING
        if approving:
            _approve(uow, request.device_id, request.fingerprint, fingerprint or "")
            status = registry.APPROVED
        action = "device_approved" if approving else "registration_received"
        detail = {"station": request.station_code, "new": known is None}
        uow.audit(action, entity_type="device", entity_id=request.device_id, detail=detail)
        uow.commit()
    return Registration(
        request.station_code, request.station_name, request.county_division, request.device_id,
        request.fingerprint, status,
    )  # fmt: skip


def _approve(uow: Any, device_id: str, expected: str, typed: str) -> None:
    if not _same_digits(typed, expected):
        raise CountyRefused("county_fingerprint_mismatch")
    registry.approve(uow.session, device_id, clock.now())


def _known_device(uow: Any, device_id: str) -> registry.DeviceRow:
    known = registry.device(uow.session, device_id)
    if known is None:
        raise CountyRefused("county_device_unknown", device=device_id[:40])
    return known


def approve(ctx: CountyContext, device_id: str, fingerprint: str) -> Registration:
    """Approve a pending device once the digits the station read out by phone match its key's fingerprint."""
    require(ctx.actor, CountyPermission.DECIDE_REGISTRATION)
    device_id = device_id.strip().upper()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        known = _known_device(uow, device_id)
        if known.status != registry.PENDING:
            raise CountyRefused(f"county_device_{known.status}", device=device_id)
        expected = PublicKey.parse(known.public_key).fingerprint_digits()
        _approve(uow, device_id, expected, fingerprint)
        station = registry.station(uow.session, known.station_code)
        uow.audit("device_approved", entity_type="device", entity_id=device_id, detail={"station": station.code})
        uow.commit()
    return Registration(station.code, station.name, station.division, device_id, expected, registry.APPROVED)


def revoke(ctx: CountyContext, device_id: str, *, reason: str = "") -> None:
    """Revoke for good; ``reason`` (lost, stolen, replaced …) goes into the audit log."""
    require(ctx.actor, CountyPermission.DECIDE_REGISTRATION)
    device_id = device_id.strip().upper()
    reason = clean_line(reason, "reason", REASON_MAX)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        known = _known_device(uow, device_id)
        if known.status == registry.REVOKED:
            raise CountyRefused("county_device_revoked", device=device_id)
        registry.revoke(uow.session, device_id, clock.now())
        uow.audit(
            "device_revoked",
            entity_type="device",
            entity_id=device_id,
            detail={"station": known.station_code, "reason": reason},
        )
        uow.commit()


def list_stations(ctx: CountyContext, today: date | None = None) -> list[StationLine]:
    require(ctx.actor, CountyPermission.VIEW_REGISTRY)
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        rows = registry.stations(uow.session)
        statuses = {d: _known_device(uow, d).status for row in rows for d in row.device_ids}
    lines = []
    for row in rows:
        # The local date, as clock.today() counts days.
        last = row.last_received_at.astimezone().date() if row.last_received_at else None
        lines.append(
            StationLine(
                code=row.code,
                name=row.name,
                division=row.division,
                registered_at=row.registered_at,
                device_ids=row.device_ids,
                last_received=last,
                days_since=periods.days_since(last, today),
                overdue=periods.overdue(last, today),
                area=row.area,
                devices=tuple(DeviceLine(d, statuses[d]) for d in row.device_ids),
            )
        )
    return lines
