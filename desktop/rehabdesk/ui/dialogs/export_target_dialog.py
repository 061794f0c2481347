"""Where a bundle for the county goes: the USB sticks plugged in now first, then the other disks, or any folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.ui.kit import colours
from rehabdesk.ui.kit.drive_list import DriveList


class ExportTargetDialog(QDialog):
    """Accepted with ``chosen`` set to the drive's root or the folder picked; the export itself runs on the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Export to a USB stick"))
        self.drive_list = DriveList("syncDriveList")
        self.drive_list.itemDoubleClicked.connect(lambda _item: self.take_selected())
        again = QPushButton(self.tr("Look for drives again"))
        again.setToolTip(self.tr("After plugging in a USB stick"))
        again.clicked.connect(self.refresh)
        other = QPushButton(self.tr("Another folder…"))
        other.setObjectName("syncOtherFolderButton")
        other.clicked.connect(self._choose_folder)
        self.message = QLabel()
        self.message.setObjectName("syncTargetMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export here"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("syncExportHereButton")
        self.export_button.clicked.connect(self.take_selected)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "The bundle is encrypted for the county and signed by this computer; every bundle the county has "
                "not acknowledged yet is copied again with it."
            )
        )
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(again)
        row.addWidget(other)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.drive_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        self._say_if_no_stick(self.drive_list.look_again())

    def _say_if_no_stick(self, removable_found: bool) -> None:
        self.message.setStyleSheet("")
        self.message.setText(
            "" if removable_found else self.tr("No USB stick found. Plug one in and choose “Look for drives again”.")
        )

    def take_selected(self) -> None:
        drive = self.drive_list.current_drive()
        if drive is None:
            return
        if not self.drive_list.still_mounted(drive):
            self.message.setStyleSheet(f"color: {colours.RED.name()};")
            self.message.setText(self.tr("The USB stick at {folder} is no longer there.").format(folder=drive.root))
            return
        self.choose(drive.root)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the bundle"), str(Path.home()))
        if folder:
            self.choose(Path(folder))

    def choose(self, folder: Path) -> None:
        self.chosen = Path(folder)
        self.accept()
