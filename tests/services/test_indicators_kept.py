"""The facts a report reads are kept for the next one. The Reports page's station_trend after
station_indicators(then_trend=True) reads nothing; a report after writes reads again only the clients the change
log says were written, and its figures are those of a reading afresh; another window or scope reads afresh."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rehabdesk.domain.indicators import Period
from rehabdesk.domain.progress import Cancelled
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, clients, consents, indicators, service_records, sessions
from rehabdesk.storage.repositories import indicators as repository
from tests.conftest import TEST_POLICY
from tests.services.test_indicators import NOW, Station, built, d  # noqa: F401 (built is a fixture)
from tests.support import station_query

PERIOD = Period.parse("2026Q3")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """One entry per reading of the clients' facts (each begins with their status changes): None for every
    client, else how many clients were read."""
    counted: list[int | None] = []
    real = repository.status_changes

    def counting(session, first, until, worker, among=None):  # type: ignore[no-untyped-def]
        counted.append(len(among) if isinstance(among, frozenset) else None)
        return real(session, first, until, worker, among)

    monkeypatch.setattr(repository, "status_changes", counting)
    return counted


def _page(ctx, period: Period = PERIOD):  # type: ignore[no-untyped-def]
    return indicators.station_indicators(ctx, period, trend=False, today=NOW, then_trend=True)


def _afresh(ctx, period: Period = PERIOD, **kwargs):  # type: ignore[no-untyped-def]
    indicators.forget_held_facts()
    return indicators.station_indicators(ctx, period, today=NOW, **kwargs)


def test_the_trend_after_the_figures_reads_nothing_and_is_the_same(built: Station, reads: list) -> None:  # noqa: F811
    ctx = built.ctx
    fresh = _afresh(ctx).trend
    alone = _afresh(ctx, trend=False)
    assert _page(ctx) == alone  # the wider reading gives the period the same figures
    del reads[:]
    assert indicators.station_trend(ctx, PERIOD, today=NOW) == fresh
    assert indicators.station_trend(ctx, PERIOD, today=NOW) == fresh  # kept for the next report too
    assert _page(ctx) == alone
    assert reads == []
    assert sum(month.standardised for month in fresh) > 0


def test_another_window_or_scope_reads_again(built: Station, reads: list) -> None:  # noqa: F811
    ctx = built.ctx
    _page(ctx)
    other = Period.parse("2026Q2")
    del reads[:]
    assert indicators.station_trend(ctx, other, today=NOW) == _afresh(ctx, other).trend
    assert reads == [None, None]  # another last day: the trend reads; the reading afresh reads
    accounts.create_account(ctx, "kept", "社工丙", frozenset({Role.STAFF}), "staff-pass-78", staff_id=built.w)
    signed_in = sessions.unlock(ctx.store.paths, "kept", "staff-pass-78", TEST_POLICY)
    worker = replace(ctx, actor=signed_in.actor)  # the same open station, another account
    _page(ctx)
    del reads[:]
    assert indicators.station_trend(worker, PERIOD, today=NOW) == _afresh(worker).trend
    assert reads == [None, None]
    signed_in.close()


class _StopAt:
    """Cancels at the ``at``-th step, as the Reports page's stop does."""

    def __init__(self, at: int) -> None:
        self.at, self.steps = at, 0

    def step(self, done: int, total: int, note: str = "") -> None:
        self.steps += 1
        if self.steps == self.at:
            raise Cancelled


@pytest.mark.parametrize("at", [1, 2, 3, 5])
def test_a_report_stopped_midway_leaves_nothing_half_brought_up_to_date(built: Station, at: int) -> None:  # noqa: F811
    """Stopped while reading the written clients again, or while counting: the next report is a reading afresh's."""
    ctx = built.ctx
    _page(ctx)
    built.serve(d(9, 23), "G", "I")
    with pytest.raises(Cancelled):
        indicators.station_indicators(ctx, PERIOD, trend=False, today=NOW, then_trend=True, progress=_StopAt(at))
    assert _page(ctx) == _afresh(ctx, trend=False, then_trend=True)


