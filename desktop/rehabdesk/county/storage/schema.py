"""The county database's tables. Portable SQL types only (SQLite/SQLCipher, PostgreSQL): UUID keys as 36-character
strings, UTC times as the station stores them (``UTCDateTime``), and the numbers a station chooses (record versions,
bundle sequences) as 64-bit integers, which is what SQLite's INTEGER always was.

``store_meta`` and ``audit_log`` are the station's own table definitions, copied into this metadata, because the
key slots, the store and the audit chain that use them are reused as they are."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from rehabdesk.storage.schema.base import NAMING_CONVENTION, UTCDateTime, new_id, utc_now
from rehabdesk.storage.schema.system import AuditEntry, StoreMeta


class CountyBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


STORE_META = StoreMeta.__table__.to_metadata(CountyBase.metadata)
AUDIT_LOG = AuditEntry.__table__.to_metadata(CountyBase.metadata)


class CountyAccount(CountyBase):
    __tablename__ = "county_account"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    login: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(50), default="")
    roles: Mapped[str] = mapped_column(String(64))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class County(CountyBase):
    """The one county (or city) this database belongs to."""

    __tablename__ = "county"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    division: Mapped[str] = mapped_column(String(6))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class CountyKey(CountyBase):
    """The county's private keys (age identity, minisign key, pseudonym key): the crown jewels, only ever inside
    the encrypted database and its backups. A retired key stays so that older bundles still open. A rotation makes
    a new ``generation`` of the age identity and the minisign key together: a bundle names its age key, and its
    acknowledgement is signed with the minisign key of that same generation (the one its station trusts)."""

    __tablename__ = "county_key"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary)
    public: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    generation: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Station(CountyBase):
    __tablename__ = "station"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    division: Mapped[str] = mapped_column(String(6), index=True)
    area: Mapped[str | None] = mapped_column(String(10), default=None)  # urban | rural (the request's), or unknown
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)  # first device approved


class Device(CountyBase):
    """A station PC that sends bundles: pending until its fingerprint is confirmed, then approved; revoked for
    good when it is lost or replaced."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    station_code: Mapped[str] = mapped_column(ForeignKey("station.code"), index=True)
    public_key: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(10))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class ReceivedBundle(CountyBase):
    """The bundle ledger: one row per bundle applied, with the signed acknowledgement given for it (given again
    when the station sends the same bundle after losing the first one)."""

    __tablename__ = "received_bundle"

    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), primary_key=True)
    sequence: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    bundle_hash: Mapped[str] = mapped_column(String(64))
    station_code: Mapped[str] = mapped_column(String(20), index=True)
    created_at: Mapped[str] = mapped_column(String(20))  # the manifest's, as the station wrote it
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    committed: Mapped[int] = mapped_column(Integer, default=0)
    already: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    ack: Mapped[bytes] = mapped_column(LargeBinary)


class HeldBundle(CountyBase):
    """A verified bundle that came before the one it follows: kept as received (still encrypted to the county)
    until the missing one arrives."""

    __tablename__ = "held_bundle"

    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), primary_key=True)
    sequence: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    bundle_hash: Mapped[str] = mapped_column(String(64))
    station_code: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Quarantine(CountyBase):
    """A bundle or record the county would not apply, with the reason. Never a record's body: a record refused
    for an unexpected field may carry exactly what must not leave a station."""

    __tablename__ = "quarantine"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)
    kind: Mapped[str] = mapped_column(String(10))  # "bundle" | "record"
    reason: Mapped[str] = mapped_column(String(64))
    station_code: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int | None] = mapped_column(BigInteger)
    bundle_hash: Mapped[str | None] = mapped_column(String(64))
    record_type: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(64))
    pseudonym: Mapped[str | None] = mapped_column(String(64), index=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")


class MergedRecord(CountyBase):
    """Every station's records, kept generically: the newest version per (type, id)."""

    __tablename__ = "merged_record"
    # The 汇总表 looks for people held at two or more stations among the status changes: from this index alone,
    # where the rows themselves (with their bodies) are a city's largest table.
    __table_args__ = (Index("ix_merged_record_type_pseudonym", "type", "pseudonym", "station_code"),)

    type: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int | None] = mapped_column(BigInteger)
    pseudonym: Mapped[str | None] = mapped_column(String(64), index=True)
    station_code: Mapped[str] = mapped_column(String(20), index=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class ManualFigure(CountyBase):
    """A figure of the 汇总表 the county types in (rehabdesk.county.domain.figures), per division and period."""

    __tablename__ = "manual_figure"

    division: Mapped[str] = mapped_column(String(6), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_by: Mapped[str | None] = mapped_column(String(32))
