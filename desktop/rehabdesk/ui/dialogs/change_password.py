"""Changing one's own password; forced at the first login after an account is created or reset."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.services import accounts
from rehabdesk.services.context import StationContext
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.greyed import allow
from rehabdesk.ui.operations import Operations


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: StationContext, ops: Operations, *, forced: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._forced = forced
        self.setWindowTitle(self.tr("Change password"))
        self.old_edit = QLineEdit()
        self.old_edit.setObjectName("oldPasswordEdit")
        self.new_edit = QLineEdit()
        self.new_edit.setObjectName("newPasswordEdit")
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatPasswordEdit")
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if forced:
            allow(
                buttons.button(QDialogButtonBox.StandardButton.Cancel),
                self.tr("The password an admin chose must be replaced before you go on."),
            )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if forced:
            notice = QLabel(self.tr("Your password was set by an admin. Choose your own before you continue."))
            notice.setWordWrap(True)
            form.addRow(notice)
        form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("Repeat new password"), self.repeat_edit)
        form.addRow(self.message)
        form.addRow(buttons)
        self.errors = FieldErrors(self.message, {"password": self.new_edit, "passwords_differ": self.repeat_edit})

    def reject(self) -> None:
        if not self._forced:
            super().reject()

    def submit(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self.errors.show(ValidationError("passwords_differ", "passwords_differ"))
            return
        old, new = self.old_edit.text(), self.new_edit.text()
        self._ops.run(
            self,
            lambda: accounts.change_own_password(self._ctx, old, new),
            on_success=lambda _: self.accept(),
            on_failure=self._failed,
        )

    def _failed(self, error: DomainError) -> None:
        if error.code == "wrong_password":
            self.old_edit.clear()
            self.old_edit.setFocus()
        self.errors.show(error)
