"""Who belongs on a day's day-programme roster, and the day's day-programme record."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import Client, PlanGoal, RehabPlan, ServiceRecord

DAY_TRAINING = "day_training"


def roster(session: Session) -> list[Row]:
    """(client id, case number, name) of active clients whose active plan has a day-training goal."""
    with_goal = (
        select(RehabPlan.client_id)
        .join(PlanGoal, PlanGoal.plan_id == RehabPlan.id)
        .where(
            RehabPlan.status == "active",
            RehabPlan.deleted_at.is_(None),
            PlanGoal.service_form == DAY_TRAINING,
            PlanGoal.deleted_at.is_(None),
        )
    )
    return list(
        session.execute(
            select(Client.id, Client.case_number, Client.name)
            .where(Client.status == "active", Client.deleted_at.is_(None), Client.id.in_(with_goal))
            .order_by(Client.case_number)
        )
    )


def day_record(session: Session, day: date) -> ServiceRecord | None:
    """The day's first day-programme record: the roster is saved into it again when attendance changes."""
    return session.scalar(
        select(ServiceRecord)
        .where(
            ServiceRecord.service_date == day,
            ServiceRecord.form == DAY_TRAINING,
            ServiceRecord.deleted_at.is_(None),
        )
        .order_by(ServiceRecord.created_at)
        .limit(1)
    )
