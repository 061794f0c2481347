"""The recovery sheet goes to the printer; saving it as a file is possible only after a warning.

The code opens every record of the station, and a file on the computer is as easy to copy as the data it
protects: the sheet is rendered in memory and drawn on the printer, never written unless the user insists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.documents.output import write_pdf
from rehabdesk.services.context import StationContext
from rehabdesk.services.recovery import recovery_sheet_pdf
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.kit.drives import backup_drives
from rehabdesk.ui.operations import Operations

SheetSource = Callable[[], tuple[StationContext, str]]  # the signed-in station and the code to print


class RecoverySheetButtons(QWidget):
    def __init__(self, ops: Operations, source: SheetSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._source = source
        self.print_button = QPushButton(self.tr("Print recovery sheet…"))
        self.print_button.setObjectName("printRecoverySheetButton")
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveRecoverySheetButton")
        self.save_button.setToolTip(self.tr("Not recommended: the code must not be kept on this computer"))
        self.save_button.clicked.connect(self.save_sheet)
        self.status = QLabel()
        self.status.setObjectName("recoverySheetStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.tr("Recovery sheet"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ctx, code = self._source()
        self._ops.run(self, lambda: recovery_sheet_pdf(ctx, code), on_success=lambda pdf: self._print(pdf, printer))

    def _print(self, pdf: bytes, printer: QPrinter) -> None:
        pages = PdfPreviewDialog(pdf, self.tr("Recovery sheet"), "", parent=self)
        try:
            printed = pages.print_to(printer)
        finally:
            pages.deleteLater()
        self.status.setText(
            self.tr("Sent to the printer. Keep the sheet locked away from this computer.")
            if printed
            else self.tr("The printer could not be started. Check it is switched on, then print again.")
        )

    def save_sheet(self) -> None:
        warning = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Save the recovery sheet?"),
            self.tr(
                "The recovery code opens every record of this station. Anyone who can copy a file from this "
                "computer could copy the code with it. Print the sheet instead if you can.\n\nIf you save it, save "
                "it to a USB stick, print it from there, and delete the file; never keep it on this computer."
            ),
            parent=self,
        )
        save = warning.addButton(self.tr("Save anyway…"), QMessageBox.ButtonRole.AcceptRole)
        warning.addButton(QMessageBox.StandardButton.Cancel)
        warning.setDefaultButton(QMessageBox.StandardButton.Cancel)
        warning.exec()
        if warning.clickedButton() is not save:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery sheet"), str(self._suggested_folder() / "recovery-sheet.pdf"), "PDF (*.pdf)"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        ctx, code = self._source()
        self._ops.run(self, lambda: recovery_sheet_pdf(ctx, code), on_success=lambda pdf: self._write(pdf, path))

    def _write(self, pdf: bytes, path: Path) -> None:
        try:
            write_pdf(path, pdf)
        except OSError:
            self.status.setText(
                self.tr("The sheet could not be saved to {path}. Choose a folder you can write to.").format(path=path)
            )
            return
        self.status.setText(self.tr("Saved: {path}. Print it, then delete the file.").format(path=path))

    @staticmethod
    def _suggested_folder() -> Path:
        removable = [drive.root for drive in backup_drives() if drive.removable]
        if removable:
            return removable[0]
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
