"""The case file in a window of its own, so the page it was opened from stays where it was; its title names no
one (a passer-by sees the window list). It opens at the size and place it was last closed at."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from rehabdesk.services.context import StationContext
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.case_detail import CaseDetailView
from rehabdesk.ui.preferences import CASE_WINDOW_GEOMETRY, Preferences, restore_geometry, save_geometry


class CaseWindow(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget) -> None:
        super().__init__(parent)
        self._prefs = prefs

    def done(self, result: int) -> None:
        # Every way of closing the window passes here (Esc, the close button, close()), before it hides.
        save_geometry(self, self._prefs, CASE_WINDOW_GEOMETRY)
        super().done(result)


def open_case_window(
    parent: QWidget, ctx: StationContext, ops: Operations, prefs: Preferences, client_id: str
) -> QDialog:
    window = CaseWindow(prefs, parent)
    window.setWindowTitle(QCoreApplication.translate("ClientsPage", "Case file"))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view = CaseDetailView(ctx, ops, client_id)
    QVBoxLayout(window).addWidget(view)
    window.resize(1050, 720)
    restore_geometry(window, prefs, CASE_WINDOW_GEOMETRY)
    window.show()
    return window
