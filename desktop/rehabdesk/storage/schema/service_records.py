"""Daily services (服务记录): one record per service, individual or group (one record, many attendees with their
attendance), the staff who gave it and its edit history."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rehabdesk.storage.schema.base import Base, SyncRow, UTCDateTime


class ServiceRecord(SyncRow, Base):
    """One service: individual work has one attendee, a group session many (one record, many attendees)."""

    __tablename__ = "service_record"
    __table_args__ = (
        Index("ix_service_record_date", "service_date"),
        # A month's live records with their ids from the index alone (clients not served this month).
        Index("ix_service_record_live_date", "service_date", "id", sqlite_where=text("deleted_at IS NULL")),
        # The indicators' services by type and form, with their hours, from the index alone.
        Index(
            "ix_service_record_live_figures",
            "service_date",
            "id",
            "form",
            "service_types",
            "is_group",
            "start_time",
            "end_time",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    service_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    form: Mapped[str] = mapped_column(String(30))
    service_types: Mapped[str] = mapped_column(String(400))
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    location: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    client_response: Mapped[str] = mapped_column(Text, default="")
    risks_seen: Mapped[str] = mapped_column(String(300), default="")
    medication_check: Mapped[str] = mapped_column(String(100), default="")
    next_step: Mapped[str] = mapped_column(String(300), default="")
    plan_goal_id: Mapped[str | None] = mapped_column(ForeignKey("plan_goal.id"), default=None)
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("account.id"), default=None)


class ServiceAttendee(SyncRow, Base):
    __tablename__ = "service_attendee"
    __table_args__ = (
        UniqueConstraint("service_id", "client_id", name="uq_service_attendee_service_client"),
        Index("ix_service_attendee_client_service", "client_id", "service_id"),
        # Who attended a record, from the index alone; the predicate is spelled as the queries spell it (IS 1).
        Index(
            "ix_service_attendee_attended",
            "service_id",
            "client_id",
            sqlite_where=text("attended IS 1 AND deleted_at IS NULL"),
        ),
    )

    service_id: Mapped[str] = mapped_column(ForeignKey("service_record.id"))
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    # Only so the unit of work inserts the record before its attendees when both are new in one flush.
    record: Mapped[ServiceRecord] = relationship(lazy="raise")


class ServiceStaff(SyncRow, Base):
    __tablename__ = "service_staff"
    __table_args__ = (
        UniqueConstraint("service_id", "staff_id", name="uq_service_staff_service_staff"),
        # The staff on a period's live records (the indicators' participation figures) from the index alone.
        Index("ix_service_staff_live", "service_id", "staff_id", "deleted_at", sqlite_where=text("deleted_at IS NULL")),
    )

    service_id: Mapped[str] = mapped_column(ForeignKey("service_record.id"), index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    record: Mapped[ServiceRecord] = relationship(lazy="raise")


class AttendanceMonth(Base):
    """How many live records each client attended in a month: the indicators' services part reads these few
    rows instead of every attendance. Kept by triggers on service_attendee and service_record (migration 0011),
    so every way of writing a record keeps it right; never written by the application, never synced."""

    __tablename__ = "attendance_month"
    __table_args__ = ({"sqlite_with_rowid": False},)  # a month's rows read from the primary key alone

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "YYYY-MM"
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    attended: Mapped[int] = mapped_column(Integer)


class ServiceRevision(Base):
    """The edit history of a service record: who changed which fields, when, with the values before."""

    __tablename__ = "service_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service_record.id"), index=True)
    revised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    account_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"), default=None)
    before_json: Mapped[str] = mapped_column(Text)
