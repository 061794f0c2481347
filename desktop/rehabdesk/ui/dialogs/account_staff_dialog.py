"""Linking an existing account to a staff member, or unlinking it (admins): services, "my clients" and training
belong to staff members, so an account of no one records nothing as given by its user."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from rehabdesk.services import accounts, staff
from rehabdesk.services.context import StationContext
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.fields import combo_box, select, staff_choices
from rehabdesk.ui.operations import Operations


class AccountStaffDialog(QDialog):
    def __init__(
        self, ctx: StationContext, ops: Operations, account: accounts.AccountInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._account = account
        self.setWindowTitle(self.tr("Staff member of an account"))
        self.staff_combo = combo_box("linkStaffCombo", [(None, self.tr("(no staff member)"))])
        note = QLabel(
            self.tr("Services this account records are given by this staff member, and Today shows their clients.")
        )
        note.setWordWrap(True)
        self.message = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Account"), QLabel(f"{account.login}（{account.display_name}）"))
        form.addRow(self.tr("Staff member"), self.staff_combo)
        form.addRow(note)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.errors = FieldErrors(self.message, {"staff_id": self.staff_combo})
        ops.run(self, lambda: staff.list_staff(ctx), on_success=self._fill)

    def _fill(self, members: list[staff.StaffInfo]) -> None:
        for value, label in staff_choices(members):
            self.staff_combo.addItem(label, value)
        select(self.staff_combo, self._account.staff_id)

    def submit(self) -> None:
        account_id, staff_id = self._account.id, self.staff_combo.currentData()
        self._ops.run(
            self,
            lambda: accounts.link_staff(self._ctx, account_id, staff_id),
            on_success=lambda _: self.accept(),
            on_failure=self.errors.show,
        )
