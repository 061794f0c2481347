"""The county's two roles and what they may do. Enforced in the county's services.

The station's ``Actor`` and role names (admin, staff) are reused, so the audit chain and the unit of work are the
station's own; the permissions are the county's."""

from __future__ import annotations

from enum import StrEnum

from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.domain.roles import Actor, Role


class CountyPermission(StrEnum):
    IMPORT_BUNDLES = "import_bundles"
    VIEW_REGISTRY = "view_registry"
    REQUEST_REGISTRATION = "request_registration"  # store a station's request as pending
    DECIDE_REGISTRATION = "decide_registration"  # approve or revoke a device: a trust decision
    EDIT_FIGURES = "edit_figures"
    VIEW_RECORDS = "view_records"
    MANAGE_KEYS = "manage_keys"  # the enrolment file carries the secret pseudonym key
    BACKUP_RESTORE = "backup_restore"
    MANAGE_ACCOUNTS = "manage_accounts"


COUNTY_ROLES = (Role.ADMIN, Role.STAFF)
_STAFF = frozenset(
    {
        CountyPermission.IMPORT_BUNDLES,
        CountyPermission.VIEW_REGISTRY,
        CountyPermission.REQUEST_REGISTRATION,
        CountyPermission.EDIT_FIGURES,
        CountyPermission.VIEW_RECORDS,
    }
)
PERMISSIONS: dict[Role, frozenset[CountyPermission]] = {Role.STAFF: _STAFF, Role.ADMIN: frozenset(CountyPermission)}


def county_may(actor: Actor, permission: CountyPermission) -> bool:
    return any(permission in PERMISSIONS.get(role, frozenset()) for role in actor.roles)


def require(actor: Actor, permission: CountyPermission) -> None:
    if not county_may(actor, permission):
        raise CountyRefused("county_permission_denied", permission=permission.value)
