"""The one clock: services and pages ask it for today's date and the current time, so a test can set the day
once for everything instead of passing ``today=`` through every call. It reads the system clock at each call,
never at import: a station left open past midnight sees the new day."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time


def _system_now() -> datetime:
    return datetime.now(UTC)


_source: Callable[[], datetime] = _system_now


def now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return _source().astimezone(UTC)


def today() -> date:
    """Today's date where the station is (local time), as ``date.today()`` would say."""
    return _source().astimezone().date()


def set_clock(source: Callable[[], datetime] | None) -> None:
    """Read the time from ``source`` (an aware datetime each call) from now on; None goes back to the system clock."""
    global _source
    _source = source or _system_now


@contextmanager
def frozen(day: date) -> Iterator[None]:
    """Within the block it is local noon on ``day``: far from midnight, so no timezone moves the date. Blocks must
    nest: the clock is the process's, and one left before a block entered after it (two threads freezing it each)
    would leave the later one's day behind for everything that follows, so that is refused."""
    fixed = datetime.combine(day, time(12)).astimezone(UTC)
    previous = _source

    def source() -> datetime:
        return fixed

    set_clock(source)
    try:
        yield
    finally:
        if _source is not source:
            raise RuntimeError("clock.frozen blocks must nest: another was entered inside this one and is still open")
        set_clock(previous)
