"""Opening a station: every failure is a clear error, and nothing is created or overwritten."""

from __future__ import annotations

import itertools
import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rehabdesk.domain.errors import DomainError
from rehabdesk.services import accounts, sessions
from rehabdesk.services.context import StationContext
from rehabdesk.storage import auth_events, opening
from rehabdesk.storage.keys import DEFAULT_LOCKOUT_THRESHOLD
from rehabdesk.storage.paths import StationPaths
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY
from tests.support import raw_sql, read_slot_file


def _open(paths: StationPaths, login: str = ADMIN_LOGIN, password: str = ADMIN_PASSWORD) -> opening.Opened:
    opened = opening.open_with_password(paths, login, password, TEST_POLICY)
    opened.store.close()
    return opened


def _error(paths: StationPaths, login: str = ADMIN_LOGIN, password: str = ADMIN_PASSWORD) -> DomainError:
    with pytest.raises(DomainError) as caught:
        _open(paths, login, password)
    return caught.value


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, except the side file of login attempts (which a failure is meant to extend)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "auth-events.jsonl"
    }


@pytest.fixture
def closed_station(admin_ctx: StationContext, staff_account: str) -> StationPaths:
    """A station with an admin and a staff account, closed (WAL checkpointed into station.db)."""
    admin_ctx.close()
    return admin_ctx.store.paths


def test_the_right_password_opens(closed_station: StationPaths) -> None:
    opened = _open(closed_station)
    assert opened.slot.login == ADMIN_LOGIN
    assert _open(closed_station, STAFF_LOGIN, STAFF_PASSWORD).slot.login == STAFF_LOGIN


def test_wrong_password_changes_nothing(closed_station: StationPaths) -> None:
    before = _snapshot(closed_station.root)
    error = _error(closed_station, password="not-the-password")
    assert error.code == "wrong_password"
    assert error.params["failures"] == 1
    assert error.params["threshold"] == DEFAULT_LOCKOUT_THRESHOLD
    assert _snapshot(closed_station.root) == before
    events = auth_events.read_all(closed_station.auth_events)
    assert [(e.login, e.event) for e in events][-1] == (ADMIN_LOGIN, auth_events.FAILED)
    assert "not-the-password" not in closed_station.auth_events.read_text("utf-8")


def test_unknown_account(closed_station: StationPaths) -> None:
    before = _snapshot(closed_station.root)
    assert _error(closed_station, login="nobody").code == "unknown_account"
    assert _snapshot(closed_station.root) == before


