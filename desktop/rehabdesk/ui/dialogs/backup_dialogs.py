"""Backing up to a USB stick or a chosen folder, and the restore drill that checks a backup without restoring it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
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
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import DomainError
from rehabdesk.services import backups
from rehabdesk.services.context import StationContext
from rehabdesk.ui.kit import colours
from rehabdesk.ui.kit.drive_list import DriveList, size_text
from rehabdesk.ui.kit.drives import Drive
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text.messages import message_for


class BackupToDriveDialog(QDialog):
    """Removable drives first; any other folder by choice. The backup is verified by reopening it, as the CLI's
    ``backup --to`` does; a refusal (stick pulled, full, read-only) is said in the dialog and leaves no file."""

    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Back up to a USB stick or folder"))
        self.drive_list = DriveList("backupDriveList")
        refresh = QPushButton(self.tr("Look for drives again"))
        refresh.setToolTip(self.tr("After plugging in a USB stick"))
        refresh.clicked.connect(self.refresh)
        other = QPushButton(self.tr("Another folder…"))
        other.setObjectName("backupOtherFolderButton")
        other.clicked.connect(self._choose_folder)
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = self.buttons.addButton(self.tr("Back up here"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_up_button.setObjectName("backupHereButton")
        self.back_up_button.clicked.connect(self.back_up_to_selected)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(refresh)
        row.addWidget(other)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Keep one backup away from this computer: a USB stick kept locked away survives a broken or stolen "
                "computer. The backup is encrypted and checked by reopening it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.drive_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.drive_list.itemDoubleClicked.connect(lambda _item: self.back_up_to_selected())
        self.resize(560, 380)
        self.refresh()

    def refresh(self) -> None:
        self._no_stick_note(self.drive_list.look_again())

    def show_drives(self, drives: list[Drive]) -> None:
        self._no_stick_note(self.drive_list.show_drives(drives))

    def _no_stick_note(self, removable_found: bool) -> None:
        if not removable_found:
            self._say(self.tr("No USB stick found. Plug one in and choose “Look for drives again”."), error=False)

    def back_up_to_selected(self) -> None:
        drive = self.drive_list.current_drive()
        if drive is None:
            return
        if not self.drive_list.still_mounted(drive):
            self._failed(DomainError("backup_target_missing", folder=str(drive.root)))
            return
        self.back_up_to(drive.root)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backup"), str(Path.home()))
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> None:
        self._say(self.tr("Writing and checking the backup…"), error=False)
        self._ops.run(
            self, lambda: backups.backup_to(self._ctx, folder), on_success=self._done, on_failure=self._failed
        )

    def _done(self, result: backups.BackupResult) -> None:
        self.result_path = result.path
        text = self.tr("Backup written and verified by reopening it: {path} ({size}).").format(
            path=result.path, size=size_text(result.size_bytes)
        )
        if result.same_disk_warning:
            text += "\n" + self.tr("This folder is on the same disk as the data: also back up to a USB stick.")
        self._say(text, error=False)

    def _failed(self, error: DomainError) -> None:
        self._say(message_for(error), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colours.RED.name()};" if error else "")


class BackupDrillDialog(QDialog):
    """The restore drill: open a backup with the credential a restore would need and check it completely, without
    replacing anything. Proves the backup and the password (or recovery code) work before the day they are needed."""

    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.setWindowTitle(self.tr("Check a backup (restore drill)"))
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("drillFileEdit")
        newest = backups.newest_backup(ctx)
        if newest is not None:
            self.file_edit.setText(str(newest))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.password_choice = QRadioButton(self.tr("My password at the time of the backup"))
        self.password_choice.setChecked(True)
        self.code_choice = QRadioButton(self.tr("The recovery code"))
        group = QButtonGroup(self)
        group.addButton(self.password_choice)
        group.addButton(self.code_choice)
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("drillSecretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("drillMessage")
        self.message.setWordWrap(True)
        notice = QLabel(
            self.tr(
                "The backup is opened as a restore would open it and checked completely on a copy. Nothing is "
                "replaced; the station goes on as it is."
            )
        )
        notice.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = buttons.addButton(self.tr("Check this backup"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setObjectName("drillCheckButton")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Backup file"), file_row)
        form.addRow(notice)
        form.addRow(self.password_choice)
        form.addRow(self.code_choice)
        form.addRow(self.tr("Password or code"), self.secret_edit)
        form.addRow(self.message)
        form.addRow(buttons)
        self.resize(600, self.sizeHint().height())

    def _browse(self) -> None:
        start = self.file_edit.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), start, self.tr("RehabDesk backups (*.rdbackup)")
        )
        if path:
            self.file_edit.setText(path)

    def submit(self) -> None:
        path = Path(self.file_edit.text().strip())
        login = None if self.code_choice.isChecked() else self._ctx.actor.login
        secret = self.secret_edit.text()
        self.secret_edit.clear()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Checking the backup…"))
        self._ops.run(
            self,
            lambda: backups.drill_backup(self._ctx, path, login=login, secret=secret),
            on_success=self._passed,
            on_failure=self._failed,
        )

    def _passed(self, result: backups.DrillResult) -> None:
        summary = result.summary
        text = self.tr(
            "This backup can be restored: it opens and passes every check. Made {created}; it holds {clients} "
            "clients, {services} service records and {entries} audit log entries. Nothing was replaced."
        ).format(
            created=datetime.fromisoformat(summary.created_at).astimezone().strftime("%Y-%m-%d %H:%M"),
            clients=summary.clients,
            services=summary.service_records,
            entries=summary.audit_entries,
        )
        if result.other_station:
            text += "\n" + self.tr("It is a backup of another station ({code}), not of this one.").format(
                code=summary.station_code
            )
        self.message.setStyleSheet(f"color: {(colours.AMBER if result.other_station else colours.GREEN).name()};")
        self.message.setText(text)

    def _failed(self, error: DomainError) -> None:
        self.message.setStyleSheet(f"color: {colours.RED.name()};")
        self.message.setText(message_for(error))
