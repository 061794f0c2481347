"""The excepthook: unexpected errors are logged without personal data and shown with "copy details"."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox


def show_unexpected(error: BaseException) -> None:
    from rehabdesk.crash_report import log_unexpected  # loaded on first use: not needed to paint the first screen

    report = log_unexpected(error)
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("error_dialog", "Unexpected error"))
    box.setText(
        QApplication.translate(
            "error_dialog",
            "Something went wrong that RehabDesk did not expect. What was saved before is safe. If it happens "
            "again, copy the details (they contain no personal data) and send them to your support contact.",
        )
    )
    box.setDetailedText(report)
    copy = box.addButton(QApplication.translate("error_dialog", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    box.exec()


def install_excepthook() -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_unexpected(error)

    sys.excepthook = hook
