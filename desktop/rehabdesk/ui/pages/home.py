"""The start page: who is signed in, the station, and what to do next."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from rehabdesk.services import committed
from rehabdesk.services.context import StationContext
from rehabdesk.services.settings import read_station
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text.roles_text import roles_text


class HomePage(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.station_label = QLabel()
        self.station_label.setObjectName("homeStationName")
        self.station_label.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.code_label = QLabel()
        self.user_label = QLabel()
        self.roles_label = QLabel()
        box = QGroupBox(self.tr("This session"))
        form = QFormLayout(box)
        form.addRow(self.tr("Station code"), self.code_label)
        form.addRow(self.tr("Signed in as"), self.user_label)
        form.addRow(self.tr("Roles"), self.roles_label)
        tips = QLabel(
            self.tr(
                "Ctrl+L locks the screen when you step away; the screen also locks by itself after a while without "
                "use. A backup is written each time RehabDesk closes."
            )
        )
        tips.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.station_label)
        layout.addWidget(box)
        layout.addWidget(tips)
        layout.addStretch(1)
        follow_changes(self, ops, committed.SETTINGS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.user_label.setText(self._ctx.actor.login)
        self.roles_label.setText(roles_text(self._ctx.actor.roles))
        self._ops.run(self, lambda: read_station(self._ctx), on_success=self._show_station)

    def _show_station(self, details) -> None:
        self.station_label.setText(details.name)
        self.code_label.setText(details.code)
