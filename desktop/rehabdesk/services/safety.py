"""Emergency plans (应急预案), drills (应急演练) and corrective actions, and what is due: scenarios not drilled in
time, plans past their annual review, corrective actions still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehabdesk.domain import clock
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import parse_choice
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import (
    ActionStatus,
    DrillScenario,
    ScenarioSchedule,
    action_overdue,
    drill_schedule,
    next_review,
    plan_review_overdue,
)
from rehabdesk.domain.text import clean_line, clean_text
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import new_number
from rehabdesk.services.registry import service
from rehabdesk.services.scans import ScanInfo, scan_infos
from rehabdesk.services.settings import read_settings
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.repositories import training as repository
from rehabdesk.storage.schema import CorrectiveAction, Drill, DrillParticipant, EmergencyPlan
from rehabdesk.storage.unit_of_work import UnitOfWork

DRILL_PREFIX = "YL"  # 演练
MAX_TEXT = 4000
MAX_DRILL_MINUTES = 24 * 60


@dataclass(frozen=True)
class PlanInput:
    title: str
    scenarios: tuple[str, ...]
    plan_version: str
    effective_date: str | date
    owner_staff_id: str | None = None
    contacts: str = "110 报警　120 急救　119 火警"
    steps: str = ""
    review_due: str | date = ""  # empty: a year after the effective date


@dataclass(frozen=True)
class PlanInfo:
    id: str
    title: str
    scenarios: tuple[str, ...]
    plan_version: str
    effective_date: date
    review_due: date
    review_overdue: bool
    owner_staff_id: str | None
    owner: str
    contacts: str
    steps: str
    files: tuple[ScanInfo, ...] = ()  # the plan's full text, attached


@dataclass(frozen=True)
class ActionInput:
    description: str
    due_date: str | date
    owner_staff_id: str | None = None


@dataclass(frozen=True)
class DrillInput:
    drill_date: str | date
    scenario: str
    duration_minutes: int
    staff_ids: tuple[str, ...]
    clients_involved: int = 0
    plan_id: str | None = None
    evaluation: str = ""
    problems: str = ""
    actions: tuple[ActionInput, ...] = ()


@dataclass(frozen=True)
class ActionInfo:
    id: str
    drill_id: str
    drill_number: str
    scenario: str
    description: str
    owner: str
    due_date: date
    status: str
    closed_on: date | None
    closing_note: str
    overdue: bool


@dataclass(frozen=True)
class DrillInfo:
    id: str
    number: str
    drill_date: date
    scenario: str
    plan_id: str | None
    plan_title: str
    participants: tuple[str, ...]  # names
    clients_involved: int
    duration_minutes: int
    evaluation: str
    problems: str
    actions: tuple[ActionInfo, ...]


@dataclass(frozen=True)
class SafetyStatus:
    schedule: tuple[ScenarioSchedule, ...]
    plans_past_review: tuple[PlanInfo, ...]
    open_actions: tuple[ActionInfo, ...]
    drills_this_year: dict[str, int]


def _text(value: str, field: str, maximum: int = MAX_TEXT, *, required: bool = False) -> str:
    return clean_text(value, field, maximum, required=required)


def _staff_name(uow: UnitOfWork, staff_id: str | None) -> str:
    member = staff_repository.by_id(uow.session, staff_id) if staff_id else None
    return member.name if member else ""


def _check_staff(uow: UnitOfWork, staff_id: str | None, field: str) -> None:
    if staff_id is not None and staff_repository.by_id(uow.session, staff_id) is None:
        raise ValidationError("staff_unknown", field)


def _the_plan(uow: UnitOfWork, plan_id: str) -> EmergencyPlan:
    plan = repository.plan(uow.session, plan_id)
    if plan is None:
        raise DomainError("plan_not_found")
    return plan


def _the_action(uow: UnitOfWork, action_id: str) -> CorrectiveAction:
    action = repository.action(uow.session, action_id)
    if action is None:
        raise DomainError("action_not_found")
    return action


def _plan_values(data: PlanInput, today: date) -> dict:
    scenarios = [parse_choice(DrillScenario, value, "scenarios").value for value in data.scenarios]
    if not scenarios:
        raise ValidationError("required", "scenarios")
    effective = parse_date(data.effective_date, field="effective_date", today=today)
    review_due = (
        parse_date(data.review_due, field="review_due", today=today, not_before=effective)
        if str(data.review_due).strip()
        else next_review(effective)
    )
    return {
        "title": clean_line(data.title, "title", 100, required=True),
        "scenarios": ",".join(scenarios),
        "plan_version": clean_line(data.plan_version, "plan_version", 20, required=True),
        "effective_date": effective,
        "review_due": review_due,
        "owner_staff_id": data.owner_staff_id,
        "contacts": _text(data.contacts, "contacts"),
        "steps": _text(data.steps, "steps", 20_000),
    }


def _plan_info(uow: UnitOfWork, plan: EmergencyPlan, today: date) -> PlanInfo:
    return PlanInfo(
        plan.id,
        plan.title,
        tuple(filter(None, plan.scenarios.split(","))),
        plan.plan_version,
        plan.effective_date,
        plan.review_due,
        plan_review_overdue(plan.review_due, today),
        plan.owner_staff_id,
        _staff_name(uow, plan.owner_staff_id),
        plan.contacts,
        plan.steps,
        scan_infos(uow, "emergency_plan", plan.id),
    )


@service(Permission.MANAGE_TRAINING, mutating=True)
def add_plan(ctx: StationContext, data: PlanInput, *, today: date | None = None) -> str:
    values = _plan_values(data, today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        _check_staff(uow, data.owner_staff_id, "owner_staff_id")
        plan = EmergencyPlan(**values)
        uow.session.add(plan)
        uow.session.flush()
        uow.audit("create", entity_type="emergency_plan", entity_id=plan.id)
        uow.commit()
        return plan.id


@service(Permission.MANAGE_TRAINING, mutating=True)
def update_plan(ctx: StationContext, plan_id: str, data: PlanInput, *, today: date | None = None) -> None:
    values = _plan_values(data, today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        plan = _the_plan(uow, plan_id)
        _check_staff(uow, data.owner_staff_id, "owner_staff_id")
        for name, value in values.items():
            setattr(plan, name, value)
        uow.audit("update", entity_type="emergency_plan", entity_id=plan.id)
        uow.commit()


@service(Permission.MANAGE_TRAINING, mutating=True)
def record_plan_review(
    ctx: StationContext, plan_id: str, reviewed_on: str | date, *, today: date | None = None
) -> date:
    """The annual review happened: the next one is due a year later. Returns that date."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        plan = _the_plan(uow, plan_id)
        reviewed = parse_date(reviewed_on, field="reviewed_on", today=today, not_future=True)
        plan.review_due = next_review(reviewed)
        uow.audit("plan_reviewed", entity_type="emergency_plan", entity_id=plan.id)
        uow.commit()
        return plan.review_due


