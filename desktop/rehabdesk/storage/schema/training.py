"""Staff training (one course, many attendees), emergency plans, drills and their corrective actions. A course's
certificate or a plan's full text is attached as a document_scan row, like the scans of signed paper."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.storage.schema.base import Base, SyncRow


class TrainingCourse(SyncRow, Base):
    """A course as attended: a county course with five workers is one row with five attendances."""

    __tablename__ = "training_course"

    title: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    counts: Mapped[bool] = mapped_column(Boolean)


class TrainingAttendance(SyncRow, Base):
    __tablename__ = "training_attendance"
    __table_args__ = (UniqueConstraint("course_id", "staff_id", name="uq_training_attendance_course_staff"),)

    course_id: Mapped[str] = mapped_column(ForeignKey("training_course.id"), index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    certificate_number: Mapped[str] = mapped_column(String(50), default="")


class EmergencyPlan(SyncRow, Base):
    __tablename__ = "emergency_plan"

    title: Mapped[str] = mapped_column(String(100))
    scenarios: Mapped[str] = mapped_column(String(300))  # comma-separated scenario codes
    plan_version: Mapped[str] = mapped_column(String(20))
    effective_date: Mapped[date] = mapped_column(Date)
    review_due: Mapped[date] = mapped_column(Date)
    owner_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    contacts: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[str] = mapped_column(Text, default="")


class Drill(SyncRow, Base):
    __tablename__ = "drill"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    drill_date: Mapped[date] = mapped_column(Date, index=True)
    scenario: Mapped[str] = mapped_column(String(30), index=True)
    plan_id: Mapped[str | None] = mapped_column(ForeignKey("emergency_plan.id"), default=None)
    clients_involved: Mapped[int] = mapped_column(Integer, default=0)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    evaluation: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")


class DrillParticipant(SyncRow, Base):
    __tablename__ = "drill_participant"
    __table_args__ = (UniqueConstraint("drill_id", "staff_id", name="uq_drill_participant_drill_staff"),)

    drill_id: Mapped[str] = mapped_column(ForeignKey("drill.id"), index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class CorrectiveAction(SyncRow, Base):
    __tablename__ = "corrective_action"

    drill_id: Mapped[str] = mapped_column(ForeignKey("drill.id"), index=True)
    description: Mapped[str] = mapped_column(String(300))
    owner_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closing_note: Mapped[str] = mapped_column(String(300), default="")
