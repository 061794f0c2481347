"""What the user sees from start to sign-out: demo creation, first-run wizard or unlock screen, main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from rehabdesk.storage.paths import StationPaths
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.preferences import Preferences, remember_station_name, station_name
from rehabdesk.ui.unlock import UnlockWidget, station_code, station_label

if TYPE_CHECKING:
    from rehabdesk.services.context import StationContext
    from rehabdesk.storage.key_policy import KeyPolicy


class UnlockWindow(QMainWindow):
    def __init__(self, unlock: UnlockWidget) -> None:
        super().__init__()
        self.setObjectName("unlockWindow")
        self.setWindowTitle(self.tr("RehabDesk · Sign in"))
        self.setCentralWidget(unlock)
        self.unlock = unlock
        self.resize(720, 480)


class Shell(QObject):
    def __init__(
        self, paths: StationPaths, ops: Operations, prefs: Preferences, policy: KeyPolicy, *, demo: bool = False
    ) -> None:
        super().__init__()
        self.paths = paths
        self.ops = ops
        self.prefs = prefs
        self.policy = policy
        self.demo = demo
        self.window: QMainWindow | None = None
        self.wizard = None
        self._demo_progress: QProgressDialog | None = None

    def start(self) -> None:
        if self.paths.is_station():
            self.show_unlock()
        elif self.demo:
            self._create_demo()
        else:
            self._show_wizard()

    def _create_demo(self) -> None:
        from rehabdesk.demo.station import create_demo_station

        # Held by the shell and deleted through the event loop: a parentless dialog whose last Python reference
        # went with the finished job was destroyed by the garbage collector at any moment, inside Qt's own event
        # handling (a segfault now and then at start-up).
        self._demo_progress = QProgressDialog(self.tr("Creating the demo station…"), "", 0, 0)
        self._demo_progress.setCancelButton(None)
        self._demo_progress.setMinimumDuration(0)
        self._demo_progress.show()

        def finished(result) -> None:
            self._demo_progress.close()
            self._demo_progress.deleteLater()
            result.ctx.close()
            self.show_unlock()

        self.ops.run(None, lambda: create_demo_station(self.paths, policy=self.policy), on_success=finished)

    def _show_wizard(self) -> None:
        from rehabdesk.ui.first_run import FirstRunWizard

        self.wizard = FirstRunWizard(self.paths, self.policy, self.ops)
        self.wizard.station_created.connect(self.show_main)
        self.wizard.station_restored.connect(self.show_unlock)
        self.wizard.show()

    def _station_label(self) -> str:
        code = station_code(self.paths)
        return station_label(code, station_name(self.prefs, code))

    def show_unlock(self) -> None:
        unlock = UnlockWidget(self.paths, self.policy, self.ops, demo=self.demo, station=self._station_label())
        unlock.unlocked.connect(self.show_main)
        self._replace_window(UnlockWindow(unlock))
        unlock.focus_first_field()

    def show_main(self, ctx: StationContext) -> None:
        from rehabdesk.services.settings import read_station
        from rehabdesk.ui.dialogs.change_password import ChangePasswordDialog
        from rehabdesk.ui.main_window import MainWindow

        window = MainWindow(ctx, self.ops, self.prefs, self.policy, demo=self.demo)
        window.signed_out.connect(self.show_unlock)
        self.ops.run(
            window,
            lambda: read_station(ctx),
            on_success=lambda station: remember_station_name(self.prefs, station.code, station.name),
        )
        self._replace_window(window)
        if ctx.must_change_password:
            ChangePasswordDialog(ctx, self.ops, forced=True, parent=window).exec()

    def _replace_window(self, window: QMainWindow) -> None:
        old = self.window
        self.window = window
        window.show()
        if old is not None and old.isVisible():
            old.hide()
            old.deleteLater()
