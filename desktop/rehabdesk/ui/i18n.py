"""Loading translations: RehabDesk's own and Qt's (so standard buttons and dialogs read Chinese too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rehabdesk.paths import i18n_dir

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Replace any installed translators with those for ``language`` (English needs none)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale("en_US"))
        return
    QLocale.setDefault(QLocale(language))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"rehabdesk_{language}", str(i18n_dir())), (f"qtbase_{language}", qt_translations)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
