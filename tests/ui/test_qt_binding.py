"""Guards the pin in pyproject.toml: PySide6 6.12.0 dropped a reference to None on every static call such as
processEvents(), which aborted the interpreter after enough of them. A release with that bug fails here."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_static_calls_keep_reference_counts(qapp: QApplication) -> None:
    before = sys.getrefcount(None)
    for _ in range(5000):
        QApplication.processEvents()
        QApplication.sendPostedEvents()
    assert abs(sys.getrefcount(None) - before) < 50
