"""A window that follows a saved dialog (a notice, a question, the dialog it offers), opened without blocking and
handed to the page that opened the first one, which keeps it for tests and refreshes when it is accepted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMessageBox

from rehabdesk.ui.dialogs.opening import open_dialog

Followup = Callable[[QDialog], None]


def show_later(dialog: QDialog, followup: Followup | None) -> None:
    if isinstance(dialog, QMessageBox):
        # Not deleted on close: with WA_DeleteOnClose a message box the page still refers to crashed PySide 6.11
        # in a double delete. It is small and goes with its parent.
        dialog.open()
    else:
        open_dialog(dialog)
    if followup is not None:
        followup(dialog)
