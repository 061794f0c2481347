"""Logging in, locking, resuming and logging out; the recovery code; key rotation and recovery-code renewal."""

from __future__ import annotations

import json

import pytest

from rehabdesk.domain.errors import DomainError, PermissionDenied
from rehabdesk.domain.roles import RECOVERY_LOGIN, Role
from rehabdesk.domain.station import LOGIN_MAX_LENGTH
from rehabdesk.services import accounts, checks, keys_admin, sessions, settings
from rehabdesk.services.context import StationContext
from rehabdesk.storage import auth_events
from rehabdesk.storage.keys import normalise_recovery_code
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY
from tests.support import audit_rows, read_slot_file


def _unlock(ctx: StationContext, login: str = ADMIN_LOGIN, password: str = ADMIN_PASSWORD, **kw) -> StationContext:
    return sessions.unlock(ctx.store.paths, login, password, TEST_POLICY, **kw)


def test_unlock_gives_the_account_s_roles_and_is_audited(admin_ctx: StationContext, staff_account: str) -> None:
    ctx = _unlock(admin_ctx, f"  {STAFF_LOGIN.upper()} ", STAFF_PASSWORD)
    try:
        assert ctx.actor.login == STAFF_LOGIN and ctx.actor.account_id == staff_account
        assert ctx.actor.roles == frozenset({Role.STAFF})
        assert ctx.must_change_password
    finally:
        ctx.close()
    last = audit_rows(admin_ctx)[-1]
    assert last[1:4] == (STAFF_LOGIN, "login", "ok")
    info = {a.login: a for a in accounts.list_accounts(admin_ctx)}[STAFF_LOGIN]
    assert info.last_login_at is not None


def test_an_empty_login_is_refused(admin_ctx: StationContext) -> None:
    with pytest.raises(DomainError, match="login_required"):
        _unlock(admin_ctx, "   ")


def test_an_overlong_account_name_is_refused_and_recorded_clipped(admin_ctx: StationContext) -> None:
    """No account can have a longer name than accounts are created with; a 200 000-character name must not land
    in the failed-login file whole, nor may its first characters stand for an account that exists."""
    paths = admin_ctx.store.paths
    for login in ("x" * 200_000, ADMIN_LOGIN + "a" * LOGIN_MAX_LENGTH):
        with pytest.raises(DomainError, match="unknown_account"):
            _unlock(admin_ctx, login, ADMIN_PASSWORD)
    events = auth_events.read_all(paths.auth_events)
    assert [e.event for e in events[-2:]] == [auth_events.FAILED, auth_events.FAILED]
    assert all(len(e.login) <= LOGIN_MAX_LENGTH + 1 for e in events)
    assert paths.auth_events.stat().st_size < 500
    assert auth_events.login_state(events, ADMIN_LOGIN).consecutive_failures == 0


def test_lock_then_resume_is_audited_as_lock_and_unlock(admin_ctx: StationContext) -> None:
    ctx = _unlock(admin_ctx)
    sessions.lock(ctx, reason="idle")
    resumed = _unlock(admin_ctx, resuming=True)
    try:
        rows = audit_rows(resumed)
        assert [r[2] for r in rows[-3:]] == ["login", "lock", "unlock"]
        assert json.loads(rows[-2][4]) == {"reason": "idle"}
    finally:
        sessions.log_out(resumed)
    assert audit_rows(admin_ctx)[-1][2] == "logout"


def test_a_disabled_account_with_a_slot_left_over_cannot_log_in(admin_ctx: StationContext, staff_account: str) -> None:
    """Belt and braces: the database flag alone also refuses the login."""
    with admin_ctx.store.unit_of_work(admin_ctx.actor) as uow:
        from rehabdesk.storage.schema import Account

        uow.session.get(Account, staff_account).disabled = True
        uow.audit("test")
        uow.commit()
    with pytest.raises(DomainError, match="account_disabled"):
        _unlock(admin_ctx, STAFF_LOGIN, STAFF_PASSWORD)


