"""Logging in, locking and unlocking: the only way to obtain a StationContext for an account."""

from __future__ import annotations

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Actor, parse_roles, recovery_actor
from rehabdesk.domain.station import LOGIN_MAX_LENGTH
from rehabdesk.services.context import StationContext
from rehabdesk.storage import auth_events, opening
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.repositories import accounts
from rehabdesk.storage.store import META_AUTH_EVENTS_DIGEST, META_AUTH_EVENTS_IMPORTED, read_meta, write_meta
from rehabdesk.storage.unit_of_work import UnitOfWork

_AUDITED_AUTH_EVENTS = {auth_events.FAILED: "login_failed"}


def _import_auth_events(uow: UnitOfWork, paths: StationPaths) -> None:
    """Move failed logins recorded in the side file into the audit chain, and notice records gone missing.

    The side file is written before any key is known, so nothing can stop someone with access to the station
    folder from deleting or rewriting it, which lifts a lockout and hides failed guesses. What they cannot do is
    change what the encrypted database remembers: how many complete lines were imported and a hash of them. A
    file shorter than that, or whose imported lines hash differently, is recorded in the audit log at the next
    sign-in (once), and whatever the file then holds is imported as new. Lines added after the last import and
    removed before the next are beyond reach (never seen); so are guesses made offline against a copied slot
    file, which only Argon2id bounds."""
    lines = auth_events.complete_lines(paths.auth_events)
    imported = int(read_meta(uow.session, META_AUTH_EVENTS_IMPORTED) or "0")
    recorded = read_meta(uow.session, META_AUTH_EVENTS_DIGEST)  # None: a station from before the digest was kept
    if recorded is not None and (len(lines) < imported or auth_events.digest(lines[:imported]) != recorded):
        uow.audit("login_records_missing", outcome="failed", detail={"imported": imported, "found": len(lines)})
        imported = 0
    for line in lines[imported:]:
        event = auth_events.parse(line)
        action = _AUDITED_AUTH_EVENTS.get(event.event) if event else None
        if event and action:
            uow.audit(action, outcome="failed", login=event.login, detail={"at": event.at.isoformat()})
    write_meta(uow.session, META_AUTH_EVENTS_IMPORTED, str(len(lines)))
    write_meta(uow.session, META_AUTH_EVENTS_DIGEST, auth_events.digest(lines))


def unlock(
    paths: StationPaths, login: str, password: str, policy: KeyPolicy, *, resuming: bool = False
) -> StationContext:
    """Open the station as ``login``. ``resuming`` marks unlocking after an idle lock rather than a new login."""
    login = login.strip().lower()
    if not login:
        raise DomainError("login_required")
    if len(login) > LOGIN_MAX_LENGTH:
        # No account has a longer name; refused before any slot is tried, recorded (clipped) as a failed attempt.
        auth_events.record(paths.auth_events, login, auth_events.FAILED)
        raise DomainError("unknown_account")
    opened = opening.open_with_password(paths, login, password, policy)
    store = opened.store
    try:
        with store.unit_of_work(None) as uow:
            account = accounts.by_login(uow.session, login)
            if account is None or account.disabled or account.deleted_at is not None:
                raise DomainError("account_disabled")
            actor = Actor(account.id, account.login, parse_roles(account.roles))
            uow.actor = actor
            _import_auth_events(uow, paths)
            account.last_login_at = clock.now()
            uow.audit("unlock" if resuming else "login", entity_type="account", entity_id=account.id)
            must_change = account.must_change_password or opened.slot.must_change_password
            uow.commit()
    except BaseException:
        store.close()
        raise
    return StationContext(store, actor, must_change_password=must_change)


def unlock_with_recovery_code(paths: StationPaths, code: str, policy: KeyPolicy) -> StationContext:
    """The recovery code opens the station for admin work only: resetting passwords, unlocking accounts."""
    opened = opening.open_with_recovery_code(paths, code, policy)
    actor = recovery_actor()
    try:
        with opened.store.unit_of_work(actor) as uow:
            _import_auth_events(uow, paths)
            uow.audit("recovery_unlock")
            uow.commit()
    except BaseException:
        opened.store.close()
        raise
    return StationContext(opened.store, actor)


def lock(ctx: StationContext, *, reason: str) -> None:
    """Record the lock and close the database; the key is gone from the store until someone unlocks again, and the
    facts kept between reports are dropped."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("lock", detail={"reason": reason})
        uow.commit()
    _forget_held_facts()
    ctx.close()


def _forget_held_facts() -> None:
    # Imported here: signing in need not load the indicators.
    from rehabdesk.services.indicators import forget_held_facts

    forget_held_facts()


def log_out(ctx: StationContext) -> None:
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("logout")
        uow.commit()
    _forget_held_facts()
    ctx.close()
