"""The Reports page's two calls share one reading: station_indicators(then_trend=True) reads the trend's months
with the period's and keeps the facts; the station_trend that follows takes them instead of reading again. It gets
the same months as a trend read afresh, takes them once, and reads afresh after any write, for another scope, or
for another period."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rehabdesk.domain.indicators import Period
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, indicators, service_records, sessions
from rehabdesk.storage.repositories import indicators as repository
from tests.conftest import TEST_POLICY
from tests.services.test_indicators import NOW, Station, built  # noqa: F401 (built is a fixture)
from tests.support import station_query

PERIOD = Period.parse("2026Q3")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per reading of the clients' facts (each begins with their status changes)."""
    counted: list[int] = []
    real = repository.status_changes

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(repository, "status_changes", counting)
    return counted


def _page(ctx, period: Period = PERIOD):  # type: ignore[no-untyped-def]
    return indicators.station_indicators(ctx, period, trend=False, today=NOW, then_trend=True)


def test_the_trend_after_the_figures_reads_nothing_and_is_the_same(built: Station, reads: list[int]) -> None:  # noqa: F811
    ctx = built.ctx
    fresh = indicators.station_trend(ctx, PERIOD, today=NOW)
    alone = indicators.station_indicators(ctx, PERIOD, trend=False, today=NOW)
    assert _page(ctx) == alone  # the wider reading gives the period the same figures
    del reads[:]
    assert indicators.station_trend(ctx, PERIOD, today=NOW) == fresh
    assert reads == []
    assert indicators.station_trend(ctx, PERIOD, today=NOW) == fresh  # given once: read again
    assert reads == [1]
    assert sum(month.standardised for month in fresh) > 0


def test_another_period_or_scope_reads_again(built: Station, reads: list[int]) -> None:  # noqa: F811
    ctx = built.ctx
    _page(ctx)
    other = Period.parse("2026Q2")
    del reads[:]
    assert indicators.station_trend(ctx, other, today=NOW) == indicators.station_indicators(ctx, other, today=NOW).trend
    assert reads == [1, 1]
    accounts.create_account(ctx, "kept", "社工丙", frozenset({Role.STAFF}), "staff-pass-78", staff_id=built.w)
    signed_in = sessions.unlock(ctx.store.paths, "kept", "staff-pass-78", TEST_POLICY)
    worker = replace(ctx, actor=signed_in.actor)  # the same open station, another account
    _page(ctx)
    del reads[:]
    assert (
        indicators.station_trend(worker, PERIOD, today=NOW)
        == indicators.station_indicators(worker, PERIOD, today=NOW).trend
    )
    assert reads == [1, 1]
    signed_in.close()


def test_a_write_between_the_calls_is_counted(built: Station, reads: list[int]) -> None:  # noqa: F811
    """Last in this module: it deletes an August service record."""
    ctx = built.ctx
    before = indicators.station_trend(ctx, PERIOD, today=NOW)
    _page(ctx)
    (service_id,) = station_query(
        ctx,
        "SELECT r.id FROM service_record r JOIN service_attendee a ON a.service_id = r.id"
        " WHERE r.deleted_at IS NULL AND a.attended = 1 AND r.service_date LIKE '2026-08-%' LIMIT 1",
    )[0]
    service_records.delete_service(ctx, service_id, "recorded twice")
    del reads[:]
    after = indicators.station_trend(ctx, PERIOD, today=NOW)
    assert reads == [1]
    august = {month.period.label: month for month in after}["2026-08"]
    assert august.client_times < {month.period.label: month for month in before}["2026-08"].client_times
    assert after == indicators.station_indicators(ctx, PERIOD, today=NOW).trend


def test_the_facts_reads_refuse_a_date_and_time(built: Station) -> None:  # noqa: F811
    """Dates are bound as the ISO text SQLite holds; a date and time would be bound with a "T" where the stored
    text has a space, and compare wrongly without a word."""
    from datetime import datetime

    from sqlalchemy.orm import Session

    with Session(built.ctx.store.engine) as session:
        assert list(repository.status_changes(session, PERIOD.start, PERIOD.end, None))
        with pytest.raises(TypeError):
            repository.status_changes(session, datetime(2026, 7, 1, 12, 0), PERIOD.end, None)
