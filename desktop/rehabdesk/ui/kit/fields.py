"""Named input widgets: buttons, one-line and several-line text, combo boxes of (value, label) entries, the year box.
Widgets are named (``setObjectName``) so tests and the Chinese-UI walk find them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox

from rehabdesk.domain import clock
from rehabdesk.services.staff import StaffInfo

FIRST_YEAR = 2000  # the earliest year a year box offers


def button(text: str, name: str) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    return widget


def line_edit(name: str, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def text_box(name: str, height: int = 70) -> QPlainTextEdit:
    """Several lines of text; Tab moves on to the next field, as in a one-line field."""
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def combo_box(name: str, choices: list[tuple[Any, str]], current: Any = None) -> QComboBox:
    """(stored value, label) entries; ``current`` chosen when given and present."""
    combo = QComboBox()
    combo.setObjectName(name)
    for value, label in choices:
        combo.addItem(label, value)
    if current is not None:
        select(combo, current)
    return combo


def select(combo: QComboBox, value: object) -> None:
    """Select the entry holding ``value``, or the first entry when there is none (a form showing stored data)."""
    combo.setCurrentIndex(max(0, combo.findData(value)))


def pick(combo: QComboBox, value: object) -> None:
    """Select the entry holding ``value``; nothing changes when there is none (a default the user may have changed)."""
    index = combo.findData(value) if value else -1
    if index >= 0:
        combo.setCurrentIndex(index)


def fill_staff(combo: QComboBox, found: tuple) -> None:
    """``found``: (the staff list, the signed-in worker's id); the worker is chosen, as the one who gave it, unless
    the combo is being filled again and its choice is still on the list."""
    members, own = found
    current = combo.currentData()
    combo.clear()
    for value, label in staff_choices(members):
        combo.addItem(label, value)
    pick(combo, current if current in {member.id for member in members} else own)


def staff_choices(staff: list[StaffInfo], *, assessors_first: bool = False) -> list[tuple[str, str]]:
    """(id, "name（staff number）") entries for a combo box; with ``assessors_first`` the trained assessors lead."""
    members = sorted(staff, key=lambda m: (not m.assessor, m.staff_number)) if assessors_first else staff
    return [(m.id, f"{m.name}（{m.staff_number}）") for m in members]


def year_spin(name: str) -> QSpinBox:
    """A year from FIRST_YEAR to this one, showing this one, written without a thousands separator."""
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(FIRST_YEAR, clock.today().year)
    spin.setValue(clock.today().year)
    spin.setGroupSeparatorShown(False)
    return spin
