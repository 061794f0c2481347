"""Emergency plans, drills and corrective actions on a real station."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pypdf
import pytest

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.services import safety, training_reports
from rehabdesk.services import settings as settings_service
from rehabdesk.services.context import StationContext
from rehabdesk.services.safety import ActionInput, PlanInput
from tests.people_support import TODAY
from tests.support import station_query as query
from tests.training_support import drill_input, worker


def _plan(ctx: StationContext, **changes) -> str:
    values = {
        "title": "火灾事故应急预案",
        "scenarios": ("fire",),
        "plan_version": "2025版",
        "effective_date": date(2025, 3, 1),
    }
    values.update(changes)
    return safety.add_plan(ctx, PlanInput(**values), today=TODAY)


def test_a_plan_is_due_for_review_a_year_after_it_takes_effect(admin_ctx: StationContext) -> None:
    plan_id = _plan(admin_ctx)
    (plan,) = safety.list_plans(admin_ctx, today=TODAY)
    assert plan.review_due == date(2026, 3, 1) and plan.review_overdue
    assert [p.id for p in safety.safety_status(admin_ctx, today=TODAY).plans_past_review] == [plan_id]
    assert safety.record_plan_review(admin_ctx, plan_id, "2026-11-20", today=TODAY) == date(2027, 11, 20)
    assert safety.safety_status(admin_ctx, today=TODAY).plans_past_review == ()


def test_drills_are_numbered_and_move_the_schedule(admin_ctx: StationContext) -> None:
    present = worker(admin_ctx)
    plan_id = _plan(admin_ctx)
    status = {s.scenario.value: s for s in safety.safety_status(admin_ctx, today=TODAY).schedule}
    assert set(status) == {"fire", "missing", "armed_violence", "self_harm", "choking"}
    # A station opened today is behind on nothing: each scenario falls due one interval after opening.
    assert all(s.state == "ok" and s.last_drill is None and s.due > TODAY for s in status.values())
    drill_id = safety.record_drill(admin_ctx, drill_input(present, plan_id=plan_id), today=TODAY)
    fire = next(s for s in safety.safety_status(admin_ctx, today=TODAY).schedule if s.scenario == "fire")
    assert (fire.last_drill, fire.due, fire.state) == (date(2026, 9, 1), date(2027, 3, 1), "ok")
    (drill,) = safety.list_drills(admin_ctx, year=2026, scenario="fire", today=TODAY)
    assert drill.id == drill_id and drill.number == "TS01-YL-2026-0001"
    assert drill.participants == ("李霞",) and drill.plan_title == "火灾事故应急预案"
    assert safety.list_drills(admin_ctx, year=2025, today=TODAY) == []
    assert safety.safety_status(admin_ctx, today=TODAY).drills_this_year == {"fire": 1}


def test_the_key_scenarios_are_a_setting(admin_ctx: StationContext) -> None:
    settings_service.update_settings(
        admin_ctx, replace(settings_service.read_settings(admin_ctx), drill_scenarios=("fire", "power_cut"))
    )
    schedule = safety.safety_status(admin_ctx, today=TODAY).schedule
    assert [s.scenario.value for s in schedule] == ["fire", "power_cut"]
    with pytest.raises(ValidationError):
        settings_service.update_settings(
            admin_ctx, replace(settings_service.read_settings(admin_ctx), drill_scenarios=("flood",))
        )


def test_corrective_actions_from_open_to_done_and_back(admin_ctx: StationContext) -> None:
    present = worker(admin_ctx)
    safety.record_drill(admin_ctx, drill_input(present), today=TODAY)
    (action,) = safety.safety_status(admin_ctx, today=TODAY).open_actions
    assert action.overdue and action.owner == "李霞" and action.drill_number == "TS01-YL-2026-0001"
    with pytest.raises(ValidationError) as caught:
        safety.close_corrective_action(admin_ctx, action.id, TODAY, "  ", today=TODAY)
    assert caught.value.field == "closing_note"
    with pytest.raises(ValidationError) as caught:
        safety.close_corrective_action(admin_ctx, action.id, "2026-08-01", "已更换", today=TODAY)
    assert caught.value.code == "date_too_early"  # before the drill itself
    safety.close_corrective_action(admin_ctx, action.id, "2026-09-20", "已更换并复查", today=TODAY)
    assert safety.safety_status(admin_ctx, today=TODAY).open_actions == ()
    with pytest.raises(DomainError) as caught:
        safety.close_corrective_action(admin_ctx, action.id, TODAY, "again", today=TODAY)
    assert caught.value.code == "action_already_closed"
    safety.reopen_corrective_action(admin_ctx, action.id, "2026-12-31", today=TODAY)
    (reopened,) = safety.safety_status(admin_ctx, today=TODAY).open_actions
    assert not reopened.overdue and reopened.due_date == date(2026, 12, 31)
    extra = safety.add_corrective_action(
        admin_ctx, reopened.drill_id, ActionInput("培训新员工使用灭火器", "2027-01-15"), today=TODAY
    )
    assert extra in {a.id for a in safety.safety_status(admin_ctx, today=TODAY).open_actions}


def test_bad_drills_are_refused_whole(admin_ctx: StationContext) -> None:
    present = worker(admin_ctx)
    for changes, field in (
        ({"scenario": "flood"}, "scenario"),
        ({"drill_date": "2026-12-01"}, "drill_date"),
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"staff_ids": ()}, "staff_ids"),
        ({"actions": (ActionInput("", TODAY),)}, "actions.0.description"),
    ):
        with pytest.raises(ValidationError) as caught:
            safety.record_drill(admin_ctx, drill_input(present, **changes), today=TODAY)
        assert caught.value.field == field
    assert query(admin_ctx, "SELECT count(*) FROM drill") == [(0,)]
    assert query(admin_ctx, "SELECT count(*) FROM corrective_action") == [(0,)]


def test_the_drill_record_prints(admin_ctx: StationContext) -> None:
    drill_id = safety.record_drill(admin_ctx, drill_input(worker(admin_ctx)), today=TODAY)
    printed = training_reports.print_drill_record(admin_ctx, drill_id, today=TODAY)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(printed.pdf)).pages)
    assert "TS01-YL-2026-0001" in text and "更换二楼应急灯" in text and "李霞" in text
