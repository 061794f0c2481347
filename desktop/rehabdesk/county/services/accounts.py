"""Named county accounts with a role (admin or staff), each opening the database through its own key slot (the
station's slot machinery): an admin adds one with a first password the person replaces at first sign-in."""

from __future__ import annotations

from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.domain.roles import COUNTY_ROLES, CountyPermission, require
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import county
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.passwords import check_password
from rehabdesk.domain.roles import Role
from rehabdesk.domain.station import check_login
from rehabdesk.domain.text import clean_line
from rehabdesk.storage.keys import make_slot, rewrap_slot_secret
from rehabdesk.storage.schema.base import new_id


def add_account(ctx: CountyContext, login: str, display_name: str, role: str, password: str) -> str:
    require(ctx.actor, CountyPermission.MANAGE_ACCOUNTS)
    login = check_login(login)
    display_name = clean_line(display_name, "display_name", 50)
    if role not in {item.value for item in COUNTY_ROLES}:
        raise CountyRefused("county_role_invalid", role=role[:20])
    check_password(password, login)
    store = ctx.store
    with store.unit_of_work(ctx.actor) as uow:
        if county.login_taken(uow.session, login):
            raise ValidationError("login_taken", "login")
        account_id = new_id()
        county.add_account(uow.session, account_id, login, display_name, Role(role).value)
        slot = make_slot(
            station_id=store.slot_file.station_id, master=store.master, kind="account", secret=password,
            kdf=store.policy.kdf, account_id=account_id, login=login, must_change_password=True,
        )  # fmt: skip
        store.update_slot_file(uow.session, lambda current: current.with_slot(slot))
        uow.audit("account_create", entity_type="account", entity_id=account_id, detail={"roles": role})
        uow.commit()
    return account_id


def change_own_password(ctx: CountyContext, old_password: str, new_password: str) -> None:
    if ctx.actor.account_id is None:
        raise CountyRefused("county_permission_denied", permission="password")
    check_password(new_password, ctx.actor.login)
    if new_password == old_password:
        raise ValidationError("password_unchanged", "password")
    store = ctx.store
    with store.unit_of_work(ctx.actor) as uow:
        current = store.current_slot_file(uow.session)
        slot = current.account_slot(ctx.actor.login)
        if slot is None:
            raise CountyRefused("county_permission_denied", permission="password")
        rewrapped = rewrap_slot_secret(current.station_id, slot, old_password, new_password, store.policy)
        store.update_slot_file(uow.session, lambda latest: latest.with_slot(rewrapped))
        uow.audit("password_change", entity_type="account", entity_id=ctx.actor.account_id)
        uow.commit()
    ctx.must_change_password = False
