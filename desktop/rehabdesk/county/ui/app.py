"""The county's GUI composition root: QApplication → translations and fonts → instance lock → shell."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.county.ui.icon import app_icon
from rehabdesk.county.ui.messages import county_message
from rehabdesk.county.ui.shell import CountyShell
from rehabdesk.domain.errors import DomainError
from rehabdesk.storage.instance_lock import InstanceLock
from rehabdesk.storage.key_policy import PRODUCTION_POLICY
from rehabdesk.ui.error_dialog import install_excepthook
from rehabdesk.ui.fonts import install_fonts
from rehabdesk.ui.i18n import install_translators
from rehabdesk.ui.operations import Operations


def run_gui(folder: Path, *, demo: bool = False, language: str | None = None, database: str | None = None) -> int:
    """``database``: a PostgreSQL server to offer on the sign-in screen (shown without its password, which the
    screen asks for) instead of the one the folder remembers."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("RehabDesk")
    app.setApplicationName("RehabDesk County")
    app.setWindowIcon(app_icon())
    install_translators(app, language or "zh_CN")
    install_fonts(app)
    install_excepthook()

    paths = CountyPaths(folder, database_url=database)
    folder.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(paths.lock_file, holder="RehabDesk County")
    try:
        lock.acquire()
    except DomainError as error:
        print(county_message(error), file=sys.stderr, flush=True)
        QMessageBox.critical(None, QApplication.translate("county_app", "RehabDesk County"), county_message(error))
        return 2
    ops = Operations()
    shell = CountyShell(paths, ops, PRODUCTION_POLICY, demo=demo)
    shell.start()
    try:
        return app.exec()
    finally:
        ops.shutdown()
        lock.release()
