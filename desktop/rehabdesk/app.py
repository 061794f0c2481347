"""Composition root: paths → instance lock → QApplication → translations and fonts → shell.

Only what the unlock screen needs is imported before it paints; the core (SQLAlchemy, reportlab) loads on the
database thread right after."""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWizard

from rehabdesk.domain.errors import DomainError
from rehabdesk.storage.instance_lock import InstanceLock
from rehabdesk.storage.key_policy import PRODUCTION_POLICY
from rehabdesk.storage.paths import StationPaths
from rehabdesk.ui.error_dialog import install_excepthook
from rehabdesk.ui.fonts import install_fonts
from rehabdesk.ui.i18n import install_translators
from rehabdesk.ui.kit.icons import app_icon
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.preferences import LANGUAGE, Preferences
from rehabdesk.ui.shell import Shell
from rehabdesk.ui.text.messages import message_for


def _load_core(paths: StationPaths) -> None:
    """Runs on the database thread once the first screen is up: logging, and the core (SQLAlchemy, the services)
    the next screen needs. No Qt module is imported here: defining Qt classes off the GUI thread while it runs its
    event loop crashed the app now and then (a segfault in the start-up smoke test under load)."""
    from rehabdesk.crash_report import configure_logging

    configure_logging(paths.logs_dir)
    import rehabdesk.services.sessions  # noqa: F401


def _load_windows(_: object = None) -> None:
    """On the GUI thread, after the core: the main window's modules, so signing in does not wait for them."""
    import rehabdesk.ui.main_window  # noqa: F401

    settle_heap()


def settle_heap() -> None:
    """Moves what startup made (modules, mappings, Qt wrappers: some 300 000 objects) out of the collector's way,
    so its full passes walk only what the session makes. Otherwise a full pass lands inside a page load now and
    then and adds 50–100 ms to it (tests/bench/bench_today.py). Garbage is collected first: frozen, a cycle is
    never freed, and one holding a closed station's connections would keep their page caches, which share
    SQLite's soft heap limit with the open station's (the benchmarks, which settle the heap at each station they
    open, found later runs four times slower for it)."""
    gc.collect()
    gc.freeze()


class _ExitAfterFirstPaint(QObject):
    """``--exit-after-paint``: print the wall-clock time at which the first screen (sign-in, wizard or main window;
    not a progress dialog) painted, and quit. The startup benchmark and smoke tests use it to see the real app."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, (QMainWindow, QWizard)):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.time():.6f}", flush=True)
        QApplication.quit()


def run_gui(
    station_dir: Path, *, demo: bool = False, language: str | None = None, exit_after_paint: bool = False
) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("RehabDesk")
    app.setApplicationName("RehabDesk")
    app.setWindowIcon(app_icon())  # every window: the wizard, the sign-in screen, dialogs
    prefs = Preferences()
    install_translators(app, language or prefs.get(LANGUAGE))
    install_fonts(app)
    install_excepthook()

    paths = StationPaths(station_dir)
    station_dir.mkdir(parents=True, exist_ok=True)
    instance_lock = InstanceLock(paths.lock_file, holder="RehabDesk")
    try:
        instance_lock.acquire()
    except DomainError as error:
        print(message_for(error), file=sys.stderr, flush=True)
        QMessageBox.critical(None, QApplication.translate("app", "RehabDesk"), message_for(error))
        return 2
    ops = Operations()
    shell = Shell(paths, ops, prefs, PRODUCTION_POLICY, demo=demo)
    if exit_after_paint:
        probe = _ExitAfterFirstPaint(app)
        app.installEventFilter(probe)
    shell.start()
    QTimer.singleShot(0, lambda: ops.run(None, lambda: _load_core(paths), on_success=_load_windows))
    try:
        return app.exec()
    finally:
        ops.shutdown()
        instance_lock.release()
