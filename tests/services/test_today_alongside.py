"""The Today page's due overview counts some client kinds on a second connection while the first counts the rest.
The overview is the one counted on one connection, and a write landing between the two connections' snapshots is
not half counted: the second connection's counts are dropped and counted again in the first's snapshot."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from rehabdesk.services import cases, today
from rehabdesk.services.today import DueScope, due_overview
from rehabdesk.storage.repositories import change_log, due_lists
from tests.people_support import TODAY
from tests.services.test_today_due import _link, station  # noqa: F401 (station is a fixture)
from tests.support import calls_by_thread


@pytest.fixture
def counting_threads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many kinds were counted by the "main" thread and by the "second"."""
    return calls_by_thread(monkeypatch, due_lists, "cut_by")


def _on_one_connection(ctx, monkeypatch: pytest.MonkeyPatch, **kwargs) -> today.DueOverview:  # type: ignore[no-untyped-def]
    with monkeypatch.context() as patched:
        patched.setattr(today, "_READ_ALONGSIDE", ())
        return due_overview(ctx, today=TODAY, **kwargs)


def test_the_overview_counted_on_two_connections_is_the_one_counted_on_one(
    admin_ctx,
    station,  # noqa: F811
    counting_threads: Counter[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _link(admin_ctx, station["mine"])
    for scope in (DueScope.STATION, DueScope.MINE):
        counting_threads.clear()
        overview = due_overview(admin_ctx, today=TODAY, scope=scope)
        assert counting_threads == {"second": len(today._READ_ALONGSIDE), "main": 4}
        assert overview == _on_one_connection(admin_ctx, monkeypatch, scope=scope)  # kinds in the same order too


def test_a_write_between_the_two_snapshots_is_counted_again_in_the_first(
    admin_ctx,
    station,  # noqa: F811
    counting_threads: Counter[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Just before the second connection takes its snapshot, another writer records that a waitlisted client due
    for re-confirmation still wants a place: the first connection's snapshot still has them due, the second's
    not. The overview must be the first snapshot's throughout, and the confirmation counts in the next one."""
    assert "waitlist_reconfirmation" in today._READ_ALONGSIDE
    before = due_overview(admin_ctx, today=TODAY)
    confirmed = station["waiting"][0]  # on the list since 2026-08-01: long overdue
    real = change_log.head
    written: list[bool] = []

    def write_first_on_the_second(session):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread() and not written:
            cases.confirm_waitlist(admin_ctx, confirmed, TODAY, today=TODAY)
            written.append(True)
        return real(session)

    monkeypatch.setattr(change_log, "head", write_first_on_the_second)
    counting_threads.clear()
    during = due_overview(admin_ctx, today=TODAY)
    assert written, "the second connection never counted"
    assert during == before
    # Counted on the second connection, then again on the first.
    assert counting_threads == {"second": len(today._READ_ALONGSIDE), "main": 4 + len(today._READ_ALONGSIDE)}
    after = _counts(due_overview(admin_ctx, today=TODAY))
    assert after["waitlist_reconfirmation"] == _counts(before)["waitlist_reconfirmation"] - 1
    assert after == _counts(_on_one_connection(admin_ctx, monkeypatch))


def _counts(overview: today.DueOverview) -> dict[str, int]:
    return {group.kind: group.count for group in overview.groups}
