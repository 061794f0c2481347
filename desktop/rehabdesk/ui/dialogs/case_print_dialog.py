"""Printing the case file: the period and which copy; the PDF then opens in the preview to print or save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from rehabdesk.domain import clock
from rehabdesk.domain.safety import add_months
from rehabdesk.services import case_printout
from rehabdesk.services.context import StationContext
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.operations import Operations


class CasePrintDialog(FormDialog):
    def __init__(self, ctx: StationContext, ops: Operations, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Print the case file"), parent)
        self._ctx = ctx
        self._client_id = client_id
        today = clock.today()
        self.from_edit = QLineEdit((add_months(today, -12) + timedelta(days=1)).isoformat())
        self.from_edit.setObjectName("periodFromEdit")
        self.to_edit = QLineEdit(today.isoformat())
        self.to_edit.setObjectName("periodToEdit")
        self.copy_combo = QComboBox()
        self.copy_combo.setObjectName("copyCombo")
        self.copy_combo.addItem(self.tr("Station's copy, for the file"), "station")
        self.copy_combo.addItem(self.tr("Client's own copy (right of access), ID numbers masked"), "client")
        self.form.addRow(self.tr("From"), self.from_edit)
        self.form.addRow(self.tr("To"), self.to_edit)
        self.form.addRow(self.tr("Copy"), self.copy_combo)
        self.finish_layout({"period_from": self.from_edit, "period_to": self.to_edit, "copy": self.copy_combo})
        # It makes the printout and opens it in the preview to print (or save): not a "save" of this form.
        self.print_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setObjectName("printCaseFileButton")
        self.setMinimumWidth(420)

    def work(self) -> Callable[[], Any]:
        first, last, copy = self.from_edit.text().strip(), self.to_edit.text().strip(), self.copy_combo.currentData()
        return lambda: case_printout.print_case_file(
            self._ctx, self._client_id, period_from=first, period_to=last, copy=copy
        )
