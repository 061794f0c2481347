"""Sync with the county, station side: enrolment, the device key, the registration request and the status
(issue 14; the format is docs/sync-bundle.md, the code shared with the county in rehabdesk.sync)."""

from __future__ import annotations

import base64
import json
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rehabdesk.domain import clock
from rehabdesk.domain.county_deadline import QuarterDue, quarter_due
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.station import station_area
from rehabdesk.durable import atomic_write_bytes
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.settings import settings_in
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.repositories import sync_state as repository
from rehabdesk.storage.schema import SyncDevice, SyncEnrolment
from rehabdesk.storage.unit_of_work import UnitOfWork
from rehabdesk.sync.enrolment import Enrolment, RegistrationRequest
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.keystore import KeyringStore, system_keystore
from rehabdesk.sync.minisign import PublicKey, SecretKey

_LOGGER = logging.getLogger(__name__)

KEY_IN_KEYRING = "keyring"
KEY_IN_DATABASE = "database"
MAX_ENROLMENT_SIZE = 64 * 1024


@dataclass(frozen=True)
class EnrolmentPreview:
    """What the admin confirms by phone before the county's key is trusted."""

    county_name: str
    county_division: str
    fingerprint: str
    server: str | None
    replaces: str | None  # the fingerprint of the county key trusted until now, on re-enrolment


@dataclass(frozen=True)
class EnrolmentResult:
    device_id: str
    key_location: str  # keyring | database
    keyring_note: str | None  # why the key is not in the OS keyring (keyring_none, keyring_insecure, keyring_timeout …)
    fingerprint: str
    device_fingerprint: str


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    county_name: str | None
    county_division: str | None
    fingerprint: str | None
    device_id: str | None
    device_fingerprint: str | None
    key_location: str | None
    bundles_sent: int
    bundles_acknowledged: int
    last_sequence: int
    server: str | None = None  # the county's HTTPS endpoint, if its enrolment file names one
    last_acknowledged_at: datetime | None = None  # the last time the county acknowledged a bundle
    waiting_since: datetime | None = None  # when the oldest bundle not yet acknowledged was written


def _read_enrolment(path: Path) -> Enrolment:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_ENROLMENT_SIZE:
            raise SyncRejected("county_enrolment_malformed", field="size")
        data = path.read_bytes()
    except OSError as error:
        raise DomainError("file_unreadable", error=type(error).__name__) from None
    return Enrolment.open(data)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@service(Permission.MANAGE_SYNC, mutating=False)
def preview_enrolment(ctx: StationContext, path: Path) -> EnrolmentPreview:
    """Check an enrolment file (its signature, fields, and that it is for this station's county) and show what
    the admin must confirm by phone. Nothing is stored."""
    enrolment = _read_enrolment(path)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        _check_county(uow, enrolment)
        current = repository.current_enrolment(uow.session)
        replaces = current.fingerprint if current is not None else None
    return EnrolmentPreview(
        enrolment.county_name, enrolment.county_division, enrolment.fingerprint, enrolment.server, replaces
    )


def _check_county(uow: UnitOfWork, enrolment: Enrolment) -> None:
    station = station_repository.the_station(uow.session)
    if station.county_code != enrolment.county_division:
        raise DomainError("sync_county_mismatch", station=station.county_code, file=enrolment.county_division)


def _account(station_code: str, device_id: str) -> str:
    return f"{station_code}/{device_id}"


