"""The system libraries Qt's xcb platform plugin (X11) loads, checked before Qt starts.

On a fresh Linux desktop some are missing (libxcb-cursor0 first of all), and Qt then aborts with "Could not load
the Qt platform plugin xcb", naming none of them. Checking first lets the app print the one install command that
fixes it. The list is what `ldd` shows for PySide6's libqxcb.so and libQt6XcbQpa.so, with its Debian/Ubuntu
package names."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

XCB_LIBRARIES = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)


def _xcb_in_use(environ: Mapping[str, str]) -> bool:
    """Qt picks xcb when asked to, or by default on an X11 display; offscreen, wayland and the rest need none of it."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and environ.get("XDG_SESSION_TYPE") != "wayland"


def missing_gui_packages(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    load: Callable[[str], object] = ctypes.CDLL,
) -> list[str]:
    """The Debian/Ubuntu packages to install before the window can open, or [] when nothing is missing."""
    if not platform.startswith("linux") or not _xcb_in_use(environ):
        return []
    missing = []
    for library, package in XCB_LIBRARIES:
        try:
            load(library)
        except OSError:
            missing.append(package)
    return missing
