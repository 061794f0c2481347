"""The console entry without a command opens the window: the real composition root (translations, fonts, the
instance lock, the worker thread) on a county folder, quit once the sign-in window is up."""

from __future__ import annotations

import sys

from rehabdesk.county import cli
from rehabdesk.storage.instance_lock import InstanceLock


def test_no_command_means_the_window_and_demo_means_the_demo_folder(tmp_path) -> None:
    args = cli._parser().parse_args([])
    assert args.command is None and not args.demo
    demo = cli._parser().parse_args(["--demo", "--lang", "en"])
    assert demo.demo and demo.lang == "en" and cli._folder(demo).name == "demo-county"
    assert cli._folder(args).name == "county"


_RUN_GUI = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from rehabdesk.county.ui.app import run_gui

app = QApplication(["rehabdesk-county"])
seen = []

def look():
    seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.quit()

QTimer.singleShot(300, look)
code = run_gui(Path(sys.argv[1]), language="zh_CN")
print(code, "|".join(seen), flush=True)
"""


def test_run_gui_opens_the_sign_in_window_on_the_county_folder(county_paths) -> None:
    """In a process of its own: the composition root quits the application, sets its font and excepthook, and a
    quit application refuses the modal dialogs of every test after it."""
    import os
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", _RUN_GUI, str(county_paths.root)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    code, _, seen = done.stdout.strip().rpartition("\n")[2].partition(" ")
    assert code == "0" and "精康工作台 · 县级 · 登录" in seen.split("|")
    again = InstanceLock(county_paths.lock_file, holder="test")  # released when the window closed
    again.acquire()
    again.release()
