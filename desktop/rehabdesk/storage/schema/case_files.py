"""Case files: episodes and their status history, the dated risk history, assessments, and rehabilitation plans
with their goals; referrals in and out; follow-ups after closing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rehabdesk.storage.schema.base import Base, SyncRow
from rehabdesk.storage.schema.people import Client


class Episode(SyncRow, Base):
    """One pass through the lifecycle, from application to withdrawal, non-eligibility or archiving."""

    __tablename__ = "episode"
    __table_args__ = (
        UniqueConstraint("client_id", "number", name="uq_episode_client_number"),
        # Stage reviews and waitlist re-confirmations due, read from the index alone (migration 0012).
        Index(
            "ix_episode_due",
            "status",
            "deleted_at",
            "last_reviewed_on",
            "client_id",
            "waitlist_confirmed_on",
            "status_since",
        ),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    application_date: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    status_since: Mapped[date] = mapped_column(Date)
    # The newest intake or stage assessment's date, kept by record_assessment: the next stage review counts from it.
    last_reviewed_on: Mapped[date | None] = mapped_column(Date, default=None)
    waitlist_confirmed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closing_outcome: Mapped[str | None] = mapped_column(String(30), default=None)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    # Only so the unit of work inserts the client first when both are new in one flush (an import).
    client: Mapped[Client] = relationship(lazy="raise")


class StatusChange(SyncRow, Base):
    """Who moved the episode, when, why, and the document the step rests on."""

    __tablename__ = "status_change"
    # Each client's live history in order, from the index alone: the indicators find each change's next.
    __table_args__ = (
        Index(
            "ix_status_change_live_history",
            "client_id",
            "changed_on",
            "created_at",
            "id",
            "to_status",
            "episode_id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    episode_id: Mapped[str] = mapped_column(ForeignKey("episode.id"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")
    document: Mapped[str] = mapped_column(String(100), default="")  # e.g. a plan, assessment or form number
    account_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"), default=None)
    episode: Mapped[Episode] = relationship(lazy="raise")


class RiskRecord(SyncRow, Base):
    """A dated risk level and illness status with where it came from (an assessment, a hospital, a visit …)."""

    __tablename__ = "risk_record"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    recorded_on: Mapped[date] = mapped_column(Date)
    risk_level: Mapped[int] = mapped_column(Integer)
    illness_status: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(100))


class Assessment(SyncRow, Base):
    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_client_date", "client_id", "assessed_on"),
        # An episode's live assessment dates by kind, from the index alone (the indicators' baseline and reviews).
        Index(
            "ix_assessment_live_episode",
            "episode_id",
            "kind",
            "assessed_on",
            "client_id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    episode_id: Mapped[str] = mapped_column(ForeignKey("episode.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # intake | stage | closing | referral
    assessed_on: Mapped[date] = mapped_column(Date)
    assessor_staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    informant: Mapped[str] = mapped_column(String(100), default="")
    instrument: Mapped[str] = mapped_column(String(20))
    instrument_version: Mapped[int] = mapped_column(Integer)
    answers_json: Mapped[str] = mapped_column(Text)
    total: Mapped[int | None] = mapped_column(Integer, default=None)
    band: Mapped[str] = mapped_column(String(30), default="")
    rater_score: Mapped[int | None] = mapped_column(Integer, default=None)
    risk_level: Mapped[int | None] = mapped_column(Integer, default=None)
    needs: Mapped[str] = mapped_column(String(400), default="")  # service type codes the plan should include
    notes: Mapped[str] = mapped_column(Text, default="")


class RehabPlan(SyncRow, Base):
    __tablename__ = "rehab_plan"
    __table_args__ = (
        UniqueConstraint("episode_id", "plan_version", name="uq_rehab_plan_episode_version"),
        # Plan reviews due, read from the index alone.
        Index("ix_rehab_plan_due", "status", "deleted_at", "review_due", "client_id", "id"),
        # Approved live plans by the end of their period, from the index alone (the indicators' plan part).
        Index(
            "ix_rehab_plan_live_approved",
            "period_end",
            "approved_on",
            "status",
            "client_id",
            "episode_id",
            "period_start",
            "deleted_at",
            sqlite_where=text("approved_on IS NOT NULL AND deleted_at IS NULL"),
        ),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    episode_id: Mapped[str] = mapped_column(ForeignKey("episode.id"))
    plan_version: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))  # draft | active | superseded | closed
    agreed_on: Mapped[date | None] = mapped_column(Date, default=None)
    review_due: Mapped[date | None] = mapped_column(Date, default=None)
    approved_by: Mapped[str | None] = mapped_column(ForeignKey("account.id"), default=None)
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)


class PlanGoal(SyncRow, Base):
    __tablename__ = "plan_goal"

    plan_id: Mapped[str] = mapped_column(ForeignKey("rehab_plan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    term: Mapped[str] = mapped_column(String(6))  # long | short
    goal: Mapped[str] = mapped_column(String(300))
    measure: Mapped[str] = mapped_column(String(200), default="")
    service_types: Mapped[str] = mapped_column(String(400))
    service_form: Mapped[str] = mapped_column(String(30))
    frequency: Mapped[str] = mapped_column(String(60))
    responsible_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    target_date: Mapped[date] = mapped_column(Date)


class Referral(SyncRow, Base):
    __tablename__ = "referral"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    episode_id: Mapped[str | None] = mapped_column(ForeignKey("episode.id"), default=None)
    direction: Mapped[str] = mapped_column(String(4))  # in | out
    referral_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))
    organisation: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(300), default="")
    condition_summary: Mapped[str] = mapped_column(Text, default="")
    risk_level: Mapped[int | None] = mapped_column(Integer, default=None)
    receipt_date: Mapped[date | None] = mapped_column(Date, default=None)
    feedback: Mapped[str] = mapped_column(Text, default="")


class FollowUp(SyncRow, Base):
    """A follow-up after closing (回访), due at 1 and 3 months by default."""

    __tablename__ = "follow_up"
    __table_args__ = (
        # Follow-ups due, read from the index alone.
        Index("ix_follow_up_due", "done_on", "deleted_at", "due_date", "client_id", "id"),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    episode_id: Mapped[str] = mapped_column(ForeignKey("episode.id"))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