@service(Permission.MANAGE_SYNC, mutating=True)
def enrol(ctx: StationContext, path: Path, confirmed_fingerprint: str, *, reenrol: bool = False) -> EnrolmentResult:
    """Trust the county key of the enrolment file at ``path``, once the admin typed the fingerprint confirmed by
    phone; create this PC's device key on first enrolment (in the OS keyring if a secure one is usable, else in the
    encrypted database, and say so). Replacing a county key already trusted needs ``reenrol`` (audited as such)."""
    enrolment = _read_enrolment(path)
    if _digits(confirmed_fingerprint) != _digits(enrolment.fingerprint):
        raise DomainError("sync_fingerprint_mismatch")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        _check_county(uow, enrolment)
        station = station_repository.the_station(uow.session)
        current = repository.current_enrolment(uow.session)
        if current is not None and not reenrol:
            raise DomainError("sync_already_enrolled", fingerprint=current.fingerprint)
        if current is not None and current.fingerprint == enrolment.fingerprint:
            raise DomainError("sync_same_county_key")
        row = repository.add_enrolment(
            uow.session,
            SyncEnrolment(
                county_name=enrolment.county_name,
                county_division=enrolment.county_division,
                age_recipient=str(enrolment.age_recipient),
                minisign_public_key=enrolment.signing_key.base64,
                pseudonym_key=base64.b64encode(enrolment.pseudonym_key).decode("ascii"),
                server=enrolment.server,
                tls_sha256=enrolment.tls_sha256,
                fingerprint=enrolment.fingerprint,
                issued_at=enrolment.issued_at,
                enrolled_by=ctx.actor.account_id,
            ),
        )
        device = repository.current_device(uow.session)
        note = None
        stored: _KeyringEntry | None = None
        if device is None:
            device, note, stored = _new_device(uow, station.code, row.id)
        else:
            device.enrolment_id = row.id
        try:
            uow.audit(
                "sync_reenrol" if current is not None else "sync_enrol",
                entity_type="sync_enrolment",
                entity_id=str(row.id),
                detail={
                    "county_division": enrolment.county_division,
                    "fingerprint": enrolment.fingerprint,
                    "device_id": device.id,
                    "key_location": device.key_location,
                    **({"keyring": note} if note else {}),
                },
            )
            uow.commit()
        except BaseException:
            # The keyring is outside the transaction: a key whose device row did not commit is taken out again, so
            # a failed enrolment leaves neither a device nor a stray key behind.
            if stored is not None:
                stored.remove()
            raise
        return EnrolmentResult(
            device.id,
            device.key_location,
            note,
            enrolment.fingerprint,
            PublicKey.parse(device.public_key).fingerprint_digits(),
        )


@dataclass(frozen=True)
class _KeyringEntry:
    keystore: KeyringStore
    account: str

    def remove(self) -> None:
        try:
            self.keystore.delete(self.account)
        except SyncRejected as refusal:
            _LOGGER.warning("device key of a failed enrolment left in the keyring: %s", refusal.code)


def _new_device(
    uow: UnitOfWork, station_code: str, enrolment_id: int
) -> tuple[SyncDevice, str | None, _KeyringEntry | None]:
    """The device row, flushed first so that the keyring is written only once the database took everything but
    the audit entry and the commit; where the keyring is missing, insecure or fails, the key goes in the row."""
    key = SecretKey.generate()
    device = repository.add_device(
        uow.session,
        SyncDevice(
            id=secrets.token_hex(4).upper(),
            public_key=key.public.base64,
            key_id=key.public.key_id_text,
            key_location=KEY_IN_KEYRING,
            secret_key=None,
            enrolment_id=enrolment_id,
        ),
    )
    keystore, note = system_keystore()
    if keystore is not None:
        account = _account(station_code, device.id)
        try:
            keystore.save(account, key)
            return device, None, _KeyringEntry(keystore, account)
        except SyncRejected as refusal:
            note = refusal.code
    device.key_location = KEY_IN_DATABASE
    device.secret_key = base64.b64encode(key.to_bytes()).decode("ascii")
    return device, note, None


def device_signing_key(device: SyncDevice, station_code: str, keystore: KeyringStore | None = None) -> SecretKey:
    """The device's secret key, from wherever enrolment put it; checked against the public key on record."""
    if device.key_location == KEY_IN_DATABASE:
        if device.secret_key is None:
            raise SyncRejected("device_key_missing")
        key = SecretKey.from_bytes(base64.b64decode(device.secret_key))
    else:
        if keystore is None:
            keystore, note = system_keystore()
            if keystore is None:
                raise SyncRejected(note or "keyring_none")
        key = keystore.load(_account(station_code, device.id))
    if key.public.base64 != device.public_key:
        raise SyncRejected("device_key_missing")
    return key


