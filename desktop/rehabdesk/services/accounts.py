"""Accounts and their key slots. Each operation writes the slot file first, then commits the database with the
new slot-file generation, so a crash in between leaves a slot file that is newer, never older, than the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from rehabdesk.domain import clock, passwords, station
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.roles import Permission, Role, format_roles, parse_roles
from rehabdesk.domain.text import clean_line
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage import auth_events
from rehabdesk.storage.keys import Slot, SlotFile, make_slot, normalise_recovery_code, open_slot, rewrap_slot_secret
from rehabdesk.storage.repositories import accounts
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.schema import Account
from rehabdesk.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AccountInfo:
    id: str
    login: str
    display_name: str
    roles: frozenset[Role]
    disabled: bool
    must_change_password: bool
    locked_out: bool
    failed_logins: int
    last_login_at: datetime | None
    staff_id: str | None = None  # the staff member the account belongs to
    staff_name: str = ""


def _save_slots(ctx: StationContext, uow: UnitOfWork, change: Callable[[SlotFile], SlotFile]) -> None:
    ctx.store.update_slot_file(uow.session, change)


def _first_password_slot(ctx: StationContext, account: Account, password: str) -> Slot:
    """A slot under a password an admin chose; the person must replace it at their next login."""
    return make_slot(
        station_id=ctx.store.slot_file.station_id,
        master=ctx.store.master,
        kind="account",
        secret=password,
        kdf=ctx.store.policy.kdf,
        account_id=account.id,
        login=account.login,
        must_change_password=True,
    )


def _account(uow: UnitOfWork, account_id: str) -> Account:
    account = accounts.by_id(uow.session, account_id)
    if account is None or account.deleted_at is not None:
        raise DomainError("account_not_found")
    return account


def _check_roles(roles: frozenset[Role]) -> None:
    if not roles:
        raise ValidationError("roles_required", "roles")


def _active_admins(uow: UnitOfWork) -> list[Account]:
    return [a for a in accounts.all_accounts(uow.session) if not a.disabled and Role.ADMIN in parse_roles(a.roles)]


@service(Permission.MANAGE_ACCOUNTS, mutating=False)
def list_accounts(ctx: StationContext) -> list[AccountInfo]:
    events = auth_events.read_all(ctx.store.paths.auth_events)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        threshold = ctx.store.current_slot_file(uow.session).lockout_threshold
        names = {member.id: member.name for member in staff_repository.all_staff(uow.session)}
        result = []
        for account in accounts.all_accounts(uow.session):
            state = auth_events.login_state(events, account.login)
            result.append(
                AccountInfo(
                    id=account.id,
                    login=account.login,
                    display_name=account.display_name,
                    roles=parse_roles(account.roles),
                    disabled=account.disabled,
                    must_change_password=account.must_change_password,
                    locked_out=state.consecutive_failures >= threshold,
                    failed_logins=state.consecutive_failures,
                    last_login_at=account.last_login_at,
                    staff_id=account.staff_id,
                    staff_name=names.get(account.staff_id, "") if account.staff_id else "",
                )
            )
        return result


@service(Permission.MANAGE_ACCOUNTS, mutating=True)
def create_account(
    ctx: StationContext,
    login: str,
    display_name: str,
    roles: frozenset[Role],
    password: str,
    *,
    staff_id: str | None = None,
) -> str:
    """New account with a first password the person must change at their first login, belonging to the staff
    member ``staff_id`` when given."""
    login = station.check_login(login)
    display_name = clean_line(display_name, "display_name", 50, required=True)
    _check_roles(roles)
    passwords.check_password(password, login)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        if accounts.by_login(uow.session, login) is not None:
            raise ValidationError("login_taken", "login")
        if staff_id is not None and staff_repository.by_id(uow.session, staff_id) is None:
            raise DomainError("staff_not_found")
        account = Account(
            login=login,
            display_name=display_name,
            roles=format_roles(roles),
            must_change_password=True,
            staff_id=staff_id,
        )
        uow.session.add(account)
        uow.session.flush()
        slot = _first_password_slot(ctx, account, password)
        _save_slots(ctx, uow, lambda current: current.with_slot(slot))
        uow.audit("account_create", entity_type="account", entity_id=account.id, detail={"roles": account.roles})
        uow.commit()
        return account.id


@service(None, mutating=True)
def change_own_password(ctx: StationContext, old_password: str, new_password: str) -> None:
    if ctx.actor.account_id is None:
        raise DomainError("recovery_has_no_password")
    passwords.check_password(new_password, ctx.actor.login)
    if new_password == old_password:
        raise ValidationError("password_unchanged", "password")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        account = _account(uow, ctx.actor.account_id)
        # The slot as it stands now: an admin may have disabled this account or reset its password since login.
        current = ctx.store.current_slot_file(uow.session)
        slot = current.account_slot(ctx.actor.login)
        if account.disabled or slot is None or slot.account_id != account.id:
            raise DomainError("account_disabled")
        new_slot = rewrap_slot_secret(current.station_id, slot, old_password, new_password, ctx.store.policy)
        account.must_change_password = False
        _save_slots(ctx, uow, lambda latest: latest.with_slot(new_slot))
        uow.audit("password_change", entity_type="account", entity_id=account.id)
        uow.commit()
    ctx.must_change_password = False


@service(Permission.MANAGE_ACCOUNTS, mutating=True)
def reset_password(ctx: StationContext, account_id: str, temporary_password: str) -> None:
    """Admin reset: a new slot under a temporary password, to be changed at the next login; clears a lockout."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        account = _account(uow, account_id)
        passwords.check_password(temporary_password, account.login)
        slot = _first_password_slot(ctx, account, temporary_password)
        account.must_change_password = True
        account.disabled = False
        _save_slots(ctx, uow, lambda current: current.with_slot(slot))
        uow.audit("password_reset", entity_type="account", entity_id=account.id)
        uow.commit()
        auth_events.record(ctx.store.paths.auth_events, account.login, auth_events.RESET)


