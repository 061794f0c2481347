"""Clients (康复对象), their guardians and contacts, staff (工作人员), and the client search keys."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.storage.schema.base import Base, SyncRow


class Staff(SyncRow, Base):
    __tablename__ = "staff"

    staff_number: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(8))
    phone: Mapped[str] = mapped_column(String(32), default="")
    profession: Mapped[str] = mapped_column(String(32))
    qualification: Mapped[str] = mapped_column(String(100), default="")
    certificate_number: Mapped[str] = mapped_column(String(50), default="")
    relevant_degree: Mapped[str] = mapped_column(String(20), default="none")
    employment_type: Mapped[str] = mapped_column(String(20))
    direct_service: Mapped[bool] = mapped_column(Boolean, default=True)
    assessor: Mapped[bool] = mapped_column(Boolean, default=False)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)


class Client(SyncRow, Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_identity", "id_type", "id_number", unique=True),
        Index("ix_client_name_birth", "name", "birth_date"),
        # What each due list shows of a client, joined by id or read by status without touching the wide rows.
        Index("ix_client_due_by_id", "id", "deleted_at", "status", "responsible_worker_id", "case_number", "name"),
        Index("ix_client_due_by_status", "status", "deleted_at", "id", "responsible_worker_id", "case_number", "name"),
    )

    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(8))
    id_type: Mapped[str] = mapped_column(String(32))
    id_number: Mapped[str] = mapped_column(String(32))
    birth_date: Mapped[date] = mapped_column(Date)
    ethnicity: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    household_registration: Mapped[str] = mapped_column(String(200), default="")
    county_code: Mapped[str] = mapped_column(String(6), default="")
    current_address: Mapped[str] = mapped_column(String(200), default="")
    living_situation: Mapped[str] = mapped_column(String(100), default="")
    diagnosis: Mapped[str] = mapped_column(String(40), index=True)
    diagnosing_hospital: Mapped[str] = mapped_column(String(100), default="")
    onset_date: Mapped[date | None] = mapped_column(Date, default=None)
    in_health_management: Mapped[bool] = mapped_column(Boolean, default=False)
    illness_status: Mapped[str] = mapped_column(String(20))
    risk_level: Mapped[int] = mapped_column(Integer, default=0, index=True)
    medication_adherence: Mapped[str] = mapped_column(String(20))
    disability_level: Mapped[int | None] = mapped_column(Integer, default=None)
    low_income: Mapped[bool] = mapped_column(Boolean, default=False)
    extreme_poverty: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_capacity: Mapped[str] = mapped_column(String(10))
    responsible_worker_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None, index=True)
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)


class Guardian(SyncRow, Base):
    __tablename__ = "guardian"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(50))
    relation: Mapped[str] = mapped_column(String(20))
    is_legal_guardian: Mapped[bool] = mapped_column(Boolean, default=False)
    id_number: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(200), default="")


class ClientSearchKey(Base):
    """Derived from the client's name, ID number, phone and case number (rehabdesk.domain.names); rebuilt with every
    change of the client, never synced."""

    __tablename__ = "client_search_key"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)

    __table_args__ = (Index("ix_client_search_key_key", "key"),)
