"""About RehabDesk."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

import rehabdesk


class AboutPage(QWidget):
    def __init__(self, data_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(
            self.tr(
                "<h2>RehabDesk · Community Rehabilitation Workbench</h2>"
                "<p>Version {version}</p>"
                "<p>Case files, services, consent and agreements for community mental-health rehabilitation "
                "stations. All records are encrypted on this computer; every view and change is recorded in the "
                "audit log.</p>"
                "<p>Station folder: {folder}</p>"
                "<p>Fonts: Droid Sans Fallback (Apache License 2.0), DejaVu (free licence).</p>"
            ).format(version=rehabdesk.__version__, folder=data_folder)
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
