"""Training courses and attendance, emergency plans, drills and corrective actions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import (
    CorrectiveAction,
    Drill,
    DrillParticipant,
    EmergencyPlan,
    Staff,
    TrainingAttendance,
    TrainingCourse,
)


def course(session: Session, course_id: str) -> TrainingCourse | None:
    row = session.get(TrainingCourse, course_id)
    return row if row is not None and row.deleted_at is None else None


def attendance(session: Session, course_id: str, *, include_deleted: bool = False) -> list[TrainingAttendance]:
    statement = select(TrainingAttendance).where(TrainingAttendance.course_id == course_id)
    if not include_deleted:
        statement = statement.where(TrainingAttendance.deleted_at.is_(None))
    return list(session.scalars(statement))


def courses_of(session: Session, staff_id: str, year: int | None = None) -> list[tuple[TrainingCourse, str]]:
    """(course, certificate number) for one worker, newest first; ``year`` by the course's end date."""
    statement = (
        select(TrainingCourse, TrainingAttendance.certificate_number)
        .join(TrainingAttendance, TrainingAttendance.course_id == TrainingCourse.id)
        .where(
            TrainingAttendance.staff_id == staff_id,
            TrainingAttendance.deleted_at.is_(None),
            TrainingCourse.deleted_at.is_(None),
        )
        .order_by(TrainingCourse.end_date.desc(), TrainingCourse.start_date.desc())
    )
    if year is not None:
        statement = statement.where(
            TrainingCourse.end_date >= date(year, 1, 1), TrainingCourse.end_date <= date(year, 12, 31)
        )
    return [(row, certificate) for row, certificate in session.execute(statement)]


def courses_in_year(session: Session, year: int) -> list[TrainingCourse]:
    return list(
        session.scalars(
            select(TrainingCourse)
            .where(
                TrainingCourse.end_date >= date(year, 1, 1),
                TrainingCourse.end_date <= date(year, 12, 31),
                TrainingCourse.deleted_at.is_(None),
            )
            .order_by(TrainingCourse.end_date.desc())
        )
    )


def attendee_counts(session: Session, course_ids: list[str]) -> dict[str, int]:
    if not course_ids:
        return {}
    statement = (
        select(TrainingAttendance.course_id, func.count())
        .where(TrainingAttendance.course_id.in_(course_ids), TrainingAttendance.deleted_at.is_(None))
        .group_by(TrainingAttendance.course_id)
    )
    return dict(session.execute(statement).all())


def yearly_totals(session: Session, year: int, as_of: date) -> dict[str, tuple[int, int, bool]]:
    """Per staff member: (counted minutes, other minutes) in ``year`` and whether they had assessor training by
    ``as_of``, in one grouped query over attendance."""
    in_year = and_(TrainingCourse.end_date >= date(year, 1, 1), TrainingCourse.end_date <= date(year, 12, 31))
    statement = (
        select(
            TrainingAttendance.staff_id,
            func.coalesce(func.sum(case((and_(in_year, TrainingCourse.counts), TrainingCourse.minutes), else_=0)), 0),
            func.coalesce(
                func.sum(case((and_(in_year, TrainingCourse.counts.is_(False)), TrainingCourse.minutes), else_=0)), 0
            ),
            func.max(case((and_(TrainingCourse.kind == "assessor", TrainingCourse.end_date <= as_of), 1), else_=0)),
        )
        .join(TrainingCourse, TrainingCourse.id == TrainingAttendance.course_id)
        .where(TrainingAttendance.deleted_at.is_(None), TrainingCourse.deleted_at.is_(None))
        .group_by(TrainingAttendance.staff_id)
    )
    return {
        staff_id: (counted, other, bool(trained)) for staff_id, counted, other, trained in session.execute(statement)
    }


def staff_employed_in(session: Session, year: int) -> list[Staff]:
    return list(
        session.scalars(
            select(Staff)
            .where(
                Staff.deleted_at.is_(None),
                Staff.start_date <= date(year, 12, 31),
                (Staff.end_date.is_(None)) | (Staff.end_date >= date(year, 1, 1)),
            )
            .order_by(Staff.staff_number)
        )
    )


def plans(session: Session) -> list[EmergencyPlan]:
    return list(
        session.scalars(select(EmergencyPlan).where(EmergencyPlan.deleted_at.is_(None)).order_by(EmergencyPlan.title))
    )


def plan(session: Session, plan_id: str) -> EmergencyPlan | None:
    row = session.get(EmergencyPlan, plan_id)
    return row if row is not None and row.deleted_at is None else None


def drills(session: Session, year: int | None = None, scenario: str | None = None) -> list[Drill]:
    statement = select(Drill).where(Drill.deleted_at.is_(None)).order_by(Drill.drill_date.desc())
    if year is not None:
        statement = statement.where(Drill.drill_date >= date(year, 1, 1), Drill.drill_date <= date(year, 12, 31))
    if scenario is not None:
        statement = statement.where(Drill.scenario == scenario)
    return list(session.scalars(statement))


def drill(session: Session, drill_id: str) -> Drill | None:
    row = session.get(Drill, drill_id)
    return row if row is not None and row.deleted_at is None else None


def last_drills(session: Session, as_of: date) -> dict[str, date]:
    statement = (
        select(Drill.scenario, func.max(Drill.drill_date))
        .where(Drill.deleted_at.is_(None), Drill.drill_date <= as_of)
        .group_by(Drill.scenario)
    )
    return dict(session.execute(statement).all())


def participants(session: Session, drill_id: str) -> list[str]:
    return list(
        session.scalars(
            select(DrillParticipant.staff_id).where(
                DrillParticipant.drill_id == drill_id, DrillParticipant.deleted_at.is_(None)
            )
        )
    )


def actions(session: Session, drill_id: str | None = None, *, open_only: bool = False) -> list[CorrectiveAction]:
    statement = (
        select(CorrectiveAction).where(CorrectiveAction.deleted_at.is_(None)).order_by(CorrectiveAction.due_date)
    )
    if drill_id is not None:
        statement = statement.where(CorrectiveAction.drill_id == drill_id)
    if open_only:
        statement = statement.where(CorrectiveAction.status == "open")
    return list(session.scalars(statement))


def action(session: Session, action_id: str) -> CorrectiveAction | None:
    row = session.get(CorrectiveAction, action_id)
    return row if row is not None and row.deleted_at is None else None


def had_assessor_training(session: Session, staff_id: str, as_of: date) -> bool:
    statement = (
        select(TrainingCourse.id)
        .join(TrainingAttendance, TrainingAttendance.course_id == TrainingCourse.id)
        .where(
            TrainingAttendance.staff_id == staff_id,
            TrainingCourse.kind == "assessor",
            TrainingCourse.end_date <= as_of,
            TrainingAttendance.deleted_at.is_(None),
            TrainingCourse.deleted_at.is_(None),
        )
        .limit(1)
    )
    return session.scalar(statement) is not None
