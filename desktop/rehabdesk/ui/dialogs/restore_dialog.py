"""Restoring a backup from the sign-in screen or the first-run wizard, with a credential of the backup's time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from rehabdesk.domain.errors import DomainError
from rehabdesk.storage.key_policy import KeyPolicy
from rehabdesk.storage.paths import StationPaths
from rehabdesk.ui.kit.colours import State, text_style
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text.messages import message_for


class RestoreDialog(QDialog):
    def __init__(self, paths: StationPaths, policy: KeyPolicy, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._policy = policy
        self._ops = ops
        self.outcome = ""
        self.setWindowTitle(self.tr("Restore from backup"))
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("restoreFileEdit")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit)
        file_row.addWidget(browse)
        self.password_choice = QRadioButton(self.tr("An account's password at the time of the backup"))
        self.password_choice.setChecked(True)
        self.code_choice = QRadioButton(self.tr("The recovery code of that time"))
        group = QButtonGroup(self)
        group.addButton(self.password_choice)
        group.addButton(self.code_choice)
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("restoreLoginEdit")
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("restoreSecretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_choice.toggled.connect(lambda code: self.login_edit.setEnabled(not code))
        self.message = QLabel()
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(State.OVERDUE))
        notice = QLabel(
            self.tr(
                "The backup is checked completely before it replaces anything; the current database is kept beside it."
            )
        )
        notice.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Backup file"), file_row)
        form.addRow(self.password_choice)
        form.addRow(self.code_choice)
        form.addRow(self.tr("Account"), self.login_edit)
        form.addRow(self.tr("Password or code"), self.secret_edit)
        form.addRow(notice)
        form.addRow(self.message)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), str(Path.home()), self.tr("RehabDesk backups (*.rdbackup)")
        )
        if path:
            self.file_edit.setText(path)

    def submit(self) -> None:
        from rehabdesk.services.backups import restore

        backup = Path(self.file_edit.text().strip())
        login = None if self.code_choice.isChecked() else self.login_edit.text()
        secret = self.secret_edit.text()
        self._ops.run(
            self,
            lambda: restore(self._paths, backup, login=login, secret=secret, policy=self._policy),
            on_success=self._restored,
            on_failure=self._failed,
        )

    def _restored(self, result) -> None:
        self.outcome = self.tr("The backup from {created} has been restored and checked. Sign in to continue.").format(
            created=result.backup_created_at[:19].replace("T", " ")
        )
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.secret_edit.clear()
        self.message.setText(message_for(error))
