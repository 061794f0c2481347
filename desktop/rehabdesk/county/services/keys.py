"""The county's keys: the fingerprint read over the phone and the signed enrolment file for stations."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import county
from rehabdesk.domain import clock
from rehabdesk.durable import atomic_write_bytes
from rehabdesk.storage.keys import MasterKey
from rehabdesk.sync import age
from rehabdesk.sync.enrolment import Enrolment
from rehabdesk.sync.minisign import SecretKey


@dataclass(frozen=True)
class CountyKeys:
    name: str
    division: str
    identity: age.Identity
    signing: SecretKey
    pseudonym_key: bytes

    def enrolment(self, issued_at: str) -> Enrolment:
        return Enrolment(
            county_name=self.name,
            county_division=self.division,
            age_recipient=self.identity.recipient,
            signing_key=self.signing.public,
            pseudonym_key=self.pseudonym_key,
            issued_at=issued_at,
        )


def load_keys(session: Any, master: MasterKey) -> CountyKeys:
    """Inside the caller's unit of work."""
    row = county.county(session)
    keys = county.active_keys(session, master)
    return CountyKeys(
        name=row.name,
        division=row.division,
        identity=age.Identity(keys[county.AGE_IDENTITY].secret),
        signing=SecretKey.from_bytes(keys[county.MINISIGN].secret),
        pseudonym_key=keys[county.PSEUDONYM].secret,
    )


def _stamp() -> str:
    return clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")


def county_fingerprint(ctx: CountyContext) -> str:
    """Eight groups of five digits over both public keys, for stations to compare by phone before trusting."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return load_keys(uow.session, ctx.store.master).enrolment(_stamp()).fingerprint


def write_enrolment(
    ctx: CountyContext, out: Path, *, server: str | None = None, tls_sha256: str | None = None
) -> Enrolment:
    """The signed enrolment file; it carries the pseudonym key, so it is handled as confidential (admin only).
    With ``server`` (and the certificate's ``tls_sha256``, which stations pin) stations send over the network."""
    require(ctx.actor, CountyPermission.MANAGE_KEYS)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        keys = load_keys(uow.session, ctx.store.master)
        enrolment = replace(keys.enrolment(_stamp()), server=server, tls_sha256=tls_sha256)
        atomic_write_bytes(out, enrolment.seal(keys.signing))
        uow.audit("county_enrolment_written", entity_type="county", detail={"fingerprint": enrolment.fingerprint})
        uow.commit()
    return enrolment
