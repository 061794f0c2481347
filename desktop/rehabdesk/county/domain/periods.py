"""Reporting periods at the county: the quarter's deadline and whether a station is overdue."""

from __future__ import annotations

from datetime import date

from rehabdesk.domain.indicators import Period

# Heilongjiang's plan: the county reports each quarter by the 20th of the next month (DOMAIN.md §8), so it wants
# the stations' bundles covering the closed quarter by then.
DEFAULT_DEADLINE_DAY = 20


def quarter_of(day: date) -> Period:
    return Period.quarter(day.year, (day.month - 1) // 3 + 1)


def deadline(today: date, deadline_day: int = DEFAULT_DEADLINE_DAY) -> date:
    """The day by which bundles covering the quarter before ``today``'s must have arrived."""
    start = quarter_of(today).start
    return date(start.year, start.month, deadline_day)


def overdue(last_received: date | None, today: date, deadline_day: int = DEFAULT_DEADLINE_DAY) -> bool:
    """Past this quarter's deadline and nothing received since the previous quarter closed."""
    start = quarter_of(today).start
    return today > deadline(today, deadline_day) and (last_received is None or last_received < start)


def days_since(last_received: date | None, today: date) -> int | None:
    return None if last_received is None else (today - last_received).days
