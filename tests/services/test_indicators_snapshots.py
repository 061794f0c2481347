"""The county snapshots count the clients' figures a few thousand clients at a time (a large station's facts for
two years at once held some hundred megabytes): run in runs of three clients here, every period's figures are
those counted for the period alone, client lines, waiting list and movements included."""

from __future__ import annotations

import pytest

from rehabdesk.services import indicators
from rehabdesk.services.sync_snapshot import snapshot_periods
from rehabdesk.storage.repositories import indicators as repository
from tests.services.test_indicators import NOW, Station, built  # noqa: F401 (built is a fixture)
from tests.support import station_query


def test_the_client_ranges_hold_every_client_once(built: Station) -> None:  # noqa: F811
    ids = sorted(row[0] for row in station_query(built.ctx, "SELECT id FROM client"))
    with built.ctx.store.unit_of_work(built.ctx.actor, read_only=True) as uow:
        ranges = repository.client_ranges(uow.session, 3)
        assert repository.client_ranges(uow.session, len(ids)) == [("", None)]
    assert len(ranges) == -(-len(ids) // 3) > 1
    runs = [[i for i in ids if low <= i and (high is None or i < high)] for low, high in ranges]
    assert [len(run) for run in runs] == [3] * (len(ids) // 3) + ([len(ids) % 3] if len(ids) % 3 else [])
    assert sorted(i for run in runs for i in run) == ids


def test_snapshots_counted_in_runs_of_clients_are_each_period_counted_alone(
    built: Station,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = built.ctx
    monkeypatch.setattr(indicators, "_SNAPSHOT_CLIENTS", 3)
    facts_read: list[object] = []
    real = indicators._Facts.__init__

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        facts_read.append(kwargs.get("among"))
        real(self, *args, **kwargs)

    monkeypatch.setattr(indicators._Facts, "__init__", counting)
    periods = snapshot_periods(NOW, None)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        snapshots = list(indicators.station_snapshots_in(uow, ctx, periods, today=NOW))
    assert len(facts_read) == 4 and all(among is not None for among in facts_read)  # eleven clients, runs of three
    alone = [indicators.station_indicators(ctx, period, trend=False, today=NOW) for period in periods]
    assert snapshots == alone
    assert [s.period.label for s in snapshots] == ["2026Q3", "2026Q4", "2026H2", "2026"]
    q3 = snapshots[0]
    assert (q3.registered, q3.standardised, q3.waitlist, q3.registrations, q3.enrolments) == (9, 4, 1, 2, 1)
