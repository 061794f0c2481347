"""A day's services as a table model: a busy station records hundreds a day, and a view paints only the rows on
screen, where a table of widgets would build and measure every cell first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from rehabdesk.domain.service_kinds import ServiceForm
from rehabdesk.services.service_records import ServiceSummary
from rehabdesk.ui import paperwork_text

Index = QModelIndex | QPersistentModelIndex


def people_text(service: ServiceSummary) -> str:
    absent = QCoreApplication.translate("TodayPage", "{name} (absent)")
    return "、".join(name if came else absent.format(name=name) for _, name, came in service.attendees)


class ServicesTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.services: list[ServiceSummary] = []
        self._headers = [
            QCoreApplication.translate("TodayPage", "Time"),
            QCoreApplication.translate("TodayPage", "Form"),
            QCoreApplication.translate("TodayPage", "Clients"),
            QCoreApplication.translate("TodayPage", "Given by"),
            QCoreApplication.translate("TodayPage", "What was done"),
        ]

    def set_services(self, services: list[ServiceSummary]) -> None:
        self.beginResetModel()
        self.services = services
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.services)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        service = self.services[index.row()]
        column = index.column()
        if column == 0:
            return f"{service.start_time}–{service.end_time}"
        if column == 1:
            return paperwork_text.label_of(ServiceForm, service.form)
        if column == 2:
            return people_text(service)
        if column == 3:
            return "、".join(service.staff)
        return service.content.replace("\n", " ")
