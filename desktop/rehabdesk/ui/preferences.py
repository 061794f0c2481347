"""Per-machine UI state in QSettings, each key declared once with its default. Nothing about people here:
business settings live in the encrypted database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QDataStream, QRect, QSettings
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


# QWidget.saveGeometry's header: this magic number, a version, then the frame's rectangle. Unchanged since Qt 4.3,
# and Qt reads every older version back, so where the window was can be known before restoring it.
_GEOMETRY_MAGIC = 0x1D9D0CB


def save_geometry(window: QWidget, prefs: Preferences, key: Key[QByteArray]) -> None:
    prefs.set(key, window.saveGeometry())


def restore_geometry(window: QWidget, prefs: Preferences, key: Key[QByteArray]) -> None:
    """Size and place the window as it was last closed; with nothing saved yet it opens as it always did. A place no
    screen shows now (a second monitor unplugged, a smaller display) is not restored: the window keeps the size it
    has and is centred on the primary screen."""
    saved = prefs.get(key)
    frame = _saved_frame(saved) if isinstance(saved, QByteArray) and not saved.isEmpty() else None
    if frame is None:
        return
    if any(screen.availableGeometry().contains(frame.center()) for screen in QGuiApplication.screens()):
        window.restoreGeometry(saved)
        return
    centred = window.frameGeometry()
    centred.moveCenter(QGuiApplication.primaryScreen().availableGeometry().center())
    window.move(centred.topLeft())


def _saved_frame(saved: QByteArray) -> QRect | None:
    stream = QDataStream(saved)
    magic = stream.readUInt32()
    stream.readUInt16()  # major version
    stream.readUInt16()  # minor version
    frame = QRect()
    stream >> frame
    return frame if magic == _GEOMETRY_MAGIC and stream.status() == QDataStream.Status.Ok else None
