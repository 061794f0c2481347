"""Screenshots for the README from a small demo station, as a new station worker sees the app.

    xvfb-run -s "-screen 0 1366x768x24" uv run python docs/screenshots/take.py OUT_DIR [--scale 1.25]

Each window fills the 1366×768 screen (common station laptops) and the whole screen is captured
with ImageMagick's ``import -window root``; --scale sets QT_SCALE_FACTOR (125 % scaling) before Qt starts."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from rehabdesk.demo.station import DEMO_STATION, create_demo_station
    from rehabdesk.domain import clock
    from rehabdesk.storage.keys import KeyPolicy
    from rehabdesk.storage.paths import StationPaths
    from rehabdesk.ui.fonts import install_fonts
    from rehabdesk.ui.i18n import install_translators
    from rehabdesk.ui.operations import Operations
    from rehabdesk.ui.preferences import Preferences

    app = QApplication(sys.argv)
    install_translators(app, "zh_CN")
    install_fonts(app)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rehabdesk-shots-"))
    prefs = Preferences(QSettings(str(work / "prefs.ini"), QSettings.Format.IniFormat))
    paths = StationPaths(work / "station")
    policy = KeyPolicy.for_tests()
    result = create_demo_station(paths, seed=7, clients_count=60, staff_count=6, policy=policy, today=clock.today())
    ctx = result.ctx
    ops = Operations(synchronous=True)

    from rehabdesk.ui.dialogs.account_dialog import AccountDialog
    from rehabdesk.ui.dialogs.backup_dialogs import BackupDrillDialog, BackupToDriveDialog
    from rehabdesk.ui.dialogs.client_form import ClientForm
    from rehabdesk.ui.dialogs.export_services_dialog import ExportServicesDialog
    from rehabdesk.ui.dialogs.import_dialog import ImportDialog
    from rehabdesk.ui.first_run import FirstRunWizard
    from rehabdesk.ui.main_window import MainWindow
    from rehabdesk.ui.pages.case_window import open_case_window
    from rehabdesk.ui.unlock import UnlockWidget, station_code, station_label

    screen = app.primaryScreen().availableGeometry()
    held: dict[str, object] = {}

    def show_unlock():
        held["unlock"] = unlock = UnlockWidget(
            paths, policy, ops, demo=True, station=station_label(station_code(paths), DEMO_STATION.name)
        )
        unlock.setGeometry(screen)  # Xvfb has no window manager to maximise a window
        unlock.show()

    def show_page(attribute: str):
        def show():
            if "unlock" in held:
                held.pop("unlock").close()
            if "window" not in held:
                held["window"] = window = MainWindow(ctx, ops, prefs, policy, demo=True)
                window.setGeometry(screen)
                window.show()
            window = held["window"]
            window.nav.setCurrentRow(window.pages.indexOf(getattr(window, attribute)))

        return show

    def show_dialog(make):
        def show():
            if "dialog" in held:
                held.pop("dialog").close()
            held["dialog"] = dialog = make(held["window"])
            dialog.show()

        return show

    def show_settings_tab(attribute: str | None, index: int | None = None):
        def show():
            show_page("settings_page")()
            page = held["window"].settings_page
            page.tabs.setCurrentIndex(
                page.tabs.count() - 1 if index is None else page.tabs.indexOf(getattr(page, attribute))
            )

        return show

    def wizard_at_recovery_code(_parent):
        wizard = FirstRunWizard(StationPaths(work / "new-station"), policy, ops)
        wizard.show()  # a wizard moves on only once shown
        form = wizard.station_page.form
        form.name_edit.setText("朝阳区阳光康复站")
        form.code_edit.setText("CY0301")
        form.county_edit.setText("110105")
        form.head_edit.setText("刘霞")
        wizard.next()
        admin = wizard.admin_page
        admin.login_edit.setText("liuxia")
        admin.name_edit.setText("刘霞")
        admin.password_edit.setText("zhanzhang-2026")
        admin.repeat_edit.setText("zhanzhang-2026")
        wizard.next()
        return wizard

    def first_client_case(parent):
        clients_page = parent.clients_page
        return open_case_window(parent, ctx, ops, prefs, clients_page.model.client_id(0))

    steps = [
        ("unlock", show_unlock),
        ("today", show_page("today_page")),
        ("clients", show_page("clients_page")),
        ("documents", show_page("documents_page")),
        ("staff-training", show_page("staff_training_page")),
        ("safety", show_page("safety_page")),
        ("reports", show_page("reports_page")),
        ("settings", show_page("settings_page")),
        ("audit", show_page("audit_page")),
        ("accounts", show_settings_tab("accounts_tab", 0)),
        ("backup-and-keys", show_settings_tab(None)),
        ("client-form", show_dialog(lambda parent: ClientForm(ctx, ops, parent=parent))),
        ("account-dialog", show_dialog(lambda parent: AccountDialog(ctx, ops, parent=parent))),
        ("backup-to-drive", show_dialog(lambda parent: BackupToDriveDialog(ctx, ops, parent=parent))),
        ("backup-drill", show_dialog(lambda parent: BackupDrillDialog(ctx, ops, parent=parent))),
        ("import-dialog", show_dialog(lambda parent: ImportDialog(ctx, ops, parent=parent))),
        ("export-services", show_dialog(lambda parent: ExportServicesDialog(ctx, ops, parent=parent))),
        ("case-file", show_dialog(first_client_case)),
        ("first-run-recovery-code", show_dialog(wizard_at_recovery_code)),
    ]
    pages_only = {name for name, _show in steps[:11]}
    steps = [step for step in steps if not args.only or step[0] in args.only or step[0] == "today"]

    def run(index: int) -> None:
        if index == len(steps):
            held["window"]._closing_done = True  # no closing backup for a throw-away station
            app.quit()
            return
        name, show = steps[index]
        show()

        def shoot() -> None:
            # Inside the event loop: the X server shows the windows only while Qt's loop runs.
            target = str(args.out / f"{name}.png")
            subprocess.run(["import", "-window", "root", target], check=True)
            dialog = held.get("dialog")
            if name not in pages_only and dialog is not None:  # a dialog alone, not the page behind it
                scale = float(args.scale)
                frame = dialog.frameGeometry()
                box = f"{round(frame.width() * scale)}x{round(frame.height() * scale)}"
                at = f"+{round(frame.x() * scale)}+{round(frame.y() * scale)}"
                subprocess.run(["convert", target, "-crop", box + at, "+repage", target], check=True)
            print("shot", name, flush=True)
            run(index + 1)

        QTimer.singleShot(800, shoot)

    QTimer.singleShot(0, lambda: run(0))
    app.exec()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
