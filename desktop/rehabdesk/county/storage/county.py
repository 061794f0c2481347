"""The county itself: its row, its accounts and its private keys (inside the encrypted database)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rehabdesk.county.storage.schema import County, CountyAccount, CountyKey
from rehabdesk.storage.keys import MasterKey, canonical_json

AGE_IDENTITY = "age_identity"
MINISIGN = "minisign"
PSEUDONYM = "pseudonym"
ROTATING = (AGE_IDENTITY, MINISIGN)  # the pseudonym key never rotates: it links a person across stations and time
TLS = "tls"  # the HTTPS endpoint's key and certificate (PEM, key first); its public half is the certificate's SHA-256
_SEAL_PURPOSE = "county-key"


@dataclass(frozen=True)
class CountyRow:
    id: str
    name: str
    division: str
    created_at: datetime


@dataclass(frozen=True)
class AccountRow:
    id: str
    login: str
    roles: str
    disabled: bool


@dataclass(frozen=True)
class KeyRow:
    kind: str
    secret: bytes
    public: str


def add_county(session: Session, county_id: str, name: str, division: str) -> None:
    session.add(County(id=county_id, name=name, division=division))


def county(session: Session) -> CountyRow:
    row = session.scalars(select(County)).one()
    return CountyRow(row.id, row.name, row.division, row.created_at)


def add_account(session: Session, account_id: str, login: str, display_name: str, roles: str) -> None:
    session.add(CountyAccount(id=account_id, login=login, display_name=display_name, roles=roles))


def account_by_login(session: Session, login: str) -> AccountRow | None:
    row = session.scalar(select(CountyAccount).where(CountyAccount.login == login))
    return None if row is None else AccountRow(row.id, row.login, row.roles, row.disabled)


def login_taken(session: Session, login: str) -> bool:
    return session.scalar(select(CountyAccount.id).where(CountyAccount.login == login)) is not None


def note_login(session: Session, account_id: str, at: datetime) -> None:
    row = session.get(CountyAccount, account_id)
    if row is not None:
        row.last_login_at = at


def _sealing(session: Session) -> bool:
    """Inside SQLCipher the keys are kept as they are (the whole file is encrypted); a database server's operator
    can read its rows, so there they are sealed under the master key."""
    return session.get_bind().dialect.name != "sqlite"


def _associated(county_id: str, kind: str, public: str) -> bytes:
    # Binds a sealed key to its county, its kind and its public half: rows swapped on the server do not open.
    return canonical_json([county_id, kind, public])


def add_key(session: Session, master: MasterKey, kind: str, secret: bytes, public: str, *, generation: int = 1) -> None:
    if _sealing(session):
        secret = master.seal(_SEAL_PURPOSE, secret, _associated(county(session).id, kind, public))
    session.add(CountyKey(kind=kind, secret=secret, public=public, generation=generation))


def _opened(session: Session, master: MasterKey, rows: Iterable[CountyKey]) -> dict[str, KeyRow]:
    sealing, county_id = _sealing(session), None
    keys = {}
    for row in rows:
        secret = row.secret
        if sealing:
            county_id = county_id or county(session).id
            secret = master.unseal(_SEAL_PURPOSE, secret, _associated(county_id, row.kind, row.public))
        keys[row.kind] = KeyRow(row.kind, secret, row.public)
    return keys


def active_keys(session: Session, master: MasterKey) -> dict[str, KeyRow]:
    """The current key of each kind (the newest not retired), opened."""
    rows = session.scalars(
        select(CountyKey).where(CountyKey.retired_at.is_(None)).order_by(CountyKey.created_at, CountyKey.id)
    )
    return _opened(session, master, rows)


@dataclass(frozen=True)
class Generation:
    number: int
    age_recipient: str  # the age identity's public half (``age1…``), which bundles name by its key id
    retired_at: datetime | None


def generations(session: Session) -> list[Generation]:
    """Every generation of the county's age identity, newest first, without opening a secret."""
    rows = session.execute(
        select(CountyKey.generation, CountyKey.public, CountyKey.retired_at)
        .where(CountyKey.kind == AGE_IDENTITY)
        .order_by(CountyKey.generation.desc())
    )
    return [Generation(number, public, retired_at) for number, public, retired_at in rows]


def generation_keys(session: Session, master: MasterKey, generation: int) -> dict[str, KeyRow]:
    """The age identity and the minisign key of one generation, opened."""
    rows = session.scalars(select(CountyKey).where(CountyKey.generation == generation, CountyKey.kind.in_(ROTATING)))
    return _opened(session, master, rows)


def retire_generation(session: Session, generation: int, at: datetime) -> None:
    session.execute(
        update(CountyKey).where(CountyKey.generation == generation, CountyKey.kind.in_(ROTATING)).values(retired_at=at)
    )
