"""The station's details as a form: used by the first-run wizard and by Settings › Station."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from rehabdesk.services.station_setup import StationDetails
from rehabdesk.ui.kit.field_errors import FieldErrors


class StationForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("stationNameEdit")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("stationCodeEdit")
        self.code_edit.setPlaceholderText(self.tr("as given by the county, e.g. CY0301"))
        self.county_edit = QLineEdit()
        self.county_edit.setObjectName("countyCodeEdit")
        self.county_edit.setInputMask("999999;_")
        self.type_combo = QComboBox()
        self.type_combo.setEditable(True)
        self.type_combo.addItems(
            [
                self.tr("Urban / comprehensive"),
                self.tr("Urban / day care"),
                self.tr("Urban / home support"),
                self.tr("Rural / comprehensive"),
                self.tr("Rural / day care"),
                self.tr("Rural / home support"),
            ]
        )
        self.operator_edit = QLineEdit()
        self.purchased_check = QCheckBox(self.tr("Run as a government-purchased service"))
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("stationAddressEdit")
        self.phone_edit = QLineEdit()
        self.head_edit = QLineEdit()
        self.head_edit.setObjectName("headNameEdit")
        self.message = QLabel()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Station name"), self.name_edit)
        self.form.addRow(self.tr("Station code"), self.code_edit)
        self.form.addRow(self.tr("County division code"), self.county_edit)
        self.form.addRow(self.tr("Station type"), self.type_combo)
        self.form.addRow(self.tr("Operator"), self.operator_edit)
        self.form.addRow("", self.purchased_check)
        self.form.addRow(self.tr("Address"), self.address_edit)
        self.form.addRow(self.tr("Contact phone"), self.phone_edit)
        self.form.addRow(self.tr("Head of station"), self.head_edit)
        self.form.addRow(self.message)
        self.errors = FieldErrors(
            self.message,
            {"station_name": self.name_edit, "station_code": self.code_edit, "county_code": self.county_edit},
        )

    def details(self) -> StationDetails:
        return StationDetails(
            name=self.name_edit.text(),
            code=self.code_edit.text(),
            county_code=self.county_edit.text().replace("_", ""),
            station_type=self.type_combo.currentText(),
            operator_name=self.operator_edit.text(),
            purchased_service=self.purchased_check.isChecked(),
            address=self.address_edit.text(),
            contact_phone=self.phone_edit.text(),
            head_name=self.head_edit.text(),
        )

    def show_details(self, details: StationDetails) -> None:
        self.name_edit.setText(details.name)
        self.code_edit.setText(details.code)
        self.county_edit.setText(details.county_code)
        self.type_combo.setCurrentText(details.station_type)
        self.operator_edit.setText(details.operator_name)
        self.purchased_check.setChecked(details.purchased_service)
        self.address_edit.setText(details.address)
        self.phone_edit.setText(details.contact_phone)
        self.head_edit.setText(details.head_name)

    def set_editable(self, editable: bool, *, code_editable: bool) -> None:
        for edit in (
            self.name_edit,
            self.county_edit,
            self.operator_edit,
            self.address_edit,
            self.phone_edit,
            self.head_edit,
        ):
            edit.setReadOnly(not editable)
        self.code_edit.setReadOnly(not code_editable)
        self.type_combo.setEnabled(editable)
        self.purchased_check.setEnabled(editable)
