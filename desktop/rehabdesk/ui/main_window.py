"""The main window: a navigation rail of the areas that exist, the idle lock, and closing with a backup."""

from __future__ import annotations

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
        """(Re)create every page and action; used again after the language changes."""
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
        areas: list[tuple[str, QWidget, str]] = []
        self.today_page: TodayPage | None = None
        if self.ctx.actor.may(Permission.VIEW_RECORDS):
            self.today_page = TodayPage(self.ctx, self._ops, self._prefs)
            areas.append((self.tr("Today"), self.today_page, "today"))
        elif self.ctx.actor.may(Permission.MANAGE_SETTINGS):
            self.home_page = HomePage(self.ctx, self._ops)
            areas.append((self.tr("Home"), self.home_page, "home"))
        self.clients_page: ClientsPage | None = None
        self.documents_page: PaperworkPage | None = None
        if self.ctx.actor.may(Permission.VIEW_RECORDS):
            self.clients_page = ClientsPage(self.ctx, self._ops, self._prefs)
            areas.append((self.tr("Clients"), self.clients_page, "clients"))
            self.documents_page = PaperworkPage(self.ctx, self._ops)
            areas.append((self.tr("Documents"), self.documents_page, "documents"))
        self.staff_training_page = StaffTrainingPage(self.ctx, self._ops)
        areas.append((self.tr("Staff & training"), self.staff_training_page, "training"))
        self.safety_page = SafetyPage(self.ctx, self._ops)
        areas.append((self.tr("Safety"), self.safety_page, "safety"))
        self.reports_page: ReportsPage | None = None
        if self.ctx.actor.roles & {Role.COORDINATOR, Role.ADMIN}:
            self.reports_page = ReportsPage(self.ctx, self._ops, self._prefs)
            areas.append((self.tr("Reports"), self.reports_page, "reports"))
        self.sync_page: SyncPage | None = None
        if self.ctx.actor.may(Permission.EXPORT_BUNDLES) or self.ctx.actor.may(Permission.MANAGE_SYNC):
            self.sync_page = SyncPage(self.ctx, self._ops, self._prefs, sender=self.county_sender)
            areas.append((self.tr("Sync"), self.sync_page, "sync"))
        self.settings_page = SettingsPage(self.ctx, self._ops, self._prefs)
        self.settings_page.preferences_tab.language_changed.connect(self.change_language)
        self.settings_page.preferences_tab.settings_changed.connect(self.apply_settings)
        areas.append((self.tr("Settings"), self.settings_page, "settings"))
        self.audit_page: AuditPage | None = None
        if self.ctx.actor.may(Permission.VIEW_AUDIT):
            self.audit_page = AuditPage(self.ctx, self._ops)
            areas.append((self.tr("Audit log"), self.audit_page, "audit"))
        areas.append((self.tr("About"), AboutPage(str(self.ctx.store.paths.root)), "about"))
        for title, page, icon in areas:
            QListWidgetItem(nav_icon(icon), title, self.nav)
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(min(current, self.nav.count() - 1))
        if self.today_page is not None and self.pages.currentWidget() is self.today_page:
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
