"""The county's pure rules: overdue stations, manual figures, which version wins."""

from __future__ import annotations

from datetime import date

import pytest

from rehabdesk.county.domain import merge, periods
from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.domain.figures import FIGURES, check_division, check_figure, check_period
from rehabdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("last", "today", "overdue"),
    [
        (None, date(2026, 10, 20), False),  # the deadline day itself
        (None, date(2026, 10, 21), True),
        (date(2026, 9, 30), date(2026, 11, 5), True),  # nothing since the quarter closed
        (date(2026, 10, 2), date(2026, 11, 5), False),
        (date(2026, 6, 30), date(2026, 7, 15), False),  # before this quarter's deadline
    ],
)
def test_overdue_after_the_20th_without_a_bundle_since_the_quarter_closed(last, today, overdue) -> None:
    assert periods.overdue(last, today) is overdue


def test_days_since() -> None:
    assert periods.days_since(None, date(2026, 1, 1)) is None
    assert periods.days_since(date(2026, 1, 1), date(2026, 1, 31)) == 30


def test_figures_are_checked_by_kind() -> None:
    assert {spec.name for spec in FIGURES} >= {"patients_total", "work_plan", "purchased_funds", "funding_sources"}
    assert check_figure("patients_total", " 120 ") == "120"
    assert check_figure("purchased_funds", "35000.5") == "35000.50"
    assert check_figure("work_plan", "已制定《工作方案》") == "已制定《工作方案》"
    assert check_figure("patients_total", "") == ""
    for name, value in [("patients_total", "-1"), ("patients_total", "１２"), ("patients_total", "1e3"),
                        ("purchased_funds", "1.005"), ("purchased_funds", "NaN"), ("purchased_funds", "-5"),
                        ("nonexistent", "1")]:  # fmt: skip
        with pytest.raises(CountyRefused):
            check_figure(name, value)
    for value in ["\u202e已制定", "a\x00b", "长" * 201]:
        with pytest.raises(ValidationError):
            check_figure("leadership", value)
    assert check_period("2026q3") == "2026Q3" and check_period("2026") == "2026"
    for bad in ["2026Q5", "26Q1", "2026-07"]:
        with pytest.raises(CountyRefused):
            check_period(bad)
    with pytest.raises(CountyRefused):
        check_division("012345")


def test_the_newest_version_wins_and_an_erased_attendee_leaves_the_list() -> None:
    assert merge.upsert_state(2, None) == merge.upsert_state(3, 2) == merge.COMMITTED
    assert merge.upsert_state(2, 2) == merge.upsert_state(1, 2) == merge.ALREADY
    assert merge.delete_state(False) == merge.ALREADY
    assert merge.remove_attendee({"attendees": ["a", "b"]}, "a") == {"attendees": ["b"]}
    assert merge.remove_attendee({"attendees": ["b"]}, "a") is None
    assert merge.remove_attendee({"staff": ["a"]}, "a") is None
