"""The application's icon (the station's, from resources/icons), for every county window."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from rehabdesk.paths import resource_path

_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addFile(str(resource_path("icons", f"rehabdesk-{size}.png")))
    return icon
