"""When case work falls due (DOMAIN.md §2): waitlist re-confirmation, stage reviews, follow-ups after closing, and
the review of closed files past their retention period. Each rule gives a date; lists compare it with today."""

from __future__ import annotations

from datetime import date, timedelta

from rehabdesk.domain.safety import add_months

DEFAULT_WAITLIST_DAYS = 90
STAGE_REVIEW_MONTHS = 6
DEFAULT_RETENTION_YEARS = 10
DUE_SOON_DAYS = 14  # shown on the Today page this far ahead, so a visit can be planned
REVIEW_KINDS = ("intake", "stage")  # the assessments the next stage review counts from


def waitlist_reconfirmation_date(waitlisted_on: date, last_confirmed: date | None, days: int) -> date:
    """``days`` after joining the waitlist, or after the client last said they still want the service."""
    return (last_confirmed or waitlisted_on) + timedelta(days=days)


def stage_review_date(last_assessed: date, months: int) -> date:
    return add_months(last_assessed, months)


def retention_review_date(closed_on: date, years: int) -> date:
    """When a closed file has been kept ``years``: listed for an admin's review, never deleted by itself."""
    return add_months(closed_on, 12 * years)


def month_start(day: date) -> date:
    return day.replace(day=1)
