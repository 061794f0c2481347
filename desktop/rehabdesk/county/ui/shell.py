"""What the county's user sees from start to sign-out: the demo county being made, the sign-in screen, the main
window. The county's name is in the encrypted database, so the sign-in screen names it from what this computer
remembered at the last sign-in (per-machine UI state), or by its folder the first time."""

from __future__ import annotations

import hashlib
from typing import Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.county.ui.icon import app_icon
from rehabdesk.county.ui.jobs import run_job, show_refusal
from rehabdesk.county.ui.sign_in import SignInWidget
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.ui.kit.progress_bridge import ProgressBridge
from rehabdesk.ui.operations import Operations


class SignInWindow(QMainWindow):
    def __init__(self, sign_in: SignInWidget) -> None:
        super().__init__()
        self.setObjectName("countySignInWindow")
        self.setWindowTitle(self.tr("RehabDesk County · Sign in"))
        self.setWindowIcon(app_icon())
        self.setCentralWidget(sign_in)
        self.sign_in = sign_in
        self.resize(720, 480)


def _name_key(paths: CountyPaths) -> str:
    return "county_names/" + hashlib.sha256(str(paths.root).encode()).hexdigest()[:16]


class CountyShell(QObject):
    def __init__(
        self,
        paths: CountyPaths,
        ops: Operations,
        policy: KeyPolicy,
        *,
        demo: bool = False,
        settings: QSettings | None = None,
        demo_clients: int = 12,
    ) -> None:
        super().__init__()
        self.paths, self.ops, self.policy, self.demo = paths, ops, policy, demo
        self.settings = settings if settings is not None else QSettings()
        self.window: QMainWindow | None = None
        self._demo_clients = demo_clients
        self._progress: QProgressDialog | None = None
        self._bridge: ProgressBridge | None = None
        self.create_dialog: Any = None

    def start(self) -> None:
        if self.demo and not self.paths.is_station():
            self._create_demo()
        else:
            self.show_sign_in()

    def _create_demo(self) -> None:
        from rehabdesk.county.demo import DEMO_COUNTY_NAME, create_demo_county

        # Held by the shell: a parentless dialog left to the garbage collector can go inside Qt's event handling.
        self._progress = QProgressDialog(self.tr("Creating the demo county…"), "", 0, 0)
        self._progress.setObjectName("demoProgress")
        self._progress.setWindowTitle(self.tr("RehabDesk County"))
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(0)
        self._progress.show()
        self._bridge = ProgressBridge()
        self._bridge.advanced.connect(self._demo_advanced)
        bridge, paths, policy, clients = self._bridge, self.paths, self.policy, self._demo_clients

        def work() -> str:
            ctx = create_demo_county(paths, policy=policy, clients=clients, progress=bridge.step)
            ctx.close()
            return DEMO_COUNTY_NAME

        def finished(name: str) -> None:
            self._close_progress()
            self.settings.setValue(_name_key(self.paths), name)
            self.show_sign_in()

        run_job(self.ops, None, work, on_success=finished, on_failure=self._demo_failed)

    def _demo_advanced(self, done: int, total: int) -> None:
        if self._progress is None:
            return
        self._progress.setMaximum(total)
        self._progress.setValue(done)
        self._progress.setLabelText(
            self.tr("Creating the demo county: station {done} of {total}").format(
                done=min(done + 1, total), total=total
            )
        )

    def _demo_failed(self, error: Any) -> None:
        self._close_progress()
        show_refusal(None, error)
        self.show_sign_in()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def show_sign_in(self) -> None:
        from rehabdesk.county.demo import DEMO_LOGIN, DEMO_PASSWORD

        name = self.settings.value(_name_key(self.paths))
        sign_in = SignInWidget(
            self.paths, self.policy, self.ops, county_name=str(name) if name else None,
            demo_hint=(DEMO_LOGIN, DEMO_PASSWORD) if self.demo else None,
        )  # fmt: skip
        sign_in.signed_in.connect(self._load_main)
        sign_in.create_requested.connect(self._create_county)
        self._replace(SignInWindow(sign_in))

    def _create_county(self) -> None:
        from rehabdesk.county.ui.create_dialog import CreateCountyDialog
        from rehabdesk.domain.errors import DomainError

        try:  # on the database the sign-in screen names
            paths = self.window.sign_in.chosen_paths() if isinstance(self.window, SignInWindow) else self.paths
        except DomainError as error:
            show_refusal(self.window, error)
            return
        self.create_dialog = CreateCountyDialog(paths, self.policy, self.ops, self.window)
        self.create_dialog.accepted.connect(self._county_created)
        self.create_dialog.open()

    def _county_created(self) -> None:
        self.settings.setValue(_name_key(self.paths), self.create_dialog.county_name)
        self.show_sign_in()

    def _load_main(self, ctx: Any) -> None:
        from rehabdesk.county.services.county_info import county_info

        run_job(self.ops, self.window, lambda: county_info(ctx), on_success=lambda info: self.show_main(ctx, info))

    def show_main(self, ctx: Any, info: Any) -> None:
        from rehabdesk.county.ui.main_window import CountyWindow

        self.settings.setValue(_name_key(self.paths), info.name)
        window = CountyWindow(ctx, self.ops, info)
        window.signed_out.connect(self.show_sign_in)
        self._replace(window)
        if ctx.must_change_password:
            from rehabdesk.county.ui.password_dialog import PasswordDialog

            PasswordDialog(ctx, self.ops, forced=True, parent=window).open()

    def _replace(self, window: QMainWindow) -> None:
        old, self.window = self.window, window
        window.show()
        if old is not None:
            old.hide()
            old.deleteLater()
