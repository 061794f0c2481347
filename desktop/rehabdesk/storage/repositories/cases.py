"""Episodes, their status history, risk history, assessments and rehabilitation plans."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import (
    Assessment,
    Episode,
    FollowUp,
    PlanGoal,
    Referral,
    RehabPlan,
    RiskRecord,
    StatusChange,
)


def current_episode(session: Session, client_id: str) -> Episode | None:
    return session.scalar(
        select(Episode)
        .where(Episode.client_id == client_id, Episode.deleted_at.is_(None))
        .order_by(Episode.number.desc())
        .limit(1)
    )


def episodes_of(session: Session, client_id: str) -> list[Episode]:
    return list(
        session.scalars(
            select(Episode).where(Episode.client_id == client_id, Episode.deleted_at.is_(None)).order_by(Episode.number)
        )
    )


def status_changes(session: Session, client_id: str) -> list[StatusChange]:
    return list(
        session.scalars(
            select(StatusChange)
            .where(StatusChange.client_id == client_id, StatusChange.deleted_at.is_(None))
            .order_by(StatusChange.changed_on, StatusChange.created_at)
        )
    )


def assessments(session: Session, episode_id: str) -> list[Assessment]:
    return list(
        session.scalars(
            select(Assessment)
            .where(Assessment.episode_id == episode_id, Assessment.deleted_at.is_(None))
            .order_by(Assessment.assessed_on, Assessment.created_at)
        )
    )


def assessments_of(session: Session, client_id: str) -> list[Assessment]:
    return list(
        session.scalars(
            select(Assessment)
            .where(Assessment.client_id == client_id, Assessment.deleted_at.is_(None))
            .order_by(Assessment.assessed_on, Assessment.created_at)
        )
    )


def risk_records(session: Session, client_id: str) -> list[RiskRecord]:
    return list(
        session.scalars(
            select(RiskRecord)
            .where(RiskRecord.client_id == client_id, RiskRecord.deleted_at.is_(None))
            .order_by(RiskRecord.recorded_on, RiskRecord.created_at)
        )
    )


def plans(session: Session, episode_id: str) -> list[RehabPlan]:
    return list(
        session.scalars(
            select(RehabPlan)
            .where(RehabPlan.episode_id == episode_id, RehabPlan.deleted_at.is_(None))
            .order_by(RehabPlan.plan_version)
        )
    )


def plan(session: Session, plan_id: str) -> RehabPlan | None:
    row = session.get(RehabPlan, plan_id)
    return row if row is not None and row.deleted_at is None else None


def last_plan_version(session: Session, episode_id: str) -> int:
    return session.scalar(select(func.max(RehabPlan.plan_version)).where(RehabPlan.episode_id == episode_id)) or 0


def goals_of_plans(session: Session, plan_ids: list[str]) -> dict[str, list[PlanGoal]]:
    """Each plan's live goals in order, for all of ``plan_ids`` in one query (a case file lists every version)."""
    found: dict[str, list[PlanGoal]] = {plan_id: [] for plan_id in plan_ids}
    if plan_ids:
        statement = (
            select(PlanGoal)
            .where(PlanGoal.plan_id.in_(plan_ids), PlanGoal.deleted_at.is_(None))
            .order_by(PlanGoal.plan_id, PlanGoal.position)
        )
        for goal in session.scalars(statement):
            found[goal.plan_id].append(goal)
    return found


def goals(session: Session, plan_id: str) -> list[PlanGoal]:
    return goals_of_plans(session, [plan_id])[plan_id]


def referrals_of(session: Session, client_id: str) -> list[Referral]:
    return list(
        session.scalars(
            select(Referral)
            .where(Referral.client_id == client_id, Referral.deleted_at.is_(None))
            .order_by(Referral.referral_date, Referral.created_at)
        )
    )


def referral(session: Session, referral_id: str) -> Referral | None:
    row = session.get(Referral, referral_id)
    return row if row is not None and row.deleted_at is None else None


def follow_ups_of(session: Session, episode_id: str) -> list[FollowUp]:
    return list(
        session.scalars(
            select(FollowUp)
            .where(FollowUp.episode_id == episode_id, FollowUp.deleted_at.is_(None))
            .order_by(FollowUp.due_date)
        )
    )


def follow_up(session: Session, follow_up_id: str) -> FollowUp | None:
    row = session.get(FollowUp, follow_up_id)
    return row if row is not None and row.deleted_at is None else None