@service(Permission.MANAGE_SYNC, mutating=True)
def write_registration_request(ctx: StationContext, target: Path) -> Path:
    """The registration request file for the county (station, device id, public key, fingerprint), signed by the
    device key; written durably to ``target``."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        station = station_repository.the_station(uow.session)
        enrolment = repository.current_enrolment(uow.session)
        device = repository.current_device(uow.session)
        if enrolment is None or device is None:
            raise DomainError("sync_not_enrolled")
        key = device_signing_key(device, station.code)
        request = RegistrationRequest(
            station_code=station.code,
            station_name=station.name,
            county_division=enrolment.county_division,
            device_id=device.id,
            device_key=key.public,
            created_at=clock.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
            area=station_area(station.station_type),
        )
        target = Path(target)
        atomic_write_bytes(target, request.seal(key), mode=0o644)
        uow.audit("sync_request", entity_type="sync_device", entity_id=device.id, detail={"file": target.name})
        uow.commit()
    return target


@service(None, mutating=False)
def sync_status(ctx: StationContext) -> SyncStatus:
    """Enrolment, device and bundle counts (no personal data: anyone signed in may see it)."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        enrolment = repository.current_enrolment(uow.session)
        device = repository.current_device(uow.session)
        sent = repository.bundles(uow.session)
        last = repository.last_bundle(uow.session, device.id) if device is not None else None
        return SyncStatus(
            enrolled=enrolment is not None,
            county_name=enrolment.county_name if enrolment else None,
            county_division=enrolment.county_division if enrolment else None,
            fingerprint=enrolment.fingerprint if enrolment else None,
            device_id=device.id if device else None,
            device_fingerprint=PublicKey.parse(device.public_key).fingerprint_digits() if device else None,
            key_location=device.key_location if device else None,
            bundles_sent=len(sent),
            bundles_acknowledged=sum(1 for bundle in sent if bundle.status == "acknowledged"),
            last_sequence=last.sequence if last is not None else 0,
            server=enrolment.server if enrolment and enrolment.tls_sha256 else None,
            last_acknowledged_at=max((b.acknowledged_at for b in sent if b.acknowledged_at), default=None),
            waiting_since=min((b.created_at for b in sent if b.status == "sent"), default=None),
        )


@dataclass(frozen=True)
class BundleInfo:
    sequence: int
    file_name: str
    status: str  # sent | acknowledged
    created_at: str
    records: int  # sent in the bundle
    # What the county's acknowledgement of this bundle said; None before it, or when a later bundle's
    # acknowledgement covered this one (the county takes a device's bundles in order only).
    committed: int | None = None  # new or newer at the county, or already held there
    rejected: int | None = None


@service(None, mutating=False)
def bundle_history(ctx: StationContext) -> list[BundleInfo]:
    """The bundles this station wrote, newest first (names and counts only)."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        found = []
        for bundle in repository.bundles(uow.session):
            ack = json.loads(bundle.ack_counts) if bundle.ack_counts else None
            found.append(
                BundleInfo(
                    bundle.sequence,
                    bundle.file_name,
                    bundle.status,
                    bundle.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    sum(json.loads(bundle.record_counts).values()),
                    ack["committed"] + ack["already"] if ack else None,
                    ack["rejected"] if ack else None,
                )
            )
        return found


@dataclass(frozen=True)
class Waiting:
    """Changes the county has not acknowledged yet: records changed by bundle type, and the oldest change. An upper
    bound of the next bundle: changes that never leave the station (a client without the consent) count here."""

    counts: dict[str, int]
    oldest: datetime | None


@service(None, mutating=False)
def waiting_changes(ctx: StationContext) -> Waiting:
    """Counts only, no personal data: anyone who sees the page may see them."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        counts, oldest = repository.changes_after_acknowledged(uow.session)
    return Waiting(counts, oldest)


@service(None, mutating=False)
def quarter_reminder(ctx: StationContext, *, today: date | None = None) -> QuarterDue | None:
    """Where bundles can only go on a USB stick (enrolled, no county server): the closed quarter, if the county's
    deadline for it approaches or has passed and nothing written after it has been acknowledged."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        enrolment = repository.current_enrolment(uow.session)
        if enrolment is None or (enrolment.server and enrolment.tls_sha256):
            return None
        deadline_day = settings_in(uow).county_deadline_day
        written = [b.created_at for b in repository.bundles(uow.session) if b.status == "acknowledged"]
    newest = max(written).astimezone().date() if written else None
    return quarter_due(today, deadline_day, newest)
