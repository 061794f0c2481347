"""Lock when the operating system says the screen locks or the machine goes to sleep.

Linux: logind's PrepareForSleep and Lock signals (system bus) and the desktop screensaver's ActiveChanged
(session bus). Windows: WM_WTSSESSION_CHANGE (session lock) and WM_POWERBROADCAST (suspend). Elsewhere, or
when no bus is reachable, only the idle timer and Ctrl+L lock."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject, Signal, Slot

_WM_WTSSESSION_CHANGE = 0x02B1
_WTS_SESSION_LOCK = 0x7
_WM_POWERBROADCAST = 0x0218
_PBT_APMSUSPEND = 0x4


class SessionWatch(QObject):
    """Emits ``lock_requested("os-lock" | "suspend")``."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._native_filter: _WindowsFilter | None = None
        if sys.platform.startswith("linux"):
            self._connect_dbus()
        elif sys.platform == "win32":
            self._native_filter = _WindowsFilter(self)
            QCoreApplication.instance().installNativeEventFilter(self._native_filter)

    def register_window(self, win_id: int) -> None:
        """Windows sends session-lock messages only to windows that asked for them."""
        if sys.platform == "win32":
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), 0)

    def _connect_dbus(self) -> None:
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection

        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("prepare_for_sleep(bool)"),
            )
            system.connect(
                "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock", self, SLOT("session_locked()")
            )
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
                session.connect("", "", service, "ActiveChanged", self, SLOT("screensaver_active(bool)"))

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lock_requested.emit("suspend")

    @Slot()
    def session_locked(self) -> None:
        self.lock_requested.emit("os-lock")

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("os-lock")

    def windows_message(self, message: int, wparam: int) -> None:
        if message == _WM_WTSSESSION_CHANGE and wparam == _WTS_SESSION_LOCK:
            self.lock_requested.emit("os-lock")
        elif message == _WM_POWERBROADCAST and wparam == _PBT_APMSUSPEND:
            self.lock_requested.emit("suspend")


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watch: SessionWatch) -> None:
        super().__init__()
        self._watch = watch

    def nativeEventFilter(self, event_type: QByteArray | bytes, message: int) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            self._watch.windows_message(msg.message, msg.wParam)
        return False, 0
