"""维护 (admin): a backup to a folder (as `rehabdesk-county backup --to`), the check (as `check`) with its result in
words, and the county's keys: the generations kept and the rotation, confirmed after saying what it means for the
stations. A county on PostgreSQL is told that its records are backed up with pg_dump on the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.county.ui.drives import start_folder
from rehabdesk.county.ui.jobs import run_job, show_refusal
from rehabdesk.domain.errors import DomainError
from rehabdesk.ui.kit.colours import GREEN, RED
from rehabdesk.ui.kit.fields import button
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text.messages import check_fault_text


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MaintenancePage(QWidget):
    keys_rotated = Signal(str)  # the new fingerprint, for the status bar

    def __init__(self, ctx: Any, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("maintenancePage")
        self._ctx, self._ops = ctx, ops
        self.progress: QProgressDialog | None = None
        self.confirm_box: QMessageBox | None = None

        backup_box = QGroupBox(self.tr("Backup"))
        backup_intro = QLabel(self.tr(
            "The backup is encrypted and holds the county's keys: without them no station's bundle can be opened "
            "again. Keep it on a USB stick or another computer, locked away like a key."))  # fmt: skip
        backup_intro.setWordWrap(True)
        self.server_note = _label("serverNote")
        from rehabdesk.county.services.maintenance import database_server

        server = database_server(ctx)
        if server is not None:
            self.server_note.setText(self.tr(
                "This county's records are on the PostgreSQL server {server}. This backup holds the key file "
                "only; the database itself is backed up on the server with pg_dump (ask its operator). Keep both: "
                "one without the other cannot be restored.").format(server=server))  # fmt: skip
        self.server_note.setVisible(server is not None)
        self.backup_button = button(self.tr("Back up to a folder…"), "backupButton")
        self.backup_button.clicked.connect(self._choose_backup_folder)
        self.backup_result = _label("backupResult")
        layout = QVBoxLayout(backup_box)
        for widget in (backup_intro, self.server_note):
            layout.addWidget(widget)
        layout.addLayout(_row(self.backup_button))
        layout.addWidget(self.backup_result)

        check_box = QGroupBox(self.tr("Check"))
        check_intro = QLabel(
            self.tr("Checks the encryption, the database's integrity and version, the county's keys and the audit log.")
        )
        check_intro.setWordWrap(True)
        self.check_button = button(self.tr("Check now"), "checkButton")
        self.check_button.clicked.connect(self.check)
        self.check_result = _label("checkResult")
        layout = QVBoxLayout(check_box)
        layout.addWidget(check_intro)
        layout.addLayout(_row(self.check_button))
        layout.addWidget(self.check_result)

        keys_box = QGroupBox(self.tr("County keys"))
        keys_intro = QLabel(self.tr(
            "Stations encrypt their bundles to the county's key and trust acknowledgements signed by it. Rotate "
            "the keys if they may have been copied (a lost backup, a stolen computer). The old keys are kept so "
            "that bundles made with them still open."))  # fmt: skip
        keys_intro.setWordWrap(True)
        self.generations = list_table(
            "generationsTable", [self.tr("Generation"), self.tr("Encryption key"), self.tr("State")], stretch=(2,)
        )
        self.generations.setMaximumHeight(self.generations.verticalHeader().defaultSectionSize() * 5)  # a few rows
        self.rotate_button = button(self.tr("Rotate the county's keys…"), "rotateButton")
        self.rotate_button.clicked.connect(self.ask_rotation)
        self.rotate_result = _label("rotateResult")
        layout = QVBoxLayout(keys_box)
        layout.addWidget(keys_intro)
        layout.addWidget(self.generations)
        layout.addLayout(_row(self.rotate_button))
        layout.addWidget(self.rotate_result)

        title = QLabel(self.tr("Maintenance"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        page = QVBoxLayout(self)
        page.addWidget(title)
        for box in (backup_box, check_box, keys_box):
            page.addWidget(box)
        page.addStretch(1)

    def refresh(self) -> None:
        from rehabdesk.county.services.keys import key_generations

        ctx = self._ctx
        run_job(self._ops, self, lambda: key_generations(ctx), on_success=self._show_generations)

    def _show_generations(self, generations: list[Any]) -> None:
        self.generations.setRowCount(len(generations))
        for row, generation in enumerate(generations):
            state = (
                self.tr("current")
                if generation.retired_at is None
                else self.tr("retired {at} (still opens older bundles)").format(
                    at=generation.retired_at.astimezone().strftime("%Y-%m-%d %H:%M")
                )
            )
            set_row(self.generations, row, [str(generation.number), generation.age_key_id, state])

    # Backup

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backup"), str(start_folder()))
        if folder:
            self.backup_to(Path(folder))

    def backup_to(self, folder: Path) -> None:
        from rehabdesk.county.services.maintenance import backup_now

        ctx = self._ctx
        self._busy(self.tr("Writing and verifying the backup…"))
        self.backup_button.setEnabled(False)
        run_job(self._ops, self, lambda: backup_now(ctx, folder), on_success=self._backed_up,
                on_failure=self._backup_failed)  # fmt: skip

    def _backed_up(self, info: Any) -> None:
        self._done()
        self.backup_button.setEnabled(True)
        self.backup_result.setStyleSheet(f"color: {GREEN.name()};")
        self.backup_result.setText(self.tr("Backup written and verified: {path}").format(path=info.path))

    def _backup_failed(self, error: DomainError) -> None:
        self._done()
        self.backup_button.setEnabled(True)
        self.backup_result.setStyleSheet(f"color: {RED.name()};")
        self.backup_result.setText(self.tr("No backup was written."))
        show_refusal(self, error)

    # Check

    def check(self) -> None:
        from rehabdesk.county.services.maintenance import check_county

        ctx = self._ctx
        self._busy(self.tr("Checking the county's database…"))
        self.check_button.setEnabled(False)
        run_job(self._ops, self, lambda: check_county(ctx), on_success=self._checked, on_failure=self._check_failed)

    def _checked(self, report: Any) -> None:
        self._done()
        self.check_button.setEnabled(True)
        lines = [check_fault_text(fault) for fault in report.faults]
        lines.append(self.tr("All checks passed.") if report.ok else self.tr("Problems were found."))
        lines.append(self.tr("Schema version {revision}, {count} audit entries.").format(
            revision=report.schema_revision, count=report.audit_entries))  # fmt: skip
        self.check_result.setStyleSheet(f"color: {(GREEN if report.ok else RED).name()};")
        self.check_result.setText("\n".join(lines))

    def _check_failed(self, error: DomainError) -> None:
        self._done()
        self.check_button.setEnabled(True)
        show_refusal(self, error)

    # Keys

    def ask_rotation(self) -> None:
        """What rotating means for the stations, before anything changes."""
        self.confirm_box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Rotate the county's keys"),
            self.tr(
                "A new encryption key and signing key are made for the county; the old ones are kept, retired.\n\n"
                "· Bundles stations made with the old enrolment file still open, and their acknowledgements are "
                "signed so that those stations accept them.\n"
                "· Every station must then import a new enrolment file and compare its new fingerprint by phone; "
                "until it does, it keeps sending to the old key.\n"
                "· The pseudonym key does not change: the same person stays the same across stations and "
                "quarters.\n"
                "· Back up right after rotating: the new keys are only in this database.\n\n"
                "Rotate now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        self.confirm_box.setObjectName("rotateConfirm")
        self.confirm_box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Rotate the keys"))
        self.confirm_box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.confirm_box.finished.connect(self._answered)
        self.confirm_box.open()

    def _answered(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Yes:
            self.rotate()

    def rotate(self) -> None:
        from rehabdesk.county.services.keys import rotate_keys

        ctx = self._ctx
        run_job(self._ops, self, lambda: rotate_keys(ctx), on_success=self._rotated)

    def _rotated(self, rotation: Any) -> None:
        self.rotate_result.setText(self.tr(
            "The keys were rotated. New fingerprint, to read out to stations by phone: {digits}\nNext: write a new "
            "enrolment file on the Stations page, hand it to every station, and back up now.").format(
            digits=rotation.fingerprint))  # fmt: skip
        self.keys_rotated.emit(rotation.fingerprint)
        self.refresh()

    def _busy(self, text: str) -> None:
        self.progress = QProgressDialog(text, "", 0, 0, self)
        self.progress.setObjectName("maintenanceProgress")
        self.progress.setWindowTitle(self.tr("RehabDesk County"))
        self.progress.setCancelButton(None)  # neither a backup nor a check is left half-done
        self.progress.setMinimumDuration(0)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.show()

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None


def _row(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row
