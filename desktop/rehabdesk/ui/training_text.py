"""Translated names for the training and safety enumerations (domain/training.py, domain/safety.py) and hours.

The database keeps English codes; every text goes through ``QCoreApplication.translate("training", …)``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.safety import ActionStatus, DrillScenario, DueState
from rehabdesk.domain.training import TrainingType, format_hours
from rehabdesk.ui import enum_text


def _labels() -> dict[type[StrEnum], dict[StrEnum, Callable[[], str]]]:
    translate = QCoreApplication.translate
    return {
        TrainingType: {
            TrainingType.INDUCTION: lambda: translate("training", "Induction"),
            TrainingType.BLOCK: lambda: translate("training", "Block training"),
            TrainingType.SUPERVISION: lambda: translate("training", "Supervision"),
            TrainingType.VOCATIONAL: lambda: translate("training", "Vocational skills"),
            TrainingType.ASSESSOR: lambda: translate("training", "Needs-assessment training"),
            TrainingType.SAFETY: lambda: translate("training", "Safety and emergency"),
        },
        DrillScenario: {
            DrillScenario.FIRE: lambda: translate("training", "Fire"),
            DrillScenario.MISSING: lambda: translate("training", "Missing person"),
            DrillScenario.ARMED_VIOLENCE: lambda: translate("training", "Violence (with a weapon)"),
            DrillScenario.SELF_HARM: lambda: translate("training", "Suicide or self-harm"),
            DrillScenario.CHOKING: lambda: translate("training", "Choking"),
            DrillScenario.FALL: lambda: translate("training", "Fall"),
            DrillScenario.SUDDEN_ILLNESS: lambda: translate("training", "Sudden illness"),
            DrillScenario.DRUG_REACTION: lambda: translate("training", "Adverse drug reaction"),
            DrillScenario.FOOD_POISONING: lambda: translate("training", "Food poisoning"),
            DrillScenario.POWER_CUT: lambda: translate("training", "Power cut"),
            DrillScenario.NATURAL_DISASTER: lambda: translate("training", "Natural disaster (earthquake)"),
            DrillScenario.EPIDEMIC: lambda: translate("training", "Epidemic"),
        },
        DueState: {
            DueState.OVERDUE: lambda: translate("training", "Overdue"),
            DueState.DUE_SOON: lambda: translate("training", "Due within 30 days"),
            DueState.OK: lambda: translate("training", "Up to date"),
        },
        ActionStatus: {
            ActionStatus.OPEN: lambda: translate("training", "Open"),
            ActionStatus.DONE: lambda: translate("training", "Done"),
        },
    }


def label_of(kind: type[StrEnum], value: str) -> str:
    return enum_text.label_of(_labels(), kind, value)


def choices(kind: type[StrEnum]) -> list[tuple[str, str]]:
    return enum_text.choices(_labels(), kind)


def scenarios_text(values: Iterable[str]) -> str:
    return "、".join(label_of(DrillScenario, value) for value in values)


def hours_text(minutes: int) -> str:
    """150 → "2.5 h" (学时 in Chinese)."""
    return QCoreApplication.translate("training", "{hours} h").format(hours=format_hours(minutes))
