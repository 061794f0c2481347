"""A day's services as a table model: a busy station records hundreds a day."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from rehabdesk.domain.service_kinds import ServiceForm
from rehabdesk.services.service_records import ServiceSummary
from rehabdesk.ui.table_models.rows_model import Index, RowsTableModel
from rehabdesk.ui.text import labels


def people_text(service: ServiceSummary) -> str:
    absent = QCoreApplication.translate("TodayPage", "{name} (absent)")
    return "、".join(name if came else absent.format(name=name) for _, name, came in service.attendees)


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
