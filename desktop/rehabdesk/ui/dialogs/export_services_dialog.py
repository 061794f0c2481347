"""Exporting the service records of a period to Excel (this month so far, unless another period is chosen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.services import list_exports
from rehabdesk.services.context import StationContext
from rehabdesk.services.settings import read_station
from rehabdesk.ui.kit import colours
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import export_text
from rehabdesk.ui.text.messages import message_for


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ExportServicesDialog(QDialog):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.exported: Path | None = None
        self.setWindowTitle(self.tr("Export service records"))
        today = clock.today()
        self.first_edit = _date_edit("exportFirstDate", today.replace(day=1))
        self.last_edit = _date_edit("exportLastDate", today)
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportServicesButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.first_edit)
        form.addRow(self.tr("To"), self.last_edit)
        form.addRow(self.message)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        return self.first_edit.date().toPython(), self.last_edit.date().toPython()

    def _choose_file(self) -> None:
        first, last = self.period()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("services-{first}-{last}.xlsx").format(first=first.isoformat(), last=last.isoformat())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export service records"), str(Path(folder) / name), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx"))

    def export_to(self, path: Path) -> None:
        first, last = self.period()

        def export(station) -> None:
            wording = export_text.services_wording(station.name, first, last)
            self._ops.run(
                self,
                lambda: list_exports.export_services(self._ctx, first, last, path, wording),
                on_success=lambda count: self._done(count, path),
                on_failure=self._failed,
            )

        self._ops.run(self, lambda: read_station(self._ctx), on_success=export)

    def _done(self, count: int, path: Path) -> None:
        self.exported = path
        self.message.setStyleSheet("")
        self.message.setText(self.tr("{count} service records exported to {path}").format(count=count, path=path))

    def _failed(self, error: DomainError) -> None:
        self.message.setStyleSheet(f"color: {colours.RED.name()};")
        self.message.setText(message_for(error))
