"""Settings › Backup and keys (admins): back up now, rotate the master key, replace the recovery code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.services import backups, keys_admin
from rehabdesk.services.context import StationContext
from rehabdesk.ui.dialogs.backup_dialogs import BackupDrillDialog, BackupToDriveDialog
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.widgets.recovery_sheet import RecoverySheetButtons


class BackupKeysTab(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)

        backup_box = QGroupBox(self.tr("Backup"))
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addWidget(
            QLabel(
                self.tr(
                    "A backup holds the whole encrypted database and can be restored with a password of the "
                    "time or the recovery code."
                )
            )
        )
        backup_button = QPushButton(self.tr("Back up now"))
        backup_button.setObjectName("backupNowButton")
        backup_button.clicked.connect(self.backup_now)
        to_drive = QPushButton(self.tr("Back up to a USB stick or folder…"))
        to_drive.setObjectName("backupToDriveButton")
        to_drive.clicked.connect(self.back_up_to_drive)
        drill = QPushButton(self.tr("Check a backup (restore drill)…"))
        drill.setObjectName("backupDrillButton")
        drill.setToolTip(self.tr("Opens a backup with your password of its time and checks it; nothing is replaced"))
        drill.clicked.connect(self.drill)
        buttons = QHBoxLayout()
        for button in (backup_button, to_drive, drill):
            buttons.addWidget(button)
        buttons.addStretch(1)
        backup_layout.addLayout(buttons)
        restore_hint = QLabel(
            self.tr("To restore a backup, sign out and choose “Restore from backup…” on the sign-in screen.")
        )
        restore_hint.setWordWrap(True)
        backup_layout.addWidget(restore_hint)

        keys_box = QGroupBox(self.tr("Keys and recovery"))
        keys_layout = QVBoxLayout(keys_box)
        rotate = QPushButton(self.tr("Re-encrypt with a new master key…"))
        rotate.setObjectName("rotateKeyButton")
        rotate.clicked.connect(self._rotate)
        regenerate = QPushButton(self.tr("Replace the recovery code…"))
        regenerate.setObjectName("regenerateRecoveryButton")
        regenerate.clicked.connect(self._regenerate)
        keys_layout.addWidget(
            QLabel(self.tr("Replace the recovery code at once if the printed sheet may have been seen or lost."))
        )
        keys_layout.addWidget(rotate)
        keys_layout.addWidget(regenerate)
        self.new_code = ""
        self.new_code_box = QWidget()
        code_layout = QVBoxLayout(self.new_code_box)
        code_layout.setContentsMargins(0, 0, 0, 0)
        self.new_code_label = QLabel()
        self.new_code_label.setObjectName("newRecoveryCodeLabel")
        self.new_code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_buttons = RecoverySheetButtons(ops, lambda: (self._ctx, self.new_code))
        code_layout.addWidget(self.new_code_label)
        code_layout.addWidget(self.sheet_buttons)
        self.new_code_box.hide()
        keys_layout.addWidget(self.new_code_box)

        layout = QVBoxLayout(self)
        layout.addWidget(backup_box)
        layout.addWidget(keys_box)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def backup_now(self) -> None:
        self._ops.run(self, lambda: backups.backup_now(self._ctx), on_success=self._backed_up)

    def _backed_up(self, result: backups.BackupResult) -> None:
        text = self.tr("Backup written and verified: {path}").format(path=result.path)
        if result.same_disk_warning:
            text += "\n" + self.tr(
                "It is on the same disk as the data: also choose “Back up to a USB stick or folder…”."
            )
        self.status.setText(text)

    def back_up_to_drive(self) -> BackupToDriveDialog:
        return open_dialog(BackupToDriveDialog(self._ctx, self._ops, self))  # type: ignore[return-value]

    def drill(self) -> BackupDrillDialog:
        return open_dialog(BackupDrillDialog(self._ctx, self._ops, self))  # type: ignore[return-value]

    def _ask_secret(self, title: str) -> str | None:
        secret, accepted = QInputDialog.getText(
            self, title, self.tr("Enter your password again to confirm:"), QLineEdit.EchoMode.Password
        )
        return secret if accepted and secret else None

    def _rotate(self) -> None:
        secret = self._ask_secret(self.tr("New master key"))
        if secret is None:
            return
        self._ops.run(
            self,
            lambda: keys_admin.rotate_key(self._ctx, secret),
            on_success=lambda _: self.status.setText(
                self.tr("The database is now encrypted with a new master key. Everyone keeps their password.")
            ),
        )

    def _regenerate(self) -> None:
        secret = self._ask_secret(self.tr("New recovery code"))
        if secret is None:
            return
        self._ops.run(self, lambda: keys_admin.regenerate_recovery_code(self._ctx, secret), on_success=self._show_code)

    def _show_code(self, code: str) -> None:
        self.new_code = code
        self.new_code_label.setText(
            self.tr("The old code no longer works. The new code, shown only now:\n{code}").format(code=code)
        )
        self.new_code_box.show()
        self.sheet_buttons.print_button.setFocus()
