"""Drill due dates across month and year ends, never-drilled scenarios, corrective actions and plan reviews."""

from __future__ import annotations

from datetime import date

import pytest

from rehabdesk.domain.safety import (
    DEFAULT_KEY_SCENARIOS,
    ActionStatus,
    DrillScenario,
    DueState,
    action_overdue,
    add_months,
    drill_schedule,
    next_review,
    plan_review_overdue,
)

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2025, 12, 15), 12, date(2026, 12, 15)),
        (date(2026, 11, 23), -12, date(2025, 11, 23)),
    ],
)
def test_months_are_added_as_a_calendar_does(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


OPENED = date(2024, 3, 1)


def test_never_drilled_is_due_an_interval_after_opening_and_fire_every_six_months() -> None:
    last = {DrillScenario.FIRE: date(2026, 5, 22), DrillScenario.MISSING: date(2025, 11, 24)}
    schedule = {s.scenario: s for s in drill_schedule(DEFAULT_KEY_SCENARIOS, last, TODAY, OPENED)}
    assert schedule[DrillScenario.FIRE].due == date(2026, 11, 22)
    assert schedule[DrillScenario.FIRE].state is DueState.OVERDUE
    assert schedule[DrillScenario.MISSING].due == date(2026, 11, 24)
    assert schedule[DrillScenario.MISSING].state is DueState.DUE_SOON
    for scenario in (DrillScenario.ARMED_VIOLENCE, DrillScenario.SELF_HARM, DrillScenario.CHOKING):
        assert schedule[scenario].last_drill is None
        assert schedule[scenario].due == date(2025, 3, 1)
        assert schedule[scenario].state is DueState.OVERDUE


def test_a_station_opened_today_is_behind_on_nothing() -> None:
    schedule = {s.scenario: s for s in drill_schedule(DEFAULT_KEY_SCENARIOS, {}, TODAY, TODAY)}
    assert all(s.state is DueState.OK for s in schedule.values())
    assert schedule[DrillScenario.FIRE].due == add_months(TODAY, 6)
    assert schedule[DrillScenario.CHOKING].due == add_months(TODAY, 12)


def test_due_soon_is_thirty_days_across_the_year_end() -> None:
    last = {DrillScenario.CHOKING: date(2026, 1, 15)}
    (soon,) = drill_schedule([DrillScenario.CHOKING], last, date(2026, 12, 16), OPENED)
    assert (soon.due, soon.state) == (date(2027, 1, 15), DueState.DUE_SOON)
    (earlier,) = drill_schedule([DrillScenario.CHOKING], last, date(2026, 12, 15), OPENED)  # 31 days ahead
    assert earlier.state is DueState.OK
    (late,) = drill_schedule([DrillScenario.CHOKING], last, date(2027, 1, 16), OPENED)
    assert late.state is DueState.OVERDUE


def test_only_the_configured_scenarios_are_scheduled() -> None:
    schedule = drill_schedule([DrillScenario.POWER_CUT], {}, TODAY, OPENED)
    assert [s.scenario for s in schedule] == [DrillScenario.POWER_CUT]


def test_open_actions_past_their_date_are_overdue() -> None:
    assert action_overdue(ActionStatus.OPEN, date(2026, 11, 22), TODAY)
    assert not action_overdue(ActionStatus.OPEN, TODAY, TODAY)
    assert not action_overdue(ActionStatus.DONE, date(2026, 1, 1), TODAY)


def test_plans_are_reviewed_yearly() -> None:
    assert next_review(date(2025, 2, 28)) == date(2026, 2, 28)
    assert plan_review_overdue(date(2026, 11, 22), TODAY)
    assert not plan_review_overdue(TODAY, TODAY)