def test_after_each_kind_of_write_the_written_clients_alone_are_read_again(built: Station, reads: list) -> None:  # noqa: F811
    """It writes. After each write, the page's figures and trend read only the clients it
    touched, and equal a reading afresh."""
    ctx, s = built.ctx, built
    (august_service,) = station_query(
        ctx,
        "SELECT r.id FROM service_record r JOIN service_attendee a ON a.service_id = r.id"
        " WHERE r.deleted_at IS NULL AND a.attended = 1 AND r.service_date LIKE '2026-08-%' LIMIT 1",
    )[0]
    g_consent = station_query(ctx, "SELECT id FROM consent WHERE client_id = ? AND kind = 'service'", s.ids["G"])[0][0]
    before = _page(ctx)
    writes = [
        ("a service deleted", lambda: service_records.delete_service(ctx, august_service, "recorded twice"), 1),
        ("a group session recorded", lambda: s.serve(d(9, 21), "A", "G", "I"), 3),
        ("a consent withdrawn", lambda: consents.withdraw_consent(ctx, g_consent, d(9, 2), "撤回", today=d(9, 2)), 1),
        ("a status changed", lambda: s.step("A", "suspended", d(9, 16), reason="住院"), 1),
        ("an assessment recorded", lambda: s.intake("K", d(9, 16)), 1),
        ("a client registered", lambda: s.register("L", 41, d(9, 18)), 1),
        ("a client's worker changed", lambda: _assign(ctx, s.ids["B"], s.w), 1),
    ]
    for what, write, touched in writes:
        write()
        del reads[:]
        kept_page = _page(ctx)
        kept_trend = indicators.station_trend(ctx, PERIOD, today=NOW)
        assert reads == [touched], what
        assert kept_page == _afresh(ctx, trend=False, then_trend=True), what
        assert kept_trend == _afresh(ctx).trend, what
    assert _page(ctx) != before


def _assign(ctx, client_id: str, staff_id: str) -> None:  # type: ignore[no-untyped-def]
    detail = clients.open_client(ctx, client_id)
    data = replace(detail.data, responsible_worker_id=staff_id)
    clients.update_client(ctx, client_id, data, expected_version=detail.version, today=NOW)


def test_the_facts_reads_refuse_a_date_and_time(built: Station) -> None:  # noqa: F811
    """Dates are bound as the ISO text SQLite holds; a date and time would be bound with a "T" where the stored
    text has a space, and compare wrongly without a word."""
    from datetime import datetime

    from sqlalchemy.orm import Session

    with Session(built.ctx.store.engine) as session:
        assert list(repository.status_changes(session, PERIOD.start, PERIOD.end, None))
        with pytest.raises(TypeError):
            repository.status_changes(session, datetime(2026, 7, 1, 12, 0), PERIOD.end, None)


def test_many_clients_written_read_every_client_again(built: Station, reads: list, monkeypatch) -> None:  # noqa: F811
    ctx = built.ctx
    _page(ctx)
    monkeypatch.setattr(indicators, "_PATCH_CLIENTS", 0)
    built.register("M", 42, d(9, 19))
    del reads[:]
    assert _page(ctx) == _afresh(ctx, trend=False, then_trend=True)
    assert reads[0] is None


@pytest.mark.parametrize("end", ["lock", "sign-out"])
def test_the_kept_facts_are_dropped_when_the_session_locks_or_ends(admin_ctx, end: str) -> None:
    """They hold names: they do not outlive the session that read them."""
    indicators.station_indicators(admin_ctx, PERIOD, today=NOW)
    assert indicators._held is not None and indicators._held.store() is admin_ctx.store
    if end == "lock":
        sessions.lock(admin_ctx, reason="manual")
    else:
        sessions.log_out(admin_ctx)
    assert indicators._held is None
