"""Per-machine UI state in QSettings, each key declared once with its default. Nothing about people here:
business settings live in the encrypted database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T


LANGUAGE = Key("ui/language", "zh_CN")
WINDOW_GEOMETRY = Key("ui/main_window_geometry", QByteArray())


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
