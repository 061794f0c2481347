"""Audit entries, fetched a page at a time as the view scrolls (never the whole log at once)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from rehabdesk.services.audit_log import AuditPage, AuditRow
from rehabdesk.ui.text.roles_text import action_name, detail_text, entity_name

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """``fetch_page(offset, limit)`` runs synchronously: pages are small and reads are fast."""

    def __init__(self, fetch_page: Callable[[int, int], AuditPage]) -> None:
        super().__init__()
        self._fetch_page = fetch_page
        self._rows: list[AuditRow] = []
        self._total = 0
        self._headers = [
            QCoreApplication.translate("AuditTableModel", "Time"),
            QCoreApplication.translate("AuditTableModel", "Account"),
            QCoreApplication.translate("AuditTableModel", "Action"),
            QCoreApplication.translate("AuditTableModel", "Record"),
            QCoreApplication.translate("AuditTableModel", "Result"),
            QCoreApplication.translate("AuditTableModel", "Details"),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        page = self._fetch_page(0, PAGE_SIZE)
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        page = self._fetch_page(len(self._rows), PAGE_SIZE)
        if not page.rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return datetime.fromisoformat(row.at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == 1:
            return row.actor_login
        if column == 2:
            return action_name(row.action)
        if column == 3:
            return entity_name(row.entity_type) if row.entity_type else ""
        if column == 4:
            return {"ok": "✓", "denied": "✗", "failed": "✗"}.get(row.outcome, row.outcome)
        return detail_text(json.loads(row.detail or "{}"), row.action)
