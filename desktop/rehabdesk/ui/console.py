"""Translated output for the headless commands: the same translations as the GUI, through QtCore only."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from rehabdesk.ui.i18n import install_translators


class Console:
    """Chinese unless ``--lang en``. Call sites write ``console.tr("…")`` so lupdate files them under "console"."""

    def __init__(self, language: str) -> None:
        self._app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        install_translators(self._app, language)

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("console", text)

    @staticmethod
    def error(text: str) -> None:
        print(text, file=sys.stderr)
