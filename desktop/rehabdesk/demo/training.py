"""Training records, emergency plans and drills for the demo station: most workers compliant, a few lagging this
year, one assessor without assessor training; drills done and overdue, corrective actions open and closed.

Courses are added a year at a time in one unit of work each (the benchmark station holds 200 staff × 10 years ×
12 courses), through the same validation and insertion as a recorded course."""

from __future__ import annotations

import random
from datetime import date, timedelta

from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.safety import DrillScenario, add_months
from rehabdesk.domain.training import TrainingType
from rehabdesk.services import safety
from rehabdesk.services.context import StationContext
from rehabdesk.services.safety import ActionInput, DrillInput, PlanInput
from rehabdesk.services.training import Attendee, TrainingInput, add_course, validate_training
from rehabdesk.storage.repositories import staff as staff_repository

DEFAULT_TRAINING_YEARS = 3
COURSES_PER_YEAR = 12
_TITLES = {
    TrainingType.INDUCTION: ("新入职人员岗前培训", "精神卫生法与服务规范岗前培训"),
    TrainingType.BLOCK: ("区精康服务集中培训", "精神障碍社区康复服务规范培训", "个案管理实务培训"),
    TrainingType.SUPERVISION: ("个案督导", "小组工作跟踪督导", "外聘督导月度督导"),
    TrainingType.VOCATIONAL: ("职业康复技能培训", "同伴支持技能提升班", "家属照护技能培训"),
    TrainingType.ASSESSOR: ("需求评估能力培训（SDSS/PSP）",),
    TrainingType.SAFETY: ("消防安全培训", "突发事件应急处置培训"),
}
_PROVIDERS = ("区民政局", "区精神卫生中心", "市社会工作协会", "本站", "区疾控中心")
_ACTIONS = (
    "补充疏散指示标识，二楼楼梯口加装应急灯",
    "更新紧急联系人名单并张贴在值班室",
    "为日间活动室配备防噎食急救包，组织海姆立克法复训",
    "与社区派出所确认走失协查流程和联系人",
    "更换过期灭火器两具",
)
_LAGGING_SHARE = 0.2


def _course(rng: random.Random, year: int, today: date, kind: TrainingType) -> tuple[date, date, str]:
    last_day = min(date(year, 12, 31), today - timedelta(days=1))
    start = date(year, 1, 1) + timedelta(days=rng.randint(0, max(0, (last_day - date(year, 1, 1)).days)))
    days = 1 if kind is not TrainingType.BLOCK else rng.choice((1, 1, 2))
    end = min(start + timedelta(days=days - 1), last_day)
    hours = rng.choice(("1", "1.5", "2", "2", "3")) if days == 1 else str(6 * ((end - start).days + 1))
    return start, end, hours


