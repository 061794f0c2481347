"""Roles: staff ⊂ coordinator; admin is separate and may be combined with coordinator."""

from __future__ import annotations

import pytest

from rehabdesk.domain.roles import (
    PERMISSIONS_BY_ROLE,
    RECOVERY_LOGIN,
    Actor,
    Permission,
    Role,
    format_roles,
    parse_roles,
    permissions_for,
    recovery_actor,
)

CASE_WORK = {
    Permission.VIEW_RECORDS,
    Permission.RECORD_SERVICES,
    Permission.PRINT_DOCUMENTS,
    Permission.CLOSE_CASES,
    Permission.APPROVE_PLANS,
    Permission.EXPORT_BUNDLES,
}
# Station management both coordinators and admins do (issue 6): staff training, emergency plans and drills.
SHARED = {Permission.MANAGE_TRAINING}
ADMIN_WORK = {
    Permission.MANAGE_ACCOUNTS,
    Permission.MANAGE_SETTINGS,
    Permission.BACKUP_RESTORE,
    Permission.ROTATE_KEYS,
    Permission.VIEW_AUDIT,
    Permission.MANAGE_SYNC,
    *SHARED,
}


def test_staff_is_a_strict_subset_of_coordinator() -> None:
    staff = PERMISSIONS_BY_ROLE[Role.STAFF]
    coordinator = PERMISSIONS_BY_ROLE[Role.COORDINATOR]
    assert staff < coordinator
    assert staff == {Permission.VIEW_RECORDS, Permission.RECORD_SERVICES}
    assert coordinator - staff == {
        Permission.PRINT_DOCUMENTS,
        Permission.CLOSE_CASES,
        Permission.APPROVE_PLANS,
        Permission.EXPORT_BUNDLES,
        *SHARED,
    }


def test_admin_is_separate_from_case_work() -> None:
    admin = PERMISSIONS_BY_ROLE[Role.ADMIN]
    assert admin == ADMIN_WORK
    assert admin & PERMISSIONS_BY_ROLE[Role.COORDINATOR] == SHARED
    assert not admin & PERMISSIONS_BY_ROLE[Role.STAFF]


def test_every_permission_belongs_to_some_role() -> None:
    assert set().union(*PERMISSIONS_BY_ROLE.values()) == set(Permission)


def test_roles_combine() -> None:
    both = permissions_for(frozenset({Role.ADMIN, Role.COORDINATOR}))
    assert both == CASE_WORK | ADMIN_WORK | SHARED
    assert permissions_for(frozenset()) == frozenset()


@pytest.mark.parametrize(
    ("roles", "allowed", "refused"),
    [
        ({Role.STAFF}, Permission.RECORD_SERVICES, Permission.PRINT_DOCUMENTS),
        ({Role.COORDINATOR}, Permission.CLOSE_CASES, Permission.MANAGE_ACCOUNTS),
        ({Role.ADMIN}, Permission.ROTATE_KEYS, Permission.VIEW_RECORDS),
    ],
)
def test_actor_may(roles: set[Role], allowed: Permission, refused: Permission) -> None:
    actor = Actor("id", "someone", frozenset(roles))
    assert actor.may(allowed)
    assert not actor.may(refused)


def test_roles_round_trip_through_text() -> None:
    roles = frozenset({Role.COORDINATOR, Role.ADMIN})
    assert format_roles(roles) == "admin,coordinator"
    assert parse_roles(format_roles(roles)) == roles
    assert parse_roles("") == frozenset()
    with pytest.raises(ValueError):
        parse_roles("superuser")


def test_the_recovery_code_acts_as_an_admin_without_an_account() -> None:
    actor = recovery_actor()
    assert actor.account_id is None
    assert actor.login == RECOVERY_LOGIN
    assert actor.permissions == ADMIN_WORK
    assert not actor.may(Permission.VIEW_RECORDS)
