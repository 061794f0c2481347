"""The case lifecycle (DOMAIN.md §2): which status may follow which, and what each step needs.

A transition is asked for with the facts it rests on; ``check_transition`` answers with the list of what is
missing (empty: allowed). Statuses are ClientStatus; an episode runs from application to withdrawal, not being
eligible, or archiving, after which a new episode starts with a new application."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rehabdesk.domain.case_due import DEFAULT_WAITLIST_DAYS, waitlist_reconfirmation_date
from rehabdesk.domain.eligibility import Reason
from rehabdesk.domain.people import ClientStatus

S = ClientStatus

TRANSITIONS: dict[ClientStatus, frozenset[ClientStatus]] = {
    S.APPLIED: frozenset({S.REGISTERED, S.WITHDRAWN}),
    S.REGISTERED: frozenset({S.ASSESSING, S.WITHDRAWN}),
    S.ASSESSING: frozenset({S.NOT_ELIGIBLE, S.WAITLISTED, S.ENROLLED}),
    S.WAITLISTED: frozenset({S.ENROLLED, S.WITHDRAWN}),
    S.ENROLLED: frozenset({S.ACTIVE, S.WITHDRAWN}),
    S.ACTIVE: frozenset({S.SUSPENDED, S.CLOSED}),
    S.SUSPENDED: frozenset({S.ACTIVE, S.CLOSED}),
    S.CLOSED: frozenset({S.FOLLOW_UP}),
    S.FOLLOW_UP: frozenset({S.ARCHIVED}),
    S.NOT_ELIGIBLE: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.ARCHIVED: frozenset(),
}
# After these an episode is over; the client may apply again, which opens a new episode.
ENDED = frozenset({S.NOT_ELIGIBLE, S.WITHDRAWN, S.ARCHIVED})
# Services may be recorded only in these; while suspended only home visits and phone follow-ups.
SERVING = frozenset({S.ACTIVE, S.SUSPENDED})


class ClosingOutcome(StrEnum):
    JOB_PLACEMENT = "job_placement"  # 推荐就业
    SHELTERED_WORK = "sheltered_work"  # 公益性/庇护性就业
    OTHER_COMMUNITY_SERVICE = "other_community_service"  # 转其他社区康复服务
    COMMUNITY_LIVING = "community_living"  # 返回社区居住
    RELAPSE_TO_HOSPITAL = "relapse_to_hospital"  # 复发转医疗
    MOVED_AWAY = "moved_away"  # 迁居转出
    WITHDREW = "withdrew"  # 主动退出
    LOST_CONTACT = "lost_contact"  # 失联
    DIED = "died"  # 死亡


# Closing needs a closing assessment, except for these, which need a reason instead.
CLOSING_WITHOUT_ASSESSMENT = frozenset({ClosingOutcome.DIED, ClosingOutcome.LOST_CONTACT, ClosingOutcome.WITHDREW})


@dataclass(frozen=True)
class TransitionFacts:
    """What the step rests on, gathered by the service for the current episode."""

    reason: str = ""
    has_baseline_assessment: bool = False
    has_closing_assessment: bool = False
    has_active_plan: bool = False
    outcome: ClosingOutcome | None = None
    documents: tuple[Reason, ...] = ()  # why consent/agreement do not hold (eligibility rule), empty if they do
    by_coordinator: bool = False


def check_transition(current: ClientStatus, target: ClientStatus, facts: TransitionFacts) -> list[Reason]:
    """What is missing for ``current → target``; an empty list means the step may be taken."""
    if target not in TRANSITIONS[current]:
        return [Reason("transition_not_allowed", {"from": current.value, "to": target.value})]
    missing: list[Reason] = []
    needs_reason = target in (S.WITHDRAWN, S.NOT_ELIGIBLE, S.SUSPENDED) or (
        current is S.SUSPENDED and target is S.ACTIVE
    )
    if needs_reason and not facts.reason.strip():
        missing.append(Reason("reason_required"))
    decided_on_assessment = current is S.ASSESSING and target in (S.WAITLISTED, S.ENROLLED, S.NOT_ELIGIBLE)
    if decided_on_assessment and not facts.has_baseline_assessment:
        missing.append(Reason("baseline_assessment_missing"))
    if target is S.ENROLLED:
        missing.extend(facts.documents)
    if target is S.ACTIVE and current is S.ENROLLED:
        if not facts.has_active_plan:
            missing.append(Reason("plan_not_approved"))
        missing.extend(facts.documents)
    if target is S.ACTIVE and current is S.SUSPENDED:
        missing.extend(facts.documents)
    if target is S.CLOSED:
        missing.extend(_closing(facts))
    return missing


def _closing(facts: TransitionFacts) -> list[Reason]:
    missing = []
    if not facts.by_coordinator:
        missing.append(Reason("coordinator_approval_required"))
    if facts.outcome is None:
        missing.append(Reason("outcome_required"))
    elif facts.outcome in CLOSING_WITHOUT_ASSESSMENT:
        if not facts.reason.strip():
            missing.append(Reason("reason_required"))
    elif not facts.has_closing_assessment:
        missing.append(Reason("closing_assessment_missing"))
    return missing


def may_start_new_episode(current: ClientStatus) -> bool:
    return current in ENDED


@dataclass(frozen=True)
class ServiceCheck:
    """May a service of this form be recorded for a client in this status, on this day."""

    reasons: tuple[Reason, ...]

    @property
    def allowed(self) -> bool:
        return not self.reasons


SUSPENDED_FORMS = frozenset({"home_visit", "phone_follow_up"})


def check_service(status: ClientStatus, form: str, documents: tuple[Reason, ...]) -> ServiceCheck:
    """Not active: refused; suspended: home visits and phone follow-ups only; always the consent/agreement rule."""
    reasons: list[Reason] = []
    if status not in SERVING:
        reasons.append(Reason("client_not_active", {"status": status.value}))
    elif status is S.SUSPENDED and form not in SUSPENDED_FORMS:
        reasons.append(Reason("client_suspended", {"form": form}))
    reasons.extend(documents)
    return ServiceCheck(tuple(reasons))


def waitlist_reconfirmation_due(
    waitlisted_on: date, last_confirmed: date | None, today: date, days: int = DEFAULT_WAITLIST_DAYS
) -> bool:
    """Re-confirm a client still wants the service after ``days`` waiting (or since the last confirmation)."""
    return waitlist_reconfirmation_date(waitlisted_on, last_confirmed, days) <= today


def prompts_green_channel(risk_level: int, illness_status: str) -> bool:
    """Risk 3 or more, or an unstable illness status, prompts a green-channel referral and suspension."""
    return risk_level >= 3 or illness_status == "unstable"
