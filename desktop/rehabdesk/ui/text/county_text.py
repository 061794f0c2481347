"""The reminder of the county's deadline for a closed quarter (Today page and Sync page), and the words for what
the county's acknowledgements say (record types, reasons for refusing a record)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.county_deadline import QuarterDue

_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")


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


def record_type_text(kind: str) -> str:
    """A bundle's record type (docs/sync-bundle.md §7) as the station's staff call it."""
    translate = QCoreApplication.translate
    names = {
        "client": translate("county", "Client file"),
        "episode": translate("county", "Episode"),
        "status_change": translate("county", "Status change"),
        "assessment": translate("county", "Assessment"),
        "rehab_plan": translate("county", "Rehabilitation plan"),
        "referral": translate("county", "Referral"),
        "follow_up": translate("county", "Follow-up"),
        "service": translate("county", "Service record"),
        "staff": translate("county", "Staff member"),
        "drill": translate("county", "Emergency drill"),
        "emergency_plan": translate("county", "Emergency plan"),
        "indicator_snapshot": translate("county", "Indicator snapshot"),
    }
    return names.get(kind, kind if _CODE.fullmatch(kind) else "?")


def rejection_text(reason: str | None) -> str:
    """The county's reason for refusing a record (the ``reason`` of payload_record_invalid, §8), in words. The
    acknowledgement is signed by the county, but its reason is still only echoed when it has the shape of a code."""
    translate = QCoreApplication.translate
    reasons = {
        "field": translate("county", "A field is missing or not in the form the county accepts."),
        "version": translate("county", "The record's version number is not valid."),
        "id": translate("county", "The record's id is not valid."),
        "type": translate("county", "The county does not know this kind of record."),
        "op": translate("county", "The record is neither a change nor a deletion."),
        "delete": translate("county", "The deletion is not in the form the county accepts."),
        "erase": translate("county", "The request to erase a client is not in the form the county accepts."),
        "snapshot": translate("county", "A figure of the indicator snapshot is out of range or missing."),
    }
    if reason in reasons:
        return reasons[reason]
    code = reason if reason is not None and _CODE.fullmatch(reason) else "?"
    return translate("county", "Refused by the county (reason code {code}).").format(code=code)