@service(None, mutating=False)
def list_plans(ctx: StationContext, *, today: date | None = None) -> list[PlanInfo]:
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return [_plan_info(uow, plan, today) for plan in repository.plans(uow.session)]


def _action_row(uow: UnitOfWork, drill_id: str, index: int, data: ActionInput, today: date) -> CorrectiveAction:
    prefix = f"actions.{index}."
    _check_staff(uow, data.owner_staff_id, prefix + "owner_staff_id")
    return CorrectiveAction(
        drill_id=drill_id,
        description=_text(data.description, prefix + "description", 300, required=True),
        owner_staff_id=data.owner_staff_id,
        due_date=parse_date(data.due_date, field=prefix + "due_date", today=today),
        status=ActionStatus.OPEN.value,
    )


@service(Permission.MANAGE_TRAINING, mutating=True)
def record_drill(ctx: StationContext, data: DrillInput, *, today: date | None = None) -> str:
    today = today or clock.today()
    scenario = parse_choice(DrillScenario, data.scenario, "scenario")
    drill_date = parse_date(data.drill_date, field="drill_date", today=today, not_future=True)
    if not 0 < data.duration_minutes <= MAX_DRILL_MINUTES:
        raise ValidationError("out_of_range", "duration_minutes", minimum=1, maximum=MAX_DRILL_MINUTES)
    if not 0 <= data.clients_involved <= 10_000:
        raise ValidationError("out_of_range", "clients_involved", minimum=0, maximum=10_000)
    if not data.staff_ids:
        raise ValidationError("attendees_required", "staff_ids")
    evaluation = _text(data.evaluation, "evaluation")
    problems = _text(data.problems, "problems")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        if data.plan_id is not None and repository.plan(uow.session, data.plan_id) is None:
            raise ValidationError("plan_not_found", "plan_id")
        for staff_id in data.staff_ids:
            _check_staff(uow, staff_id, "staff_ids")
        drill = Drill(
            number=new_number(uow, DRILL_PREFIX, drill_date),
            drill_date=drill_date,
            scenario=scenario.value,
            plan_id=data.plan_id,
            clients_involved=data.clients_involved,
            duration_minutes=data.duration_minutes,
            evaluation=evaluation,
            problems=problems,
        )
        uow.session.add(drill)
        uow.session.flush()
        uow.session.add_all(DrillParticipant(drill_id=drill.id, staff_id=s) for s in dict.fromkeys(data.staff_ids))
        uow.session.add_all(_action_row(uow, drill.id, i, action, today) for i, action in enumerate(data.actions))
        uow.audit("create", entity_type="drill", entity_id=drill.id, detail={"scenario": scenario.value})
        uow.commit()
        return drill.id


