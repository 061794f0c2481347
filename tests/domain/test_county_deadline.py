"""The reminder of the county's deadline for the closed quarter (stations sending on a USB stick)."""

from __future__ import annotations

from datetime import date

import pytest

from rehabdesk.domain.county_deadline import QuarterDue, quarter_due


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 9, 30), None),  # Q3 is still open, and Q2 was acknowledged (a bundle of 07-03)
        (date(2026, 10, 1), QuarterDue(date(2026, 9, 30), date(2026, 10, 15), False)),
        (date(2026, 10, 15), QuarterDue(date(2026, 9, 30), date(2026, 10, 15), False)),
        (date(2026, 10, 16), QuarterDue(date(2026, 9, 30), date(2026, 10, 15), True)),
        (date(2026, 12, 31), QuarterDue(date(2026, 9, 30), date(2026, 10, 15), True)),
        (date(2027, 1, 1), QuarterDue(date(2026, 12, 31), date(2027, 1, 15), False)),
    ],
)
def test_due_from_two_weeks_before_the_deadline_until_the_quarter_ends(today: date, expected) -> None:
    due = quarter_due(today, 15, date(2026, 7, 3))  # Q2 acknowledged
    assert due == expected


def test_not_yet_within_two_weeks() -> None:
    assert quarter_due(date(2026, 10, 5), 28, None) is None  # deadline 10-28: reminded from 10-14
    assert quarter_due(date(2026, 10, 14), 28, None) == QuarterDue(date(2026, 9, 30), date(2026, 10, 28), False)


def test_an_acknowledged_bundle_written_after_the_quarter_covers_it() -> None:
    assert quarter_due(date(2026, 10, 20), 15, date(2026, 9, 30)) is not None  # written on its last day: not all
    assert quarter_due(date(2026, 10, 20), 15, date(2026, 10, 1)) is None
    assert quarter_due(date(2026, 10, 20), 15, None) == QuarterDue(date(2026, 9, 30), date(2026, 10, 15), True)
