"""Translated names for the training and safety enumerations (domain/training.py, domain/safety.py) and hours.

The database keeps English codes; every text goes through ``QCoreApplication.translate("training", …)``."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.safety import DrillScenario
from rehabdesk.domain.training import format_hours
from rehabdesk.ui.text.labels import label_of


def scenarios_text(values: Iterable[str]) -> str:
    return "、".join(label_of(DrillScenario, value) for value in values)


def hours_text(minutes: int) -> str:
    """150 → "2.5 h" (学时 in Chinese)."""
    return QCoreApplication.translate("training", "{hours} h").format(hours=format_hours(minutes))
