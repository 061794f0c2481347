"""The list of drives to write to, USB sticks first, shared by the backup and the sync export dialogs."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from rehabdesk.ui.kit.drives import Drive, backup_drives


def size_text(size: int) -> str:
    gigabytes = size / 1024**3
    return f"{gigabytes:.1f} GB" if gigabytes >= 1 else f"{size / 1024**2:.0f} MB"


class DriveList(QListWidget):
    """One line per drive with its kind and free space; double-click or the dialog's button takes the current one."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)

    def look_again(self) -> bool:
        """List the drives mounted now; True if a removable one is among them."""
        return self.show_drives(backup_drives())

    def show_drives(self, drives: list[Drive]) -> bool:
        self.clear()
        for drive in drives:
            kind = self.tr("USB stick or card") if drive.removable else self.tr("this computer's disk")
            name = drive.name if drive.name != str(drive.root) else self.tr("Disk")
            text = self.tr("{name} ({kind}), {free} free: {root}").format(
                name=name, kind=kind, free=size_text(drive.free_bytes), root=drive.root
            )
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, drive)
        if self.count():
            self.setCurrentRow(0)
        return any(drive.removable for drive in drives)

    def current_drive(self) -> Drive | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @staticmethod
    def still_mounted(drive: Drive) -> bool:
        """An unmounted stick leaves an empty folder behind: writing there would fill the computer's own disk."""
        return not drive.removable or os.path.ismount(Path(drive.root))
