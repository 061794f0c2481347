"""Builders for the case-file tests: clients brought to a given point of the lifecycle through the services."""

from __future__ import annotations

from datetime import timedelta

from rehabdesk.domain.instruments import builtin_instruments
from rehabdesk.services import assessments, cases, clients, plans
from rehabdesk.services.assessments import AssessmentInput
from rehabdesk.services.cases import TransitionRequest
from rehabdesk.services.context import StationContext
from rehabdesk.services.plans import GoalInput, PlanInput
from tests.paperwork_support import sign_papers
from tests.people_support import TODAY, client_input


def active_client(ctx: StationContext, worker_id: str, name: str = "张三丰", serial: int = 12) -> str:
    """Registered, assessed, papers signed, plan approved: a client the station may serve from TODAY."""
    client_id = clients.register_client(ctx, client_input(name, serial=serial), today=TODAY).client_id
    step = lambda target, **more: cases.change_status(  # noqa: E731
        ctx, client_id, TransitionRequest(target, TODAY, **more), today=TODAY
    )
    step("assessing")
    answers = {item.key: 0 for item in builtin_instruments()["sdss"].items}
    assessments.record_assessment(
        ctx, client_id, AssessmentInput("intake", TODAY, worker_id, "sdss", answers), today=TODAY
    )
    sign_papers(ctx, client_id, TODAY)
    step("enrolled")
    goal = GoalInput("short", "参加日间训练", ("life_skills",), "day_training", "每周三次", TODAY + timedelta(days=60))
    plan_id = plans.create_plan(ctx, client_id, PlanInput(TODAY, TODAY + timedelta(days=180), (goal,)), today=TODAY)
    plans.approve_plan(ctx, plan_id, TODAY, today=TODAY)
    return client_id
