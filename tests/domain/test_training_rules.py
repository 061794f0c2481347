"""Training compliance arithmetic: full years, joiners, leavers, exactly 20 h, non-counting types, multi-day
courses, leap years, and the fourth-quarter warning."""

from __future__ import annotations

from datetime import date

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.training import (
    CourseFact,
    TrainingType,
    check_course,
    compliance,
    counts_by_default,
    days_employed,
    format_hours,
    parse_hours,
    required_minutes,
    share_percent,
)

TODAY = date(2026, 11, 23)


def course(end: date, hours: float, kind: TrainingType = TrainingType.BLOCK, counts: bool | None = None):
    return CourseFact(end, int(hours * 60), counts_by_default(kind) if counts is None else counts, kind)


def status(courses, *, start=date(2020, 1, 1), end=None, year=2026, today=TODAY, direct=True, assessor=False):
    return compliance(
        year, start=start, end=end, direct_service=direct, assessor=assessor, courses=courses, today=today
    )


@pytest.mark.parametrize(
    ("typed", "minutes"), [("2", 120), ("2.5", 150), ("0.5", 30), ("1.25", 75), ("1.75", 105), ("3小时", 180)]
)
def test_hours_are_whole_minutes(typed: str, minutes: int) -> None:
    assert parse_hours(typed) == minutes


@pytest.mark.parametrize("typed", ["", "-1", "abc", "1.333", "0.01", "2,5"])
def test_impossible_hours_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_hours(typed)
    assert caught.value.code == "hours_invalid"


def test_hours_print_without_trailing_zeros() -> None:
    assert [format_hours(m) for m in (120, 150, 75, 30, 0)] == ["2", "2.5", "1.25", "0.5", "0"]
    # Rounded half up from the minutes, never truncated: 40 min is 0.666… h.
    assert [format_hours(m) for m in (40, 20, 10, 1, 59, 100)] == ["0.67", "0.33", "0.17", "0.02", "0.98", "1.67"]


def test_a_full_year_needs_exactly_twenty_hours() -> None:
    exactly = status([course(date(2026, 3, 1), 12), course(date(2026, 6, 1), 8)])
    assert (exactly.required_minutes, exactly.counted_minutes, exactly.remaining_minutes) == (1200, 1200, 0)
    assert exactly.compliant and not exactly.prorated
    short = status([course(date(2026, 3, 1), 12), course(date(2026, 6, 1), 7.5)])
    assert not short.compliant and short.remaining_minutes == 30


def test_safety_training_is_kept_but_does_not_count_unless_marked() -> None:
    result = status([course(date(2026, 3, 1), 16), course(date(2026, 4, 1), 8, TrainingType.SAFETY)])
    assert (result.counted_minutes, result.other_minutes) == (960, 480)
    assert not result.compliant
    marked = status([course(date(2026, 3, 1), 16), course(date(2026, 4, 1), 8, TrainingType.SAFETY, counts=True)])
    assert marked.compliant


def test_courses_count_in_the_year_they_end() -> None:
    across = course(date(2026, 1, 2), 24)  # 2025-12-31 to 2026-01-02
    assert status([across], year=2026).counted_minutes == 1440
    assert status([across], year=2025, today=date(2025, 12, 31)).counted_minutes == 0


@pytest.mark.parametrize(
    ("start", "end", "year", "employed", "required"),
    [
        (date(2026, 7, 1), None, 2026, 184, 630),  # 20 × 184 / 365 = 10.08 h → 10.5 h
        (date(2026, 12, 31), None, 2026, 1, 30),  # one day still needs half an hour
        (date(2020, 1, 1), date(2026, 3, 31), 2026, 90, 300),  # a leaver: 4.93 h → 5 h
        (date(2024, 1, 1), date(2024, 6, 30), 2024, 182, 600),  # leap year: 20 × 182 / 366 = 9.95 h → 10 h
        (date(2027, 1, 1), None, 2026, 0, 0),  # not yet employed
        (date(2020, 1, 1), date(2025, 12, 31), 2026, 0, 0),  # already gone
    ],
)
def test_joiners_and_leavers_are_prorated_and_rounded_up(start, end, year, employed, required) -> None:
    assert days_employed(year, start, end) == employed
    assert required_minutes(year, start, end) == required
    result = status([], start=start, end=end, year=year)
    assert result.prorated == (0 < employed < (366 if year == 2024 else 365))


def test_the_setting_changes_the_requirement() -> None:
    assert required_minutes(2026, date(2020, 1, 1), None, annual_hours=30) == 1800
    assert required_minutes(2026, date(2026, 7, 1), None, annual_hours=30) == 930  # 15.12 h → 15.5 h


def test_multi_day_courses_may_not_exceed_24_hours_a_day() -> None:
    check_course(date(2026, 3, 1), date(2026, 3, 3), 72 * 60)
    with pytest.raises(ValidationError) as caught:
        check_course(date(2026, 3, 1), date(2026, 3, 3), 72 * 60 + 30)
    assert caught.value.code == "hours_exceed_days" and caught.value.params["maximum"] == 72
    with pytest.raises(ValidationError) as caught:
        check_course(date(2026, 3, 3), date(2026, 3, 1), 60)
    assert caught.value.code == "end_before_start"


def test_the_warning_starts_in_the_fourth_quarter_of_the_current_year() -> None:
    behind = [course(date(2026, 3, 1), 4)]
    assert not status(behind, today=date(2026, 9, 30)).warn
    assert status(behind, today=date(2026, 10, 1)).warn
    assert not status(behind, year=2025, today=date(2026, 10, 1)).warn  # a past year is simply not met
    assert not status(behind, direct=False, today=date(2026, 10, 1)).warn


def test_assessors_without_assessor_training_are_flagged() -> None:
    assert status([], assessor=True).assessor_untrained
    trained = status([course(date(2023, 5, 1), 8, TrainingType.ASSESSOR)], assessor=True)
    assert trained.assessor_trained and not trained.assessor_untrained
    assert not status([], assessor=False).assessor_untrained


def test_shares_round_down_so_the_target_is_never_shown_met_early() -> None:
    assert share_percent(299, 1000) == 29
    assert share_percent(3, 10) == 30
    assert share_percent(0, 0) == 0