def test_corrupt_main_slot_file_falls_back_to_the_copy_and_repairs_it(closed_station: StationPaths) -> None:
    good = closed_station.slot_file.read_bytes()
    closed_station.slot_file.write_bytes(good[: len(good) // 2])
    assert _open(closed_station).slot.login == ADMIN_LOGIN
    assert closed_station.slot_file.read_bytes() == closed_station.slot_file_copy.read_bytes()
    assert read_slot_file(closed_station).generation == read_slot_file(closed_station, copy=True).generation


def test_main_slot_file_failing_its_mac_falls_back_to_the_copy(closed_station: StationPaths) -> None:
    # A validly formed file whose threshold was raised by hand: the MAC no longer fits.
    text = closed_station.slot_file.read_text("utf-8")
    closed_station.slot_file.write_text(text.replace('"lockout_threshold": 10', '"lockout_threshold": 99'), "utf-8")
    assert "99" in closed_station.slot_file.read_text("utf-8")
    _open(closed_station)
    assert read_slot_file(closed_station).lockout_threshold == DEFAULT_LOCKOUT_THRESHOLD
    assert read_slot_file(closed_station).verify(_open(closed_station).store.master)


def test_missing_main_slot_file_uses_the_copy(closed_station: StationPaths) -> None:
    closed_station.slot_file.unlink()
    _open(closed_station)
    assert closed_station.slot_file.exists()


def test_a_damaged_database_is_refused_at_open_and_nothing_is_written_to_it(
    closed_station: StationPaths, capfd: pytest.CaptureFixture[str]
) -> None:
    """One byte flipped in a page that signing in would not read: found at open, before the sign-in entry."""
    database = closed_station.database
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0xFF
    database.write_bytes(bytes(data))
    before = _snapshot(closed_station.root)
    with pytest.raises(DomainError) as caught:
        sessions.unlock(closed_station, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    assert caught.value.code == "database_damaged_no_backup"
    assert _snapshot(closed_station.root) == before
    assert capfd.readouterr().err == ""  # SQLCipher's log does not reach the console
    backups = closed_station.default_backup_dir
    backups.mkdir()
    for at, name in enumerate(("RehabDesk-TS01-20260102-000000-000000", "RehabDesk-TS01-20260101-000000-000000")):
        (backups / f"{name}.rdbackup").write_bytes(b"x")
        os.utime(backups / f"{name}.rdbackup", (1_700_000_000 + at, 1_700_000_000 + at))
    (backups / "notes.txt").write_bytes(b"not a backup")
    caught = _error(closed_station)
    assert caught.code == "database_damaged"
    # The newest by the time in its name (a copy from a USB stick has the time of copying as its mtime).
    assert caught.params["backup"] == str(backups / "RehabDesk-TS01-20260102-000000-000000.rdbackup")


def test_pages_are_checked_at_the_first_sign_in_of_the_process_not_at_every_unlock(
    closed_station: StationPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[object] = []
    real = opening.damaged_pages
    monkeypatch.setattr(opening, "damaged_pages", lambda connection: checked.append(1) or real(connection))
    for resuming in (False, True, False):
        sessions.log_out(sessions.unlock(closed_station, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY, resuming=resuming))
    assert len(checked) == 1


def test_a_file_too_large_to_check_at_sign_in_is_not_held_up(
    closed_station: StationPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[object] = []
    monkeypatch.setattr(opening, "damaged_pages", lambda connection: checked.append(1) or [])
    monkeypatch.setattr(opening, "PAGE_CHECK_AT_OPEN_MAX_BYTES", closed_station.database.stat().st_size - 1)
    sessions.log_out(sessions.unlock(closed_station, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY))
    assert checked == []


def test_both_slot_files_corrupt_is_a_clear_error(closed_station: StationPaths) -> None:
    closed_station.slot_file.write_bytes(b"{not json")
    closed_station.slot_file_copy.write_bytes(b"\x00" * 100)
    before = _snapshot(closed_station.root)
    assert _error(closed_station).code == "slot_file_corrupt"
    assert _snapshot(closed_station.root) == before


def test_missing_slot_files(closed_station: StationPaths) -> None:
    closed_station.slot_file.unlink()
    closed_station.slot_file_copy.unlink()
    before = _snapshot(closed_station.root)
    assert _error(closed_station).code == "slot_file_missing"
    assert _snapshot(closed_station.root) == before


def test_stale_slot_file_copy_cannot_bring_back_a_removed_account(
    admin_ctx: StationContext, staff_account: str
) -> None:
    paths = admin_ctx.store.paths
    old = paths.slot_file.read_bytes()
    assert read_slot_file(paths).account_slot(STAFF_LOGIN) is not None
    accounts.disable_account(admin_ctx, staff_account)
    admin_ctx.close()
    current = paths.slot_file.read_bytes()
    paths.slot_file.write_bytes(old)
    paths.slot_file_copy.write_bytes(old)
    before = _snapshot(paths.root)
    for login, password in ((STAFF_LOGIN, STAFF_PASSWORD), (ADMIN_LOGIN, ADMIN_PASSWORD)):
        error = _error(paths, login, password)
        assert error.code == "slot_file_stale"
        assert error.params["file_generation"] < error.params["database_generation"]
    assert _snapshot(paths.root) == before  # the stale file was not "repaired" into place either
    with pytest.raises(DomainError, match="slot_file_stale"):
        sessions.unlock(paths, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY)

    paths.slot_file.write_bytes(current)
    assert _error(paths, STAFF_LOGIN, STAFF_PASSWORD).code == "unknown_account"
    assert _open(paths).slot.login == ADMIN_LOGIN
    assert paths.slot_file_copy.read_bytes() == current  # the stale copy was replaced by the good file


def test_missing_database_creates_nothing(closed_station: StationPaths) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{closed_station.database}{suffix}").unlink(missing_ok=True)
    before = _snapshot(closed_station.root)
    assert _error(closed_station).code == "database_missing"
    assert not closed_station.database.exists()
    assert _snapshot(closed_station.root) == before


def test_newer_schema_is_refused_and_left_untouched(admin_ctx: StationContext) -> None:
    paths, master = admin_ctx.store.paths, admin_ctx.store.master
    admin_ctx.close()
    raw_sql(paths, master, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    assert not Path(f"{paths.database}-wal").exists()  # the last connection checkpointed: station.db is whole
    data, mtime = paths.database.read_bytes(), paths.database.stat().st_mtime_ns
    error = _error(paths)
    assert error.code == "schema_newer"
    assert error.params["revision"] == "9999_from_the_future"
    assert paths.database.read_bytes() == data
    assert paths.database.stat().st_mtime_ns == mtime
    assert not paths.default_backup_dir.exists()  # no "before upgrade" backup either


def test_a_database_of_another_station_is_refused(tmp_path: Path, closed_station: StationPaths) -> None:
    from rehabdesk.services.station_setup import FirstAdmin, create_station
    from tests.conftest import STATION

    other = StationPaths(tmp_path / "other")
    create_station(other, STATION, FirstAdmin(ADMIN_LOGIN, "管理员", ADMIN_PASSWORD), TEST_POLICY).ctx.close()
    shutil.copy(other.database, closed_station.database)
    before = _snapshot(closed_station.root)
    assert _error(closed_station).code == "database_key_mismatch"
    assert _snapshot(closed_station.root) == before


def test_a_database_another_program_holds_is_busy_not_a_wrong_key(
    admin_ctx: StationContext, closed_station: StationPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holding the file's lock past the wait must not read as "this key does not open it"."""
    from rehabdesk.storage import engine
    from tests.support import raw_connection

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    holder = raw_connection(closed_station, admin_ctx.store.master)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        before = _snapshot(closed_station.root)
        assert _error(closed_station).code == "database_busy"
        assert _snapshot(closed_station.root) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _open(closed_station).slot.login == ADMIN_LOGIN


def test_creating_a_station_where_one_exists_is_refused(closed_station: StationPaths) -> None:
    before = _snapshot(closed_station.root)
    for leave_only in ("station.db", "keyslots.json", "keyslots.json.bak"):
        with pytest.raises(DomainError) as caught:
            opening.create_station_files(
                closed_station,
                station_code="TS02",
                admin_login="other",
                admin_password="another-pass-1",
                policy=TEST_POLICY,
            )
        assert caught.value.code == "station_exists", leave_only
    assert _snapshot(closed_station.root) == before


def test_station_exists_even_with_only_one_of_its_files(tmp_path: Path) -> None:
    for name in ("station.db", "keyslots.json", "keyslots.json.bak"):
        paths = StationPaths(tmp_path / name)
        paths.root.mkdir()
        (paths.root / name).write_bytes(b"x")
        with pytest.raises(DomainError, match="station_exists"):
            opening.create_station_files(
                paths, station_code="TS02", admin_login="admin", admin_password="another-pass-1", policy=TEST_POLICY
            )
        assert (paths.root / name).read_bytes() == b"x"


# --- failed logins: growing delay, lockout, unlocking -------------------------------------------------------------


def _fail(paths: StationPaths, login: str, count: int, at: datetime) -> None:
    for _ in range(count):
        auth_events.record(paths.auth_events, login, auth_events.FAILED, at=at)


def test_login_delay_grows_and_is_capped() -> None:
    delays = [opening.login_delay_seconds(n) for n in range(12)]
    assert delays[:3] == [0, 0, 0]
    assert all(later >= earlier for earlier, later in itertools.pairwise(delays))
    assert delays[3] >= 1 and delays[6] > delays[4]
    assert opening.login_delay_seconds(1000) == opening.MAX_LOGIN_DELAY_SECONDS


def test_consecutive_failures_are_slowed_down(closed_station: StationPaths) -> None:
    for expected in (1, 2, 3):
        assert _error(closed_station, password="wrong-guess-0").params["failures"] == expected
    # The next attempt comes too soon: refused before the password is even tried, the right one included.
    error = _error(closed_station)
    assert error.code == "login_delay"
    assert 1 <= error.params["seconds"] <= opening.login_delay_seconds(3) + 1
    assert (
        auth_events.login_state(auth_events.read_all(closed_station.auth_events), ADMIN_LOGIN).consecutive_failures == 3
    )


def test_the_delay_grows_with_more_failures(closed_station: StationPaths) -> None:
    now = datetime.now(UTC)
    _fail(closed_station, ADMIN_LOGIN, 7, now)
    error = _error(closed_station)
    assert error.code == "login_delay"
    assert error.params["seconds"] > opening.login_delay_seconds(3)
    # Once the delay has passed, the right password works and resets the count.
    closed_station.auth_events.unlink()
    _fail(closed_station, ADMIN_LOGIN, 7, now - timedelta(minutes=10))
    _open(closed_station)
    assert (
        auth_events.login_state(auth_events.read_all(closed_station.auth_events), ADMIN_LOGIN).consecutive_failures == 0
    )


def test_failures_of_one_account_do_not_slow_another(closed_station: StationPaths) -> None:
    _fail(closed_station, STAFF_LOGIN, DEFAULT_LOCKOUT_THRESHOLD, datetime.now(UTC))
    _open(closed_station)


def test_lockout_after_the_threshold_even_with_the_right_password(closed_station: StationPaths) -> None:
    long_ago = datetime.now(UTC) - timedelta(hours=2)
    _fail(closed_station, STAFF_LOGIN, DEFAULT_LOCKOUT_THRESHOLD - 1, long_ago)
    error = _error(closed_station, STAFF_LOGIN, "still-wrong-1")
    assert error.code == "wrong_password" and error.params["failures"] == DEFAULT_LOCKOUT_THRESHOLD
    closed_station.auth_events.write_text(
        closed_station.auth_events.read_text("utf-8").replace(datetime.now(UTC).strftime("%Y-%m-%dT"), "2000-01-01T"),
        "utf-8",
    )
    for password in ("still-wrong-2", STAFF_PASSWORD):
        error = _error(closed_station, STAFF_LOGIN, password)
        assert error.code == "account_locked_out"
        assert error.params["failures"] >= DEFAULT_LOCKOUT_THRESHOLD


def _lock_out(paths: StationPaths, login: str) -> None:
    _fail(paths, login, DEFAULT_LOCKOUT_THRESHOLD, datetime.now(UTC) - timedelta(hours=2))
    assert _error(paths, login, STAFF_PASSWORD).code == "account_locked_out"


def test_admin_unlock_clears_a_lockout(admin_ctx: StationContext, staff_account: str) -> None:
    paths = admin_ctx.store.paths
    _lock_out(paths, STAFF_LOGIN)
    info = {a.login: a for a in accounts.list_accounts(admin_ctx)}[STAFF_LOGIN]
    assert info.locked_out and info.failed_logins == DEFAULT_LOCKOUT_THRESHOLD
    accounts.unlock_account(admin_ctx, staff_account)
    assert not {a.login: a for a in accounts.list_accounts(admin_ctx)}[STAFF_LOGIN].locked_out
    assert _open(paths, STAFF_LOGIN, STAFF_PASSWORD).slot.login == STAFF_LOGIN


def test_admin_password_reset_clears_a_lockout(admin_ctx: StationContext, staff_account: str) -> None:
    paths = admin_ctx.store.paths
    _lock_out(paths, STAFF_LOGIN)
    accounts.reset_password(admin_ctx, staff_account, "temporary-pass-5")
    assert _error(paths, STAFF_LOGIN, STAFF_PASSWORD).code == "wrong_password"
    ctx = sessions.unlock(paths, STAFF_LOGIN, "temporary-pass-5", TEST_POLICY)
    assert ctx.must_change_password
    ctx.close()


def test_the_recovery_code_unlocks_a_locked_out_admin(new_station: tuple[StationContext, str]) -> None:
    admin_ctx, recovery_code = new_station
    paths = admin_ctx.store.paths
    admin_ctx.close()
    _fail(paths, ADMIN_LOGIN, DEFAULT_LOCKOUT_THRESHOLD, datetime.now(UTC) - timedelta(hours=2))
    assert _error(paths).code == "account_locked_out"
    recovery_ctx = sessions.unlock_with_recovery_code(paths, recovery_code.lower().replace("-", " "), TEST_POLICY)
    admin_id = {a.login: a.id for a in accounts.list_accounts(recovery_ctx)}[ADMIN_LOGIN]
    accounts.unlock_account(recovery_ctx, admin_id)
    recovery_ctx.close()
    assert _open(paths).slot.login == ADMIN_LOGIN


def test_a_wrong_recovery_code_is_refused(closed_station: StationPaths) -> None:
    with pytest.raises(DomainError) as caught:
        opening.open_with_recovery_code(closed_station, "0000-0000-0000-0000-0000-0000-0000", TEST_POLICY)
    assert caught.value.code == "wrong_password"
    with pytest.raises(DomainError, match="recovery_code_malformed"):
        opening.open_with_recovery_code(closed_station, "1234", TEST_POLICY)


def test_a_disabled_account_cannot_unlock(admin_ctx: StationContext, staff_account: str) -> None:
    paths = admin_ctx.store.paths
    accounts.disable_account(admin_ctx, staff_account)
    assert read_slot_file(paths).account_slot(STAFF_LOGIN) is None
    assert read_slot_file(paths, copy=True).account_slot(STAFF_LOGIN) is None
    assert _error(paths, STAFF_LOGIN, STAFF_PASSWORD).code == "unknown_account"
    # Nor can an admin's unlock bring it back: the slot is gone, not merely flagged.
    accounts.unlock_account(admin_ctx, staff_account)
    assert _error(paths, STAFF_LOGIN, STAFF_PASSWORD).code == "unknown_account"


def _missing_records(paths: StationPaths) -> list[dict]:
    from tests.support import audit_rows

    ctx = sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    try:
        return [json.loads(detail) for _, _, action, _, detail in audit_rows(ctx) if action == "login_records_missing"]
    finally:
        ctx.close()


@pytest.mark.parametrize("tamper", ["delete", "rewrite"])
def test_failed_login_records_gone_missing_are_noticed_at_the_next_sign_in(
    closed_station: StationPaths, tamper: str
) -> None:
    """Deleting (or rewriting) auth-events.jsonl lifts a lockout; the next sign-in says so in the audit log."""
    _lock_out(closed_station, STAFF_LOGIN)
    assert _missing_records(closed_station) == []  # the lockout's failures are now imported
    if tamper == "delete":
        closed_station.auth_events.unlink()
    else:  # as many lines as before, none of them a failure of the locked account
        lines = closed_station.auth_events.read_text("utf-8").splitlines()
        closed_station.auth_events.write_text(
            "".join(line.replace(STAFF_LOGIN, "nobody") + "\n" for line in lines), "utf-8"
        )
    assert _open(closed_station, STAFF_LOGIN, STAFF_PASSWORD).slot.login == STAFF_LOGIN  # the lockout is gone
    [missing] = _missing_records(closed_station)
    assert missing["imported"] >= DEFAULT_LOCKOUT_THRESHOLD
    assert _missing_records(closed_station) == [missing]  # said once, not at every sign-in after


def test_failed_logins_move_into_the_audit_chain_at_the_next_unlock(closed_station: StationPaths) -> None:
    _error(closed_station, STAFF_LOGIN, "wrong-guess-1")
    _error(closed_station, "nobody", "wrong-guess-2")
    ctx = sessions.unlock(closed_station, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    try:
        from tests.support import audit_rows

        failed = [
            (login, action, outcome) for _, login, action, outcome, _ in audit_rows(ctx) if action == "login_failed"
        ]
        assert failed == [(STAFF_LOGIN, "login_failed", "failed"), ("nobody", "login_failed", "failed")]
    finally:
        ctx.close()
    # Imported once only.
    ctx = sessions.unlock(closed_station, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    try:
        from tests.support import audit_rows

        assert sum(1 for row in audit_rows(ctx) if row[2] == "login_failed") == 2
    finally:
        ctx.close()


def test_stale_lock_file_does_not_block(closed_station: StationPaths) -> None:
    from rehabdesk.storage.instance_lock import InstanceLock

    closed_station.lock_file.write_text('{"holder": "crashed", "pid": 999999}')
    with InstanceLock(closed_station.lock_file, "test"):
        with pytest.raises(DomainError) as caught, InstanceLock(closed_station.lock_file, "second"):
            pass
        assert caught.value.code == "station_in_use" and caught.value.params["holder"] == "test"
    with InstanceLock(closed_station.lock_file, "again"):
        pass
    assert os.path.exists(closed_station.lock_file)


def test_every_connection_bounds_the_page_caches_together(admin_ctx) -> None:
    """128 MiB of decrypted pages per connection, and SQLite's process-wide soft heap limit over all of them."""
    from rehabdesk.storage.engine import SOFT_HEAP_LIMIT_BYTES

    with admin_ctx.store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -131072
        assert connection.exec_driver_sql("PRAGMA soft_heap_limit").scalar() == SOFT_HEAP_LIMIT_BYTES == 256 << 20
