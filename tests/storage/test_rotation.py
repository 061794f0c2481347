"""Master-key rotation: killed at any step, the station still opens with its passwords and passes `check`."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, checks, keys_admin, sessions, settings
from rehabdesk.services.context import StationContext
from rehabdesk.services.station_setup import FirstAdmin, create_station
from rehabdesk.storage import rotation
from rehabdesk.storage.keys import SlotFile
from rehabdesk.storage.paths import StationPaths
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, STAFF_LOGIN, STAFF_PASSWORD, STATION, TEST_POLICY
from tests.storage.test_crash import helper

KILL_POINTS = ["export_start", "export_done", *[str(k) for k in range(1, len(rotation.ROTATION_STEPS) + 1)]]


def _station(folder: Path) -> tuple[StationPaths, str]:
    paths = StationPaths(folder)
    created = create_station(paths, STATION, FirstAdmin(ADMIN_LOGIN, "管理员", ADMIN_PASSWORD), TEST_POLICY)
    accounts.create_account(created.ctx, STAFF_LOGIN, "王芳", frozenset({Role.STAFF}), STAFF_PASSWORD)
    current = settings.read_settings(created.ctx)
    settings.update_settings(created.ctx, current.__class__(**{**current.__dict__, "idle_lock_minutes": 42}))
    created.ctx.close()
    return paths, created.recovery_code


def _opens_and_checks(paths: StationPaths, login: str, password: str) -> None:
    ctx = sessions.unlock(paths, login, password, TEST_POLICY)
    try:
        assert checks.check_station(ctx).faults == ()
        assert settings.read_settings(ctx).idle_lock_minutes == 42
    finally:
        ctx.close()


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", KILL_POINTS)
def test_sigkill_during_rotation(kill_at: str, tmp_path: Path) -> None:
    paths, recovery_code = _station(tmp_path / "station")
    before = SlotFile.parse(paths.slot_file.read_bytes())
    child = helper("rotate", str(paths.root), kill_at)
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, (out, err)
    assert "rotated" not in out

    _opens_and_checks(paths, ADMIN_LOGIN, ADMIN_PASSWORD)
    _opens_and_checks(paths, STAFF_LOGIN, STAFF_PASSWORD)
    recovery = sessions.unlock_with_recovery_code(paths, recovery_code, TEST_POLICY)
    recovery.close()
    after = SlotFile.parse(paths.slot_file.read_bytes())
    assert after.generation >= before.generation
    assert paths.slot_file.read_bytes() == paths.slot_file_copy.read_bytes()  # opening repaired what was half done

    # A rotation after the crash completes, and leaves nothing of the interrupted one behind.
    ctx = sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    try:
        keys_admin.rotate_key(ctx, ADMIN_PASSWORD)
        assert checks.check_station(ctx).faults == ()
    finally:
        ctx.close()
    assert not (paths.root / "station.db.rotating").exists()
    _opens_and_checks(paths, STAFF_LOGIN, STAFF_PASSWORD)


def test_rotation_changes_the_database_key_and_keeps_every_credential(
    new_station: tuple[StationContext, str], staff_account: str
) -> None:
    ctx, recovery_code = new_station
    paths = ctx.store.paths
    old_master, old_slots = ctx.store.master, paths.slot_file.read_bytes()
    steps: list[tuple[int, int, str]] = []

    class Record:
        def step(self, done: int, total: int, note: str = "") -> None:
            steps.append((done, total, note))

    keys_admin.rotate_key(ctx, ADMIN_PASSWORD, progress=Record())
    assert [s[2] for s in steps] == list(rotation.ROTATION_STEPS)
    assert ctx.store.master != old_master
    assert checks.check_station(ctx).faults == ()  # the open context carries on under the new key
    ctx.close()
    from rehabdesk.storage.engine import connect_encrypted

    with pytest.raises(DomainError, match="database_key_mismatch"):
        connect_encrypted(paths.database, old_master.database_key)
    _opens_and_checks_plain(paths, ADMIN_LOGIN, ADMIN_PASSWORD)
    _opens_and_checks_plain(paths, STAFF_LOGIN, STAFF_PASSWORD)
    sessions.unlock_with_recovery_code(paths, recovery_code, TEST_POLICY).close()

    # The slot file from before the rotation no longer opens the database.
    paths.slot_file.write_bytes(old_slots)
    paths.slot_file_copy.write_bytes(old_slots)
    with pytest.raises(DomainError) as caught:
        sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    assert caught.value.code in ("database_key_mismatch", "slot_file_stale")


def _opens_and_checks_plain(paths: StationPaths, login: str, password: str) -> None:
    ctx = sessions.unlock(paths, login, password, TEST_POLICY)
    try:
        assert checks.check_station(ctx).faults == ()
    finally:
        ctx.close()


def test_rotation_needs_the_admin_to_re_enter_a_credential(admin_ctx: StationContext) -> None:
    master = admin_ctx.store.master
    with pytest.raises(DomainError, match="wrong_password"):
        keys_admin.rotate_key(admin_ctx, "not-the-password")
    assert admin_ctx.store.master == master
