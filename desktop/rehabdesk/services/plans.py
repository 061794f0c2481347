"""Rehabilitation plans (个案康复计划): versioned; a draft with goals, approved by a coordinator, which makes it the
active plan (the one before it superseded) and, for an enrolled client, makes the episode active."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rehabdesk.domain import clock
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import ClientStatus, parse_choice
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import add_months
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.domain.text import clean_line, clean_text
from rehabdesk.services.cases import TransitionRequest, move, the_episode
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.settings import settings_in
from rehabdesk.storage.repositories import cases as repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.schema import PlanGoal, RehabPlan
from rehabdesk.storage.unit_of_work import UnitOfWork

MAX_PLAN_MONTHS = 12


@dataclass(frozen=True)
class GoalInput:
    term: str  # long | short
    goal: str
    service_types: tuple[str, ...]
    service_form: str
    frequency: str
    target_date: str | date
    responsible_staff_id: str | None = None
    measure: str = ""


@dataclass(frozen=True)
class PlanInput:
    period_start: str | date
    period_end: str | date
    goals: tuple[GoalInput, ...]


def _text(value: str, field: str, maximum: int, *, required: bool = False) -> str:
    return clean_text(value, field, maximum, required=required)


def _goal(uow: UnitOfWork, index: int, goal: GoalInput, start: date, end: date, today: date) -> dict:
    prefix = f"goals.{index}."
    if goal.term not in ("long", "short"):
        raise ValidationError("choice_invalid", prefix + "term")
    types = [parse_choice(ServiceType, value, prefix + "service_types").value for value in goal.service_types]
    if not types:
        raise ValidationError("required", prefix + "service_types")
    target = parse_date(goal.target_date, field=prefix + "target_date", today=today, not_before=start)
    if target > end:
        raise ValidationError("goal_after_plan", prefix + "target_date", date=end)
    if goal.responsible_staff_id and staff_repository.by_id(uow.session, goal.responsible_staff_id) is None:
        raise ValidationError("staff_unknown", prefix + "responsible_staff_id")
    return {
        "term": goal.term,
        "goal": _text(goal.goal, prefix + "goal", 300, required=True),
        "measure": _text(goal.measure, prefix + "measure", 200),
        "service_types": ",".join(types),
        "service_form": parse_choice(ServiceForm, goal.service_form, prefix + "service_form").value,
        "frequency": clean_line(goal.frequency, prefix + "frequency", 60, required=True),
        "target_date": target,
        "responsible_staff_id": goal.responsible_staff_id,
    }


@service(Permission.RECORD_SERVICES, mutating=True)
def create_plan(ctx: StationContext, client_id: str, data: PlanInput, *, today: date | None = None) -> str:
    """A draft: the next version of this episode's plan."""
    today = today or clock.today()
    start = parse_date(data.period_start, field="period_start", today=today)
    end = parse_date(data.period_end, field="period_end", today=today)
    if end < start:
        raise ValidationError("end_before_start", "period_end")
    if end >= add_months(start, MAX_PLAN_MONTHS):
        raise ValidationError("plan_too_long", "period_end", months=MAX_PLAN_MONTHS)
    if not data.goals:
        raise ValidationError("required", "goals")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        episode = the_episode(uow, client_id)
        if ClientStatus(episode.status) not in (ClientStatus.ENROLLED, ClientStatus.ACTIVE, ClientStatus.SUSPENDED):
            raise DomainError("plan_not_now", status=episode.status)
        goals = [_goal(uow, i, goal, start, end, today) for i, goal in enumerate(data.goals)]
        plan = RehabPlan(
            client_id=client_id,
            episode_id=episode.id,
            plan_version=repository.last_plan_version(uow.session, episode.id) + 1,
            period_start=start,
            period_end=end,
            status="draft",
        )
        uow.session.add(plan)
        uow.session.flush()
        uow.session.add_all(PlanGoal(plan_id=plan.id, position=i, **values) for i, values in enumerate(goals))
        uow.audit("create", entity_type="rehab_plan", entity_id=plan.id, detail={"version": plan.plan_version})
        uow.commit()
        return plan.id


@service(Permission.APPROVE_PLANS, mutating=True)
def approve_plan(ctx: StationContext, plan_id: str, agreed_on: str | date, *, today: date | None = None) -> None:
    """The client (and guardian) agreed on ``agreed_on``; the plan becomes active, the previous one superseded, and an
    enrolled episode becomes active — refused as a whole if consent or agreement do not hold."""
    today = today or clock.today()
    agreed = parse_date(agreed_on, field="agreed_on", today=today, not_future=True)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        plan = repository.plan(uow.session, plan_id)
        if plan is None:
            raise DomainError("plan_missing")
        if plan.status != "draft":
            raise DomainError("plan_not_draft")
        episode = the_episode(uow, plan.client_id)
        for other in repository.plans(uow.session, episode.id):
            if other.status == "active":
                other.status = "superseded"
        plan.status = "active"
        plan.agreed_on = agreed
        plan.approved_on = today
        plan.approved_by = ctx.actor.account_id
        plan.review_due = add_months(agreed, settings_in(uow).stage_review_months)
        if episode.status == ClientStatus.ENROLLED:
            uow.session.flush()  # the activation below looks for the active plan
            request = TransitionRequest(ClientStatus.ACTIVE.value, agreed, document=f"康复计划第{plan.plan_version}版")
            move(ctx, uow, episode, ClientStatus.ACTIVE, request, agreed)
        uow.audit("plan_approved", entity_type="rehab_plan", entity_id=plan.id, detail={"version": plan.plan_version})
        uow.commit()


@dataclass(frozen=True)
class GoalInfo:
    term: str
    goal: str
    measure: str
    service_types: tuple[str, ...]
    service_form: str
    frequency: str
    target_date: date
    responsible: str


@dataclass(frozen=True)
class PlanInfo:
    id: str
    version: int
    status: str
    period_start: date
    period_end: date
    agreed_on: date | None
    approved_on: date | None
    review_due: date | None
    goals: tuple[GoalInfo, ...]
    changed_at: datetime | None = None  # last written (approval, for an approved plan not yet superseded)


@service(Permission.VIEW_RECORDS, mutating=False)
def list_plans(ctx: StationContext, client_id: str) -> list[PlanInfo]:
    """The current episode's plans, every version, oldest first."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        episode = the_episode(uow, client_id)
        plans = []
        episode_plans = repository.plans(uow.session, episode.id)
        goals_of = repository.goals_of_plans(uow.session, [plan.id for plan in episode_plans])
        responsible = staff_repository.live_names(
            uow.session, (g.responsible_staff_id for gs in goals_of.values() for g in gs if g.responsible_staff_id)
        )
        for plan in episode_plans:
            goals = []
            for goal in goals_of[plan.id]:
                goals.append(
                    GoalInfo(
                        goal.term,
                        goal.goal,
                        goal.measure,
                        tuple(filter(None, goal.service_types.split(","))),
                        goal.service_form,
                        goal.frequency,
                        goal.target_date,
                        responsible.get(goal.responsible_staff_id or "", ""),
                    )
                )
            plans.append(
                PlanInfo(
                    plan.id,
                    plan.plan_version,
                    plan.status,
                    plan.period_start,
                    plan.period_end,
                    plan.agreed_on,
                    plan.approved_on,
                    plan.review_due,
                    tuple(goals),
                    plan.updated_at,
                )
            )
        return plans
