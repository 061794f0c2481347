"""A client's whole path on a real station: every step recorded with who, when and why; refusals naming what is
missing; documents counting only for their own episode; plans and assessments; a new episode after an ended one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.instruments import builtin_instruments
from rehabdesk.domain.roles import Role
from rehabdesk.services import assessments, cases, clients, plans
from rehabdesk.services.assessments import AssessmentInput
from rehabdesk.services.cases import RiskInput, TransitionRequest
from rehabdesk.services.context import StationContext
from rehabdesk.services.plans import GoalInput, PlanInput
from tests.conftest import STAFF_PASSWORD
from tests.paperwork_support import sign_papers
from tests.people_support import TODAY, client_input
from tests.support import login_as, raw_sql
from tests.support import station_query as query
from tests.training_support import worker


def _sdss_answers() -> dict[str, int]:
    return {item.key: 1 for item in builtin_instruments()["sdss"].items}


def _step(ctx: StationContext, client_id: str, target: str, **changes) -> None:
    cases.change_status(ctx, client_id, TransitionRequest(target, changes.pop("on", TODAY), **changes), today=TODAY)


def _refused(ctx: StationContext, client_id: str, target: str, **changes) -> list[str]:
    with pytest.raises(DomainError) as caught:
        _step(ctx, client_id, target, **changes)
    assert caught.value.code == "transition_refused"
    return [reason.code for reason in caught.value.params["reasons"]]


def _assess(ctx: StationContext, client_id: str, assessor: str, kind: str = "intake") -> assessments.RecordedAssessment:
    return assessments.record_assessment(
        ctx, client_id, AssessmentInput(kind, TODAY, assessor, "sdss", _sdss_answers()), today=TODAY
    )


def _plan(ctx: StationContext, client_id: str, worker_id: str) -> str:
    goal = GoalInput(
        "short",
        "每周参加三次日间训练",
        ("life_skills",),
        "day_training",
        "每周三次",
        TODAY + timedelta(days=90),
        worker_id,
    )
    return plans.create_plan(ctx, client_id, PlanInput(TODAY, TODAY + timedelta(days=180), (goal,)), today=TODAY)


def test_registration_opens_the_first_episode(admin_ctx: StationContext) -> None:
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    path = cases.case_path(admin_ctx, client_id)
    assert (path.status, path.episode, path.application_date) == ("registered", 1, TODAY)
    assert [(s.from_status, s.to_status) for s in path.steps] == [(None, "applied"), ("applied", "registered")]


def test_the_whole_path_with_every_refusal_on_the_way(admin_ctx: StationContext) -> None:
    assessor = worker(admin_ctx, assessor=True)
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    assert _refused(admin_ctx, client_id, "active") == ["transition_not_allowed"]
    _step(admin_ctx, client_id, "assessing", reason="本人申请，材料齐全")
    assert _refused(admin_ctx, client_id, "enrolled") == [
        "baseline_assessment_missing",
        "consent_missing",
        "consent_missing",
        "agreement_missing",
    ]
    recorded = _assess(admin_ctx, client_id, assessor)
    assert recorded.score.total == 10 and recorded.warnings == ("assessor_untrained",)
    # Papers signed before this episode's application do not count for it.
    sign_papers(admin_ctx, client_id, TODAY - timedelta(days=30))
    assert _refused(admin_ctx, client_id, "enrolled") == ["consent_missing", "consent_missing", "agreement_missing"]
    sign_papers(admin_ctx, client_id, TODAY)
    _step(admin_ctx, client_id, "enrolled", document="TS01-XY-2026-0002")
    assert _refused(admin_ctx, client_id, "active") == ["plan_not_approved"]
    plan_id = _plan(admin_ctx, client_id, assessor)
    plans.approve_plan(admin_ctx, plan_id, TODAY, today=TODAY)
    assert cases.case_path(admin_ctx, client_id).status == "active"
    assert _refused(admin_ctx, client_id, "suspended") == ["reason_required"]
    _step(admin_ctx, client_id, "suspended", reason="住院治疗")
    _step(admin_ctx, client_id, "active", reason="出院回家")
    assert _refused(admin_ctx, client_id, "closed", outcome="community_living") == ["closing_assessment_missing"]
    _assess(admin_ctx, client_id, assessor, kind="closing")
    _step(admin_ctx, client_id, "closed", outcome="community_living", reason="康复目标达成")
    _step(admin_ctx, client_id, "follow_up")
    _step(admin_ctx, client_id, "archived")
    path = cases.case_path(admin_ctx, client_id)
    assert [s.to_status for s in path.steps] == [
        "applied",
        "registered",
        "assessing",
        "enrolled",
        "active",
        "suspended",
        "active",
        "closed",
        "follow_up",
        "archived",
    ]
    assert path.steps[3].document == "TS01-XY-2026-0002"
    assert path.steps[4].document == "康复计划第1版"
    assert query(admin_ctx, "SELECT closing_outcome FROM episode") == [("community_living",)]
    assert query(admin_ctx, "SELECT status FROM client") == [("archived",)]

    cases.start_new_episode(admin_ctx, client_id, TODAY, "self_or_guardian", today=TODAY)
    path = cases.case_path(admin_ctx, client_id)
    assert (path.episode, path.status) == (2, "applied")
    assert len(path.steps) == 11  # the first episode's history stays


def test_closing_needs_a_coordinator(admin_ctx: StationContext) -> None:
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    raw_sql(
        admin_ctx.store.paths,
        admin_ctx.store.master,
        ("UPDATE episode SET status = 'active'", ()),
        ("UPDATE client SET status = 'active'", ()),
    )
    staff_ctx = login_as(admin_ctx, "xiaowang", {Role.STAFF}, STAFF_PASSWORD)
    try:
        codes = _refused(staff_ctx, client_id, "closed", outcome="died", reason="病故")
        assert codes == ["coordinator_approval_required"]
    finally:
        staff_ctx.close()
    _step(admin_ctx, client_id, "closed", outcome="died", reason="病故")


def test_a_new_episode_only_after_an_ended_one(admin_ctx: StationContext) -> None:
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    with pytest.raises(DomainError) as caught:
        cases.start_new_episode(admin_ctx, client_id, TODAY, "self_or_guardian", today=TODAY)
    assert caught.value.code == "episode_still_open"
    _step(admin_ctx, client_id, "withdrawn", reason="本人不再需要")
    cases.start_new_episode(admin_ctx, client_id, TODAY, "medical_referral", today=TODAY)
    assert cases.case_path(admin_ctx, client_id).episode == 2


def test_a_step_cannot_be_dated_before_the_last_one(admin_ctx: StationContext) -> None:
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    with pytest.raises(ValidationError) as caught:
        _step(admin_ctx, client_id, "assessing", on=TODAY - timedelta(days=1))
    assert caught.value.code == "date_too_early"


def test_risk_history_and_the_green_channel_prompt(admin_ctx: StationContext) -> None:
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    assert not cases.record_risk(admin_ctx, client_id, RiskInput(TODAY, 1, "stable", "家访"), today=TODAY)
    assert cases.record_risk(
        admin_ctx, client_id, RiskInput(TODAY, 3, "basically_stable", "区精神卫生中心"), today=TODAY
    )
    # An older record joins the history without overwriting today's values.
    cases.record_risk(admin_ctx, client_id, RiskInput(TODAY - timedelta(days=40), 0, "stable", "入组评估"), today=TODAY)
    assert query(admin_ctx, "SELECT risk_level, illness_status FROM client") == [(3, "basically_stable")]
    assert [r[1] for r in cases.case_path(admin_ctx, client_id).risk] == [0, 1, 3]


def test_a_psp_score_outside_the_band_is_refused(admin_ctx: StationContext) -> None:
    assessor = worker(admin_ctx, assessor=True)
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    answers = {"a": 1, "b": 1, "c": 1, "d": 1}
    with pytest.raises(ValidationError) as caught:
        assessments.record_assessment(
            admin_ctx,
            client_id,
            AssessmentInput("intake", TODAY, assessor, "psp", answers, rater_score=40),
            today=TODAY,
        )
    assert caught.value.code == "psp_score_outside_band"
    assert query(admin_ctx, "SELECT count(*) FROM assessment") == [(0,)]


def test_closing_sets_up_follow_ups_and_the_first_one_moves_the_case(admin_ctx: StationContext) -> None:
    from rehabdesk.services import referrals

    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    raw_sql(
        admin_ctx.store.paths,
        admin_ctx.store.master,
        ("UPDATE episode SET status = 'active', status_since = '2026-01-05'", ()),
        ("UPDATE client SET status = 'active'", ()),
    )
    _step(admin_ctx, client_id, "closed", outcome="lost_contact", reason="多次联系未果", on=date(2026, 8, 31))
    due = referrals.follow_ups(admin_ctx, client_id)
    assert [f.due_date for f in due] == [date(2026, 9, 30), date(2026, 11, 30)]
    with pytest.raises(ValidationError):
        referrals.record_follow_up(admin_ctx, due[0].id, "2026-10-02", " ", today=TODAY)
    referrals.record_follow_up(admin_ctx, due[0].id, "2026-10-02", "电话回访，已在新址就近康复", today=TODAY)
    assert cases.case_path(admin_ctx, client_id).status == "follow_up"
    with pytest.raises(DomainError) as caught:
        referrals.record_follow_up(admin_ctx, due[0].id, "2026-10-03", "again", today=TODAY)
    assert caught.value.code == "follow_up_done"


def test_a_referral_out_needs_the_consent_to_provide_data(admin_ctx: StationContext) -> None:
    from rehabdesk.services import referrals
    from rehabdesk.services.referrals import ReferralInput

    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    out = ReferralInput("out", "hospital_green_channel", TODAY, "区精神卫生中心", reason="病情波动")
    with pytest.raises(DomainError) as caught:
        referrals.record_referral(admin_ctx, client_id, out, today=TODAY)
    assert caught.value.code == "referral_needs_consent"
    assert [r.code for r in caught.value.params["reasons"]] == ["consent_missing"]
    referrals.record_referral(admin_ctx, client_id, replace(out, direction="in"), today=TODAY)
    sign_papers(admin_ctx, client_id, TODAY)
    referral_id = referrals.record_referral(admin_ctx, client_id, out, today=TODAY)
    referrals.record_referral_feedback(admin_ctx, referral_id, TODAY, "已收治", today=TODAY)
    assert query(admin_ctx, "SELECT direction, receipt_date, feedback FROM referral ORDER BY direction") == [
        ("in", None, ""),
        ("out", "2026-11-23", "已收治"),
    ]


def test_no_warning_for_an_assessor_with_assessor_training(admin_ctx: StationContext) -> None:
    from rehabdesk.services import training
    from tests.training_support import course_input

    assessor = worker(admin_ctx, assessor=True)
    training.record_training(admin_ctx, course_input(assessor, kind="assessor"), today=TODAY)
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    _step(admin_ctx, client_id, "assessing")
    assert _assess(admin_ctx, client_id, assessor).warnings == ()


def test_assessments_and_plans_are_listed_for_the_case_file(admin_ctx: StationContext) -> None:
    from tests.case_support import active_client

    assessor = worker(admin_ctx, assessor=True)
    client_id = active_client(admin_ctx, assessor)
    (intake,) = assessments.list_assessments(admin_ctx, client_id)
    assert (intake.kind, intake.instrument, intake.total, intake.assessor, intake.episode) == (
        "intake",
        "sdss",
        0,
        "李霞",
        1,
    )
    assert set(intake.answers.values()) == {0}
    second = _plan(admin_ctx, client_id, assessor)
    plans.approve_plan(admin_ctx, second, TODAY, today=TODAY)
    listed = plans.list_plans(admin_ctx, client_id)
    assert [(p.version, p.status) for p in listed] == [(1, "superseded"), (2, "active")]
    assert listed[1].review_due == date(2027, 5, 23)
    assert listed[1].goals[0].responsible == "李霞" and listed[1].goals[0].service_types == ("life_skills",)
