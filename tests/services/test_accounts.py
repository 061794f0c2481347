"""Accounts as key-slot operations: create, change own password, admin reset, disable, roles, last admin."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, sessions
from rehabdesk.services.context import StationContext
from rehabdesk.storage.paths import StationPaths
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY
from tests.support import audit_rows, query, read_slot_file


def _unlock(paths: StationPaths, login: str, password: str) -> StationContext:
    return sessions.unlock(paths, login, password, TEST_POLICY)


def _refused(paths: StationPaths, login: str, password: str) -> str:
    with pytest.raises(DomainError) as caught:
        _unlock(paths, login, password).close()
    return caught.value.code


def _generation(ctx: StationContext) -> tuple[int, int, int]:
    """Slot file, its copy, and the generation the database expects."""
    paths = ctx.store.paths
    (database,) = query(paths, ctx.store.master, "SELECT value FROM store_meta WHERE key = 'slot_generation'")[0]
    return read_slot_file(paths).generation, read_slot_file(paths, copy=True).generation, int(database)


def test_create_account_adds_a_slot_and_forces_a_password_change(admin_ctx: StationContext) -> None:
    before = _generation(admin_ctx)
    account_id = accounts.create_account(admin_ctx, " LiXia ", "李霞", frozenset({Role.COORDINATOR}), "first-pass-1")
    after = _generation(admin_ctx)
    assert after[0] == after[1] == after[2] == before[0] + 1
    slot = read_slot_file(admin_ctx.store.paths).account_slot("lixia")
    assert slot is not None and slot.account_id == account_id and slot.must_change_password
    ctx = _unlock(admin_ctx.store.paths, "lixia", "first-pass-1")
    try:
        assert ctx.must_change_password
        assert ctx.actor.roles == frozenset({Role.COORDINATOR})
    finally:
        ctx.close()
    info = {a.login: a for a in accounts.list_accounts(admin_ctx)}["lixia"]
    assert info.display_name == "李霞" and info.must_change_password and not info.disabled


@pytest.mark.parametrize(
    ("login", "name", "roles", "password", "code"),
    [
        ("Li Xia", "李霞", {Role.STAFF}, "first-pass-1", "login_invalid"),
        ("lixia", "  ", {Role.STAFF}, "first-pass-1", "required"),
        ("lixia", "李霞", set(), "first-pass-1", "roles_required"),
        ("lixia", "李霞", {Role.STAFF}, "short", "password_too_short"),
        ("lixia", "李霞", {Role.STAFF}, "lixialixia", "password_is_login"),
        ("admin", "另一个", {Role.STAFF}, "first-pass-1", "login_taken"),
    ],
)
def test_create_account_validation(admin_ctx: StationContext, login, name, roles, password, code) -> None:
    before = _generation(admin_ctx)
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(admin_ctx, login, name, frozenset(roles), password)
    assert caught.value.code == code
    assert _generation(admin_ctx) == before  # no slot was written


def test_change_own_password(admin_ctx: StationContext, staff_account: str) -> None:
    paths = admin_ctx.store.paths
    staff = _unlock(paths, STAFF_LOGIN, STAFF_PASSWORD)
    assert staff.must_change_password
    try:
        with pytest.raises(DomainError, match="wrong_password"):
            accounts.change_own_password(staff, "not-my-password", "my-own-pass-1")
        with pytest.raises(ValidationError, match="password_unchanged"):
            accounts.change_own_password(staff, STAFF_PASSWORD, STAFF_PASSWORD)
        with pytest.raises(ValidationError, match="password_too_common"):
            accounts.change_own_password(staff, STAFF_PASSWORD, "password1")
        accounts.change_own_password(staff, STAFF_PASSWORD, "my-own-pass-1")
        assert not staff.must_change_password
    finally:
        staff.close()
    assert _refused(paths, STAFF_LOGIN, STAFF_PASSWORD) == "wrong_password"
    again = _unlock(paths, STAFF_LOGIN, "my-own-pass-1")
    assert not again.must_change_password
    again.close()


def test_slot_changes_made_through_another_open_session_are_not_reverted(
    admin_ctx: StationContext, staff_account: str
) -> None:
    """Two sessions on one station (e.g. a second login in the same process): the admin's later slot operation
    must build on the slot file as the staff member left it, not on its own older copy."""
    paths = admin_ctx.store.paths
    staff = _unlock(paths, STAFF_LOGIN, STAFF_PASSWORD)
    accounts.change_own_password(staff, STAFF_PASSWORD, "my-own-pass-1")
    staff.close()
    accounts.create_account(admin_ctx, "lixia", "李霞", frozenset({Role.STAFF}), "first-pass-1")
    _unlock(paths, STAFF_LOGIN, "my-own-pass-1").close()
    assert _refused(paths, STAFF_LOGIN, STAFF_PASSWORD) == "wrong_password"
    _unlock(paths, "lixia", "first-pass-1").close()


def test_admin_reset_forces_a_change_at_next_login(admin_ctx: StationContext, staff_account: str) -> None:
    paths = admin_ctx.store.paths
    staff = _unlock(paths, STAFF_LOGIN, STAFF_PASSWORD)
    accounts.change_own_password(staff, STAFF_PASSWORD, "my-own-pass-1")
    staff.close()
    accounts.reset_password(admin_ctx, staff_account, "temporary-pass-2")
    assert _refused(paths, STAFF_LOGIN, "my-own-pass-1") == "wrong_password"
    ctx = _unlock(paths, STAFF_LOGIN, "temporary-pass-2")
    try:
        assert ctx.must_change_password
        accounts.change_own_password(ctx, "temporary-pass-2", "my-new-pass-3")
    finally:
        ctx.close()
    assert not _unlock_and_close_flag(paths, STAFF_LOGIN, "my-new-pass-3")


def _unlock_and_close_flag(paths: StationPaths, login: str, password: str) -> bool:
    ctx = _unlock(paths, login, password)
    ctx.close()
    return ctx.must_change_password


def test_reset_password_checks_the_policy(admin_ctx: StationContext, staff_account: str) -> None:
    with pytest.raises(ValidationError, match="password_is_login"):
        accounts.reset_password(admin_ctx, staff_account, STAFF_LOGIN)


def test_disable_removes_the_slot(admin_ctx: StationContext, staff_account: str) -> None:
    paths = admin_ctx.store.paths
    accounts.disable_account(admin_ctx, staff_account)
    assert read_slot_file(paths).account_slot(STAFF_LOGIN) is None
    assert _refused(paths, STAFF_LOGIN, STAFF_PASSWORD) == "unknown_account"
    info = {a.login: a for a in accounts.list_accounts(admin_ctx)}[STAFF_LOGIN]
    assert info.disabled
    # Re-enabling is an admin reset: a new slot under a new temporary password.
    accounts.reset_password(admin_ctx, staff_account, "welcome-back-1")
    assert _unlock_and_close_flag(paths, STAFF_LOGIN, "welcome-back-1")


def test_a_disabled_account_s_open_session_cannot_change_its_password(
    admin_ctx: StationContext, staff_account: str
) -> None:
    staff = _unlock(admin_ctx.store.paths, STAFF_LOGIN, STAFF_PASSWORD)
    try:
        accounts.disable_account(admin_ctx, staff_account)
        with pytest.raises(DomainError) as caught:
            accounts.change_own_password(staff, STAFF_PASSWORD, "sneaky-pass-1")
        assert caught.value.code in ("account_disabled", "wrong_password")
    finally:
        staff.close()
    assert _refused(admin_ctx.store.paths, STAFF_LOGIN, "sneaky-pass-1") == "unknown_account"


def test_cannot_disable_oneself_or_the_last_admin(admin_ctx: StationContext, recovery: StationContext) -> None:
    with pytest.raises(DomainError, match="cannot_disable_self"):
        accounts.disable_account(admin_ctx, admin_ctx.actor.account_id)
    with pytest.raises(DomainError, match="last_admin"):
        accounts.disable_account(recovery, admin_ctx.actor.account_id)
    second = accounts.create_account(admin_ctx, "second", "第二管理员", frozenset({Role.ADMIN}), "second-pass-1")
    accounts.disable_account(admin_ctx, second)
    with pytest.raises(DomainError, match="last_admin"):
        accounts.set_roles(admin_ctx, admin_ctx.actor.account_id, frozenset({Role.COORDINATOR}))


@pytest.fixture
def recovery(new_station: tuple[StationContext, str]) -> Iterator[StationContext]:
    """The station opened with its recovery code (admin work only)."""
    admin_ctx, code = new_station
    ctx = sessions.unlock_with_recovery_code(admin_ctx.store.paths, code, TEST_POLICY)
    yield ctx
    ctx.close()


def test_roles_change_and_last_admin_is_protected(admin_ctx: StationContext, staff_account: str) -> None:
    accounts.set_roles(admin_ctx, staff_account, frozenset({Role.COORDINATOR, Role.ADMIN}))
    ctx = _unlock(admin_ctx.store.paths, STAFF_LOGIN, STAFF_PASSWORD)
    try:
        assert ctx.actor.roles == frozenset({Role.COORDINATOR, Role.ADMIN})
        # Now there are two admins: the first may drop its admin role.
        accounts.set_roles(ctx, admin_ctx.actor.account_id, frozenset({Role.COORDINATOR}))
        with pytest.raises(DomainError, match="last_admin"):
            accounts.set_roles(ctx, ctx.actor.account_id, frozenset({Role.STAFF}))
    finally:
        ctx.close()
    with pytest.raises(ValidationError, match="roles_required"):
        accounts.set_roles(admin_ctx, staff_account, frozenset())


def test_unknown_account_ids(admin_ctx: StationContext) -> None:
    for operation in (
        lambda: accounts.disable_account(admin_ctx, "no-such-id"),
        lambda: accounts.reset_password(admin_ctx, "no-such-id", "temporary-pass-2"),
        lambda: accounts.set_roles(admin_ctx, "no-such-id", frozenset({Role.STAFF})),
        lambda: accounts.unlock_account(admin_ctx, "no-such-id"),
    ):
        with pytest.raises(DomainError, match="account_not_found"):
            operation()


def test_account_operations_are_audited_without_names(admin_ctx: StationContext) -> None:
    account_id = accounts.create_account(admin_ctx, "lixia", "李霞", frozenset({Role.STAFF}), "first-pass-1")
    accounts.set_roles(admin_ctx, account_id, frozenset({Role.COORDINATOR}))
    accounts.reset_password(admin_ctx, account_id, "temporary-pass-2")
    accounts.unlock_account(admin_ctx, account_id)
    accounts.disable_account(admin_ctx, account_id)
    rows = audit_rows(admin_ctx)
    assert [r[2] for r in rows[-5:]] == [
        "account_create",
        "account_update",
        "password_reset",
        "account_unlock",
        "account_disable",
    ]
    assert all(r[1] == ADMIN_LOGIN for r in rows[-5:])
    assert not any("李霞" in r[4] or "temporary" in r[4] for r in rows)


def test_the_recovery_code_cannot_change_a_password(admin_ctx: StationContext, recovery: StationContext) -> None:
    with pytest.raises(DomainError, match="recovery_has_no_password"):
        accounts.change_own_password(recovery, "whatever-1", "whatever-2")
    # … but may reset an admin's password, which is what it is for.
    accounts.reset_password(recovery, admin_ctx.actor.account_id, "rescued-pass-1")
    assert _unlock_and_close_flag(admin_ctx.store.paths, ADMIN_LOGIN, "rescued-pass-1")
    assert _refused(admin_ctx.store.paths, ADMIN_LOGIN, ADMIN_PASSWORD) == "wrong_password"
