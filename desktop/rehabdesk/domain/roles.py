"""Roles and what they allow. Enforced in services, not only by hiding buttons."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    STAFF = "staff"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class Permission(StrEnum):
    VIEW_RECORDS = "view_records"
    RECORD_SERVICES = "record_services"
    PRINT_DOCUMENTS = "print_documents"
    CLOSE_CASES = "close_cases"
    APPROVE_PLANS = "approve_plans"
    EXPORT_BUNDLES = "export_bundles"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"
    BACKUP_RESTORE = "backup_restore"
    ROTATE_KEYS = "rotate_keys"
    VIEW_AUDIT = "view_audit"
    MANAGE_TRAINING = "manage_training"  # staff training records, emergency plans and drills
    MANAGE_SYNC = "manage_sync"  # enrolment with the county, re-enrolment, device keys and their revocation


_STAFF = {Permission.VIEW_RECORDS, Permission.RECORD_SERVICES}
_COORDINATOR = _STAFF | {
    Permission.PRINT_DOCUMENTS,
    Permission.CLOSE_CASES,
    Permission.APPROVE_PLANS,
    Permission.EXPORT_BUNDLES,
    Permission.MANAGE_TRAINING,
}
# Admin is separate from case work: an IT-minded admin does not read case files by virtue of the role.
_ADMIN = {
    Permission.MANAGE_ACCOUNTS,
    Permission.MANAGE_SETTINGS,
    Permission.BACKUP_RESTORE,
    Permission.ROTATE_KEYS,
    Permission.VIEW_AUDIT,
    Permission.MANAGE_TRAINING,
    Permission.MANAGE_SYNC,
}

PERMISSIONS_BY_ROLE: dict[Role, frozenset[Permission]] = {
    Role.STAFF: frozenset(_STAFF),
    Role.COORDINATOR: frozenset(_COORDINATOR),
    Role.ADMIN: frozenset(_ADMIN),
}


def permissions_for(roles: frozenset[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= PERMISSIONS_BY_ROLE[role]
    return frozenset(granted)


def parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(part) for part in text.split(",") if part)


def format_roles(roles: frozenset[Role]) -> str:
    return ",".join(sorted(role.value for role in roles))


@dataclass(frozen=True)
class Actor:
    """Who is acting: an account, or the recovery code (which may only do admin work)."""

    account_id: str | None
    login: str
    roles: frozenset[Role]

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_for(self.roles)

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions


RECOVERY_LOGIN = "recovery-code"


def recovery_actor() -> Actor:
    return Actor(account_id=None, login=RECOVERY_LOGIN, roles=frozenset({Role.ADMIN}))
