"""Lists of checkable entries, each carrying its stored value: service types, attendees, the day's roster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

_VALUE_ROLE = Qt.ItemDataRole.UserRole


def checkable_item(text: str, value: str, list_widget: QListWidget, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text, list_widget)
    item.setData(_VALUE_ROLE, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_values(list_widget: QListWidget) -> list[str]:
    return [
        item.data(_VALUE_ROLE)
        for item in (list_widget.item(row) for row in range(list_widget.count()))
        if item.checkState() == Qt.CheckState.Checked
    ]
