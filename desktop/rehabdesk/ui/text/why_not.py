"""The reasons a button is greyed out that many pages share, as a station worker reads them in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def no_permission() -> str:
    return QCoreApplication.translate("why_not", "Your account's roles do not allow this. Ask an admin.")


def select_first() -> str:
    return QCoreApplication.translate("why_not", "Select one in the list first.")


def still_loading() -> str:
    return QCoreApplication.translate("why_not", "Still loading, a moment please.")


def working() -> str:
    return QCoreApplication.translate("why_not", "Working on it, a moment please.")


def no_file_attached() -> str:
    return QCoreApplication.translate("why_not", "No scan or file is attached to the selected one yet.")
