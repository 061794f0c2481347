"""The console entry without a command opens the window: the real composition root (translations, fonts, the
instance lock, the worker thread) on a county folder, quit once the sign-in window is up."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from rehabdesk.county import cli
from rehabdesk.county.ui.app import run_gui
from rehabdesk.storage.instance_lock import InstanceLock


def test_no_command_means_the_window_and_demo_means_the_demo_folder(tmp_path) -> None:
    args = cli._parser().parse_args([])
    assert args.command is None and not args.demo
    demo = cli._parser().parse_args(["--demo", "--lang", "en"])
    assert demo.demo and demo.lang == "en" and cli._folder(demo).name == "demo-county"
    assert cli._folder(args).name == "county"


def test_run_gui_opens_the_sign_in_window_on_the_county_folder(qapp, county_paths) -> None:
    seen: list[str] = []

    def look() -> None:
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.quit()

    hook, font, name = sys.excepthook, qapp.font(), qapp.applicationName()
    QTimer.singleShot(300, look)
    try:
        assert run_gui(county_paths.root, language="zh_CN") == 0
    finally:  # what the composition root sets for the whole process, put back for the tests after this one
        sys.excepthook = hook
        qapp.setFont(font)
        qapp.setApplicationName(name)
    assert "精康工作台 · 县级 · 登录" in seen
    again = InstanceLock(county_paths.lock_file, holder="test")  # released when the window closed
    again.acquire()
    again.release()
