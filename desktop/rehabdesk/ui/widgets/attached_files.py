"""Attaching a scanned or PDF file to a record and opening it again: signed consent forms and agreements, course
certificates, emergency plans. The file is read here and stored by the service inside the encrypted database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from rehabdesk.domain.errors import ValidationError
from rehabdesk.services.scans import MAX_SCAN_BYTES, ScanContent
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.dialogs.scan_viewer import ScanViewerDialog
from rehabdesk.ui.operations import Operations, show_domain_error


def choose_file(parent: QWidget) -> Path | None:
    translate = QCoreApplication.translate
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("attached_files", "Choose the file to attach"),
        "",
        translate("attached_files", "Scans and PDF files (*.pdf *.png *.jpg *.jpeg)"),
    )
    return Path(path) if path else None


def read_file(parent: QWidget, path: Path) -> bytes | None:
    """The file's bytes, or None after telling the user why not (too large, unreadable)."""
    try:
        size = path.stat().st_size
        if size > MAX_SCAN_BYTES:
            # Said before reading a file that may be huge; the service would refuse it all the same.
            limit = MAX_SCAN_BYTES // 2**20
            show_domain_error(
                parent, ValidationError("scan_too_large", "scan", size_mb=round(size / 2**20, 1), limit_mb=limit)
            )
            return None
        return path.read_bytes()
    except OSError as error:
        translate = QCoreApplication.translate
        QMessageBox.warning(
            parent,
            translate("attached_files", "Attach a file"),
            translate("attached_files", "The file could not be read: {reason}").format(reason=error.strerror),
        )
        return None


def attach(parent: QWidget, ops: Operations, path: Path, store: Callable[[bytes], object]) -> None:
    """The views showing the owner see the new file through Operations.changed."""
    content = read_file(parent, path)
    if content is not None:
        ops.run(parent, lambda: store(content))


def show_file(
    parent: QWidget, ops: Operations, load: Callable[[], ScanContent], keep: Callable[[QDialog], None]
) -> None:
    ops.run(parent, load, on_success=lambda content: keep(open_dialog(ScanViewerDialog(content, parent=parent))))