def add_demo_training(
    ctx: StationContext,
    seed: int,
    today: date,
    *,
    years: int = DEFAULT_TRAINING_YEARS,
    courses_per_year: int = COURSES_PER_YEAR,
    progress: Progress = NULL_PROGRESS,
) -> None:
    rng = random.Random(seed * 104729)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        members = [(m.id, m.start_date, m.end_date, m.assessor) for m in staff_repository.all_staff(uow.session)]
    lagging = {staff_id for staff_id, *_ in members if rng.random() < _LAGGING_SHARE}
    untrained_assessor = next((staff_id for staff_id, *_, assessor in members if assessor), None)
    first_year = today.year - years + 1
    for done, year in enumerate(range(first_year, today.year + 1)):
        with ctx.store.unit_of_work(ctx.actor) as uow:
            added = 0
            for staff_id, start, end, assessor in members:
                employed_from = max(start, date(year, 1, 1))
                if employed_from > min(end or today, today - timedelta(days=1)):
                    continue
                count = courses_per_year
                if year == today.year and staff_id in lagging:
                    count = max(1, courses_per_year // 4)  # behind this year: the Q4 warning shows
                for index in range(count):
                    kind = rng.choice(list(TrainingType))
                    if assessor and index == 0 and staff_id != untrained_assessor:
                        kind = TrainingType.ASSESSOR
                    elif kind is TrainingType.ASSESSOR:
                        kind = TrainingType.BLOCK
                    course_start, course_end, hours = _course(rng, year, today, kind)
                    if course_start < start or (end is not None and course_end > end):
                        continue
                    valid = validate_training(
                        TrainingInput(
                            title=rng.choice(_TITLES[kind]),
                            kind=kind.value,
                            start_date=course_start,
                            end_date=course_end,
                            hours=hours,
                            attendees=(Attendee(staff_id),),
                            provider=rng.choice(_PROVIDERS),
                        ),
                        today=today,
                    )
                    add_course(uow, valid)
                    added += 1
            uow.audit("import", entity_type="training_course", detail={"what": "demo_training", "rows": added})
            uow.commit()
        progress.step(done + 1, years, "training")
    _add_demo_safety(ctx, rng, today, [staff_id for staff_id, *_ in members])


def _add_demo_safety(ctx: StationContext, rng: random.Random, today: date, staff_ids: list[str]) -> None:
    if not staff_ids:
        return
    fire_plan = safety.add_plan(
        ctx,
        PlanInput(
            title="火灾事故应急预案",
            scenarios=(DrillScenario.FIRE.value, DrillScenario.POWER_CUT.value),
            plan_version="2024版",
            effective_date=date(today.year - 2, 3, 1),
            owner_staff_id=staff_ids[0],
            steps="一、发现火情立即报警（119），通知站点负责人。\n二、按疏散路线组织服务对象撤离，清点人数。",
            review_due=add_months(today, 4),
        ),
        today=today,
    )
    safety.add_plan(
        ctx,
        PlanInput(
            title="服务对象走失、冲动伤人等突发事件处置预案",
            scenarios=(
                DrillScenario.MISSING.value,
                DrillScenario.ARMED_VIOLENCE.value,
                DrillScenario.SELF_HARM.value,
                DrillScenario.CHOKING.value,
            ),
            plan_version="2023版",
            effective_date=date(today.year - 3, 5, 10),
            owner_staff_id=staff_ids[-1],
            review_due=today - timedelta(days=40),  # past its annual review: flagged
        ),
        today=today,
    )
    # Fire drilled recently, missing-person drilled last year (overdue), choking never drilled.
    plan_drills = (
        (DrillScenario.FIRE, today - timedelta(days=rng.randint(30, 120)), fire_plan),
        (DrillScenario.FIRE, add_months(today, -8), fire_plan),
        (DrillScenario.MISSING, add_months(today, -14), None),
        (DrillScenario.ARMED_VIOLENCE, add_months(today, -5), None),
        (DrillScenario.SELF_HARM, add_months(today, -12) + timedelta(days=10), None),  # due within the month
    )
    for index, (scenario, drill_date, plan_id) in enumerate(plan_drills):
        present = tuple(rng.sample(staff_ids, min(len(staff_ids), rng.randint(3, 6))))
        actions = (ActionInput(_ACTIONS[index % len(_ACTIONS)], drill_date + timedelta(days=30), present[0]),)
        drill_id = safety.record_drill(
            ctx,
            DrillInput(
                drill_date=drill_date,
                scenario=scenario.value,
                duration_minutes=rng.choice((30, 45, 60, 90)),
                staff_ids=present,
                clients_involved=rng.randint(0, 25),
                plan_id=plan_id,
                evaluation="演练按预案步骤进行，人员分工明确，整体响应及时。",
                problems="个别工作人员对报警流程不熟悉；疏散时清点人数用时偏长。",
                actions=actions,
            ),
            today=today,
        )
        if drill_date < today - timedelta(days=100):
            info = safety.list_drills(ctx, today=today)
            action = next(a for d in info if d.id == drill_id for a in d.actions)
            safety.close_corrective_action(ctx, action.id, drill_date + timedelta(days=20), "已整改完毕并复查。")
