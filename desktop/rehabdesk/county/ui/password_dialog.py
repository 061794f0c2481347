"""Changing one's own password; required before anything else after a first password set by the admin."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rehabdesk.county.ui.messages import county_message
from rehabdesk.ui.operations import Operations


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(QDialog):
    def __init__(self, ctx: Any, ops: Operations, *, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Change your password"))
        self._ctx, self._ops = ctx, ops
        self.old_edit = _password_edit("oldPassword")
        self.new_edit = _password_edit("newPassword")
        self.repeat_edit = _password_edit("repeatPassword")
        self.message_label = QLabel()
        self.message_label.setObjectName("passwordMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e;")
        self.message_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("Repeat the new password"), self.repeat_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if forced:
            intro = QLabel(self.tr("Your account has a first password set by the admin: choose your own now."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

    def submit(self) -> None:
        from rehabdesk.county.services.accounts import change_own_password

        if self.new_edit.text() != self.repeat_edit.text():
            self._show(self.tr("The two new passwords are not the same."))
            return
        old, new, ctx = self.old_edit.text(), self.new_edit.text(), self._ctx
        self._ops.run(self, lambda: change_own_password(ctx, old, new), on_success=lambda _: self.accept(),
                      on_failure=lambda error: self._show(county_message(error)))  # fmt: skip

    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
