"""The app's icon and the navigation rail's icons (resources/icons; SVG, so they stay sharp at 125 % and 150 %)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from rehabdesk.paths import resource_path

_APP_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in _APP_SIZES:
        icon.addFile(str(resource_path("icons", f"rehabdesk-{size}.png")))
    return icon


def nav_icon(name: str) -> QIcon:
    """``name`` is one of resources/icons/nav/*.svg: today, home, clients, documents, training, safety, reports,
    sync, settings, audit, about."""
    return QIcon(str(resource_path("icons", "nav", f"{name}.svg")))
