"""Removable drives from /proc/mounts and /sys/block, read from fake copies of both: a USB stick flagged removable,
an SD card's partition, a USB disk that says it is not removable, the system disk, a read-only stick, a mount point
with a space, and lines a broken or hostile file could hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehabdesk.removable import device_is_removable, read_mounts, removable_mounts

MOUNTS = r"""/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
tmpfs /run tmpfs rw,nosuid 0 0
/dev/sdb1 /media/wang/KINGSTON vfat rw,nosuid,nodev,uid=1000 0 0
/dev/mmcblk0p1 /media/wang/SD\040CARD exfat rw,nosuid 0 0
/dev/sdc1 /mnt/backup\040disk ext4 rw,relatime 0 0
/dev/sdd1 /media/wang/LOCKED vfat ro,nosuid 0 0
/dev/../../etc/passwd /media/evil ext4 rw 0 0
/dev/ /media/empty ext4 rw 0 0
garbage
/dev/sde1
"""


def _disk(sys_block: Path, devices: Path, name: str, *, removable: str, bus: str, partitions: tuple[str, ...]) -> None:
    """As the kernel lays it out: /sys/block/NAME is a link into /sys/devices/…/BUS/…/block/NAME."""
    real = devices / bus / "block" / name
    real.mkdir(parents=True)
    (real / "removable").write_text(removable + "\n")
    for partition in partitions:
        (real / partition).mkdir()
    (sys_block / name).symlink_to(real)


@pytest.fixture
def fake_system(tmp_path: Path) -> tuple[Path, Path]:
    proc_mounts = tmp_path / "mounts"
    proc_mounts.write_text(MOUNTS)
    sys_block = tmp_path / "sys" / "block"
    sys_block.mkdir(parents=True)
    devices = tmp_path / "sys" / "devices"
    _disk(sys_block, devices, "vda", removable="0", bus="pci0000:00/virtio2", partitions=("vda1",))
    _disk(sys_block, devices, "sdb", removable="1", bus="pci0000:00/usb1/1-2", partitions=("sdb1",))
    _disk(sys_block, devices, "mmcblk0", removable="0", bus="pci0000:00/mmc_host/mmc0", partitions=("mmcblk0p1",))
    _disk(sys_block, devices, "sdc", removable="0", bus="pci0000:00/usb2/2-1", partitions=("sdc1",))
    _disk(sys_block, devices, "sdd", removable="1", bus="pci0000:00/usb1/1-3", partitions=("sdd1",))
    (devices / "pci0000:00/mmc_host/mmc0/block/mmcblk0/removable").write_text("1\n")  # an SD slot says so
    return proc_mounts, sys_block


def test_removable_mounts_are_the_writable_ones_on_removable_or_usb_disks(fake_system: tuple[Path, Path]) -> None:
    proc_mounts, sys_block = fake_system
    found = removable_mounts(proc_mounts, sys_block)
    assert [(m.device, str(m.root)) for m in found] == [
        ("/dev/sdb1", "/media/wang/KINGSTON"),
        ("/dev/mmcblk0p1", "/media/wang/SD CARD"),  # \040 decoded
        ("/dev/sdc1", "/mnt/backup disk"),  # removable=0, but on a USB bus
    ]
    assert not device_is_removable("/dev/vda1", sys_block)
    assert not device_is_removable("/dev/vda", sys_block)
    assert device_is_removable("/dev/sdb", sys_block)  # a stick without a partition table


@pytest.mark.parametrize("device", ["tmpfs", "/dev/", "/dev/..", "/dev/../../etc/passwd", "/dev/nosuch1", ""])
def test_devices_that_are_not_plain_block_devices_are_not_removable(
    fake_system: tuple[Path, Path], device: str
) -> None:
    assert not device_is_removable(device, fake_system[1])


def test_broken_or_missing_files_give_no_drives(tmp_path: Path, fake_system: tuple[Path, Path]) -> None:
    proc_mounts, sys_block = fake_system
    assert removable_mounts(tmp_path / "no-mounts", sys_block) == []
    assert removable_mounts(proc_mounts, tmp_path / "no-sys") == []
    binary = tmp_path / "binary"
    binary.write_bytes(b"\xff\xfe\x00/dev/sdb1 /media/x vfat rw 0 0\n" + b"x" * 100_000)
    assert [str(m.root) for m in read_mounts(binary)] == ["/media/x"]
    (sys_block.resolve() / "sdb").unlink()  # the stick pulled out between the two reads
    assert [m.device for m in removable_mounts(proc_mounts, sys_block)] == ["/dev/mmcblk0p1", "/dev/sdc1"]


def test_this_machine_can_be_read() -> None:
    """The real files parse; on a machine without removable drives (CI, a VM) the list is empty, not an error."""
    mounts = read_mounts()
    assert any(mount.root == Path("/") for mount in mounts)
    assert all(not mount.read_only for mount in removable_mounts())
