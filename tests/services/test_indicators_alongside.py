"""station_indicators and station_trend read the period's own figures (applications, referrals, services, staff,
closings, drills) on a second connection in a worker thread while the first applies the rule client by client. The
figures are the ones read one query after another in one unit of work, and a write landing between the two
connections' snapshots is not half counted: the second connection's rows are dropped and read again in the
first's snapshot."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from rehabdesk.domain.indicators import Period
from rehabdesk.services import indicators, service_records
from rehabdesk.storage.repositories import change_log
from rehabdesk.storage.repositories import indicators as repository
from tests.services.test_indicators import NOW, Station, built  # noqa: F401 (built is a fixture)
from tests.support import calls_by_thread, station_query

PERIOD = Period.parse("2026Q3")
PERIODS = [PERIOD, Period.parse("2026-08"), Period.parse("2026H2"), Period.parse("2026-07-15–2026-09-20")]


@pytest.fixture
def reading_threads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times the services by form (one of the reads that may go to the second connection) were read, by
    "main" or "second" thread."""
    return calls_by_thread(monkeypatch, repository, "services")


def _one_after_another(ctx, period: Period, *, trend: bool = True) -> indicators.Indicators:  # type: ignore[no-untyped-def]
    """The same figures read in one unit of work, one query after another (as the county bundle reads them)."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return indicators.indicators_in(uow, ctx, period, today=NOW, trend=trend)


def test_the_figures_read_on_two_connections_are_those_read_on_one(
    built: Station,  # noqa: F811
    reading_threads: Counter[str],
) -> None:
    ctx = built.ctx
    for period in PERIODS:
        assert indicators.station_indicators(ctx, period, today=NOW) == _one_after_another(ctx, period)
        page = indicators.station_indicators(ctx, period, trend=False, today=NOW, then_trend=True)
        assert page == _one_after_another(ctx, period, trend=False)
        assert indicators.station_trend(ctx, period, today=NOW) == _one_after_another(ctx, period).trend
    # The service's calls read on the second connection, and only there; the one-after-another ones on the first.
    assert reading_threads == {"second": 2 * len(PERIODS), "main": 3 * len(PERIODS)}


def test_a_write_between_the_two_snapshots_is_read_again_in_the_first(
    built: Station,  # noqa: F811
    reading_threads: Counter[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A second writer deletes one of the quarter's service records just before the second connection takes its
    snapshot: the first connection's snapshot has the record, the second's not. The figures must be the first
    snapshot's throughout (as before the write), and the deletion counts in the next call. Last in this module:
    it writes."""
    ctx = built.ctx
    before = indicators.station_indicators(ctx, PERIOD, today=NOW)
    (service_id,) = station_query(
        ctx,
        "SELECT r.id FROM service_record r JOIN service_attendee a ON a.service_id = r.id"
        " WHERE r.deleted_at IS NULL AND a.attended = 1 AND r.service_date LIKE '2026-08-%' LIMIT 1",
    )[0]
    real = change_log.head
    written: list[int] = []

    def write_first_on_the_second(session):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread() and not written:
            service_records.delete_service(ctx, service_id, "recorded twice")
            written.append(real(session))  # seen by a connection that starts its snapshot after the commit
        return real(session)

    monkeypatch.setattr(change_log, "head", write_first_on_the_second)
    reading_threads.clear()
    during = indicators.station_indicators(ctx, PERIOD, today=NOW)
    assert written, "the second connection never read"
    assert during == before
    assert reading_threads == {"second": 1, "main": 1}  # read on the second connection, then again on the first
    after = indicators.station_indicators(ctx, PERIOD, today=NOW)
    assert after.service_records == before.service_records - 1
    assert after == _one_after_another(ctx, PERIOD)
