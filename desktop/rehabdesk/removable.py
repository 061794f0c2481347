"""Which mounted file systems sit on a removable drive (a USB stick, an SD card), on Linux, without Qt.

The kernel says it in two places: ``/proc/mounts`` names the block device behind each mount point, and
``/sys/block/<disk>/removable`` is 1 for media that can be pulled out. Many USB sticks and USB disks report 0 there,
so a disk whose sysfs device path runs through a USB bus counts as removable too. Partitions (sdb1, mmcblk0p1)
take the flag of their disk. Both roots are parameters so the tests can hand in fake files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

PROC_MOUNTS = Path("/proc/mounts")
SYS_BLOCK = Path("/sys/block")
_ESCAPE = re.compile(r"\\([0-7]{3})")


@dataclass(frozen=True)
class Mount:
    device: str
    root: Path
    fs_type: str
    read_only: bool


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040 (and tab, newline, backslash likewise)."""
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 8)), field)


def read_mounts(proc_mounts: Path = PROC_MOUNTS) -> list[Mount]:
    try:
        text = proc_mounts.read_text("utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 4:
            continue
        options = fields[3].split(",")
        mounts.append(Mount(_unescape(fields[0]), Path(_unescape(fields[1])), fields[2], "ro" in options))
    return mounts


def _disk_of(name: str, sys_block: Path) -> Path | None:
    """The /sys/block entry of a disk, or of the disk holding partition ``name``."""
    if not name or "/" in name or name in {".", ".."}:
        return None
    if (sys_block / name).is_dir():
        return sys_block / name
    try:
        disks = list(sys_block.iterdir())
    except OSError:
        return None
    return next((disk for disk in disks if (disk / name).is_dir()), None)


def device_is_removable(device: str, sys_block: Path = SYS_BLOCK) -> bool:
    """Whether block device ``device`` (``/dev/sdb1``) is on a removable or USB-attached disk."""
    if not device.startswith("/dev/"):
        return False
    disk = _disk_of(Path(device).name, sys_block)
    if disk is None:
        return False
    try:
        if (disk / "removable").read_text().strip() == "1":
            return True
    except OSError:
        pass
    try:
        return "/usb" in str(disk.resolve())
    except OSError:
        return False


def removable_mounts(proc_mounts: Path = PROC_MOUNTS, sys_block: Path = SYS_BLOCK) -> list[Mount]:
    """Writable mounts on removable drives, in mount-point order; a drive mounted twice is listed once per mount."""
    found = [
        mount
        for mount in read_mounts(proc_mounts)
        if not mount.read_only and device_is_removable(mount.device, sys_block)
    ]
    return sorted(found, key=lambda mount: str(mount.root))
