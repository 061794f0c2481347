"""The station's sync bookkeeping: enrolment with the county, this PC's device key, bundles sent and what the county
acknowledged. These rows never travel themselves (no SyncRow, no change log)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.storage.schema.base import Base, UTCDateTime, utc_now


class SyncEnrolment(Base):
    """Each county key ever trusted; the current one has no ``replaced_at`` (re-enrolment keeps the history)."""

    __tablename__ = "sync_enrolment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    county_name: Mapped[str] = mapped_column(String(100))
    county_division: Mapped[str] = mapped_column(String(6))
    age_recipient: Mapped[str] = mapped_column(String(100))
    minisign_public_key: Mapped[str] = mapped_column(String(100))
    pseudonym_key: Mapped[str] = mapped_column(String(64))  # base64; a secret shared with the county
    server: Mapped[str | None] = mapped_column(String(200), default=None)
    tls_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    fingerprint: Mapped[str] = mapped_column(String(60))
    issued_at: Mapped[str] = mapped_column(String(40))
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    enrolled_by: Mapped[str | None] = mapped_column(String(36), default=None)
    replaced_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class SyncDevice(Base):
    """A PC's signing key. Its secret lives in the OS keyring, or here (``key_location`` = database) where no
    secure keyring exists; a replaced PC enrols as a new device and the old one is revoked."""

    __tablename__ = "sync_device"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(100))
    key_id: Mapped[str] = mapped_column(String(16))
    key_location: Mapped[str] = mapped_column(String(16))
    secret_key: Mapped[str | None] = mapped_column(String(100), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("sync_enrolment.id"), index=True)


class SyncBundle(Base):
    """A bundle written by a device: its place in the chain and what became of it."""

    __tablename__ = "sync_bundle"
    __table_args__ = (UniqueConstraint("device_id", "sequence", name="uq_sync_bundle_device_sequence"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the bundle id
    device_id: Mapped[str] = mapped_column(ForeignKey("sync_device.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    bundle_hash: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    file_name: Mapped[str] = mapped_column(String(100))
    change_log_after: Mapped[int] = mapped_column(Integer)
    change_log_through: Mapped[int] = mapped_column(Integer)
    record_counts: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    status: Mapped[str] = mapped_column(String(16), default="sent")  # sent | acknowledged
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # JSON {"committed", "already", "rejected"} from the county's acknowledgement of this very bundle; None while
    # unacknowledged, and for an earlier bundle marked acknowledged by a later one's acknowledgement.
    ack_counts: Mapped[str | None] = mapped_column(Text, default=None)


class SyncDelivery(Base):
    """What the county acknowledged for one record (entity and version): committed, already held, or rejected
    with the county's reason. A record whose newest change is not acknowledged goes in the next bundle again."""

    __tablename__ = "sync_delivery"

    entity_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    row_version: Mapped[int] = mapped_column(Integer)
    bundle_id: Mapped[str] = mapped_column(ForeignKey("sync_bundle.id"), index=True)
    state: Mapped[str] = mapped_column(String(16))  # committed | already | rejected
    reason: Mapped[str | None] = mapped_column(String(64), default=None)
