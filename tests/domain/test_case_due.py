"""Due-date rules for case work across month and year ends and leap days."""

from __future__ import annotations

from datetime import date

from rehabdesk.domain.case_due import (
    month_start,
    retention_review_date,
    stage_review_date,
    waitlist_reconfirmation_date,
)


def test_stage_reviews_fall_six_months_on_clamped_to_the_month_end() -> None:
    assert stage_review_date(date(2026, 5, 23), 6) == date(2026, 11, 23)
    assert stage_review_date(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert stage_review_date(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert stage_review_date(date(2026, 12, 15), 3) == date(2027, 3, 15)


def test_waitlist_reconfirmation_counts_days_from_the_last_confirmation() -> None:
    assert waitlist_reconfirmation_date(date(2026, 10, 15), None, 90) == date(2027, 1, 13)
    assert waitlist_reconfirmation_date(date(2026, 1, 1), date(2026, 12, 1), 90) == date(2027, 3, 1)
    assert waitlist_reconfirmation_date(date(2028, 1, 1), None, 60) == date(2028, 3, 1)  # leap February


def test_retention_runs_whole_years_from_the_end_of_the_case() -> None:
    assert retention_review_date(date(2016, 2, 29), 10) == date(2026, 2, 28)
    assert retention_review_date(date(2016, 11, 23), 10) == date(2026, 11, 23)
    assert retention_review_date(date(2020, 12, 31), 1) == date(2021, 12, 31)


def test_the_month_starts_on_its_first_day() -> None:
    assert month_start(date(2026, 11, 23)) == date(2026, 11, 1)
    assert month_start(date(2027, 1, 1)) == date(2027, 1, 1)


def test_three_days_cover_the_month_end_clamp_in_the_stage_review_bound() -> None:
    """services.case_due reads only episodes assessed by add_months(horizon, -m) + 3 days: every review due by the
    horizon must fall inside that bound, whatever the month ends do."""
    from datetime import timedelta

    from rehabdesk.domain.safety import add_months

    start = date(2027, 1, 1)
    for months in (1, 3, 6, 12):
        for offset in range(0, 800, 1):
            horizon = start + timedelta(days=offset)
            bound = add_months(horizon, -months) + timedelta(days=3)
            for back in range(0, 40):
                last = bound + timedelta(days=1 + back)
                assert stage_review_date(last, months) > horizon, (last, months, horizon)