@service(Permission.MANAGE_ACCOUNTS, mutating=True)
def disable_account(ctx: StationContext, account_id: str) -> None:
    """Removes the account's key slot: a disabled account can no longer unwrap the key, whatever it knows."""
    if account_id == ctx.actor.account_id:
        raise DomainError("cannot_disable_self")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        account = _account(uow, account_id)
        if Role.ADMIN in parse_roles(account.roles) and len(_active_admins(uow)) <= 1:
            raise DomainError("last_admin")
        account.disabled = True
        _save_slots(ctx, uow, lambda current: current.without_account(account.id))
        uow.audit("account_disable", entity_type="account", entity_id=account.id)
        uow.commit()


@service(Permission.MANAGE_ACCOUNTS, mutating=True)
def set_roles(ctx: StationContext, account_id: str, roles: frozenset[Role]) -> None:
    _check_roles(roles)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        account = _account(uow, account_id)
        was_admin = Role.ADMIN in parse_roles(account.roles)
        if was_admin and Role.ADMIN not in roles and len(_active_admins(uow)) <= 1:
            raise DomainError("last_admin")
        account.roles = format_roles(roles)
        uow.audit("account_update", entity_type="account", entity_id=account.id, detail={"roles": account.roles})
        uow.commit()


@service(Permission.MANAGE_ACCOUNTS, mutating=True)
def link_staff(ctx: StationContext, account_id: str, staff_id: str | None) -> None:
    """The staff member an account belongs to (None: no one), so services and "my clients" are the person's own.
    Linking to someone who has left is refused: their accounts were closed when they left."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        account = _account(uow, account_id)
        number = ""
        if staff_id is not None:
            member = staff_repository.by_id(uow.session, staff_id)
            if member is None:
                raise DomainError("staff_not_found")
            if member.end_date is not None and member.end_date < clock.today():
                raise DomainError("staff_has_left", name=member.name)
            number = member.staff_number
        account.staff_id = staff_id
        # The staff number, not the row id, so the audit viewer names the person.
        uow.audit("account_staff_link", entity_type="account", entity_id=account.id, detail={"staff_number": number})
        uow.commit()


@service(Permission.MANAGE_ACCOUNTS, mutating=True)
def unlock_account(ctx: StationContext, account_id: str) -> None:
    """Clear a lockout after too many failed logins."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        account = _account(uow, account_id)
        uow.audit("account_unlock", entity_type="account", entity_id=account.id)
        uow.commit()
    auth_events.record(ctx.store.paths.auth_events, account.login, auth_events.RESET)


def verify_own_secret(ctx: StationContext, secret: str) -> None:
    """Re-authentication before sensitive admin work: the actor's password, or the recovery code."""
    slot_file = ctx.store.slot_file
    if ctx.actor.account_id is None:
        slot, secret = slot_file.recovery_slot(), normalise_recovery_code(secret)
    else:
        slot = slot_file.account_slot(ctx.actor.login)
    if slot is None:
        raise DomainError("account_disabled")
    open_slot(slot_file.station_id, slot, secret, ctx.store.policy)
