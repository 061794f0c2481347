"""The Today page's case-work lists on a real station: each kind appears when due (two weeks ahead, overdue
marked), leaves when done, and follows the station's settings; the retention list is an admin's, with no names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from rehabdesk.domain.errors import DomainError, PermissionDenied, ValidationError
from rehabdesk.domain.instruments import builtin_instruments
from rehabdesk.domain.roles import Role
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import assessments, case_due, cases, clients, plans, referrals, service_records, settings
from rehabdesk.services.case_due import CaseDueKind
from rehabdesk.services.cases import TransitionRequest
from rehabdesk.services.context import StationContext
from rehabdesk.services.today import TodayItem, due_of_kind
from tests.case_support import active_client
from tests.conftest import STAFF_PASSWORD
from tests.people_support import TODAY, client_input
from tests.support import login_as, raw_sql
from tests.training_support import worker


def _sql(ctx: StationContext, *statements: tuple[str, tuple]) -> None:
    raw_sql(ctx.store.paths, ctx.store.master, *statements)


def _due(ctx: StationContext, kind: CaseDueKind, today: date = TODAY) -> list[TodayItem]:
    return due_of_kind(ctx, kind, today=today)


def test_a_stage_review_is_due_six_months_after_the_last_assessment(admin_ctx: StationContext) -> None:
    worker_id = worker(admin_ctx)
    client_id = active_client(admin_ctx, worker_id)  # the intake assessment is dated TODAY (2026-11-23)
    assert _due(admin_ctx, CaseDueKind.STAGE_REVIEW) == []
    [item] = _due(admin_ctx, CaseDueKind.STAGE_REVIEW, today=date(2027, 5, 10))
    assert (item.client_id, item.due_on, item.overdue) == (client_id, date(2027, 5, 23), False)
    assert _due(admin_ctx, CaseDueKind.STAGE_REVIEW, today=date(2027, 5, 5)) == []  # more than two weeks ahead
    [item] = _due(admin_ctx, CaseDueKind.STAGE_REVIEW, today=date(2027, 6, 1))
    assert item.overdue and item.worker_id is None

    answers = {item.key: 0 for item in builtin_instruments()["sdss"].items}
    stage = lambda on: assessments.AssessmentInput("stage", on, worker_id, "sdss", answers)  # noqa: E731
    assessments.record_assessment(admin_ctx, client_id, stage(date(2027, 5, 25)), today=date(2027, 6, 1))
    assert _due(admin_ctx, CaseDueKind.STAGE_REVIEW, today=date(2027, 6, 1)) == []
    # An older assessment entered late does not bring the review forward again.
    assessments.record_assessment(admin_ctx, client_id, stage(date(2027, 1, 10)), today=date(2027, 6, 1))
    [item] = _due(admin_ctx, CaseDueKind.STAGE_REVIEW, today=date(2027, 11, 20))
    assert item.due_on == date(2027, 11, 25)
    settings.update_settings(admin_ctx, replace(settings.read_settings(admin_ctx), stage_review_months=12))
    assert _due(admin_ctx, CaseDueKind.STAGE_REVIEW, today=date(2027, 11, 20)) == []


def test_plan_reviews_and_follow_ups_come_from_their_own_dates(admin_ctx: StationContext) -> None:
    worker_id = worker(admin_ctx)
    client_id = active_client(admin_ctx, worker_id)
    assert _due(admin_ctx, CaseDueKind.PLAN_REVIEW) == []
    _sql(admin_ctx, ("UPDATE rehab_plan SET review_due = '2026-11-20'", ()))
    [plan] = _due(admin_ctx, CaseDueKind.PLAN_REVIEW)
    assert plan.client_id == client_id and plan.overdue and plan.item_id
    cases.change_status(
        admin_ctx,
        client_id,
        TransitionRequest("closed", TODAY, reason="已联系不上", outcome="lost_contact"),
        today=TODAY,
    )
    assert _due(admin_ctx, CaseDueKind.FOLLOW_UP) == []
    assert _due(admin_ctx, CaseDueKind.PLAN_REVIEW) == []  # closing closed the plan: no review on a closed case
    assert [p.status for p in plans.list_plans(admin_ctx, client_id)] == ["closed"]
    later = date(2026, 12, 20)
    [first] = _due(admin_ctx, CaseDueKind.FOLLOW_UP, today=later)
    assert first.due_on == date(2026, 12, 23)
    referrals.record_follow_up(admin_ctx, first.item_id, later, "电话回访", today=later)
    assert _due(admin_ctx, CaseDueKind.FOLLOW_UP, today=later) == []


def test_a_waiting_client_is_asked_again_after_ninety_days(admin_ctx: StationContext) -> None:
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    _sql(
        admin_ctx,
        ("UPDATE episode SET status = 'waitlisted', status_since = '2026-08-01'", ()),
        ("UPDATE client SET status = 'waitlisted'", ()),
    )
    [item] = _due(admin_ctx, CaseDueKind.WAITLIST_RECONFIRMATION)
    assert item.due_on == date(2026, 10, 30) and item.overdue
    with pytest.raises(ValidationError):
        cases.confirm_waitlist(admin_ctx, client_id, "2026-07-01", today=TODAY)
    cases.confirm_waitlist(admin_ctx, client_id, TODAY, today=TODAY)
    assert _due(admin_ctx, CaseDueKind.WAITLIST_RECONFIRMATION) == []
    assert _due(admin_ctx, CaseDueKind.WAITLIST_RECONFIRMATION, today=TODAY + timedelta(days=80))


def test_only_a_waiting_client_can_confirm_a_place(admin_ctx: StationContext) -> None:
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    with pytest.raises(DomainError) as caught:
        cases.confirm_waitlist(admin_ctx, client_id, TODAY, today=TODAY)
    assert caught.value.code == "not_waitlisted"


def test_active_clients_not_served_this_month_until_a_service(admin_ctx: StationContext) -> None:
    worker_id = worker(admin_ctx)
    client_id = active_client(admin_ctx, worker_id)
    [item] = _due(admin_ctx, CaseDueKind.NO_SERVICE_THIS_MONTH)
    assert item.client_id == client_id and item.due_on is None
    service_records.record_service(
        admin_ctx,
        ServiceInput(TODAY, "9:00", "10:00", "home_visit", ("life_skills",), (worker_id,), (AttendeeInput(client_id),)),
        today=TODAY,
    )
    assert _due(admin_ctx, CaseDueKind.NO_SERVICE_THIS_MONTH) == []
    assert [i.client_id for i in _due(admin_ctx, CaseDueKind.NO_SERVICE_THIS_MONTH, today=date(2026, 12, 1))] == [
        client_id
    ]


def test_ended_cases_past_retention_are_listed_for_an_admin_only(admin_ctx: StationContext) -> None:
    old = clients.register_client(admin_ctx, client_input("李四", serial=21), today=TODAY).client_id
    recent = clients.register_client(admin_ctx, client_input("王五", serial=22), today=TODAY).client_id
    _sql(
        admin_ctx,
        (
            "UPDATE episode SET status = 'archived', closed_on = '2016-02-29', status_since = '2016-06-01' "
            "WHERE client_id = ?",
            (old,),
        ),
        ("UPDATE episode SET status = 'withdrawn', status_since = '2019-03-01' WHERE client_id = ?", (recent,)),
    )
    listed = case_due.cases_past_retention(admin_ctx, today=TODAY)
    assert [(c.client_id, c.ended_on, c.review_from) for c in listed] == [(old, date(2016, 2, 29), date(2026, 2, 28))]
    settings.update_settings(admin_ctx, replace(settings.read_settings(admin_ctx), retention_years=5))
    assert [c.client_id for c in case_due.cases_past_retention(admin_ctx, today=TODAY)] == [old, recent]
    assert not hasattr(listed[0], "client_name")
    staff_ctx = login_as(admin_ctx, "xiaowang", {Role.STAFF, Role.COORDINATOR}, STAFF_PASSWORD)
    with pytest.raises(PermissionDenied):
        case_due.cases_past_retention(staff_ctx, today=TODAY)


def test_settings_for_case_work_are_checked(admin_ctx: StationContext) -> None:
    current = settings.read_settings(admin_ctx)
    for bad in (
        {"waitlist_reconfirm_days": 3},
        {"stage_review_months": 0},
        {"follow_up_months": ()},
        {"follow_up_months": (1, 1)},
        {"follow_up_months": (30,)},
        {"retention_years": 0},
    ):
        with pytest.raises(ValidationError) as caught:
            settings.update_settings(admin_ctx, replace(current, **bad))
        assert caught.value.field == next(iter(bad))
    settings.update_settings(admin_ctx, replace(current, follow_up_months=(1, 6)))
    assert settings.read_settings(admin_ctx).follow_up_months == (1, 6)