@service(Permission.MANAGE_TRAINING, mutating=True)
def add_corrective_action(ctx: StationContext, drill_id: str, data: ActionInput, *, today: date | None = None) -> str:
    with ctx.store.unit_of_work(ctx.actor) as uow:
        if repository.drill(uow.session, drill_id) is None:
            raise DomainError("drill_not_found")
        row = _action_row(uow, drill_id, 0, data, today or clock.today())
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", entity_type="corrective_action", entity_id=row.id)
        uow.commit()
        return row.id


@service(Permission.MANAGE_TRAINING, mutating=True)
def close_corrective_action(
    ctx: StationContext, action_id: str, closed_on: str | date, note: str, *, today: date | None = None
) -> None:
    """Done, with what was done: the note is what an inspector reads."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        action = _the_action(uow, action_id)
        if action.status != ActionStatus.OPEN:
            raise DomainError("action_already_closed")
        drill = repository.drill(uow.session, action.drill_id)
        action.closed_on = parse_date(
            closed_on, field="closed_on", today=today, not_future=True, not_before=drill.drill_date if drill else None
        )
        action.closing_note = _text(note, "closing_note", 300, required=True)
        action.status = ActionStatus.DONE.value
        uow.audit("action_closed", entity_type="corrective_action", entity_id=action.id)
        uow.commit()


@service(Permission.MANAGE_TRAINING, mutating=True)
def reopen_corrective_action(
    ctx: StationContext, action_id: str, new_due: str | date, *, today: date | None = None
) -> None:
    """Closed too early (the fix did not hold): open again with a new due date; the old note stays in the audit."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        action = _the_action(uow, action_id)
        if action.status != ActionStatus.DONE:
            raise DomainError("action_not_closed")
        action.due_date = parse_date(new_due, field="due_date", today=today)
        action.status = ActionStatus.OPEN.value
        action.closed_on = None
        uow.audit("action_reopened", entity_type="corrective_action", entity_id=action.id)
        uow.commit()


def _action_info(uow: UnitOfWork, action: CorrectiveAction, drill: Drill, today: date) -> ActionInfo:
    return ActionInfo(
        action.id,
        drill.id,
        drill.number,
        drill.scenario,
        action.description,
        _staff_name(uow, action.owner_staff_id),
        action.due_date,
        action.status,
        action.closed_on,
        action.closing_note,
        action_overdue(ActionStatus(action.status), action.due_date, today),
    )


def drill_info(uow: UnitOfWork, drill: Drill, today: date) -> DrillInfo:
    plan = repository.plan(uow.session, drill.plan_id) if drill.plan_id else None
    return DrillInfo(
        drill.id,
        drill.number,
        drill.drill_date,
        drill.scenario,
        drill.plan_id,
        plan.title if plan else "",
        tuple(_staff_name(uow, staff_id) for staff_id in repository.participants(uow.session, drill.id)),
        drill.clients_involved,
        drill.duration_minutes,
        drill.evaluation,
        drill.problems,
        tuple(_action_info(uow, a, drill, today) for a in repository.actions(uow.session, drill.id)),
    )


@service(None, mutating=False)
def list_drills(
    ctx: StationContext, *, year: int | None = None, scenario: str | None = None, today: date | None = None
) -> list[DrillInfo]:
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return [drill_info(uow, d, today) for d in repository.drills(uow.session, year, scenario)]


def status_in(uow: UnitOfWork, scenarios: tuple[str, ...], today: date) -> SafetyStatus:
    last = {DrillScenario(k): v for k, v in repository.last_drills(uow.session, today).items()}
    opened_on = station_repository.the_station(uow.session).created_at.astimezone().date()
    schedule = drill_schedule([DrillScenario(s) for s in scenarios], last, today, opened_on)
    plans = tuple(p for p in (_plan_info(uow, p, today) for p in repository.plans(uow.session)) if p.review_overdue)
    drills = {d.id: d for d in repository.drills(uow.session)}
    open_actions = tuple(
        _action_info(uow, a, drills[a.drill_id], today)
        for a in repository.actions(uow.session, open_only=True)
        if a.drill_id in drills
    )
    this_year: dict[str, int] = {}
    for drill in drills.values():
        if drill.drill_date.year == today.year:
            this_year[drill.scenario] = this_year.get(drill.scenario, 0) + 1
    return SafetyStatus(tuple(schedule), plans, open_actions, this_year)


@service(None, mutating=False)
def safety_status(ctx: StationContext, *, today: date | None = None) -> SafetyStatus:
    """Key scenarios (a station setting) against their last drills; plans past review; open corrective actions."""
    today = today or clock.today()
    scenarios = read_settings(ctx).drill_scenarios
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return status_in(uow, scenarios, today)
