"""The one clock: it follows the system clock call by call, and a test can freeze it for every service at once."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from rehabdesk.domain import clock


def test_it_reads_the_system_clock_at_each_call() -> None:
    assert clock.today() == date.today()
    before = datetime.now(UTC)
    assert before <= clock.now() <= datetime.now(UTC)


def test_frozen_sets_the_day_for_the_block_only() -> None:
    with clock.frozen(date(2026, 2, 28)):
        assert clock.today() == date(2026, 2, 28)
        assert clock.now().tzinfo is UTC
    assert clock.today() == date.today()


def test_set_clock_takes_any_source_and_none_restores_the_system() -> None:
    moment = datetime(2026, 6, 30, 23, 0, tzinfo=UTC)
    clock.set_clock(lambda: moment)
    try:
        assert clock.now() == moment
        assert clock.today() == moment.astimezone().date()
    finally:
        clock.set_clock(None)
    assert clock.today() == date.today()


def test_frozen_blocks_left_out_of_order_are_refused() -> None:
    """Two threads each freezing the clock and leaving in the wrong order would leave the second one's day for
    every later test: the block left first while another entered after it is still open says so."""
    outer = clock.frozen(date(2026, 11, 30))
    inner = clock.frozen(date(2026, 12, 1))
    outer.__enter__()
    inner.__enter__()
    with pytest.raises(RuntimeError, match="must nest"):
        outer.__exit__(None, None, None)
    inner.__exit__(None, None, None)
    assert clock.today() == date(2026, 11, 30)  # the outer block's day, until it is left in its turn
    clock.set_clock(None)
    assert clock.today() == date.today()
