"""The county's main window: a navigation rail on the left, one page at a time, the county's name in the title and
its key fingerprint (what stations compare by phone) in the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from rehabdesk.county.ui.icon import app_icon
from rehabdesk.county.ui.maintenance_page import MaintenancePage
from rehabdesk.county.ui.overview_page import OverviewPage
from rehabdesk.county.ui.receive_page import ReceivePage
from rehabdesk.county.ui.stations_page import StationsPage
from rehabdesk.county.ui.summary_page import SummaryPage
from rehabdesk.ui.operations import Operations


class CountyWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, ctx: Any, ops: Operations, info: Any) -> None:
        super().__init__()
        self.setObjectName("countyWindow")
        self._ctx, self._ops, self._signed_out = ctx, ops, False
        self.setWindowTitle(self.tr("{county} · RehabDesk County").format(county=info.name))
        self.setWindowIcon(app_icon())
        self.stations_page = StationsPage(ctx, ops, admin=info.admin)
        self.receive_page = ReceivePage(ctx, ops)
        self.summary_page = SummaryPage(ctx, ops, county_division=info.division)
        self.overview_page = OverviewPage(ctx, ops)
        self.receive_page.received.connect(self.stations_page.refresh)
        self.receive_page.received.connect(self.overview_page.refresh)
        self.receive_page.received.connect(self.summary_page.refresh_preview)
        self.stations_page.changed.connect(self.summary_page.divisions_changed)
        pages: list[tuple[str, QWidget]] = [
            (self.tr("Stations"), self.stations_page),
            (self.tr("Receive bundles"), self.receive_page),
            (self.tr("Summary table"), self.summary_page),
            (self.tr("Stations overview"), self.overview_page),
        ]
        self.maintenance_page: MaintenancePage | None = None
        if info.admin:  # backups hold the county's keys; rotating them concerns every station
            self.maintenance_page = MaintenancePage(ctx, ops)
            self.maintenance_page.keys_rotated.connect(self._show_fingerprint)
            pages.append((self.tr("Maintenance"), self.maintenance_page))

        self.rail = QListWidget()
        self.rail.setObjectName("navigationRail")
        self.rail.setSpacing(4)
        font = self.rail.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.rail.setFont(font)
        self.pages = QStackedWidget()
        for title, page in pages:
            QListWidgetItem(title, self.rail)
            self.pages.addWidget(page)
        self.rail.setFixedWidth(self.rail.sizeHintForColumn(0) + 40)
        self.rail.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.rail.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.rail)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self._show_fingerprint(info.fingerprint)
        self.fingerprint_label.setToolTip(self.tr("Stations compare these digits by phone before they enrol."))
        user = QLabel(self.tr("Signed in: {login}").format(login=info.login))
        sign_out = QPushButton(self.tr("Sign out"))
        sign_out.setObjectName("signOutButton")
        sign_out.clicked.connect(self.sign_out)
        self.statusBar().addWidget(self.fingerprint_label, 1)
        self.statusBar().addPermanentWidget(user)
        self.statusBar().addPermanentWidget(sign_out)
        self.resize(1280, 720)
        self.stations_page.refresh()
        if self.maintenance_page is not None:
            self.maintenance_page.refresh()

    def _show_fingerprint(self, digits: str) -> None:
        self.fingerprint_label.setText(self.tr("County key fingerprint: {digits}").format(digits=digits))

    def show_page(self, index: int) -> None:
        self.rail.setCurrentRow(index)

    def sign_out(self) -> None:
        self._end_session()
        self.signed_out.emit()

    def _end_session(self) -> None:
        if self._signed_out:
            return
        self._signed_out = True
        from rehabdesk.county.services.sessions import log_out

        ctx = self._ctx
        self._ops.run(None, lambda: log_out(ctx))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._end_session()
        super().closeEvent(event)
