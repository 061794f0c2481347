"""The station itself and its login accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.storage.schema.base import Base, SyncRow, UTCDateTime


class Station(SyncRow, Base):
    __tablename__ = "station"

    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    county_code: Mapped[str] = mapped_column(String(6))
    station_type: Mapped[str] = mapped_column(String(32), default="")
    operator_name: Mapped[str] = mapped_column(String(100), default="")
    purchased_service: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(32), default="")
    head_name: Mapped[str] = mapped_column(String(50), default="")


class Account(SyncRow, Base):
    __tablename__ = "account"

    login: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    roles: Mapped[str] = mapped_column(String(64))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None, index=True)
