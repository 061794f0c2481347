"""The colours that mark a state in tables and labels: overdue or refused, due soon, done or allowed."""

from __future__ import annotations

from PySide6.QtGui import QColor

RED = QColor("#b3261e")
AMBER = QColor("#8a5a00")
GREEN = QColor("#1b5e20")
