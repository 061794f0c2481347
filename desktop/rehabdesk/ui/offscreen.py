"""The self-test's Qt side: an offscreen application, and the main window painted and checked for content."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from rehabdesk.services.context import StationContext
from rehabdesk.storage.key_policy import PRODUCTION_POLICY
from rehabdesk.ui.fonts import install_fonts
from rehabdesk.ui.main_window import MainWindow
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.preferences import Preferences


def offscreen_application() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_fonts(app)
    return app  # type: ignore[return-value]


def paint_main_window(ctx: StationContext, preferences_file: Path) -> tuple[int, int]:
    """Paints the main window and returns its size; raises when it painted nothing or a blank surface. Closing it
    writes the closing backup and logs out, as at the end of a working day."""
    settings = QSettings(str(preferences_file), QSettings.Format.IniFormat)
    ops = Operations(synchronous=True)
    window = MainWindow(ctx, ops, Preferences(settings), PRODUCTION_POLICY)
    try:
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100 or image.height() < 100:
            raise RuntimeError("the main window painted nothing")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        if len(colours) < 3:
            raise RuntimeError("the main window painted a blank surface")
        return image.width(), image.height()
    finally:
        window.close()
        QApplication.processEvents()
        ops.shutdown()
        settings.sync()
