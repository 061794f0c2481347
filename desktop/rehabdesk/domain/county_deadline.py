"""When a station that sends on a USB stick owes the county its closed quarter (issue 15).

The county wants each quarter's bundles by a day of the month after it (a setting; the provincial 汇总表 is due on
the 20th). The reminder starts ``REMINDER_DAYS`` before that day and lasts, marked overdue past it, until a bundle
written after the quarter ended has been acknowledged, or the next quarter begins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

REMINDER_DAYS = 14


@dataclass(frozen=True)
class QuarterDue:
    quarter_end: date  # the last day of the closed quarter
    deadline: date
    overdue: bool


def quarter_due(today: date, deadline_day: int, last_acknowledged_written: date | None) -> QuarterDue | None:
    """``last_acknowledged_written``: the day the newest acknowledged bundle was written (None: none yet)."""
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    quarter_end = quarter_start - timedelta(days=1)
    deadline = quarter_start.replace(day=deadline_day)
    if today < deadline - timedelta(days=REMINDER_DAYS):
        return None
    if last_acknowledged_written is not None and last_acknowledged_written > quarter_end:
        return None
    return QuarterDue(quarter_end, deadline, today > deadline)
