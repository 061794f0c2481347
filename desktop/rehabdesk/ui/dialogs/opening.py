"""Opening a dialog window-modal without blocking in a nested event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def open_dialog(dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> QDialog:
    """The idle lock can hide the dialog and bring it back with what was typed, and tests can fill it in."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_accepted is not None:
        dialog.accepted.connect(on_accepted)
    dialog.open()
    return dialog
