"""The case file in a window of its own, so the page it was opened from stays where it was; its title names no
one (a passer-by sees the window list)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from rehabdesk.services.context import StationContext
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.case_detail import CaseDetailView


def open_case_window(parent: QWidget, ctx: StationContext, ops: Operations, client_id: str) -> QDialog:
    window = QDialog(parent)
    window.setWindowTitle(QCoreApplication.translate("ClientsPage", "Case file"))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view = CaseDetailView(ctx, ops, client_id)
    QVBoxLayout(window).addWidget(view)
    window.resize(1050, 720)
    window.show()
    return window
