"""station_indicators and station_trend read part of their rows on a second connection in a worker thread while
the first reads the rest. The figures are the ones read one query after another in one unit of work, and a write
landing between the two connections' snapshots is not half counted: the second connection's rows are dropped and
read again in the first's snapshot."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date

import pytest

from rehabdesk.domain.indicators import Period
from rehabdesk.services import consents, indicators
from rehabdesk.storage.repositories import indicators as repository
from tests.services.test_indicators import NOW, Station, built  # noqa: F401 (built is a fixture)
from tests.support import station_query

PERIOD = Period.parse("2026Q3")
PERIODS = [PERIOD, Period.parse("2026-08"), Period.parse("2026H2"), Period.parse("2026-07-15–2026-09-20")]


@pytest.fixture
def reading_threads(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    """How many times the consents and the services by form (one of each of the two sets of reads that may go to
    the second connection) were read, by (query, "main" or "second" thread)."""
    threads: Counter[tuple[str, str]] = Counter()
    for name in ("consents", "services"):
        real = getattr(repository, name)

        def counting(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            threads[_name, "main" if threading.current_thread() is threading.main_thread() else "second"] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(repository, name, counting)
    return threads


def _one_after_another(ctx, period: Period, *, trend: bool = True) -> indicators.Indicators:  # type: ignore[no-untyped-def]
    """The same figures read in one unit of work, one query after another (as the county bundle reads them)."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return indicators.indicators_in(uow, ctx, period, today=NOW, trend=trend)


def test_the_figures_read_on_two_connections_are_those_read_on_one(
    built: Station,  # noqa: F811
    reading_threads: Counter[tuple[str, str]],
) -> None:
    ctx = built.ctx
    for period in PERIODS:
        assert indicators.station_indicators(ctx, period, today=NOW) == _one_after_another(ctx, period)
        page = indicators.station_indicators(ctx, period, trend=False, today=NOW, then_trend=True)
        assert page == _one_after_another(ctx, period, trend=False)
        assert indicators.station_trend(ctx, period, today=NOW) == _one_after_another(ctx, period).trend
    # The service's calls read on the second connection (the trend took the page's kept facts), and only there;
    # the one-after-another ones on the first.
    assert reading_threads == {
        ("consents", "second"): 2 * len(PERIODS),
        ("services", "second"): 2 * len(PERIODS),
        ("consents", "main"): 3 * len(PERIODS),
        ("services", "main"): 3 * len(PERIODS),
    }


def test_a_write_between_the_two_snapshots_is_read_again_in_the_first(
    built: Station,  # noqa: F811
    reading_threads: Counter[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A second writer withdraws A's service consent just before the second connection takes its snapshot: the
    first connection's snapshot has A standardised, the second's not. The figures must be the first snapshot's
    throughout (A standardised, as before the write), and the withdrawal counts in the next call. Last in this
    module: it writes."""
    ctx = built.ctx
    before = indicators.station_indicators(ctx, PERIOD, today=NOW)
    (consent_id,) = station_query(
        ctx, "SELECT id FROM consent WHERE client_id = ? AND kind = 'service'", built.ids["A"]
    )[0]
    real = repository.last_change
    written: list[int] = []

    def write_first_on_the_second(session):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread() and not written:
            consents.withdraw_consent(ctx, consent_id, date(2026, 9, 1), "本人撤回", today=date(2026, 9, 1))
            written.append(real(session))  # seen by a connection that starts its snapshot after the commit
        return real(session)

    monkeypatch.setattr(repository, "last_change", write_first_on_the_second)
    reading_threads.clear()
    during = indicators.station_indicators(ctx, PERIOD, today=NOW)
    assert written, "the second connection never read"
    assert during == before
    # Both sets of reads were read on the second connection and again on the first.
    assert reading_threads == {
        ("consents", "second"): 1,
        ("services", "second"): 1,
        ("consents", "main"): 1,
        ("services", "main"): 1,
    }
    after = indicators.station_indicators(ctx, PERIOD, today=NOW)
    assert after.standardised == before.standardised - 1
    (line,) = [line for line in after.clients if line.client_id == built.ids["A"]]
    assert [m.part for m in line.missing] == ["consent"]
    assert after == _one_after_another(ctx, PERIOD)
