"""Settings › Station details."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission
from rehabdesk.services import settings
from rehabdesk.services.context import StationContext
from rehabdesk.services.station_setup import StationDetails
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.widgets.field_errors import FieldErrors


class StationTab(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        editable = ctx.actor.may(Permission.MANAGE_SETTINGS)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("stationNameEdit")
        self.code_edit = QLineEdit()
        self.code_edit.setReadOnly(True)
        self.county_edit = QLineEdit()
        self.type_edit = QLineEdit()
        self.operator_edit = QLineEdit()
        self.purchased_check = QCheckBox(self.tr("Run as a government-purchased service"))
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("stationAddressEdit")
        self.phone_edit = QLineEdit()
        self.head_edit = QLineEdit()
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveStationButton")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.status = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Station name"), self.name_edit)
        form.addRow(self.tr("Station code"), self.code_edit)
        form.addRow(self.tr("County division code"), self.county_edit)
        form.addRow(self.tr("Station type"), self.type_edit)
        form.addRow(self.tr("Operator"), self.operator_edit)
        form.addRow("", self.purchased_check)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Contact phone"), self.phone_edit)
        form.addRow(self.tr("Head of station"), self.head_edit)
        form.addRow(self.message)
        form.addRow(self.status)
        if editable:
            form.addRow(self.save_button)
            QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for edit in (
            self.name_edit,
            self.county_edit,
            self.type_edit,
            self.operator_edit,
            self.address_edit,
            self.phone_edit,
            self.head_edit,
        ):
            edit.setReadOnly(not editable)
        self.purchased_check.setEnabled(editable)
        self.errors = FieldErrors(
            self.message,
            {"station_name": self.name_edit, "station_code": self.code_edit, "county_code": self.county_edit},
        )
        ops.run(self, lambda: settings.read_station(ctx), on_success=self._show)

    def _show(self, details: StationDetails) -> None:
        self.name_edit.setText(details.name)
        self.code_edit.setText(details.code)
        self.county_edit.setText(details.county_code)
        self.type_edit.setText(details.station_type)
        self.operator_edit.setText(details.operator_name)
        self.purchased_check.setChecked(details.purchased_service)
        self.address_edit.setText(details.address)
        self.phone_edit.setText(details.contact_phone)
        self.head_edit.setText(details.head_name)

    def details(self) -> StationDetails:
        return StationDetails(
            name=self.name_edit.text(),
            code=self.code_edit.text(),
            county_code=self.county_edit.text(),
            station_type=self.type_edit.text(),
            operator_name=self.operator_edit.text(),
            purchased_service=self.purchased_check.isChecked(),
            address=self.address_edit.text(),
            contact_phone=self.phone_edit.text(),
            head_name=self.head_edit.text(),
        )

    def save(self) -> None:
        details = self.details()
        self.status.clear()
        self._ops.run(
            self, lambda: settings.update_station(self._ctx, details), on_success=self._saved, on_failure=self._failed
        )

    def _saved(self, _: object) -> None:
        self.errors.clear()
        self.status.setText(self.tr("Saved."))

    def _failed(self, error: DomainError) -> None:
        self.errors.show(error)
