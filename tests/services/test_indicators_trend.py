"""The 12-month trend, decided in one walk per client (domain.indicators.standard_by_month), against twelve
single-month computations of the service: on the hand-built station of test_indicators and on the demo station of
test_indicators_sql, with the default rule, each part switched off in turn, and two services a month."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest

from rehabdesk.demo.station import DemoStationResult
from rehabdesk.domain.indicators import Period, trend_months
from rehabdesk.services import indicators
from rehabdesk.services import settings as settings_service
from rehabdesk.services.context import StationContext
from tests.services.test_indicators import NOW, Station, built  # noqa: F401 (built is a fixture)
from tests.services.test_indicators_sql import demo  # noqa: F401 (demo is a fixture)

RULES = {
    "default": {},
    "no consent": {"standard_consent": False},
    "no agreement": {"standard_agreement": False},
    "no baseline": {"standard_baseline": False},
    "no plan": {"standard_plan": False},
    "no services": {"standard_services_per_month": 0},
    "no stage review": {"standard_stage_review": False},
    "two services a month": {"standard_services_per_month": 2},
    "only services and review": {
        "standard_consent": False,
        "standard_agreement": False,
        "standard_baseline": False,
        "standard_plan": False,
    },
}


@contextmanager
def _rule_set(ctx: StationContext, changes: dict) -> Iterator[None]:
    current = settings_service.read_settings(ctx)
    settings_service.update_settings(ctx, replace(current, **changes))
    try:
        yield
    finally:
        settings_service.update_settings(ctx, current)


def _month_by_month(ctx: StationContext, period: Period) -> list[tuple[str, int, int]]:
    """What the trend should say: each month computed alone (all of them over before NOW)."""
    found = []
    for month in trend_months(period.end):
        alone = indicators.station_indicators(ctx, month, trend=False, today=NOW)
        found.append((month.label, alone.registered, alone.standardised))
    return found


def _trend(ctx: StationContext, period: Period) -> list[tuple[str, int, int]]:
    """The trend of the period's figures, which the Reports page's own trend call repeats exactly."""
    result = indicators.station_indicators(ctx, period, today=NOW)
    assert indicators.station_trend(ctx, period, today=NOW) == result.trend
    return [(h.period.label, h.registered, h.standardised) for h in result.trend]


@pytest.mark.parametrize("rule", list(RULES))
def test_the_trend_equals_twelve_months_on_the_hand_built_station(built: Station, rule: str) -> None:  # noqa: F811
    period = Period.parse("2026Q3")
    with _rule_set(built.ctx, RULES[rule]):
        expected = _month_by_month(built.ctx, period)
        assert _trend(built.ctx, period) == expected
    assert sum(registered for _, registered, _ in expected) > 0


@pytest.mark.parametrize("rule", list(RULES))
@pytest.mark.parametrize("text", ["2026-10"])
def test_the_trend_equals_twelve_months_on_the_demo_station(demo: DemoStationResult, rule: str, text: str) -> None:  # noqa: F811
    period = Period.parse(text)
    with _rule_set(demo.ctx, RULES[rule]):
        expected = _month_by_month(demo.ctx, period)
        assert _trend(demo.ctx, period) == expected
    # The months differ from one another and not everybody is standardised: the comparison has something to catch.
    assert len({figures[1:] for figures in expected}) > 3
    assert any(0 < standardised < registered for _, registered, standardised in expected)
