"""Per-machine UI state in QSettings, each key declared once with its default. Nothing about people here:
business settings live in the encrypted database."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QDataStream, QMargins, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T


LANGUAGE = Key("ui/language", "zh_CN")
WINDOW_GEOMETRY = Key("ui/main_window_geometry", QByteArray())
CASE_WINDOW_GEOMETRY = Key("ui/case_window_geometry", QByteArray())
# The station names last seen at sign-in, by station code (JSON): the sign-in screen names the station before its
# encrypted database is open. A station's name is no one's personal data.
STATION_NAMES = Key("ui/station_names", "{}")


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("RehabDesk", "RehabDesk")

    def get(self, key: Key[T]) -> T:
        value = self._settings.value(key.name, key.default)
        if isinstance(key.default, str):
            return str(value)  # type: ignore[return-value]
        return value  # type: ignore[no-any-return]

    def set(self, key: Key[T], value: T) -> None:
        self._settings.setValue(key.name, value)
        self._settings.sync()

    @property
    def file_name(self) -> str:
        return self._settings.fileName()


def remember_station_name(prefs: Preferences, code: str, name: str) -> None:
    names = _station_names(prefs)
    if names.get(code) != name:
        prefs.set(STATION_NAMES, json.dumps({**names, code: name}, ensure_ascii=False))


def station_name(prefs: Preferences, code: str) -> str:
    return _station_names(prefs).get(code, "")


def _station_names(prefs: Preferences) -> dict[str, str]:
    try:
        names = json.loads(prefs.get(STATION_NAMES))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}


# QWidget.saveGeometry's header: this magic number, a version, then the frame's rectangle. Unchanged since Qt 4.3,
# and Qt reads every older version back, so where the window was can be known before restoring it.
_GEOMETRY_MAGIC = 0x1D9D0CB


def save_geometry(window: QWidget, prefs: Preferences, key: Key[QByteArray]) -> None:
    prefs.set(key, window.saveGeometry())


def restore_geometry(window: QWidget, prefs: Preferences, key: Key[QByteArray]) -> None:
    """Size and place the window as it was last closed, or as it opens by default, always wholly on a screen. A place
    no screen shows now (a second monitor unplugged, a smaller display) is not restored: the window keeps the size it
    has and is centred on the primary screen. A window larger than the screen (a 1366×768 laptop, 125 % scaling)
    shrinks to fit, title bar included."""
    saved = prefs.get(key)
    frame = _saved_frame(saved) if isinstance(saved, QByteArray) and not saved.isEmpty() else None
    screen = QGuiApplication.primaryScreen()
    if frame is not None:
        showing = [s for s in QGuiApplication.screens() if s.availableGeometry().contains(frame.center())]
        if showing:
            window.restoreGeometry(saved)
            screen = showing[0]
    fit_on_screen(window, screen.availableGeometry(), centre=frame is None or not showing)


# Room for the title bar and borders the window manager adds around the window (not known before it is shown).
_FRAME_ALLOWANCE = QMargins(8, 40, 8, 8)


def fit_size(window: QWidget) -> None:
    """A dialog sized for a large screen shrinks to fit a small one (1366 × 768 at 125 % leaves 1093 × 614): its
    buttons stay on the screen; its content scrolls or squeezes."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().marginsRemoved(_FRAME_ALLOWANCE)
    window.resize(window.size().boundedTo(room.size()))


def fit_on_screen(window: QWidget, available: QRect, *, centre: bool) -> None:
    room = available.marginsRemoved(_FRAME_ALLOWANCE)
    window.setMinimumSize(window.minimumSize().boundedTo(room.size()))
    if room.size().expandedTo(window.size()) != room.size():  # larger than the room in either direction
        window.resize(window.size().boundedTo(room.size()))
    place = QRect(window.pos(), window.size())
    if centre:
        place.moveCenter(room.center())
    place.moveLeft(max(room.left(), min(place.left(), room.right() - place.width() + 1)))
    place.moveTop(max(room.top(), min(place.top(), room.bottom() - place.height() + 1)))
    if place.topLeft() != window.pos():  # moving places the frame: a window already in place stays exactly there
        window.move(place.topLeft())


def _saved_frame(saved: QByteArray) -> QRect | None:
    stream = QDataStream(saved)
    magic = stream.readUInt32()
    stream.readUInt16()  # major version
    stream.readUInt16()  # minor version
    frame = QRect()
    stream >> frame
    return frame if magic == _GEOMETRY_MAGIC and stream.status() == QDataStream.Status.Ok else None
