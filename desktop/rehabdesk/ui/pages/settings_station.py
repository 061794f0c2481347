"""Settings › Station details."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission
from rehabdesk.services import settings
from rehabdesk.services.context import StationContext
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.widgets.station_form import StationForm


class StationTab(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        editable = ctx.actor.may(Permission.MANAGE_SETTINGS)
        self.form = StationForm()
        self.form.set_editable(editable, code_editable=False)
        self.address_edit = self.form.address_edit
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveStationButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(editable)
        if editable:
            QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        ops.run(self, lambda: settings.read_station(ctx), on_success=self.form.show_details)

    def save(self) -> None:
        details = self.form.details()
        self.status.clear()
        self._ops.run(
            self, lambda: settings.update_station(self._ctx, details), on_success=self._saved, on_failure=self._failed
        )

    def _saved(self, _: object) -> None:
        self.form.errors.clear()
        self.status.setText(self.tr("Saved."))

    def _failed(self, error: DomainError) -> None:
        self.form.errors.show(error)
