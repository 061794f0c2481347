"""The main window: a navigation rail of the areas that exist, the idle lock, and closing with a backup."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission, Role
from rehabdesk.services import backups, sessions
from rehabdesk.services.context import StationContext
from rehabdesk.services.settings import StationSettings, read_settings
from rehabdesk.storage.key_policy import KeyPolicy
from rehabdesk.ui.county_sender import CountySender
from rehabdesk.ui.i18n import install_translators
from rehabdesk.ui.idle_lock import IdleLock
from rehabdesk.ui.kit.icons import app_icon, nav_icon
from rehabdesk.ui.operations import Operations, show_domain_error
from rehabdesk.ui.pages.about import AboutPage
from rehabdesk.ui.pages.audit import AuditPage
from rehabdesk.ui.pages.clients import ClientsPage
from rehabdesk.ui.pages.home import HomePage
from rehabdesk.ui.pages.paperwork import PaperworkPage
from rehabdesk.ui.pages.reports import ReportsPage
from rehabdesk.ui.pages.safety import SafetyPage
from rehabdesk.ui.pages.settings import SettingsPage
from rehabdesk.ui.pages.staff_training import StaffTrainingPage
from rehabdesk.ui.pages.sync import SyncPage
from rehabdesk.ui.pages.today import TodayPage
from rehabdesk.ui.preferences import WINDOW_GEOMETRY, Preferences, restore_geometry, save_geometry, station_name
from rehabdesk.ui.session_watch import SessionWatch
from rehabdesk.ui.unlock import UnlockWidget, station_label


@dataclass(frozen=True)
class _Area:
    key: str
    title: str
    icon: str
    make: Callable[[], QWidget]


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(
        self, ctx: StationContext, ops: Operations, prefs: Preferences, policy: KeyPolicy, *, demo: bool = False
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._ops = ops
        self._prefs = prefs
        self._policy = policy
        self._demo = demo
        self._hidden_dialogs: list[QWidget] = []
        self._closing_done = False
        self.locked = False
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.resize(1100, 720)
        self.setMinimumSize(QSize(900, 600))
        restore_geometry(self, prefs, WINDOW_GEOMETRY)
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        # Declared up front: asking a Qt object for an attribute it lacks (hasattr) upsets PySide6's refcounts.
        self.nav: QListWidget | None = None
        self.signed_in_label = QLabel()  # made once: each language switch rebuilds the pages, not the status bar
        self.signed_in_label.setObjectName("signedInLabel")
        self.statusBar().addPermanentWidget(self.signed_in_label)
        self.idle_lock = IdleLock(QApplication.instance(), StationSettings().idle_lock_minutes, self)  # type: ignore[arg-type]
        self.idle_lock.lock_requested.connect(self.lock)
        self.session_watch = SessionWatch(self)
        self.session_watch.lock_requested.connect(self.lock)
        self.session_watch.register_window(int(self.winId()))
        self.county_trouble_label = QLabel()
        self.county_trouble_label.setObjectName("countyTroubleLabel")
        self.county_trouble_label.setStyleSheet("color: #8a5300;")
        self.statusBar().addWidget(self.county_trouble_label)
        # Made once, not per _build: its timer and state outlive a language switch.
        self.county_sender = CountySender(ctx, ops, self)
        self.county_sender.changed.connect(self._show_county_trouble)
        self._build()
        ops.run(self, lambda: read_settings(ctx), on_success=self._first_settings)
        self.idle_lock.start()

    def _build(self) -> None:
        """(Re)create the rail, the page shown and the actions; used again after the language changes."""
        current = self.nav.currentRow() if self.nav is not None else 0
        while self.screens.count():
            old = self.screens.widget(0)
            self.screens.removeWidget(old)
            old.deleteLater()
        self.menuBar().clear()
        self.setWindowTitle(self.tr("RehabDesk · Community Rehabilitation Workbench"))

        self.nav = QListWidget()
        self.nav.setObjectName("navigationRail")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 10px 8px; }")
        self.pages = QStackedWidget()
        self._areas = self._declare_areas()
        self._made: dict[str, QWidget] = {}
        for area in self._areas:
            QListWidgetItem(nav_icon(area.icon), area.title, self.nav)
            self.pages.addWidget(QWidget())  # a stand-in until the page is first shown
        self.nav.currentRowChanged.connect(self._show_area)
        self.nav.setCurrentRow(min(current, self.nav.count() - 1))
        if "today" in self._made and self.pages.currentWidget() is self._made["today"]:
            # Signed in, the first thing typed is a client's name (once shown: a hidden widget takes no focus).
            QTimer.singleShot(0, self.today_page.entry.search_edit.setFocus)

        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.screens.addWidget(workspace)
        self.workspace = workspace

        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.lock_action = QAction(self.tr("Lock screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock("manual"))
        sign_out_action = QAction(self.tr("Sign out"), self)
        sign_out_action.triggered.connect(self.sign_out)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.lock_action, sign_out_action, quit_action):
            session_menu.addAction(action)
        self.signed_in_label.setText(self.tr("Signed in: {login}").format(login=self.ctx.actor.login))

    def _declare_areas(self) -> list[_Area]:
        """The areas this account may open, in the rail's order; each page is made when first shown (or asked
        for), so signing in builds only the first."""
        actor = self.ctx.actor
        areas: list[_Area] = []
        if actor.may(Permission.VIEW_RECORDS):
            areas.append(_Area("today", self.tr("Today"), "today", lambda: TodayPage(self.ctx, self._ops, self._prefs)))
        elif actor.may(Permission.MANAGE_SETTINGS):
            areas.append(_Area("home", self.tr("Home"), "home", lambda: HomePage(self.ctx, self._ops)))
        if actor.may(Permission.VIEW_RECORDS):
            areas.append(
                _Area("clients", self.tr("Clients"), "clients", lambda: ClientsPage(self.ctx, self._ops, self._prefs))
            )
            areas.append(
                _Area("documents", self.tr("Documents"), "documents", lambda: PaperworkPage(self.ctx, self._ops))
            )
        areas.append(
            _Area("training", self.tr("Staff & training"), "training", lambda: StaffTrainingPage(self.ctx, self._ops))
        )
        areas.append(_Area("safety", self.tr("Safety"), "safety", lambda: SafetyPage(self.ctx, self._ops)))
        if actor.roles & {Role.COORDINATOR, Role.ADMIN}:
            areas.append(
                _Area("reports", self.tr("Reports"), "reports", lambda: ReportsPage(self.ctx, self._ops, self._prefs))
            )
        if actor.may(Permission.EXPORT_BUNDLES) or actor.may(Permission.MANAGE_SYNC):
            areas.append(
                _Area(
                    "sync",
                    self.tr("Sync"),
                    "sync",
                    lambda: SyncPage(self.ctx, self._ops, self._prefs, sender=self.county_sender),
                )
            )
        areas.append(_Area("settings", self.tr("Settings"), "settings", self._make_settings))
        if actor.may(Permission.VIEW_AUDIT):
            areas.append(_Area("audit", self.tr("Audit log"), "audit", lambda: AuditPage(self.ctx, self._ops)))
        areas.append(_Area("about", self.tr("About"), "about", lambda: AboutPage(str(self.ctx.store.paths.root))))
        return areas

    def _make_settings(self) -> SettingsPage:
        page = SettingsPage(self.ctx, self._ops, self._prefs)
        page.preferences_tab.language_changed.connect(self.change_language)
        page.preferences_tab.settings_changed.connect(self.apply_settings)
        return page

    def _page(self, key: str) -> QWidget | None:
        """The area's page, made now if it was not yet; None if this account has no such area."""
        if key in self._made:
            return self._made[key]
        row = next((row for row, area in enumerate(self._areas) if area.key == key), None)
        if row is None:
            return None
        page = self._areas[row].make()
        self._made[key] = page
        stand_in = self.pages.widget(row)
        showing = self.pages.currentIndex() == row
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if showing:
            self.pages.setCurrentIndex(row)
        return page

    def _show_area(self, row: int) -> None:
        if 0 <= row < len(self._areas):
            self._page(self._areas[row].key)
        self.pages.setCurrentIndex(row)

    @property
    def today_page(self) -> TodayPage | None:
        return self._page("today")  # type: ignore[return-value]

    @property
    def home_page(self) -> HomePage | None:
        return self._page("home")  # type: ignore[return-value]

    @property
    def clients_page(self) -> ClientsPage | None:
        return self._page("clients")  # type: ignore[return-value]

    @property
    def documents_page(self) -> PaperworkPage | None:
        return self._page("documents")  # type: ignore[return-value]

    @property
    def staff_training_page(self) -> StaffTrainingPage:
        return self._page("training")  # type: ignore[return-value]

    @property
    def safety_page(self) -> SafetyPage:
        return self._page("safety")  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage | None:
        return self._page("reports")  # type: ignore[return-value]

    @property
    def sync_page(self) -> SyncPage | None:
        return self._page("sync")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self._page("settings")  # type: ignore[return-value]

    @property
    def audit_page(self) -> AuditPage | None:
        return self._page("audit")  # type: ignore[return-value]

    def _first_settings(self, values: StationSettings) -> None:
        self.apply_settings(values)
        if not self._demo:  # the demo's county exists nowhere
            self.county_sender.start_periodic(values)

    def apply_settings(self, values: StationSettings) -> None:
        self.idle_lock.set_minutes(values.idle_lock_minutes)
        self.county_sender.apply_settings(values)

    def _show_county_trouble(self) -> None:
        state = self.county_sender.state
        self.county_trouble_label.setText(
            self.tr("Sending to the county has been failing for a while: see the Sync page.") if state.overdue else ""
        )

    def change_language(self, language: str) -> None:
        install_translators(QApplication.instance(), language)  # type: ignore[arg-type]
        self._build()
        self.nav.setCurrentRow(self.pages.indexOf(self.settings_page))

    # Locking keeps every widget, and every open dialog, as it is: only the key and the database go away.
    def lock(self, reason: str = "idle") -> None:
        if self.locked:
            return
        if self.ctx.actor.account_id is None:
            self.sign_out()  # a recovery-code session has no password to resume with
            return
        self.locked = True
        self.idle_lock.stop()
        self._hidden_dialogs = [
            widget for widget in QApplication.topLevelWidgets() if widget is not self and widget.isVisible()
        ]
        for widget in self._hidden_dialogs:
            widget.hide()
        sessions.lock(self.ctx, reason=reason)
        code = self.ctx.store.slot_file.station_code
        self.unlock_widget = UnlockWidget(
            self.ctx.store.paths,
            self._policy,
            self._ops,
            resume_login=self.ctx.actor.login,
            station=station_label(code, station_name(self._prefs, code)),
        )
        self.unlock_widget.unlocked.connect(self._resumed)
        self.unlock_widget.sign_out_requested.connect(self._sign_out_while_locked)
        self.screens.addWidget(self.unlock_widget)
        self.screens.setCurrentWidget(self.unlock_widget)
        self.menuBar().setEnabled(False)
        self.unlock_widget.focus_first_field()

    def _resumed(self, resumed: StationContext) -> None:
        self.ctx.store = resumed.store
        self.locked = False
        self.screens.setCurrentWidget(self.workspace)
        self.screens.removeWidget(self.unlock_widget)
        self.unlock_widget.deleteLater()
        self.menuBar().setEnabled(True)
        for widget in self._hidden_dialogs:
            widget.show()
        self._hidden_dialogs = []
        self.idle_lock.start()

    def _sign_out_while_locked(self) -> None:
        self._closing_done = True
        for widget in self._hidden_dialogs:
            widget.close()
        self.signed_out.emit()
        self.close()

    def sign_out(self) -> None:
        self.idle_lock.stop()
        self.county_sender.stop()
        sessions.log_out(self.ctx)
        self._closing_done = True
        self.signed_out.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, self._prefs, WINDOW_GEOMETRY)
        if not self._closing_done:
            self._closing_done = True
            self.idle_lock.stop()
            self.county_sender.stop()
            if not self.locked:
                if self.county_sender.state.server is not None:
                    self.statusBar().showMessage(self.tr("Sending to the county…"))
                    QApplication.processEvents()
                    self.county_sender.before_close()  # once, briefly; the backup then holds its acknowledgement
                self.statusBar().showMessage(self.tr("Writing the closing backup…"))
                QApplication.processEvents()
                try:
                    backups.backup_on_close(self.ctx)
                except DomainError as error:
                    show_domain_error(self, error)
                sessions.log_out(self.ctx)
        event.accept()
