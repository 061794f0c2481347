"""The transition table of DOMAIN.md §2: every legal step with what it needs, every other step refused."""

from __future__ import annotations

from datetime import date

import pytest

from rehabdesk.domain.eligibility import Reason
from rehabdesk.domain.lifecycle import (
    ENDED,
    TRANSITIONS,
    ClosingOutcome,
    TransitionFacts,
    check_service,
    check_transition,
    may_start_new_episode,
    prompts_green_channel,
    waitlist_reconfirmation_due,
)
from rehabdesk.domain.people import ClientStatus as S

EVERYTHING = TransitionFacts(
    reason="本人申请",
    has_baseline_assessment=True,
    has_closing_assessment=True,
    has_active_plan=True,
    outcome=ClosingOutcome.COMMUNITY_LIVING,
    by_coordinator=True,
)
LEGAL = sorted((a, b) for a, targets in TRANSITIONS.items() for b in targets)
ILLEGAL = sorted((a, b) for a in S for b in S if b not in TRANSITIONS[a])
NO_DOCUMENTS = (Reason("consent_missing", {"kind": "service"}), Reason("agreement_missing"))


def codes(reasons: list[Reason]) -> list[str]:
    return [reason.code for reason in reasons]


def test_the_table_is_the_documented_one() -> None:
    assert len(LEGAL) == 17
    assert TRANSITIONS[S.ASSESSING] == {S.NOT_ELIGIBLE, S.WAITLISTED, S.ENROLLED}
    assert {S.NOT_ELIGIBLE, S.WITHDRAWN, S.ARCHIVED} == ENDED


@pytest.mark.parametrize(("current", "target"), LEGAL)
def test_every_legal_step_is_allowed_with_what_it_needs(current: S, target: S) -> None:
    assert check_transition(current, target, EVERYTHING) == []


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_every_other_step_is_refused_naming_both_ends(current: S, target: S) -> None:
    (reason,) = check_transition(current, target, EVERYTHING)
    assert reason.code == "transition_not_allowed"
    assert reason.params == {"from": current.value, "to": target.value}


@pytest.mark.parametrize(
    ("current", "target", "missing"),
    [
        (S.APPLIED, S.WITHDRAWN, ["reason_required"]),
        (S.ASSESSING, S.NOT_ELIGIBLE, ["reason_required", "baseline_assessment_missing"]),
        (S.ASSESSING, S.WAITLISTED, ["baseline_assessment_missing"]),
        (S.ASSESSING, S.ENROLLED, ["baseline_assessment_missing"]),
        (S.ENROLLED, S.ACTIVE, ["plan_not_approved"]),
        (S.ACTIVE, S.SUSPENDED, ["reason_required"]),
        (S.SUSPENDED, S.ACTIVE, ["reason_required"]),
        (S.ACTIVE, S.CLOSED, ["coordinator_approval_required", "outcome_required"]),
    ],
)
def test_a_refused_step_says_what_is_missing(current: S, target: S, missing: list[str]) -> None:
    assert codes(check_transition(current, target, TransitionFacts())) == missing


def test_enrolment_and_activation_rest_on_consent_and_agreement() -> None:
    facts = TransitionFacts(has_baseline_assessment=True, has_active_plan=True, documents=NO_DOCUMENTS)
    assert codes(check_transition(S.ASSESSING, S.ENROLLED, facts)) == ["consent_missing", "agreement_missing"]
    assert codes(check_transition(S.WAITLISTED, S.ENROLLED, facts)) == ["consent_missing", "agreement_missing"]
    assert codes(check_transition(S.ENROLLED, S.ACTIVE, facts)) == ["consent_missing", "agreement_missing"]
    assert check_transition(S.ASSESSING, S.WAITLISTED, facts) == []  # waiting needs no signed papers yet


@pytest.mark.parametrize("outcome", list(ClosingOutcome))
def test_closing_needs_an_assessment_or_for_three_outcomes_a_reason(outcome: ClosingOutcome) -> None:
    facts = TransitionFacts(outcome=outcome, by_coordinator=True)
    missing = codes(check_transition(S.ACTIVE, S.CLOSED, facts))
    if outcome in (ClosingOutcome.DIED, ClosingOutcome.LOST_CONTACT, ClosingOutcome.WITHDREW):
        assert missing == ["reason_required"]
    else:
        assert missing == ["closing_assessment_missing"]


def test_a_new_episode_only_after_an_ended_one() -> None:
    assert [status for status in S if may_start_new_episode(status)] == [S.NOT_ELIGIBLE, S.ARCHIVED, S.WITHDRAWN]


@pytest.mark.parametrize(
    ("status", "form", "allowed"),
    [
        (S.ACTIVE, "group_work", True),
        (S.SUSPENDED, "home_visit", True),
        (S.SUSPENDED, "phone_follow_up", True),
        (S.SUSPENDED, "group_work", False),
        (S.ENROLLED, "case_management", False),
        (S.CLOSED, "phone_follow_up", False),
    ],
)
def test_who_may_be_served(status: S, form: str, allowed: bool) -> None:
    assert check_service(status, form, ()).allowed is allowed
    assert not check_service(status, form, NO_DOCUMENTS).allowed


def test_waitlist_reconfirmation_after_ninety_days() -> None:
    assert not waitlist_reconfirmation_due(date(2026, 8, 26), None, date(2026, 11, 23))  # 89 days
    assert waitlist_reconfirmation_due(date(2026, 8, 25), None, date(2026, 11, 23))
    assert not waitlist_reconfirmation_due(date(2026, 1, 1), date(2026, 11, 1), date(2026, 11, 23))
    assert waitlist_reconfirmation_due(date(2026, 1, 1), date(2026, 11, 1), date(2026, 12, 31), days=60)


def test_high_risk_or_unstable_prompts_the_green_channel() -> None:
    assert prompts_green_channel(3, "stable")
    assert prompts_green_channel(0, "unstable")
    assert not prompts_green_channel(2, "basically_stable")
