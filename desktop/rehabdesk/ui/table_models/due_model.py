"""The Today page's due items of one kind as a table model: a station of 20 000 clients can have thousands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from rehabdesk.services.today import TodayItem
from rehabdesk.ui.kit import colours
from rehabdesk.ui.table_models.rows_model import Index, RowsTableModel
from rehabdesk.ui.text import today_text

_OVERDUE = QBrush(colours.RED)


def who_text(item: TodayItem) -> str:
    """The client, with the paper's number when the item is about a document (a client may have two)."""
    if not item.client_name:
        return today_text.subject_text(item.kind, item.subject)
    return f"{item.client_name}（{item.subject}）" if item.subject else item.client_name


class DueTableModel(RowsTableModel):
    def __init__(self) -> None:
        super().__init__(
            [
                QCoreApplication.translate("TodayPage", "What"),
                QCoreApplication.translate("TodayPage", "Client or subject"),
                QCoreApplication.translate("TodayPage", "Case number"),
                QCoreApplication.translate("TodayPage", "Date"),
            ]
        )
        self._kinds: dict[str, str] = {}

    def set_rows(self, rows: list[TodayItem]) -> None:
        self._kinds = {kind: today_text.kind_text(kind) for kind in {item.kind for item in rows}}
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: TodayItem = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _OVERDUE if item.overdue else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return self._kinds[item.kind]
        if column == 1:
            return who_text(item)
        if column == 2:
            return item.case_number
        return item.due_on.isoformat() if item.due_on else ""
