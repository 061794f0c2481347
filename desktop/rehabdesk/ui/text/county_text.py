"""The reminder of the county's deadline for a closed quarter (Today page and Sync page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.county_deadline import QuarterDue


def quarter_reminder_text(due: QuarterDue) -> str:
    translate = QCoreApplication.translate
    quarter = f"{due.quarter_end.year}Q{(due.quarter_end.month - 1) // 3 + 1}"
    if due.overdue:
        text = translate(
            "county",
            "The county wanted the bundles for {quarter} by {deadline} and has not acknowledged any yet: export "
            "them to a USB stick on the Sync page and take them to the county.",
        )
    else:
        text = translate(
            "county",
            "The county wants the bundles for {quarter} by {deadline}: export them to a USB stick on the Sync "
            "page and take them to the county.",
        )
    return text.format(quarter=quarter, deadline=due.deadline.isoformat())
