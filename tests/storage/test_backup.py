"""Backups: written durably, verified, refused when damaged or altered, restored with a credential of their time."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import rehabdesk
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, backups, checks, sessions, settings
from rehabdesk.services.context import StationContext
from rehabdesk.storage import backup as backup_store
from rehabdesk.storage.paths import StationPaths
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, HEAD_NAME, STATION, TEST_POLICY

LATER_LOGIN = "later"
LATER_PASSWORD = "later-pass-3"


def _station_files(paths: StationPaths) -> dict[str, bytes]:
    names = ("station.db", "station.db-wal", "keyslots.json", "keyslots.json.bak", "audit-head.json")
    return {name: (paths.root / name).read_bytes() for name in names if (paths.root / name).exists()}


@pytest.fixture
def backed_up(admin_ctx: StationContext, tmp_path: Path) -> tuple[StationContext, Path]:
    """A backup of the station, then one more account created after it; the station is closed afterwards."""
    result = backups.backup_now(admin_ctx, tmp_path / "usb")
    accounts.create_account(admin_ctx, LATER_LOGIN, "后来者", frozenset({Role.STAFF}), LATER_PASSWORD)
    admin_ctx.close()
    return admin_ctx, result.path


def _restore(paths: StationPaths, path: Path, *, login: str | None = ADMIN_LOGIN, secret: str = ADMIN_PASSWORD):
    return backups.restore(paths, path, login=login, secret=secret, policy=TEST_POLICY)


def _logins(paths: StationPaths) -> set[str]:
    ctx = sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    try:
        assert checks.check_station(ctx).faults == ()
        return {a.login for a in accounts.list_accounts(ctx)}
    finally:
        ctx.close()


def test_file_name_carries_station_code_and_time_only(admin_ctx: StationContext, tmp_path: Path) -> None:
    result = backups.backup_now(admin_ctx, tmp_path / "usb")
    assert re.fullmatch(r"RehabDesk-TS01-\d{8}-\d{6}-\d{6}\.rdbackup", result.path.name)
    for private in (HEAD_NAME, STATION.name, ADMIN_LOGIN):
        assert private not in result.path.name
    assert result.path.parent == tmp_path / "usb"
    assert [p.name for p in result.path.parent.iterdir()] == [result.path.name]  # no temp files left behind
    assert result.size_bytes == result.path.stat().st_size
    assert result.same_disk_warning  # tmp_path is on the disk that holds the station


def test_backup_is_verified_and_audited(admin_ctx: StationContext, tmp_path: Path) -> None:
    from tests.support import audit_rows

    result = backups.backup_now(admin_ctx, tmp_path / "usb")
    contents = backup_store.verify_backup(result.path, admin_ctx.store.master)
    assert contents.manifest["station_code"] == "TS01"
    assert contents.manifest["slot_generation"] == admin_ctx.store.slot_file.generation
    assert contents.manifest["app_version"] == rehabdesk.__version__  # which release made it, for support
    last = audit_rows(admin_ctx)[-1]
    assert last[2] == "backup" and json.loads(last[4])["file"] == result.path.name


def test_round_trip_restores_the_moment_of_the_backup(backed_up: tuple[StationContext, Path]) -> None:
    ctx, path = backed_up
    paths = ctx.store.paths
    assert LATER_LOGIN in _logins(paths)
    result = _restore(paths, path)
    assert result.kept_database is not None and result.kept_database.exists()
    assert result.kept_database.name.startswith("station.db.before-restore-")
    assert LATER_LOGIN not in _logins(paths)
    # The slot file of the backup came back too: the later account has no slot.
    with pytest.raises(DomainError, match="unknown_account"):
        sessions.unlock(paths, LATER_LOGIN, LATER_PASSWORD, TEST_POLICY)
    # The replaced database is whole and still holds the later account.
    from rehabdesk.storage.engine import connect_encrypted

    connection = connect_encrypted(result.kept_database, ctx.store.master.database_key)
    try:
        assert connection.execute("SELECT count(*) FROM account WHERE login = ?", (LATER_LOGIN,)).fetchone()[0] == 1
    finally:
        connection.close()


def test_two_restores_keep_both_replaced_databases(backed_up: tuple[StationContext, Path]) -> None:
    ctx, path = backed_up
    first = _restore(ctx.store.paths, path).kept_database
    second = _restore(ctx.store.paths, path).kept_database
    assert first != second and first.exists() and second.exists()


def test_restore_is_audited(backed_up: tuple[StationContext, Path]) -> None:
    ctx, path = backed_up
    _restore(ctx.store.paths, path)
    again = sessions.unlock(ctx.store.paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    try:
        from tests.support import audit_rows

        actions = [row[2] for row in audit_rows(again)]
        assert actions[-2:] == ["restore", "login"]
    finally:
        again.close()


def test_restore_with_the_recovery_code(new_station: tuple[StationContext, str], tmp_path: Path) -> None:
    ctx, code = new_station
    path = backups.backup_now(ctx, tmp_path / "usb").path
    accounts.create_account(ctx, LATER_LOGIN, "后来者", frozenset({Role.STAFF}), LATER_PASSWORD)
    ctx.close()
    _restore(ctx.store.paths, path, login=None, secret=code.lower())
    assert LATER_LOGIN not in _logins(ctx.store.paths)


def test_restore_with_a_password_of_the_time_since_changed(admin_ctx: StationContext, tmp_path: Path) -> None:
    path = backups.backup_now(admin_ctx, tmp_path / "usb").path
    accounts.change_own_password(admin_ctx, ADMIN_PASSWORD, "newer-pass-44")
    admin_ctx.close()
    paths = admin_ctx.store.paths
    with pytest.raises(DomainError, match="wrong_password"):
        _restore(paths, path, secret="newer-pass-44")
    _restore(paths, path, secret=ADMIN_PASSWORD)
    # After the restore, the password of the backup's time is the one that opens the station.
    sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY).close()


def test_restore_into_an_empty_folder(backed_up: tuple[StationContext, Path], tmp_path: Path) -> None:
    _ctx, path = backed_up
    fresh = StationPaths(tmp_path / "replacement-pc")
    result = _restore(fresh, path)
    assert result.kept_database is None
    assert LATER_LOGIN not in _logins(fresh)


def test_a_wrong_credential_changes_nothing(backed_up: tuple[StationContext, Path]) -> None:
    ctx, path = backed_up
    before = _station_files(ctx.store.paths)
    for login, secret, code in (
        (ADMIN_LOGIN, "not-the-password", "wrong_password"),
        ("nobody", ADMIN_PASSWORD, "unknown_account"),
        (None, "0000-0000-0000-0000-0000-0000-0000", "wrong_password"),
    ):
        with pytest.raises(DomainError) as caught:
            _restore(ctx.store.paths, path, login=login, secret=secret)
        assert caught.value.code == code
    assert _station_files(ctx.store.paths) == before


def _rewrite(path: Path, *, manifest=None, members: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    if manifest is not None:
        body = json.loads(contents["manifest.json"])
        manifest(body)
        contents["manifest.json"] = json.dumps(body).encode()
    contents.update(members or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def _flip_byte_inside_database_member(path: Path) -> None:
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("station.db")
    # Local header: 30 bytes + name + extra; then the member's bytes.
    name_length = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_length = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length
    data[start + info.compress_size // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _sha_of(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


TAMPERINGS = {
    "truncated": ("backup_corrupt", lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])),
    "flipped_byte_in_member": ("backup_corrupt", _flip_byte_inside_database_member),
    "empty_file": ("backup_corrupt", lambda p: p.write_bytes(b"")),
    "not_a_zip": ("backup_corrupt", lambda p: p.write_bytes(b"PK\x03\x04 not really")),
    "manifest_edited": (
        "backup_tampered",
        lambda p: _rewrite(p, manifest=lambda m: m.__setitem__("created_at", "2020-01-01T00:00:00+00:00")),
    ),
    "manifest_head_edited": (
        "backup_tampered",
        lambda p: _rewrite(p, manifest=lambda m: m["audit_head"].__setitem__("hash", "0" * 64)),
    ),
    "database_swapped_with_checksum": ("backup_tampered", None),  # built in the test: needs a second database
}


@pytest.mark.parametrize("kind", sorted(TAMPERINGS))
def test_damaged_or_altered_backups_are_refused(
    kind: str, backed_up: tuple[StationContext, Path], tmp_path: Path
) -> None:
    ctx, path = backed_up
    code, damage = TAMPERINGS[kind]
    if damage is None:
        # Someone puts another database in and fixes the checksum; only the MAC, under the station key, catches it.
        other = tmp_path / "other.db"
        other.write_bytes(ctx.store.paths.database.read_bytes())

        def damage(p: Path) -> None:
            _rewrite(
                p,
                manifest=lambda m: m.__setitem__("database_sha256", _sha_of(other.read_bytes())),
                members={"station.db": other.read_bytes()},
            )

    damage(path)
    before = _station_files(ctx.store.paths)
    with pytest.raises(DomainError) as caught:
        _restore(ctx.store.paths, path)
    assert caught.value.code == code
    assert _station_files(ctx.store.paths) == before
    assert LATER_LOGIN in _logins(ctx.store.paths)
    assert not list(ctx.store.paths.root.glob("station.db.before-restore-*"))


def test_a_missing_backup_file(admin_ctx: StationContext, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="backup_missing"):
        _restore(admin_ctx.store.paths, tmp_path / "nope.rdbackup")


def test_backup_of_another_station_needs_that_station_s_credential(
    backed_up: tuple[StationContext, Path], tmp_path: Path
) -> None:
    from rehabdesk.services.station_setup import FirstAdmin, create_station

    other = create_station(
        StationPaths(tmp_path / "other"), STATION, FirstAdmin("boss", "Boss", "other-admin-1"), TEST_POLICY
    ).ctx
    foreign = backups.backup_now(other, tmp_path / "other-usb").path
    other.close()
    ctx, _ = backed_up
    with pytest.raises(DomainError, match="unknown_account"):
        _restore(ctx.store.paths, foreign)


def test_backup_on_close_keeps_the_newest(admin_ctx: StationContext, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    current = settings.read_settings(admin_ctx)
    settings.update_settings(
        admin_ctx, current.__class__(**{**current.__dict__, "backup_dir": str(folder), "backups_to_keep": 2})
    )
    made = [backups.backup_on_close(admin_ctx).path for _ in range(4)]
    remaining = sorted(folder.glob("*.rdbackup"))
    assert remaining == sorted(made[-2:])
    unrelated = folder / "RehabDesk-XX99-20200101-000000-000000.rdbackup"
    unrelated.write_bytes(b"another station's backup")
    backups.backup_on_close(admin_ctx)
    assert unrelated.exists()


def test_an_unwritable_backup_folder_is_a_clear_error(admin_ctx: StationContext, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_bytes(b"")
    with pytest.raises(DomainError) as caught:
        backups.backup_now(admin_ctx, blocker / "sub")
    assert caught.value.code == "backup_folder_unwritable"


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A small file system of its own (tmpfs, root only), as a USB stick with little room left."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_a_backup_to_a_full_disk_says_the_disk_is_full(admin_ctx: StationContext, full_disk: Path) -> None:
    """The database export fails with SQLite's "database or disk is full", not an OSError: still a full disk."""
    with pytest.raises(DomainError) as caught:
        backups.backup_now(admin_ctx, full_disk / "backups")
    assert caught.value.code == "backup_disk_full"
    assert caught.value.params["folder"] == str(full_disk / "backups")
    assert [p.name for p in (full_disk / "backups").iterdir()] == []  # no partial file left behind
    assert checks.check_station(admin_ctx).ok
