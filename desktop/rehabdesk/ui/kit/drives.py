"""Where a backup can go: the removable drives mounted now (USB sticks, SD cards), then the other disks.

Qt's QStorageInfo lists the mounted volumes on every system; whether one is removable it does not say, so that is
asked of the system: the drive type on Windows, /proc/mounts with /sys/block (rehabdesk.removable) or a /media mount
on Linux, /Volumes on macOS."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

from rehabdesk.removable import device_is_removable, removable_mounts

# Pseudo and system file systems nobody backs up to.
_SKIPPED_TYPES = {b"tmpfs", b"devtmpfs", b"proc", b"sysfs", b"overlay", b"squashfs", b"efivarfs", b"ramfs", b"vfat:efi"}
_DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free_bytes: int
    removable: bool


def backup_drives() -> list[Drive]:
    """Writable mounted drives, removable ones first, the system disk last."""
    drives: dict[Path, Drive] = {}
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if bytes(volume.fileSystemType().data()) in _SKIPPED_TYPES:
            continue
        root = Path(volume.rootPath())
        drives[root] = Drive(
            root,
            volume.displayName() or str(root),
            volume.bytesAvailable(),
            is_removable(str(root), bytes(volume.device().data()).decode(errors="replace")),
        )
    extra = linux_media_mounts() + [mount.root for mount in removable_mounts()] if sys.platform == "linux" else []
    for root in extra:
        if root not in drives and os.access(root, os.W_OK):
            drives[root] = Drive(root, root.name, QStorageInfo(str(root)).bytesAvailable(), True)
    return sorted(drives.values(), key=lambda drive: (not drive.removable, str(drive.root) == "/", str(drive.root)))


def linux_media_mounts() -> list[Path]:
    """Where desktop Linux mounts a plugged-in stick: /media/$USER/NAME (Debian, Ubuntu) or /run/media/$USER/NAME."""
    user = os.environ.get("USER") or os.environ.get("LOGNAME") or ""
    found = []
    for base in (Path("/media") / user, Path("/run/media") / user, Path("/media")):
        try:
            found += [entry for entry in base.iterdir() if entry.is_dir() and os.path.ismount(entry)]
        except OSError:
            continue
    return found


def is_removable(root: str, device: str) -> bool:
    if sys.platform == "win32":
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOVABLE  # type: ignore[attr-defined]
    if sys.platform == "darwin":
        return root.startswith("/Volumes/")
    if root.startswith(("/media/", "/run/media/")):
        return True
    return device_is_removable(device)
