"""The client list: holds only ids and fetches rows a page at a time into a small cache (DESIGN.md §4), so a
station with 20 000 clients opens and scrolls as fast as one with twenty."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from rehabdesk.services.clients import ClientSummary

PAGE_SIZE = 100
CACHED_PAGES = 20
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("case_number", "name", "gender", "birth_date", "masked_id", "status", "responsible_worker")


class ClientTableModel(QAbstractTableModel):
    """``fetch_rows(ids)`` returns summaries for those ids; ``text_of(column, summary)`` formats a cell."""

    def __init__(
        self,
        fetch_rows: Callable[[list[str]], list[ClientSummary]],
        text_of: Callable[[str, ClientSummary], str],
    ) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._text_of = text_of
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, ClientSummary]] = OrderedDict()
        self.pages_fetched = 0
        self._headers = [
            QCoreApplication.translate("ClientTableModel", "Case number"),
            QCoreApplication.translate("ClientTableModel", "Name"),
            QCoreApplication.translate("ClientTableModel", "Gender"),
            QCoreApplication.translate("ClientTableModel", "Age"),
            QCoreApplication.translate("ClientTableModel", "ID number"),
            QCoreApplication.translate("ClientTableModel", "Status"),
            QCoreApplication.translate("ClientTableModel", "Responsible worker"),
        ]

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def client_id(self, row: int) -> str:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _summary(self, row: int) -> ClientSummary | None:
        page = row // PAGE_SIZE
        if page not in self._pages:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            self._pages[page] = {summary.id: summary for summary in self._fetch_rows(ids)}
            self.pages_fetched += 1
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return self._pages[page].get(self._ids[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        summary = self._summary(index.row())
        return "" if summary is None else self._text_of(COLUMNS[index.column()], summary)
