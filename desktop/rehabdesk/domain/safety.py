"""Emergency plans (应急预案), drills (应急演练) and their corrective actions, DOMAIN.md §3, §7.

A key scenario is due 12 months after its last drill (fire: 6 months); one never drilled is due that long after the
station opened (a new station is not behind on its first day)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

DUE_SOON_DAYS = 30
REVIEW_INTERVAL_MONTHS = 12


class DrillScenario(StrEnum):
    FIRE = "fire"  # 火灾
    MISSING = "missing"  # 走失
    ARMED_VIOLENCE = "armed_violence"  # 冲动伤人（持械）
    SELF_HARM = "self_harm"  # 自杀自伤
    CHOKING = "choking"  # 噎食
    FALL = "fall"  # 跌倒/坠床
    SUDDEN_ILLNESS = "sudden_illness"  # 突发疾病
    DRUG_REACTION = "drug_reaction"  # 药物不良反应
    FOOD_POISONING = "food_poisoning"  # 食物中毒
    POWER_CUT = "power_cut"  # 停电
    NATURAL_DISASTER = "natural_disaster"  # 自然灾害（地震）
    EPIDEMIC = "epidemic"  # 传染病


DEFAULT_KEY_SCENARIOS = (
    DrillScenario.FIRE,
    DrillScenario.MISSING,
    DrillScenario.ARMED_VIOLENCE,
    DrillScenario.SELF_HARM,
    DrillScenario.CHOKING,
)
DEFAULT_INTERVAL_MONTHS = 12
FIRE_INTERVAL_MONTHS = 6


def interval_months(scenario: DrillScenario) -> int:
    return FIRE_INTERVAL_MONTHS if scenario is DrillScenario.FIRE else DEFAULT_INTERVAL_MONTHS


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the month's last day (2026-08-31 + 6 → 2027-02-28)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"


@dataclass(frozen=True)
class ScenarioSchedule:
    scenario: DrillScenario
    last_drill: date | None
    due: date  # never drilled: one interval after the station opened
    state: DueState


def due_state(due: date, today: date) -> DueState:
    if due < today:
        return DueState.OVERDUE
    if due <= today + timedelta(days=DUE_SOON_DAYS):
        return DueState.DUE_SOON
    return DueState.OK


def drill_schedule(
    scenarios: list[DrillScenario] | tuple[DrillScenario, ...],
    last_drills: dict[DrillScenario, date],
    today: date,
    opened_on: date,
) -> list[ScenarioSchedule]:
    schedule = []
    for scenario in scenarios:
        last = last_drills.get(scenario)
        due = add_months(last or opened_on, interval_months(scenario))
        schedule.append(ScenarioSchedule(scenario, last, due, due_state(due, today)))
    return schedule


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


def action_overdue(status: ActionStatus, due: date, today: date) -> bool:
    return status is ActionStatus.OPEN and due < today


def plan_review_overdue(review_due: date, today: date) -> bool:
    return review_due < today


def next_review(reviewed_on: date) -> date:
    return add_months(reviewed_on, REVIEW_INTERVAL_MONTHS)
