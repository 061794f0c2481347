"""Translated names of what the Today page lists as due (context "today")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.safety import DrillScenario
from rehabdesk.ui.text import labels, paperwork_text


def _kinds() -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    return {
        "stage_review": lambda: translate("today", "Stage review due"),
        "plan_review": lambda: translate("today", "Rehabilitation plan review due"),
        "waitlist_reconfirmation": lambda: translate("today", "Ask whether they still want a place"),
        "follow_up": lambda: translate("today", "Follow-up after closing"),
        "no_service_this_month": lambda: translate("today", "No service yet this month"),
        "training_short": lambda: translate("today", "Training hours short this year"),
        "drill_due": lambda: translate("today", "Drill due"),
        "action_due": lambda: translate("today", "Corrective action due"),
        "emergency_plan_review": lambda: translate("today", "Emergency plan past its review"),
    }


def kind_text(kind: str) -> str:
    text = _kinds().get(kind)
    return text() if text else paperwork_text.due_kind_text(kind)


def subject_text(kind: str, subject: str) -> str:
    """A station item's subject as shown: a drill scenario by its name, the rest as recorded."""
    return labels.label_of(DrillScenario, subject) if kind == "drill_due" else subject
