"""A day's services as a table model: a busy station records hundreds a day, and a large one a thousand. The list
is given its first page and the day's count; the rest is fetched a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from rehabdesk.domain.service_kinds import ServiceForm
from rehabdesk.services.service_records import ServiceSummary
from rehabdesk.ui.table_models.rows_model import Index, RowsTableModel
from rehabdesk.ui.text import labels


def people_text(service: ServiceSummary) -> str:
    absent = QCoreApplication.translate("TodayPage", "{name} (absent)")
    return "、".join(name if came else absent.format(name=name) for _, name, came in service.attendees)


PAGE_SIZE = 200  # services fetched at a time: a few screenfuls
Fetch = Callable[[int, int], list[ServiceSummary]]  # (offset, limit) → that many of the day's services


class ServicesTableModel(RowsTableModel):
    def __init__(self) -> None:
        super().__init__(
            [
                QCoreApplication.translate("TodayPage", "Time"),
                QCoreApplication.translate("TodayPage", "Form"),
                QCoreApplication.translate("TodayPage", "Clients"),
                QCoreApplication.translate("TodayPage", "Given by"),
                QCoreApplication.translate("TodayPage", "What was done"),
            ]
        )
        self.total = 0
        self._fetch: Fetch | None = None

    def set_page(self, total: int, first: list[ServiceSummary], fetch: Fetch) -> None:
        """The day's ``total`` and its ``first`` services; ``fetch(offset, limit)`` reads more (synchronously: a
        page is a few milliseconds)."""
        self.total, self._fetch = total, fetch
        self.set_rows(first)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetch is None:
            return
        more = self._fetch(len(self.rows), PAGE_SIZE)
        if not more:
            self.total = len(self.rows)  # fewer than counted: some were deleted meanwhile
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        service: ServiceSummary = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return f"{service.start_time}–{service.end_time}"
        if column == 1:
            return labels.label_of(ServiceForm, service.form)
        if column == 2:
            return people_text(service)
        if column == 3:
            return "、".join(service.staff)
        return service.content.replace("\n", " ")
