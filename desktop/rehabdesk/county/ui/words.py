"""County states in the user's words: urban/rural, a computer's registration, a received bundle's outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from rehabdesk.county.ui.messages import county_message, reason_text
from rehabdesk.domain.errors import DomainError

translate = QCoreApplication.translate


def area_text(area: str | None) -> str:
    if area == "urban":
        return translate("county_words", "urban")
    if area == "rural":
        return translate("county_words", "rural")
    return translate("county_words", "not stated")


def device_status_text(status: str) -> str:
    return {
        "pending": translate("county_words", "awaiting approval"),
        "approved": translate("county_words", "approved"),
        "revoked": translate("county_words", "revoked"),
    }.get(status, status)


def record_type_text(kind: str | None) -> str:
    """A bundle record's type; an unknown one (a hostile bundle's) is not echoed back."""
    words = {
        "client": translate("county_words", "client"),
        "assessment": translate("county_words", "assessment"),
        "drill": translate("county_words", "emergency drill"),
        "emergency_plan": translate("county_words", "emergency plan"),
        "episode": translate("county_words", "service period"),
        "follow_up": translate("county_words", "follow-up"),
        "indicator_snapshot": translate("county_words", "indicator snapshot"),
        "referral": translate("county_words", "referral"),
        "rehab_plan": translate("county_words", "rehabilitation plan"),
        "service": translate("county_words", "service"),
        "staff": translate("county_words", "staff member"),
        "status_change": translate("county_words", "status change"),
        "erase": translate("county_words", "erasure"),
    }
    return words.get(kind or "", translate("county_words", "unknown type"))


def outcome_state_text(state: str) -> str:
    return {
        "applied": translate("county_words", "received"),
        "already": translate("county_words", "already received"),
        "held": translate("county_words", "held for a gap"),
        "quarantined": translate("county_words", "quarantined"),
        "refused": translate("county_words", "refused"),
    }.get(state, state)


def outcome_detail(outcome: Any) -> str:
    if outcome.state == "applied":
        text = translate("county_words", "{committed} new or newer, {already} already held, {rejected} quarantined")
        return text.format(committed=outcome.committed, already=outcome.already, rejected=outcome.rejected)
    if outcome.state == "already":
        return translate("county_words", "nothing imported again; its acknowledgement was written again")
    if outcome.state == "held":
        return translate("county_words", "an earlier bundle from this computer has not arrived yet")
    if outcome.state == "quarantined":
        return reason_text(outcome.reason or "")
    return county_message(DomainError(outcome.reason or "", **outcome.params))