def test_the_recovery_code_opens_for_admin_work_only(new_station: tuple[StationContext, str]) -> None:
    admin_ctx, code = new_station
    ctx = sessions.unlock_with_recovery_code(admin_ctx.store.paths, code, TEST_POLICY)
    try:
        assert ctx.actor.account_id is None and ctx.actor.login == RECOVERY_LOGIN
        assert ctx.actor.roles == frozenset({Role.ADMIN})
        assert audit_rows(ctx)[-1][1:3] == (RECOVERY_LOGIN, "recovery_unlock")
        accounts.list_accounts(ctx)  # admin work is allowed
    finally:
        ctx.close()


def test_recovery_code_regeneration(new_station: tuple[StationContext, str]) -> None:
    admin_ctx, old_code = new_station
    paths = admin_ctx.store.paths
    with pytest.raises(DomainError, match="wrong_password"):
        keys_admin.regenerate_recovery_code(admin_ctx, "not-my-password")
    new_code = keys_admin.regenerate_recovery_code(admin_ctx, ADMIN_PASSWORD)
    assert normalise_recovery_code(new_code) == new_code != old_code
    assert [s.kind for s in read_slot_file(paths).slots].count("recovery") == 1
    with pytest.raises(DomainError, match="wrong_password"):
        sessions.unlock_with_recovery_code(paths, old_code, TEST_POLICY)
    ctx = sessions.unlock_with_recovery_code(paths, new_code, TEST_POLICY)
    try:
        # Re-authentication by recovery code works for the recovery session itself.
        newest = keys_admin.regenerate_recovery_code(ctx, new_code)
    finally:
        ctx.close()
    with pytest.raises(DomainError, match="wrong_password"):
        sessions.unlock_with_recovery_code(paths, new_code, TEST_POLICY)
    sessions.unlock_with_recovery_code(paths, newest, TEST_POLICY).close()
    assert audit_rows(admin_ctx)[-2][2] == "recovery_regenerate"


def test_staff_cannot_regenerate_the_recovery_code(admin_ctx: StationContext, staff_account: str) -> None:
    staff = _unlock(admin_ctx, STAFF_LOGIN, STAFF_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            keys_admin.regenerate_recovery_code(staff, STAFF_PASSWORD)
    finally:
        staff.close()


def test_key_rotation_keeps_passwords_and_retires_the_old_slot_file(
    new_station: tuple[StationContext, str], staff_account: str
) -> None:
    admin_ctx, code = new_station
    paths = admin_ctx.store.paths
    old_slot_file = paths.slot_file.read_bytes()
    old_generation = read_slot_file(paths).generation
    keys_admin.rotate_key(admin_ctx, ADMIN_PASSWORD)
    assert read_slot_file(paths).generation == old_generation + 1
    assert checks.check_station(admin_ctx).ok
    assert audit_rows(admin_ctx)[-2][2] == "key_rotate"
    admin_ctx.close()
    for login, password in ((ADMIN_LOGIN, ADMIN_PASSWORD), (STAFF_LOGIN, STAFF_PASSWORD)):
        ctx = sessions.unlock(paths, login, password, TEST_POLICY)
        assert checks.check_station(ctx).ok
        ctx.close()
    sessions.unlock_with_recovery_code(paths, code, TEST_POLICY).close()

    saved = paths.root.parent / "old-keyslots.json"
    saved.write_bytes(paths.slot_file.read_bytes())
    paths.slot_file.write_bytes(old_slot_file)
    paths.slot_file_copy.write_bytes(old_slot_file)
    with pytest.raises(DomainError) as caught:
        sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    assert caught.value.code in ("database_key_mismatch", "slot_file_stale")
    paths.slot_file.write_bytes(saved.read_bytes())
    sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY).close()


def test_rotation_keeps_passwords_changed_in_another_session(admin_ctx: StationContext, staff_account: str) -> None:
    staff = _unlock(admin_ctx, STAFF_LOGIN, STAFF_PASSWORD)
    accounts.change_own_password(staff, STAFF_PASSWORD, "my-own-pass-1")
    staff.close()
    keys_admin.rotate_key(admin_ctx, ADMIN_PASSWORD)
    _unlock(admin_ctx, STAFF_LOGIN, "my-own-pass-1").close()


def test_a_locked_session_can_no_longer_reach_the_database(admin_ctx: StationContext) -> None:
    sessions.lock(admin_ctx, reason="manual")
    with pytest.raises(DomainError) as refused:
        settings.read_settings(admin_ctx)
    assert refused.value.code == "session_closed"
