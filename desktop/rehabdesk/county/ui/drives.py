"""Where the folder dialog for bundles starts: a removable drive (a USB stick) when one is mounted."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStorageInfo

# Where desktop Linux mounts removable media; on Windows any ready drive but the system's is offered.
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/")


def removable_drives() -> list[Path]:
    found = []
    system = Path(sys.executable).anchor
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            if Path(root).anchor != system:
                found.append(Path(root))
        elif root.startswith(_REMOVABLE_ROOTS):
            found.append(Path(root))
    return found


def start_folder() -> str:
    drives = removable_drives()
    return str(drives[0]) if drives else str(Path.home())
