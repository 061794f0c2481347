"""Labels of Qt's own dialogs that Qt's Chinese translation (qtbase_zh_CN) misses.

Qt's file and print dialogs ask for "&Look in:", "Files of &type:" and "Page &Set:" (with the keyboard
accelerator), while qtbase_zh_CN translates them only without it, so the Chinese file dialog said "Look in:". Our
own translation file carries them in Qt's contexts; Qt asks every installed translator, so the dialogs find them
there. Listed here so that lupdate extracts them; tests check they stay translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_labels() -> list[str]:
    """The labels above in the current language."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QPrintSettingsOutput", "Page &Set:"),
    ]
