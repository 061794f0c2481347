"""Creating a county: key slots and an encrypted database (the station's machinery on the county's schema), the
first admin account, and the county's own keys made inside the database."""

from __future__ import annotations

import os
from dataclasses import dataclass

from rehabdesk.county.domain.figures import check_division
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.services.keys import county_fingerprint
from rehabdesk.county.storage import county, server_schema
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.domain.passwords import check_password
from rehabdesk.domain.roles import Actor, Role
from rehabdesk.domain.station import check_login
from rehabdesk.domain.text import clean_line
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.storage.opening import create_station_files, remove_partial_station
from rehabdesk.sync import age
from rehabdesk.sync.minisign import SecretKey

PSEUDONYM_KEY_BYTES = 32


@dataclass(frozen=True)
class NewCounty:
    ctx: CountyContext
    recovery_code: str
    fingerprint: str


def create_county(
    paths: CountyPaths, *, name: str, division: str, admin_login: str, admin_password: str, policy: KeyPolicy
) -> NewCounty:
    name = clean_line(name, "name", 100, required=True)
    division = check_division(division)
    login = check_login(admin_login)
    check_password(admin_password, login)
    # On a server, tables made by a failed init would make the next one refuse the database as "not empty": what
    # this init made is dropped again, never what it found (a database that already held a county is refused).
    fresh_server = paths.database_url is not None and not server_schema.holds_schema(paths.database_url)
    try:
        created = create_station_files(
            paths, station_code=division, admin_login=login, admin_password=admin_password, policy=policy
        )
    except BaseException:
        _drop_if_made(paths, fresh_server)
        raise
    actor = Actor(created.admin_account_id, login, frozenset({Role.ADMIN}))
    store = created.store
    try:
        identity = age.Identity.generate()
        signing = SecretKey.generate()
        with store.unit_of_work(actor) as uow:
            county.add_county(uow.session, store.slot_file.station_id, name, division)
            county.add_account(uow.session, created.admin_account_id, login, "", Role.ADMIN.value)
            county.add_key(uow.session, store.master, county.AGE_IDENTITY, identity.secret, str(identity.recipient))
            county.add_key(uow.session, store.master, county.MINISIGN, signing.to_bytes(), signing.public.base64)
            county.add_key(uow.session, store.master, county.PSEUDONYM, os.urandom(PSEUDONYM_KEY_BYTES), "")
            uow.audit("county_created", entity_type="county", entity_id=store.slot_file.station_id,
                      detail={"division": division})  # fmt: skip
            uow.commit()
    except BaseException:
        store.close()
        remove_partial_station(paths)
        _drop_if_made(paths, fresh_server)
        raise
    ctx = CountyContext(store, actor)
    return NewCounty(ctx, created.recovery_code, county_fingerprint(ctx))


def _drop_if_made(paths: CountyPaths, fresh_server: bool) -> None:
    if not fresh_server or paths.database_url is None:
        return
    try:
        server_schema.drop_county_tables(paths.database_url)
    except Exception:  # the server that failed the init may be gone: its own error is the one to say
        return
