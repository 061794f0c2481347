"""Signing in to the county: the station's key slots and lockout (rehabdesk.storage.opening) on the county's
files, then the county's own account table."""

from __future__ import annotations

from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import county
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Actor, parse_roles
from rehabdesk.domain.station import LOGIN_MAX_LENGTH
from rehabdesk.storage import opening
from rehabdesk.storage.keys import KeyPolicy


def unlock(paths: CountyPaths, login: str, password: str, policy: KeyPolicy) -> CountyContext:
    login = login.strip().lower()
    if not login:
        raise DomainError("login_required")
    if len(login) > LOGIN_MAX_LENGTH:
        raise DomainError("unknown_account")
    if not paths.is_station():
        raise CountyRefused("county_missing")
    opened = opening.open_with_password(paths, login, password, policy)
    store = opened.store
    try:
        with store.unit_of_work(None) as uow:
            account = county.account_by_login(uow.session, login)
            if account is None or account.disabled:
                raise DomainError("account_disabled")
            actor = Actor(account.id, account.login, parse_roles(account.roles))
            uow.actor = actor
            county.note_login(uow.session, account.id, clock.now())
            uow.audit("login", entity_type="account", entity_id=account.id)
            uow.commit()
    except BaseException:
        store.close()
        raise
    return CountyContext(store, actor, must_change_password=opened.slot.must_change_password)


def log_out(ctx: CountyContext) -> None:
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("logout")
        uow.commit()
    ctx.close()
